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
package org.junheng.indicators.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.Jurisdiction;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Label;
import org.junheng.core.value.Money;
import org.junheng.indicators.report.Cell;
import org.junheng.indicators.report.Section;
import org.junheng.indicators.report.SectionParts;
import org.junheng.indicators.report.Table;
import org.junheng.indicators.rules.Finding;
import org.junheng.indicators.rules.Unit;

/**
 * The report section "经费保障 / Funding": the year table of FIN-1 and FIN-2, then the other funding rules
 * (FIN-3 to FIN-9, BAL-6's training share), each shown only where the policy holds it.
 */
public final class FundingSection {
    private FundingSection() {
    }

    /** The section for a data set under a policy. */
    public static Section of(DataSet data, Policy policy) {
        return parts(data, policy, false).section();
    }

    /**
     * The section with its per-county tables apart (each jurisdiction's years and the other funding findings), for a report on many counties that puts
     * them in an appendix.
     */
    public static SectionParts withCountiesApart(DataSet data, Policy policy) {
        return parts(data, policy, true);
    }

    private static SectionParts parts(DataSet data, Policy policy, boolean apart) {
        List<Table> detail = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        Map<DivisionCode, List<YearCheck>> checks = policy.holds("FIN-1") && policy.holds("FIN-2")
                ? TwoNoDecreases.checkAll(data.funding()) : Map.of();
        List<Finding> findings = new ArrayList<>();
        checks.forEach((code, years) -> {
            String name = data.jurisdiction(code).map(Jurisdiction::name).orElse(code.value());
            List<List<Cell>> rows = new ArrayList<>();
            for (YearCheck y : years) {
                Money shortfall = y.fin2Shortfall().isZero() ? y.fin1Shortfall() : y.fin2Shortfall();
                rows.add(List.of(Cell.decimal(BigDecimal.valueOf(y.year())), Cell.money(y.expenditure()), Cell.count(y.students()),
                        Cell.number(y.perStudent(), Unit.YUAN), y.growth().map(g -> Cell.percent(g.percent())).orElse(Cell.empty()),
                        y.perStudentGrowth().map(g -> Cell.percent(g.percent())).orElse(Cell.empty()), Cell.label(y.base()),
                        Cell.verdict(y.fin1().verdict()), Cell.verdict(y.fin2().verdict()),
                        shortfall.isZero() ? Cell.empty() : Cell.money(shortfall)));
                findings.add(y.fin1());
                findings.add(y.fin2());
            }
            (apart ? detail : tables).add(new Table(Label.of(name + " 两个只增不减 (FIN-1, FIN-2)", name + ": the two no-decreases (FIN-1, FIN-2)"),
                    List.of(Label.of("年度", "year"), Label.of("一般公共预算教育支出(元)", "expenditure (yuan)"),
                            Label.of("在校生", "students"), Label.of("生均(元)", "per student (yuan)"),
                            Label.of("增长", "growth"), Label.of("生均增长", "per-student growth"),
                            Label.of("比较基数", "base"), Label.of("FIN-1", "FIN-1"), Label.of("FIN-2", "FIN-2"),
                            Label.of("差额(元)", "shortfall (yuan)")), rows));
        });
        List<Finding> others = new ArrayList<>(FundingRules.check(data, policy));
        others.addAll(StatutoryGrowth.check(data.funding(), policy));
        findings.addAll(others);
        String training = FundingRules.heldRule(policy, FundingRules.TRAINING).orElse("FIN-4");
        List<Finding> shown = others.stream().filter(f -> !f.rule().equals(training) || !f.isMet()).toList();
        long fin4 = others.stream().filter(f -> f.rule().equals(training)).count();
        long fin4Met = others.stream().filter(f -> f.rule().equals(training) && f.isMet()).count();
        (apart ? detail : tables).add(Table.ofFindings(Label.of("其他经费规则", "Other funding rules"), shown));
        List<Label> notes = List.of(
                Label.of("生均支出以分数精确比较 (E_t × N_{t-1} ≥ E_{t-1} × N_t); 增长率按公告口径四舍五入到两位小数。",
                        "Per-student spending is compared as exact fractions (E_t × N_{t-1} >= E_{t-1} × N_t); growth "
                                + "rates are rounded half up to two places, as the national bulletins print them."),
                Label.of(training + ": " + fin4Met + " / " + fin4 + " 所学校教师培训经费达标; 上表只列未达标者。",
                        training + ": " + fin4Met + " of " + fin4 + " schools meet the training share; the table lists only "
                                + "the others."));
        return new SectionParts(new Section(Label.of("经费保障", "Funding"), tables, notes, findings), detail);
    }
}
