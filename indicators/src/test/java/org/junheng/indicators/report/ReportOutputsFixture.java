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
package org.junheng.indicators.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junheng.core.value.Label;
import org.junheng.core.value.Money;
import org.junheng.indicators.rules.Finding;
import org.junheng.indicators.rules.Measure;
import org.junheng.indicators.rules.Unit;
import org.junheng.indicators.rules.Verdict;

/** A hand-built report with every kind of cell, awkward text and findings with and without numbers. */
final class ReportOutputsFixture {
    private ReportOutputsFixture() {
    }

    static final BigDecimal SHORTFALL = new BigDecimal("24524562.87");

    static Report report() {
        Table funding = new Table(Label.of("示例县: 两个只增不减", "示例县: the two no-decreases (FIN-1, FIN-2)"),
                List.of(Label.of("年度", "year"), Label.of("生均(元)", "per student (yuan)"), Label.of("增长", "growth"),
                        Label.of("FIN-2", "FIN-2"), Label.of("差额(元)", "shortfall (yuan)"), Label.of("说明", "note")),
                List.of(List.of(Cell.text("2022"), Cell.money(Money.parse("14704.41")),
                                Cell.number(new BigDecimal("3.24"), Unit.PERCENT), Cell.verdict(Verdict.MET), Cell.empty(),
                                Cell.words("逗号,引号\"与换行\n", "comma, \"quote\" and\nbreak")),
                        List.of(Cell.text("2023"), Cell.money(Money.parse("14505.67")),
                                Cell.number(new BigDecimal("-1.35"), Unit.PERCENT), Cell.verdict(Verdict.NOT_MET),
                                Cell.number(SHORTFALL, Unit.YUAN), Cell.words("未达标", "not met"))));
        // a large number that BigDecimal.toString would write as 1E+7, and a count
        Table odd = new Table(Label.of("边界", "Edge cases"),
                List.of(Label.of("数", "value"), Label.of("数", "value"), Label.of("计数", "人数"), Label.of("目标", "aim")),
                List.of(List.of(Cell.number(new BigDecimal("1E+7"), Unit.PLAIN), Cell.count(12),
                        Cell.text("tab\tand \u0001control"), Cell.verdict(Verdict.SHORT_OF_AIM))));
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("perStudent2023", "14505.67");
        facts.put("perStudent2022", "14704.41");
        Finding fin2 = new Finding("FIN-2", "210199 2023", Verdict.NOT_MET,
                Label.of("生均支出下降", "per-student spending fell"), facts)
                .withMeasure(Measure.of(new BigDecimal("14505.67"), new BigDecimal("14704.41"), SHORTFALL, Unit.YUAN));
        Finding rot8 = new Finding("ROT-8", "210199", Verdict.REPORTED, Label.of("仅报告", "reported only"), Map.of());
        Section first = new Section(Label.of("经费", "Funding"), List.of(funding), List.of(Label.of("注", "A note, with a comma")),
                List.of(fin2, rot8));
        Section second = new Section(Label.of("其他", "Other"), List.of(odd), List.of());
        return new Report(Label.of("报告", "Report"), "示例县 Sample County", LocalDate.of(2026, 9, 1), "shenyang",
                List.of(first, second));
    }
}
