package org.junheng.indicators.funding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.Jurisdiction;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Label;
import org.junheng.indicators.report.Section;
import org.junheng.indicators.report.Table;
import org.junheng.indicators.rules.Finding;

/**
 * The report section "经费保障 / Funding": the year table of FIN-1 and FIN-2, then the other funding rules
 * (FIN-3 to FIN-9, BAL-6's training share), each shown only where the policy holds it.
 */
public final class FundingSection {
    private FundingSection() {
    }

    /** The section for a data set under a policy. */
    public static Section of(DataSet data, Policy policy) {
        List<Table> tables = new ArrayList<>();
        Map<DivisionCode, List<YearCheck>> checks = policy.holds("FIN-1") && policy.holds("FIN-2")
                ? TwoNoDecreases.checkAll(data.funding()) : Map.of();
        checks.forEach((code, years) -> {
            String name = data.jurisdiction(code).map(Jurisdiction::name).orElse(code.value());
            List<List<String>> rows = new ArrayList<>();
            for (YearCheck y : years) {
                rows.add(List.of(Integer.toString(y.year()), y.expenditure().toPlainString(), Long.toString(y.students()),
                        y.perStudent().toPlainString(), y.growth().map(GrowthRate::toString).orElse("—"),
                        y.perStudentGrowth().map(GrowthRate::toString).orElse("—"), base(y.base()),
                        y.fin1().verdict().label().zh() + " " + y.fin1().verdict().label().en(),
                        y.fin2().verdict().label().zh() + " " + y.fin2().verdict().label().en(),
                        y.fin2Shortfall().isZero() ? (y.fin1Shortfall().isZero() ? "—" : y.fin1Shortfall().toPlainString())
                                : y.fin2Shortfall().toPlainString()));
            }
            tables.add(Table.ofText(Label.of(name + " 两个只增不减 (FIN-1, FIN-2)", name + ": the two no-decreases (FIN-1, FIN-2)"),
                    List.of(Label.of("年度", "year"), Label.of("一般公共预算教育支出(元)", "expenditure (yuan)"),
                            Label.of("在校生", "students"), Label.of("生均(元)", "per student (yuan)"),
                            Label.of("增长", "growth"), Label.of("生均增长", "per-student growth"),
                            Label.of("比较基数", "base"), Label.of("FIN-1", "FIN-1"), Label.of("FIN-2", "FIN-2"),
                            Label.of("差额(元)", "shortfall (yuan)")), rows));
        });
        List<Finding> others = new ArrayList<>(FundingRules.check(data, policy));
        others.addAll(StatutoryGrowth.check(data.funding(), policy));
        String training = FundingRules.heldRule(policy, FundingRules.TRAINING).orElse("FIN-4");
        List<List<String>> rows = new ArrayList<>();
        for (Finding f : others) {
            if (!f.rule().equals(training) || !f.isMet()) {
                rows.add(List.of(f.rule(), f.subject(), f.verdict().label().zh() + " " + f.verdict().label().en(),
                        f.explanation().en()));
            }
        }
        long fin4 = others.stream().filter(f -> f.rule().equals(training)).count();
        long fin4Met = others.stream().filter(f -> f.rule().equals(training) && f.isMet()).count();
        tables.add(Table.ofText(Label.of("其他经费规则", "Other funding rules"),
                List.of(Label.of("规则", "rule"), Label.of("对象", "subject"), Label.of("结论", "verdict"),
                        Label.of("说明", "explanation")), rows));
        List<Label> notes = List.of(
                Label.of("生均支出以分数精确比较 (E_t × N_{t-1} ≥ E_{t-1} × N_t); 增长率按公告口径四舍五入到两位小数。",
                        "Per-student spending is compared as exact fractions (E_t × N_{t-1} >= E_{t-1} × N_t); growth "
                                + "rates are rounded half up to two places, as the national bulletins print them."),
                Label.of(training + ": " + fin4Met + " / " + fin4 + " 所学校教师培训经费达标; 上表只列未达标者。",
                        training + ": " + fin4Met + " of " + fin4 + " schools meet the training share; the table lists only "
                                + "the others."));
        return new Section(Label.of("经费保障", "Funding"), tables, notes);
    }

    private static String base(YearCheck.Base base) {
        return switch (base) {
            case PRIOR_YEAR -> "上年 prior year";
            case RESTATED_PRIOR_YEAR -> "上年同口径 restated";
            case NONE -> "无 none";
        };
    }
}
