package org.junheng.indicators.rotation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DataSetSeries;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Label;
import org.junheng.indicators.report.Section;
import org.junheng.indicators.report.Table;
import org.junheng.indicators.rules.Finding;
import org.junheng.indicators.rules.Verdict;

/**
 * The report section "交流轮岗 / Rotation": quotas per county and school, why teachers are not
 * eligible, the plan's failed checks, the career conditions and the workforce rules; a rule the
 * policy does not hold is not shown (Panjin's ROT-9 and ROT-10 not in Shenyang).
 */
public final class RotationSection {
    private RotationSection() {
    }

    private static String verdict(Finding f) {
        return f.verdict().label().zh() + " " + f.verdict().label().en();
    }

    /** The section for a data set under a policy (a series of one). */
    public static Section of(DataSet data, Policy policy) {
        return of(DataSetSeries.of(data), policy);
    }

    /** The section for a series under a policy: ROT-3 and ROT-10 judged on data dated by their deadline. */
    public static Section of(DataSetSeries series, Policy policy) {
        RotationAssessment a = RotationAssessment.of(series, policy);
        List<Table> tables = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<Quota> quotas = new ArrayList<>(a.countyQuotas());
        quotas.addAll(a.schoolQuotas());
        for (Quota q : quotas) {
            rows.add(List.of(q.subject(), Long.toString(q.eligible()), Long.toString(q.required()), Long.toString(q.rotated()),
                    verdict(q.quota()), Long.toString(q.backboneRotated()), Long.toString(q.backboneRequired()),
                    verdict(q.backbone())));
        }
        tables.add(Table.ofText(Label.of(a.schoolYear() + " 学年交流轮岗比例 (按" + (a.bindingScope().equals("SCHOOL") ? "学校" : "区县")
                + "考核)", a.schoolYear() + " rotation quotas (binding per " + a.bindingScope().toLowerCase(java.util.Locale.ROOT) + ")"),
                List.of(Label.of("学校或区县", "school or county"), Label.of("符合条件", "eligible"), Label.of("至少交流", "required"),
                        Label.of("交流", "rotated"), Label.of("比例结论", "quota"), Label.of("骨干", "backbone"),
                        Label.of("骨干至少", "backbone required"), Label.of("骨干结论", "backbone verdict")), rows));

        Map<Eligibility.Condition, Integer> reasons = new EnumMap<>(Eligibility.Condition.class);
        long eligible = 0;
        for (Eligibility e : a.eligibility().values()) {
            if (e.eligible()) {
                eligible++;
            }
            e.failed().forEach(c -> reasons.merge(c.condition(), 1, Integer::sum));
        }
        List<List<String>> reasonRows = new ArrayList<>();
        reasonRows.add(List.of("eligible", Long.toString(eligible), ""));
        reasons.forEach((c, n) -> reasonRows.add(List.of(c.name(), Integer.toString(n), c.rule())));
        tables.add(Table.ofText(Label.of("在编公办义务教育教师: 交流条件", "Teachers on establishment at public compulsory schools: exchange conditions"),
                List.of(Label.of("条件", "condition"), Label.of("人数", "teachers"), Label.of("规则", "rule")), reasonRows));

        List<List<String>> planRows = new ArrayList<>();
        for (Finding f : a.plan()) {
            planRows.add(List.of(f.rule(), f.subject(), verdict(f), f.explanation().en()));
        }
        tables.add(Table.ofText(Label.of("交流计划核查: 未通过项", "Rotation plan: checks that failed"),
                List.of(Label.of("规则", "rule"), Label.of("交流", "move"), Label.of("结论", "verdict"),
                        Label.of("说明", "explanation")), planRows));

        long title = a.careers().stream().filter(c -> c.seniorTitle().isMet()).count();
        long principal = a.careers().stream().filter(c -> c.principal().isMet()).count();
        List<List<String>> workforce = new ArrayList<>();
        if (policy.holds("ROT-4")) {
            workforce.add(List.of("ROT-4", "teachers with rural or weak service", verdict(title > 0 ? Verdict.MET : Verdict.NOT_ASSESSABLE),
                    title + " of " + a.careers().size() + " meet the 1-year condition for a senior title"));
        }
        if (policy.holds("ROT-5")) {
            workforce.add(List.of("ROT-5", "teachers with rural or weak service", verdict(principal > 0 ? Verdict.MET : Verdict.NOT_ASSESSABLE),
                    principal + " of " + a.careers().size() + " meet the 3-year priority for principal selection"));
        }
        for (Finding f : a.workforce()) {
            workforce.add(List.of(f.rule(), f.subject(), verdict(f), f.explanation().en()));
        }
        tables.add(Table.ofText(Label.of("职称、校长选任与队伍结构", "Career conditions and workforce"),
                List.of(Label.of("规则", "rule"), Label.of("对象", "subject"), Label.of("结论", "verdict"),
                        Label.of("说明", "explanation")), workforce));
        List<Label> notes = List.of(Label.of("只有符合交流条件的交流人员计入比例; 最少人数 = ceil(比例 × 基数), 精确计算。",
                "Only eligible movers count toward a quota; minimum = ceil(rate × base), exact."));
        return new Section(Label.of("交流轮岗", "Rotation"), tables, notes);
    }

    private static String verdict(Verdict v) {
        return v.label().zh() + " " + v.label().en();
    }
}
