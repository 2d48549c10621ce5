package org.junheng.indicators.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junheng.core.gen.Properties.qt;

import java.util.List;
import org.junheng.core.model.DivisionCode;
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

    private static FundingRecord record(int year, Money surcharge, Money vocational, Money teacher, Money civil,
            Money perChild, Money benchmark, Long students, Money paid) {
        return new FundingRecord(COUNTY, year, FundingRecord.GENERAL_BUDGET, Money.ofYuan(1), 1, null, null, surcharge,
                vocational, teacher, civil, perChild, benchmark, students, paid);
    }

    @Test
    void FIN_3_thirtyPercentIsTheBoundary() {
        Finding at = FundingRules.surchargeToVocational(record(2024, Money.ofYuan(1000), Money.ofYuan(300), null, null,
                null, null, null, null), NATIONAL).orElseThrow();
        Finding below = FundingRules.surchargeToVocational(record(2024, Money.ofYuan(1000), Money.parse("299.99"), null,
                null, null, null, null, null), NATIONAL).orElseThrow();
        assertEquals(Verdict.MET, at.verdict());
        assertEquals(Verdict.NOT_MET, below.verdict());
        assertEquals("0.01", below.facts().get("shortfall"));
    }

    @Test
    void FIN_3_withoutTheFiguresGivesNoFinding() {
        assertTrue(FundingRules.surchargeToVocational(record(2024, null, null, null, null, null, null, null, null),
                NATIONAL).isEmpty());
    }

    @Test
    void FIN_4_aZeroBudgetIsNotAssessableNotMet() {
        Finding f = FundingRules.teacherTraining(new SchoolFunding("S1", 2025, Money.ZERO, Money.ZERO), NATIONAL);
        assertEquals(Verdict.NOT_ASSESSABLE, f.verdict());
    }

    @Test
    void FIN_4_propertyTheVerdictIsExactlyFivePercentOfTheBudget() {
        qt().forAll(SourceDSL.longs().between(1, 100_000_000_000L), SourceDSL.longs().between(0, 100_000_000_000L))
                .check((budget, training) -> FundingRules.teacherTraining(new SchoolFunding("S1", 2025,
                        Money.ofFen(budget), Money.ofFen(training)), NATIONAL).isMet() == (training * 20 >= budget));
    }

    @Test
    void FIN_5_yingkouSixHundredYuanIsDueInTheDeadlineYear() {
        Policy yk = Policies.yingkou();
        assertEquals(Verdict.NOT_DUE, FundingRules.kindergartenPublicFunds(record(2023, null, null, null, null,
                Money.ofYuan(500), null, null, null), yk).orElseThrow().verdict());
        assertEquals(Verdict.MET, FundingRules.kindergartenPublicFunds(record(2024, null, null, null, null,
                Money.ofYuan(600), null, null, null), yk).orElseThrow().verdict());
        assertEquals(Verdict.NOT_MET, FundingRules.kindergartenPublicFunds(record(2024, null, null, null, null,
                Money.parse("599.99"), null, null, null), yk).orElseThrow().verdict());
        assertEquals(Verdict.NOT_ASSESSABLE, FundingRules.kindergartenPublicFunds(record(2024, null, null, null, null,
                Money.ofYuan(600), null, null, null), Policies.shenyang()).orElseThrow().verdict());
    }

    @Test
    void FIN_6_equalSalariesComply() {
        assertEquals(Verdict.MET, FundingRules.teacherSalary(record(2024, null, null, Money.ofYuan(100_000),
                Money.ofYuan(100_000), null, null, null, null), NATIONAL).orElseThrow().verdict());
        assertEquals(Verdict.NOT_MET, FundingRules.teacherSalary(record(2024, null, null, Money.parse("99999.99"),
                Money.ofYuan(100_000), null, null, null, null), NATIONAL).orElseThrow().verdict());
    }

    @Test
    void FIN_7_theBenchmarkTimesStudentsIsDueInFull() {
        Finding f = FundingRules.publicFundsBenchmark(record(2025, null, null, null, null, null, Money.ofYuan(800),
                97_000L, Money.ofYuan(76_100_000)), NATIONAL).orElseThrow();
        assertEquals(Verdict.NOT_MET, f.verdict());
        assertEquals("1500000.00", f.facts().get("shortfall"));
    }

    @Test
    void theSampleHasCompliantAndFailingFundingCases() {
        List<Finding> findings = FundingRules.check(SampleCounty.dataSet(), Policies.yingkou());
        for (String rule : List.of("FIN-3", "FIN-4", "FIN-5", "FIN-6", "FIN-7")) {
            assertTrue(findings.stream().anyMatch(f -> f.rule().equals(rule) && f.isMet()), rule + " met somewhere");
            assertTrue(findings.stream().anyMatch(f -> f.rule().equals(rule) && f.verdict() == Verdict.NOT_MET),
                    rule + " missed somewhere");
        }
        List<YearCheck> years = TwoNoDecreases.check(SampleCounty.dataSet().funding());
        assertTrue(years.stream().anyMatch(y -> y.fin2().verdict() == Verdict.NOT_MET));
        assertTrue(years.stream().anyMatch(y -> y.base() == YearCheck.Base.RESTATED_PRIOR_YEAR));
    }
}
