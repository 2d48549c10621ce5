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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junheng.core.gen.Properties.qt;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DataSetSeries;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.Jurisdiction;
import org.junheng.core.model.FundingRecord;
import org.junheng.core.model.SchoolFunding;
import org.junheng.core.policy.Policies;
import org.junheng.core.policy.Policy;
import org.junheng.core.sample.SampleCounty;
import org.junheng.core.value.Money;
import org.junheng.indicators.rules.Finding;
import org.junheng.indicators.rules.Verdict;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class FundingRulesTest {
    private static final DivisionCode COUNTY = DivisionCode.of("210199");
    private static final Policy NATIONAL = Policies.national();
    private static final Policy PANJIN = Policies.panjin();
    private static final Policy SHENYANG = Policies.shenyang();
    private static final Policy YINGKOU = Policies.yingkou();

    private static FundingRecord record(int year, Money surcharge, Money vocational, Money teacher, Money civil,
            Money perChild, Money benchmark, Long students, Money paid) {
        return new FundingRecord(COUNTY, year, FundingRecord.GENERAL_BUDGET, Money.ofYuan(1), 1, null, null, surcharge,
                vocational, teacher, civil, perChild, benchmark, students, paid);
    }

    private static Finding surcharge(Money vocational, Policy policy) {
        return FundingRules.surchargeToVocational(record(2024, Money.ofYuan(1000), vocational, null, null, null, null,
                null, null), policy).orElseThrow();
    }

    private static FundingRecord perChild(int year, String yuan) {
        return record(year, null, null, null, null, Money.parse(yuan), null, null, null);
    }

    @Test
    void FIN_3_thirtyPercentIsTheBoundary() {
        Finding at = surcharge(Money.ofYuan(300), PANJIN);
        Finding below = surcharge(Money.parse("299.99"), PANJIN);
        assertEquals(Verdict.MET, at.verdict());
        assertEquals(Verdict.NOT_MET, below.verdict());
        assertEquals("0.01", below.facts().get("shortfall"));
        assertEquals("300.00", below.facts().get("required"));
        assertEquals("30.00%", below.facts().get("share"), "rounded for display; the verdict is exact");
        assertEquals("30%", below.facts().get("threshold"));
    }

    @Test
    void FIN_3_isPanjinsAndFIN_9TheNationalSurchargeRuleElsewhere() {
        assertEquals("FIN-3", surcharge(Money.ofYuan(300), PANJIN).rule());
        for (Policy p : List.of(NATIONAL, Policies.liaoning(), Policies.shenyang(), Policies.yingkou())) {
            assertEquals("FIN-9", surcharge(Money.ofYuan(300), p).rule(), p.name());
        }
        assertEquals("PJ22", PANJIN.parameter(FundingRules.SURCHARGE).source().document());
        assertEquals("国发〔2014〕19号", NATIONAL.parameter(FundingRules.SURCHARGE).source().document());
    }

    @Test
    void FIN_3_withoutTheFiguresGivesNoFinding() {
        assertTrue(FundingRules.surchargeToVocational(record(2024, null, null, null, null, null, null, null, null),
                NATIONAL).isEmpty());
    }

    @Test
    void FIN_4_aZeroBudgetIsNotAssessableNotMet() {
        Finding f = FundingRules.teacherTraining(new SchoolFunding("S1", 2025, Money.ZERO, Money.ZERO), PANJIN).orElseThrow();
        assertEquals(Verdict.NOT_ASSESSABLE, f.verdict());
        assertEquals("FIN-4", f.rule());
    }

    @Test
    void FIN_4_isPanjinsAndBAL_6TheNationalTrainingShareElsewhere() {
        SchoolFunding s = new SchoolFunding("S1", 2025, Money.ofYuan(100_000), Money.ofYuan(5_000));
        assertEquals("FIN-4", FundingRules.teacherTraining(s, PANJIN).orElseThrow().rule());
        assertEquals("BAL-6", FundingRules.teacherTraining(s, NATIONAL).orElseThrow().rule());
        assertEquals("BAL-6", FundingRules.teacherTraining(s, Policies.shenyang()).orElseThrow().rule());
        assertEquals(Verdict.MET, FundingRules.teacherTraining(s, NATIONAL).orElseThrow().verdict());
        Finding below = FundingRules.teacherTraining(new SchoolFunding("S1", 2025, Money.ofYuan(100_000),
                Money.parse("4999.99")), PANJIN).orElseThrow();
        assertEquals(Verdict.NOT_MET, below.verdict());
        assertEquals("0.01", below.facts().get("shortfall"));
    }

    @Test
    void FIN_4_propertyTheVerdictIsExactlyFivePercentOfTheBudget() {
        qt().forAll(SourceDSL.longs().between(1, 100_000_000_000L), SourceDSL.longs().between(0, 100_000_000_000L))
                .check((budget, training) -> FundingRules.teacherTraining(new SchoolFunding("S1", 2025,
                        Money.ofFen(budget), Money.ofFen(training)), PANJIN).orElseThrow().isMet()
                        == (training * 20 >= budget));
    }

    @Test
    void FIN_5_isJudgedOnTheLastYearOnOrBeforeTheEndOf2024() {
        Finding f = FundingRules.kindergartenPublicFunds(List.of(perChild(2025, "500.00"), perChild(2023, "500.00"),
                perChild(2024, "600.00")), YINGKOU).orElseThrow();
        assertEquals(Verdict.MET, f.verdict());
        assertEquals("FIN-5", f.rule());
        assertEquals(COUNTY + " 2024", f.subject());
        assertEquals("2024", f.facts().get("year"));
        assertEquals("2025", f.facts().get("laterYear"));
        assertEquals("500.00", f.facts().get("laterPerChild"));
        assertTrue(f.explanation().en().contains("judged on 2024"), f.explanation().en());
        Finding short1 = FundingRules.kindergartenPublicFunds(List.of(perChild(2024, "599.99"), perChild(2025, "700.00")),
                YINGKOU).orElseThrow();
        assertEquals(Verdict.NOT_MET, short1.verdict());
        assertEquals("0.01", short1.facts().get("shortfallPerChild"));
        Finding earlier = FundingRules.kindergartenPublicFunds(List.of(perChild(2022, "610.00")), YINGKOU).orElseThrow();
        assertEquals(Verdict.MET, earlier.verdict());
        assertEquals("2022", earlier.facts().get("year"));
    }

    @Test
    void FIN_5_withoutAnObservationBeforeTheDeadlineIsNotAssessableAndShowsTheLaterYear() {
        Finding f = FundingRules.kindergartenPublicFunds(List.of(perChild(2026, "450.00"), perChild(2025, "700.00")),
                YINGKOU).orElseThrow();
        assertEquals(Verdict.NOT_ASSESSABLE, f.verdict());
        assertEquals("2025", f.facts().get("laterYear"));
        assertEquals("700.00", f.facts().get("laterPerChild"));
        assertTrue(f.explanation().en().startsWith("not assessable: no observation from before the deadline"),
                f.explanation().en());
    }

    @Test
    void FIN_5_isYingkousOnly() {
        List<FundingRecord> records = List.of(perChild(2024, "500.00"));
        for (Policy p : List.of(NATIONAL, Policies.liaoning(), Policies.shenyang(), PANJIN)) {
            assertTrue(FundingRules.kindergartenPublicFunds(records, p).isEmpty(), p.name());
            assertFalse(p.has(FundingRules.KINDERGARTEN), p.name());
        }
        assertTrue(FundingRules.kindergartenPublicFunds(List.of(record(2024, null, null, null, null, null, null, null,
                null)), YINGKOU).isEmpty());
    }

    @Test
    void FIN_5_propertyNeverUsesAYearAfterTheDeadline() {
        qt().forAll(SourceDSL.integers().between(2018, 2030), SourceDSL.integers().between(1, 6),
                SourceDSL.integers().between(0, 120_000)).check((first, count, seed) -> {
                    List<FundingRecord> records = new java.util.ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        records.add(perChild(first + i, Money.ofFen(50_000L + (seed * (i + 7L)) % 20_000).toPlainString()));
                    }
                    Finding f = FundingRules.kindergartenPublicFunds(records, YINGKOU).orElseThrow();
                    java.util.Optional<FundingRecord> due = records.stream().filter(r -> r.year() <= 2024)
                            .max(java.util.Comparator.comparingInt(FundingRecord::year));
                    if (due.isEmpty()) {
                        return f.verdict() == Verdict.NOT_ASSESSABLE;
                    }
                    boolean met = due.get().kindergartenPublicFundsPerChild().compareTo(Money.ofYuan(600)) >= 0;
                    return f.facts().get("year").equals(Integer.toString(due.get().year()))
                            && f.verdict() == (met ? Verdict.MET : Verdict.NOT_MET);
                });
    }

    @Test
    void FIN_5_overASeriesTakesEachSnapshotsRecordsOfTheJurisdiction() {
        DataSet y2024 = DataSet.builder("2024", LocalDate.of(2024, 9, 1)).add(new Jurisdiction(COUNTY, "测试县", null))
                .add(perChild(2023, "550.00")).add(perChild(2024, "640.00")).build();
        DataSet y2025 = DataSet.builder("2025", LocalDate.of(2025, 9, 1)).add(new Jurisdiction(COUNTY, "测试县", null))
                .add(perChild(2025, "400.00")).build();
        DataSetSeries series = new DataSetSeries("county", List.of(y2025, y2024), List.of());
        Finding f = FundingRules.kindergartenPublicFunds(series, COUNTY, YINGKOU).orElseThrow();
        assertEquals(Verdict.MET, f.verdict());
        assertEquals("2024", f.facts().get("year"));
        assertEquals("2025", f.facts().get("laterYear"));
        assertTrue(FundingRules.kindergartenPublicFunds(series, DivisionCode.of("210198"), YINGKOU).isEmpty());
    }

    @Test
    void FIN_5_theSampleCountyMetItIn2024ThoughIt2025FigureIsLower() {
        Finding f = FundingRules.check(SampleCounty.dataSet(), YINGKOU).stream().filter(x -> x.rule().equals("FIN-5"))
                .findFirst().orElseThrow();
        assertEquals(Verdict.MET, f.verdict());
        assertEquals("620.00", f.facts().get("perChild"));
        assertEquals("580.00", f.facts().get("laterPerChild"));
    }

    @Test
    void FIN_6_equalSalariesComply() {
        assertEquals(Verdict.MET, FundingRules.teacherSalary(record(2024, null, null, Money.ofYuan(100_000),
                Money.ofYuan(100_000), null, null, null, null), NATIONAL).orElseThrow().verdict());
        Finding below = FundingRules.teacherSalary(record(2024, null, null, Money.parse("99999.99"),
                Money.ofYuan(100_000), null, null, null, null), NATIONAL).orElseThrow();
        assertEquals(Verdict.NOT_MET, below.verdict());
        assertEquals("FIN-6", below.rule());
        assertTrue(FundingRules.teacherSalary(record(2024, null, null, Money.ofYuan(1), null, null, null, null, null),
                NATIONAL).isEmpty());
        assertTrue(NATIONAL.holds("FIN-6"), "FIN-6 is also the national 教师法 第二十五条");
    }

    @Test
    void FIN_7_theBenchmarkTimesStudentsIsDueInFull() {
        Finding f = FundingRules.publicFundsBenchmark(record(2025, null, null, null, null, null, Money.ofYuan(800),
                97_000L, Money.ofYuan(76_100_000)), SHENYANG).orElseThrow();
        assertEquals(Verdict.NOT_MET, f.verdict());
        assertEquals("FIN-7", f.rule());
        assertEquals("1500000.00", f.facts().get("shortfall"));
        assertEquals(Verdict.MET, FundingRules.publicFundsBenchmark(record(2025, null, null, null, null, null,
                Money.ofYuan(800), 97_000L, Money.ofYuan(77_600_000)), SHENYANG).orElseThrow().verdict());
        assertTrue(FundingRules.publicFundsBenchmark(record(2025, null, null, null, null, null, Money.ofYuan(800),
                null, Money.ofYuan(1)), SHENYANG).isEmpty());
    }

    @Test
    void FIN_7_isShenyangsOnly() {
        FundingRecord r = record(2025, null, null, null, null, null, Money.ofYuan(800), 97_000L, Money.ofYuan(1));
        for (Policy p : List.of(NATIONAL, Policies.liaoning(), PANJIN, YINGKOU)) {
            assertTrue(FundingRules.publicFundsBenchmark(r, p).isEmpty(), p.name());
        }
    }

    @Test
    void FIN_1_to_FIN_9_noProfileReportsARuleItDoesNotHold() {
        for (String name : Policies.BUILT_IN) {
            Policy p = Policies.builtIn(name);
            List<Finding> findings = new java.util.ArrayList<>(FundingRules.check(SampleCounty.dataSet(), p));
            findings.addAll(StatutoryGrowth.check(SampleCounty.dataSet().funding(), p));
            for (Finding f : findings) {
                assertTrue(p.holds(f.rule()), name + " reports " + f.rule());
            }
            String text = FundingSection.of(SampleCounty.dataSet(), p).toString();
            for (String rule : List.of("FIN-1", "FIN-2", "FIN-3", "FIN-4", "FIN-5", "FIN-7")) {
                if (!p.holds(rule)) {
                    assertFalse(text.contains(rule + " ") || text.contains(rule + ")") || text.contains(rule + ","),
                            name + " shows " + rule);
                }
            }
        }
    }

    @Test
    void FIN_1_FIN_2_areLiaoningsAndNotInTheNationalReport() {
        assertFalse(NATIONAL.holds("FIN-1"));
        assertTrue(Policies.liaoning().holds("FIN-2"));
        assertEquals(1, FundingSection.of(SampleCounty.dataSet(), NATIONAL).tables().size());
        assertEquals(2, FundingSection.of(SampleCounty.dataSet(), SHENYANG).tables().size());
    }

    @Test
    void theSampleHasCompliantAndFailingFundingCasesWhereEachRuleIsLaw() {
        Map<String, Policy> where = Map.of("FIN-3", PANJIN, "FIN-4", PANJIN, "FIN-6", NATIONAL, "FIN-7", SHENYANG,
                "FIN-9", NATIONAL, "BAL-6", NATIONAL);
        where.forEach((rule, policy) -> {
            List<Finding> findings = FundingRules.check(SampleCounty.dataSet(), policy);
            assertTrue(findings.stream().anyMatch(f -> f.rule().equals(rule) && f.isMet()), rule + " met somewhere");
            assertTrue(findings.stream().anyMatch(f -> f.rule().equals(rule) && f.verdict() == Verdict.NOT_MET),
                    rule + " missed somewhere");
        });
        List<YearCheck> years = TwoNoDecreases.check(SampleCounty.dataSet().funding());
        assertTrue(years.stream().anyMatch(y -> y.fin2().verdict() == Verdict.NOT_MET));
        assertTrue(years.stream().anyMatch(y -> y.base() == YearCheck.Base.RESTATED_PRIOR_YEAR));
    }
}
