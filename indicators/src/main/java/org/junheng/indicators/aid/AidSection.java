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
package org.junheng.indicators.aid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junheng.core.internal.Checks;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.Jurisdiction;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Label;
import org.junheng.core.value.SchoolYear;
import org.junheng.indicators.report.Cell;
import org.junheng.indicators.report.Section;
import org.junheng.indicators.report.SectionParts;
import org.junheng.indicators.report.Table;

/**
 * The report section "学生资助 / Aid": entitlements by item, the budget by district and stage, the reasons
 * for refusal, and AID-5's coverage note. Only the items whose rule the policy holds appear, each citing
 * the rule that grants it under the policy (AID-1 in Shenyang, AID-10 in Liaoning). Benefits in kind say
 * "in kind"; an amount the policy does not set says "amount to be supplied by the policy", never zero.
 * Every table's rows are in a total, fixed order: items in their declaration order; districts by code,
 * then stages in their order; refusals by item, then by count (most first), then by condition.
 */
public final class AidSection {
    private AidSection() {
    }

    /** The section for a data set under a policy, in the school year of its reference date. */
    public static Section of(DataSet data, Policy policy) {
        return parts(data, policy, false).section();
    }

    /**
     * The section with its per-county tables apart (the budget by district and stage), for a report on many counties that puts
     * them in an appendix.
     */
    public static SectionParts withCountiesApart(DataSet data, Policy policy) {
        return parts(data, policy, true);
    }

    private static SectionParts parts(DataSet data, Policy policy, boolean apart) {
        List<Table> detail = new ArrayList<>();
        Checks.notNull(data, "data");
        AidCalculator calculator = AidCalculator.of(policy);
        AidBudget budget = AidBudget.of(data, calculator, SchoolYear.containing(data.asOf()), data.asOf(), List.of());
        List<Table> tables = new ArrayList<>();
        List<List<Cell>> items = new ArrayList<>();
        budget.people().forEach((item, people) -> items.add(List.of(Cell.text(budget.rules().get(item)),
                Cell.label(item), Cell.label(item.frequency()), Cell.count(people), amount(item, budget))));
        items.add(List.of(Cell.empty(), Cell.words("合计", "total"), Cell.empty(), Cell.empty(), Cell.money(budget.total())));
        tables.add(new Table(Label.of(budget.schoolYear() + " 学年资助 (按项目)", budget.schoolYear() + " aid by item"),
                List.of(Label.of("规则", "rule"), Label.of("项目", "item"), Label.of("频次", "frequency"), Label.of("人数", "people"),
                        Label.of("金额(元)", "amount (yuan)")), items));
        List<List<Cell>> districts = new ArrayList<>();
        budget.byDistrictAndStage().forEach((district, stages) -> stages.forEach((stage, amount) ->
                districts.add(List.of(Cell.text((district + " " + name(data, district)).strip()), Cell.label(stage),
                        Cell.money(amount)))));
        (apart ? detail : tables).add(new Table(Label.of("资助预算 (按区县和学段)", "Aid budget by district and stage"),
                List.of(Label.of("区县", "district"), Label.of("学段", "stage"), Label.of("金额(元)", "amount (yuan)")), districts));
        List<List<Cell>> refusals = new ArrayList<>();
        budget.refusals().forEach((item, reasons) -> reasons.entrySet().stream()
                .sorted(MOST_FIRST)
                .forEach(e -> refusals.add(List.of(Cell.text(budget.rules().get(item)), Cell.label(item),
                        Cell.label(e.getKey()), Cell.count(e.getValue())))));
        tables.add(new Table(Label.of("未予资助的原因", "Reasons for refusal"), List.of(Label.of("规则", "rule"),
                Label.of("项目", "item"), Label.of("原因", "reason"), Label.of("人次", "count")), refusals));
        List<Label> notes = new ArrayList<>();
        notes.add(Label.of("资助对象身份 (残疾人证、家庭困难类别) 按统计时点 " + data.asOf() + " 判断; 金额为精确合计。",
                "Eligibility (disability certificate, family status) is judged on " + data.asOf()
                        + "; amounts are exact sums."));
        if (policy.holds("AID-5")) {
            notes.add(Label.of("AID-5 覆盖率 (应助尽助) 需提供实际受助名单, 本报告未作评估。",
                    "AID-5 coverage (every eligible student aided) needs the list of actual recipients "
                            + "(AidBudget.coverage); this report does not assess it."));
        }
        return new SectionParts(new Section(Label.of("学生资助", "Aid"), tables, notes), detail);
    }

    /** By count, most first; ties by the condition's declaration order, so that the order is total. */
    static final Comparator<Map.Entry<AidCondition, Long>> MOST_FIRST = Map.Entry.<AidCondition, Long>comparingByValue(
            Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey());

    /** The amount cell: "in kind", the exact total, or what the policy has yet to supply. */
    static Cell amount(AidItem item, AidBudget budget) {
        if (!item.isMoney()) {
            return Cell.words("实物", "in kind");
        }
        // the policy prices an item for everyone or for no one
        if (budget.unpriced().getOrDefault(item, 0L) > 0) {
            return Cell.words("待政策确定", "amount to be supplied by the policy");
        }
        return Cell.money(budget.amounts().get(item));
    }

    /** The jurisdiction's name when the data set has it; a registration outside it shows its code only. */
    private static String name(DataSet data, String district) {
        if (!district.matches("\\d{6}")) {
            return "";
        }
        return data.jurisdiction(DivisionCode.of(district)).map(Jurisdiction::name).orElse("");
    }
}
