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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junheng.core.gen.Properties.qt;

import java.util.List;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.FundingRecord;
import org.junheng.core.policy.Policies;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Money;
import org.junheng.indicators.rules.Finding;
import org.junheng.indicators.rules.Verdict;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class StatutoryGrowthTest {
    private static final DivisionCode PANJIN_CITY = DivisionCode.of("211100");
    private static final Policy PANJIN = Policies.panjin();

    /** A year of Panjin's figures in yuan; null leaves a figure out. */
    private static FundingRecord year(int year, long expenditure, long students, Long fiscal, Long product, Long budget,
            Long revenue, Long salary, Long perStudentFunds, Long surcharge, Long due, Long spent) {
        return new FundingRecord(PANJIN_CITY, year, FundingRecord.GENERAL_BUDGET, Money.ofYuan(expenditure), students, null,
                null, yuan(surcharge), null, yuan(salary), null, null, null, null, null).withStatutoryFigures(yuan(fiscal),
                yuan(product), yuan(budget), yuan(revenue), yuan(perStudentFunds), yuan(due), yuan(spent));
    }

    private static Money yuan(Long v) {
        return v == null ? null : Money.ofYuan(v);
    }

    private static FundingRecord full(int year, long expenditure, long students, long fiscal, long product, long budget,
            long revenue, long salary, long perStudentFunds) {
        return year(year, expenditure, students, fiscal, product, budget, revenue, salary, perStudentFunds, 1000L, 1000L,
                1000L);
    }

    private static Finding part(List<Finding> findings, int year, String en) {
        return findings.stream().filter(f -> f.subject().startsWith(PANJIN_CITY + " " + year) && f.subject().contains(en))
                .findFirst().orElseThrow(() -> new AssertionError(en + " in " + findings));
    }

    @Test
    void FIN_8_isANationalStatuteHeldByEveryProfile() {
        for (String name : Policies.BUILT_IN) {
            assertTrue(Policies.builtIn(name).holds(StatutoryGrowth.RULE), name);
        }
    }

    @Test
    void FIN_8_theTwoRatiosMustRiseStrictly() {
        List<Finding> same = StatutoryGrowth.check(List.of(full(2023, 100, 10, 400, 10_000, 500, 1000, 100, 10),
                full(2024, 110, 10, 440, 11_000, 550, 1000, 100, 10)), PANJIN);
        assertEquals(Verdict.NOT_MET, part(same, 2024, "gross product").verdict());
        assertEquals("4.00%", part(same, 2024, "gross product").facts().get("share"));
        assertEquals(Verdict.NOT_MET, part(same, 2024, "total budget").verdict());
        List<Finding> up = StatutoryGrowth.check(List.of(full(2023, 100, 10, 400, 10_000, 500, 1000, 100, 10),
                full(2024, 111, 10, 441, 11_000, 550, 1000, 100, 10)), PANJIN);
        assertEquals(Verdict.MET, part(up, 2024, "gross product").verdict());
        assertEquals(Verdict.MET, part(up, 2024, "total budget").verdict());
    }

    @Test
    void FIN_8_appropriationsMustOutgrowRecurrentRevenue() {
        // spending and revenue both grow by 10%: not higher
        List<Finding> equal = StatutoryGrowth.check(List.of(full(2023, 1000, 10, 1, 1, 1, 2000, 1, 1),
                full(2024, 1100, 10, 1, 1, 1, 2200, 1, 1)), PANJIN);
        Finding f = part(equal, 2024, "outgrow");
        assertEquals(Verdict.NOT_MET, f.verdict());
        assertEquals("+10.00%", f.facts().get("appropriationGrowth"));
        List<Finding> higher = StatutoryGrowth.check(List.of(full(2023, 1000, 10, 1, 1, 1, 2000, 1, 1),
                full(2024, 1100, 10, 1, 1, 1, 2199, 1, 1)), PANJIN);
        assertEquals(Verdict.MET, part(higher, 2024, "outgrow").verdict());
    }

    @Test
    void FIN_8_propertyOutgrowingIsTheExactCrossProduct() {
        qt().forAll(SourceDSL.longs().between(1, 1_000_000), SourceDSL.longs().between(1, 1_000_000),
                SourceDSL.longs().between(1, 1_000_000), SourceDSL.longs().between(0, 1_000_000)).check((e0, e1, r0, r1) -> {
                    List<Finding> f = StatutoryGrowth.check(List.of(full(2023, e0, 10, 1, 1, 1, r0, 1, 1),
                            full(2024, e1, 10, 1, 1, 1, r1, 1, 1)), PANJIN);
                    return part(f, 2024, "outgrow").isMet() == (e1 * r0 > r1 * e0);
                });
    }

    @Test
    void FIN_8_spendingPerStudentSalaryAndPublicFundsMustGrow() {
        List<Finding> f = StatutoryGrowth.check(List.of(full(2023, 1000, 10, 1, 1, 1, 1, 100, 50),
                full(2024, 1100, 11, 1, 1, 1, 1, 101, 50)), PANJIN);
        assertEquals(Verdict.NOT_MET, part(f, 2024, "spending per student").verdict(), "100 per student both years");
        assertEquals(Verdict.MET, part(f, 2024, "teachers' salary").verdict());
        assertEquals(Verdict.NOT_MET, part(f, 2024, "public funds per student").verdict());
        List<Finding> g = StatutoryGrowth.check(List.of(full(2023, 1000, 10, 1, 1, 1, 1, 100, 50),
                full(2024, 1101, 11, 1, 1, 1, 1, 100, 51)), PANJIN);
        assertEquals(Verdict.MET, part(g, 2024, "spending per student").verdict());
        assertEquals(Verdict.NOT_MET, part(g, 2024, "teachers' salary").verdict());
        assertEquals(Verdict.MET, part(g, 2024, "public funds per student").verdict());
    }

    @Test
    void FIN_8_surchargesLeviedInFullAndSpentOnEducation() {
        List<Finding> f = StatutoryGrowth.check(List.of(year(2024, 1, 1, null, null, null, null, null, null, 1000L, 1000L,
                999L)), PANJIN);
        assertEquals(Verdict.MET, part(f, 2024, "levied in full").verdict());
        Finding spent = part(f, 2024, "spent on education");
        assertEquals(Verdict.NOT_MET, spent.verdict());
        assertEquals("1.00", spent.facts().get("shortfall"));
        List<Finding> g = StatutoryGrowth.check(List.of(year(2024, 1, 1, null, null, null, null, null, null, 999L, 1000L,
                999L)), PANJIN);
        assertEquals(Verdict.NOT_MET, part(g, 2024, "levied in full").verdict());
        assertEquals(Verdict.MET, part(g, 2024, "spent on education").verdict());
    }

    @Test
    void FIN_8_missingFiguresAndTheFirstYearAreNotAssessableNamingWhatIsMissing() {
        List<Finding> f = StatutoryGrowth.check(List.of(year(2023, 100, 10, 400L, null, null, null, null, null, null, null,
                null), year(2024, 100, 10, 400L, 10_000L, null, null, null, null, null, null, null)), PANJIN);
        Finding first = part(f, 2023, "gross product");
        assertEquals(Verdict.NOT_ASSESSABLE, first.verdict());
        assertEquals("the record of 2022", first.facts().get("missing"));
        assertEquals("grossProduct 2023", part(f, 2024, "gross product").facts().get("missing"));
        assertEquals("budgetExpenditure, budgetExpenditure 2023", part(f, 2024, "total budget").facts().get("missing"));
        assertEquals("recurrentRevenue, recurrentRevenue 2023", part(f, 2024, "outgrow").facts().get("missing"));
        assertEquals("educationSurcharge, surchargeDue", part(f, 2024, "levied in full").facts().get("missing"));
        assertEquals(8, f.stream().filter(x -> x.subject().startsWith(PANJIN_CITY + " 2024")).count());
    }

    @Test
    void FIN_8_aYearWithoutItsFiguresIsNotChecked() {
        assertTrue(StatutoryGrowth.check(List.of(FundingRecord.of(PANJIN_CITY, 2024, Money.ofYuan(1), 1)), PANJIN).isEmpty());
    }

    @Test
    void FIN_8_aChangeOfDefinitionBreaksTheComparison() {
        FundingRecord before = new FundingRecord(PANJIN_CITY, 2017, "OPERATING", Money.ofYuan(100), 10, null, null, null,
                null, null, null, null, null, null, null).withStatutoryFigures(null, null, null, null, Money.ofYuan(5), null,
                null);
        FundingRecord after = full(2018, 200, 10, 1, 1, 1, 1, 1, 9);
        Finding f = part(StatutoryGrowth.check(List.of(before, after), PANJIN), 2018, "public funds per student");
        assertEquals(Verdict.NOT_ASSESSABLE, f.verdict());
    }

    @Test
    void FIN_8_zeroBasesAreNotAssessable() {
        List<Finding> f = StatutoryGrowth.check(List.of(full(2023, 0, 10, 1, 1, 0, 0, 1, 1),
                full(2024, 10, 10, 1, 1, 1, 1, 1, 1)), PANJIN);
        assertEquals(Verdict.NOT_ASSESSABLE, part(f, 2024, "total budget").verdict());
        assertEquals(Verdict.NOT_ASSESSABLE, part(f, 2024, "outgrow").verdict());
        assertEquals(Verdict.NOT_ASSESSABLE, part(f, 2024, "spending per student").verdict());
    }

    @Test
    void FIN_8_aRepeatedYearIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> StatutoryGrowth.check(List.of(full(2024, 1, 1, 1, 1, 1, 1, 1, 1),
                full(2024, 1, 1, 1, 1, 1, 1, 1, 1)), PANJIN));
    }
}
