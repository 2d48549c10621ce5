/*
 * Copyright 2026 the junheng authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except in
 * compliance with the License. You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software distributed under the License is
 * distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and limitations under the License.
 */
package org.junheng.indicators.rotation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DataSetSeries;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Label;
import org.junheng.indicators.report.Cell;
import org.junheng.indicators.report.Section;
import org.junheng.indicators.report.SectionParts;
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

    /** The section for a data set under a policy (a series of one). */
    public static Section of(DataSet data, Policy policy) {
        return of(DataSetSeries.of(data), policy);
    }

    /** The section for a series under a policy: ROT-3 and ROT-10 judged on data dated by their deadline. */
    public static Section of(DataSetSeries series, Policy policy) {
        return parts(series, policy, false).section();
    }

    /**
     * The section with each school's quota and the plan's failed checks apart, for a report on many
     * counties that puts them in an appendix; the county quotas stay in the section.
     */
    public static SectionParts withCountiesApart(DataSet data, Policy policy) {
        return parts(DataSetSeries.of(data), policy, true);
    }

    private static SectionParts parts(DataSetSeries series, Policy policy, boolean apart) {
        List<Table> detail = new ArrayList<>();
        RotationAssessment a = RotationAssessment.of(series, policy);
        List<Table> tables = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        List<List<Cell>> schoolRows = apart ? new ArrayList<>() : rows;
        // the counties' quotas first, then the schools': each into its own rows (a contains() per quota
        // compared every school's quota with every county's, deeply)
        int counties = a.countyQuotas().size();
        List<Quota> quotas = new ArrayList<>(a.countyQuotas());
        quotas.addAll(a.schoolQuotas());
        for (int i = 0; i < quotas.size(); i++) {
            Quota q = quotas.get(i);
            List<List<Cell>> into = i < counties ? rows : schoolRows;
            into.add(List.of(Cell.text(q.subject()), Cell.count(q.eligible()), Cell.count(q.required()), Cell.count(q.rotated()),
                    Cell.verdict(q.quota().verdict()), Cell.count(q.backboneRotated()), Cell.count(q.backboneRequired()),
                    Cell.verdict(q.backbone().verdict())));
            findings.add(q.quota());
            findings.add(q.backbone());
        }
        boolean perSchool = a.bindingScope().equals("SCHOOL");
        List<Label> quotaColumns = List.of(Label.of("学校或区县", "school or county"), Label.of("符合条件", "eligible"),
                Label.of("至少交流", "required"), Label.of("交流", "rotated"), Label.of("比例结论", "quota"),
                Label.of("骨干", "backbone"), Label.of("骨干至少", "backbone required"), Label.of("骨干结论", "backbone verdict"));
        tables.add(new Table(Label.of(a.schoolYear() + " 学年交流轮岗比例 (按" + (perSchool ? "学校" : "区县") + "考核)",
                a.schoolYear() + " rotation quotas (binding per " + (perSchool ? "school" : "county") + ")"), quotaColumns, rows));
        if (apart) {
            detail.add(new Table(Label.of(a.schoolYear() + " 学年各校交流轮岗比例", a.schoolYear() + " rotation quotas by school"),
                    quotaColumns, schoolRows));
        }

        Map<Eligibility.Condition, Integer> reasons = new EnumMap<>(Eligibility.Condition.class);
        long eligible = 0;
        int[] failing = new int[Eligibility.Condition.values().length];
        for (Eligibility e : a.eligibility().values()) {
            if (e.eligible()) {
                eligible++;
            }
            int failed = e.failedConditions(); // the bits, not the checks: 300,000 teachers in a province
            for (int c = 0; failed != 0; c++, failed >>>= 1) {
                failing[c] += failed & 1;
            }
        }
        for (Eligibility.Condition c : Eligibility.Condition.values()) {
            if (failing[c.ordinal()] > 0) {
                reasons.put(c, failing[c.ordinal()]);
            }
        }
        List<List<Cell>> reasonRows = new ArrayList<>();
        reasonRows.add(List.of(Cell.words("符合交流条件", "eligible"), Cell.count(eligible), Cell.empty()));
        reasons.forEach((c, n) -> reasonRows.add(List.of(Cell.words("不满足: " + c.label().zh(), "not met: " + c.label().en()),
                Cell.count(n), Cell.text(c.rule()))));
        tables.add(new Table(Label.of("在编公办义务教育教师: 交流条件", "Teachers on establishment at public compulsory schools: exchange conditions"),
                List.of(Label.of("条件", "condition"), Label.of("人数", "teachers"), Label.of("规则", "rule")), reasonRows));

        findings.addAll(a.plan());
        (apart ? detail : tables).add(new Table(Label.of("交流计划核查: 未通过项", "Rotation plan: checks that failed"),
                List.of(Label.of("规则", "rule"), Label.of("交流", "move"), Label.of("结论", "verdict"),
                        Label.of("说明", "explanation")), Table.findingRows(a.plan())));

        long[] met = a.careersMet();
        long title = met[0];
        long principal = met[1];
        List<List<Cell>> workforce = new ArrayList<>();
        Cell served = Cell.words("有乡村或薄弱学校任教经历的教师", "teachers with rural or weak service");
        if (policy.holds("ROT-4")) {
            workforce.add(List.of(Cell.text("ROT-4"), served, Cell.verdict(title > 0 ? Verdict.MET : Verdict.NOT_ASSESSABLE),
                    Cell.words(a.careers().size() + " 人中 " + title + " 人满足评聘高级职称须有 1 年以上乡村或薄弱学校任教经历的条件",
                            title + " of " + a.careers().size() + " meet the 1-year condition for a senior title")));
        }
        if (policy.holds("ROT-5")) {
            workforce.add(List.of(Cell.text("ROT-5"), served, Cell.verdict(principal > 0 ? Verdict.MET : Verdict.NOT_ASSESSABLE),
                    Cell.words(a.careers().size() + " 人中 " + principal + " 人满足校长选任优先的 3 年任教经历",
                            principal + " of " + a.careers().size() + " meet the 3-year priority for principal selection")));
        }
        workforce.addAll(Table.findingRows(a.workforce()));
        findings.addAll(a.workforce());
        tables.add(new Table(Label.of("职称、校长选任与队伍结构", "Career conditions and workforce"), Table.FINDING_COLUMNS, workforce));
        List<Label> notes = List.of(Label.of("只有符合交流条件的交流人员计入比例; 最少人数 = 比例 × 基数, 向上取整, 精确计算。",
                "Only eligible movers count toward a quota; minimum = ceil(rate × base), exact."));
        return new SectionParts(new Section(Label.of("交流轮岗", "Rotation"), tables, notes, findings), detail);
    }
}
