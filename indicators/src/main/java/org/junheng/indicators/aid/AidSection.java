package org.junheng.indicators.aid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.Jurisdiction;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Label;
import org.junheng.indicators.report.Section;
import org.junheng.indicators.report.Table;

/** The report section "学生资助 / Aid": entitlements by item, the budget by district and stage, refusals. */
public final class AidSection {
    private AidSection() {
    }

    /** The section for a data set under a policy, in the school year of its reference date. */
    public static Section of(DataSet data, Policy policy) {
        AidBudget budget = AidBudget.of(data, policy);
        List<Table> tables = new ArrayList<>();
        List<List<String>> items = new ArrayList<>();
        for (AidItem item : AidItem.values()) {
            Long people = budget.people().get(item);
            if (people != null) {
                long unpriced = budget.unpriced().getOrDefault(item, 0L);
                items.add(List.of(item.rule(), item.label().zh() + " " + item.label().en(),
                        item.frequency().name().toLowerCase(java.util.Locale.ROOT), Long.toString(people),
                        item.isMoney() ? budget.amounts().get(item).toPlainString() + (unpriced > 0 ? " (+" + unpriced
                                + " without an amount)" : "") : "in kind"));
            }
        }
        items.add(List.of("", "合计 total", "", "", budget.total().toPlainString()));
        tables.add(new Table(Label.of(budget.schoolYear() + " 学年资助 (按项目)", budget.schoolYear() + " aid by item"),
                List.of(Label.of("规则", "rule"), Label.of("项目", "item"), Label.of("频次", "frequency"), Label.of("人数", "people"),
                        Label.of("金额(元)", "amount (yuan)")), items));
        List<List<String>> districts = new ArrayList<>();
        budget.byDistrictAndStage().forEach((district, stages) -> stages.forEach((stage, amount) ->
                districts.add(List.of((district + " " + name(data, district)).strip(),
                        stage.label().zh() + " " + stage.label().en(), amount.toPlainString()))));
        tables.add(new Table(Label.of("资助预算 (按区县和学段)", "Aid budget by district and stage"),
                List.of(Label.of("区县", "district"), Label.of("学段", "stage"), Label.of("金额(元)", "amount (yuan)")), districts));
        List<List<String>> refusals = new ArrayList<>();
        budget.refusals().forEach((item, reasons) -> reasons.entrySet().stream()
                .sorted(Map.Entry.<AidCondition, Long>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> refusals.add(List.of(item.rule(), item.label().en(), e.getKey().label().zh() + " "
                        + e.getKey().label().en(), e.getValue().toString()))));
        tables.add(new Table(Label.of("未予资助的原因", "Reasons for refusal"), List.of(Label.of("规则", "rule"),
                Label.of("项目", "item"), Label.of("原因", "reason"), Label.of("人次", "count")), refusals));
        List<Label> notes = List.of(
                Label.of("资助对象身份 (残疾人证、家庭困难类别) 按统计时点 " + data.asOf() + " 判断; 金额为精确合计。",
                        "Eligibility (disability certificate, family status) is judged on " + data.asOf()
                                + "; amounts are exact sums."),
                Label.of("AID-5 覆盖率需提供实际受助名单: AidBudget.coverage(recipients)。",
                        "AID-5 coverage needs the list of actual recipients: AidBudget.coverage(recipients)."));
        return new Section(Label.of("学生资助", "Aid"), tables, notes);
    }

    /** The jurisdiction's name when the data set has it; a registration outside it shows its code only. */
    private static String name(DataSet data, String district) {
        if (!district.matches("\\d{6}")) {
            return "";
        }
        return data.jurisdiction(DivisionCode.of(district)).map(Jurisdiction::name).orElse("");
    }
}
