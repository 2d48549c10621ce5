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

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.FundingRecord;
import org.junheng.core.model.InvalidDataException;
import org.junheng.core.value.Money;
import org.junheng.indicators.rules.Verdict;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class TwoNoDecreasesTest {
    private static final DivisionCode CITY = DivisionCode.of("210100");
    private static final DivisionCode A = DivisionCode.of("210102");
    private static final DivisionCode B = DivisionCode.of("210103");

    private static FundingRecord year(DivisionCode j, int y, long fen, long students) {
        return FundingRecord.of(j, y, Money.ofFen(fen), students);
    }

    private static YearCheck second(long e0, long n0, long e1, long n1) {
        return TwoNoDecreases.check(List.of(year(A, 2020, e0, n0), year(A, 2021, e1, n1))).get(1);
    }

    private static Gen<Long> fen() {
        return SourceDSL.longs().between(1, 10_000_000_000_000L);
    }

    private static Gen<Long> students() {
        return SourceDSL.longs().between(1, 10_000_000);
    }

    @Test
    void FIN_1_FIN_2_theSampleSeriesOf2023FallsPerStudentWithItsShortfall() {
        List<YearCheck> checks = TwoNoDecreases.check(List.of(
                FundingRecord.of(A, 2022, Money.parse("1766000000.00"), 120_100),
                FundingRecord.of(A, 2023, Money.parse("1790000000.00"), 123_400)));
        YearCheck y = checks.get(1);
        assertEquals(Verdict.MET, y.fin1().verdict());
        assertEquals(Verdict.NOT_MET, y.fin2().verdict());
        // ceil(1766000000.00 × 123400 / 120100) = 1814524562.87 yuan; less 1790000000.00
        assertEquals(Money.parse("24524562.87"), y.fin2Shortfall());
        assertEquals(new BigDecimal("14505.67"), y.perStudent());
        assertEquals("-1.35%", y.perStudentGrowth().orElseThrow().toString());
        assertTrue(y.fin2().explanation().en().contains("shortfall 24524562.87 yuan"), y.fin2().toString());
    }

    @Test
    void FIN_1_growthRatesReproduceTheNationalBulletins() {
        // 2014年全国教育经费执行情况统计公告 (教财〔2015〕9号), 二(1): 22576.01亿元, 比上年的21405.67亿元增长5.47%
        assertEquals("+5.47%", GrowthRate.of(Money.parse("21405.67亿元"), Money.parse("22576.01亿元")).toString());
        // 2013 bulletin, 二(1): 21405.67亿元, 比上年的20314.17亿元增长5.37%
        assertEquals("+5.37%", GrowthRate.of(Money.parse("20314.17亿元"), Money.parse("21405.67亿元")).toString());
        // 2020 bulletin: 国家财政性教育经费 42908.15亿元, 比上年的40046.55亿元增长7.15%
        assertEquals("+7.15%", GrowthRate.of(Money.parse("40046.55亿元"), Money.parse("42908.15亿元")).toString());
        // 2014 bulletin, 二(2): 生均公共财政预算教育事业费, 小学 7681.02 vs 6901.77 (11.29%),
        // 初中 10359.33 vs 9258.37 (11.89%), 农村小学 7403.91 vs 6854.96 (8.01%)
        assertEquals("+11.29%", GrowthRate.of(Money.parse("6901.77"), Money.parse("7681.02")).toString());
        assertEquals("+11.89%", GrowthRate.of(Money.parse("9258.37"), Money.parse("10359.33")).toString());
        assertEquals("+8.01%", GrowthRate.of(Money.parse("6854.96"), Money.parse("7403.91")).toString());
    }

    @Test
    void FIN_2_theRestatedBaseIsWhyChainingPublishedFiguresMisleads() {
        // 2020 and 2021 bulletins: 普通小学生均一般公共预算教育经费 12330.58 (2020) and 12380.73 (2021), the latter
        // "同口径比上年增长2.22%". Chained naively the growth is 0.41%: the bulletin compares with 2020 restated.
        GrowthRate naive = GrowthRate.of(Money.parse("12330.58"), Money.parse("12380.73"));
        assertEquals("+0.41%", naive.toString());
        // Liaoning 2021 (辽宁省2021年教育经费执行情况统计公告): 普通小学生均 11418.09, 同口径比上年下降1.51%. The bulletin
        // prints no restated 2020 figure; 11593.15 is one consistent with the stated rate. With it the check
        // follows the bulletin, says it used the restated base, and finds the FIN-2 breach.
        FundingRecord liaoning = new FundingRecord(DivisionCode.of("210000"), 2021, FundingRecord.GENERAL_BUDGET,
                Money.parse("11418.09"), 1, Money.parse("11593.15"), 1L, null, null, null, null, null, null, null, null);
        YearCheck y = TwoNoDecreases.check(List.of(liaoning)).get(0);
        assertEquals(YearCheck.Base.RESTATED_PRIOR_YEAR, y.base());
        assertEquals("-1.51%", y.perStudentGrowth().orElseThrow().toString());
        assertEquals(Verdict.NOT_MET, y.fin2().verdict());
    }

    @Test
    void FIN_1_fin2AGapOrAChangeOfDefinitionIsNotAssessableNeverCompliant() {
        List<YearCheck> checks = TwoNoDecreases.check(List.of(year(A, 2016, 100, 1), year(A, 2018, 200, 1),
                new FundingRecord(A, 2019, "OPERATING", Money.ofFen(300), 1, null, null, null, null, null, null, null,
                        null, null, null)));
        for (YearCheck y : checks) {
            assertEquals(Verdict.NOT_ASSESSABLE, y.fin1().verdict(), y.toString());
            assertEquals(Verdict.NOT_ASSESSABLE, y.fin2().verdict(), y.toString());
        }
        assertTrue(checks.get(1).fin1().explanation().en().contains("no record for 2017"));
        assertTrue(checks.get(2).fin2().explanation().en().contains("definition changed"));
    }

    @Test
    void badSeriesAreRefusedNamingTheRecord() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> TwoNoDecreases.check(List.of(year(A, 2020, 1, 1), year(A, 2020, 2, 1))));
        assertEquals("year 2020 appears twice for 210102", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TwoNoDecreases.check(List.of(year(A, 2020, 1, 1), year(B, 2021, 1, 1))));
        assertThrows(IllegalArgumentException.class, () -> year(A, 2020, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> year(A, 2020, -1, 10));
    }

    @Test
    void aSeriesTypedByHandIsReadWithEveryBadLineReported() {
        List<FundingRecord> series = FundingSeries.parse(A, "# year expenditure students\n2020 36310.47亿元 100\n2021 37463.36亿元 100\n");
        assertEquals(Money.parse("3631047000000.00"), series.get(0).expenditure());
        var e = assertThrows(InvalidDataException.class, () -> FundingSeries.parse(A, "2020 12.5千元 100\n2021 10 0\n2022 10\n"));
        assertEquals(3, e.problems().size(), e.getMessage());
        assertEquals("line 1", e.problems().get(0).location());
        assertEquals("line 3", e.problems().get(2).location());
    }

    @Test
    void FIN_2_equalSpendingAndEqualStudentsComply() {
        qt().forAll(fen(), students()).check((e, n) -> second(e, n, e, n).fin2().isMet() && second(e, n, e, n).fin1().isMet());
    }

    @Test
    void FIN_2_scalingAYearsSpendingAndStudentsByOneFactorNeverChangesTheVerdict() {
        Gen<long[]> prior = fen().zip(students(), (e, n) -> new long[] {e, n});
        qt().forAll(prior, fen(), students(), SourceDSL.longs().between(1, 1000)).check((p, e1, n1, k) ->
                second(p[0], p[1], e1, n1).fin2().verdict() == second(p[0], p[1], e1 * k, n1 * k).fin2().verdict());
    }

    @Test
    void FIN_2_theShortfallAddedCompliesAndOneFenLessDoesNot() {
        qt().forAll(fen(), students(), fen(), students()).check((e0, n0, e1, n1) -> {
            YearCheck y = second(e0, n0, e1, n1);
            if (y.fin2().isMet()) {
                return y.fin2Shortfall().isZero();
            }
            long fixed = e1 + y.fin2Shortfall().fen();
            return second(e0, n0, fixed, n1).fin2().isMet() && !second(e0, n0, fixed - 1, n1).fin2().isMet();
        });
    }

    @Test
    void FIN_1_theShortfallAddedComplies() {
        qt().forAll(fen(), fen()).check((e0, e1) -> {
            YearCheck y = second(e0, 1, e1, 1);
            return y.fin1().isMet() == (e1 >= e0) && second(e0, 1, e1 + y.fin1Shortfall().fen(), 1).fin1().isMet();
        });
    }

    @Test
    void FIN_2_exactAndBigDecimalDivisionAgree() {
        qt().forAll(fen(), students(), fen(), students()).check((e0, n0, e1, n1) -> {
            MathContext mc = new MathContext(60);
            BigDecimal before = BigDecimal.valueOf(e0).divide(BigDecimal.valueOf(n0), mc);
            BigDecimal after = BigDecimal.valueOf(e1).divide(BigDecimal.valueOf(n1), mc);
            int diff = after.compareTo(before);
            // 60 digits separate any two distinct fractions of these sizes, so only equality needs care
            boolean met = second(e0, n0, e1, n1).fin2().isMet();
            return diff > 0 ? met : diff < 0 ? !met : met == (BigDecimal.valueOf(e1).multiply(BigDecimal.valueOf(n0))
                    .compareTo(BigDecimal.valueOf(e0).multiply(BigDecimal.valueOf(n1))) >= 0);
        });
    }

    @Test
    void FIN_2_rollUpIsTotalOverTotalAndItsVerdictIsTheSummedSeries() {
        qt().forAll(SourceDSL.lists().of(fen()).ofSize(6), SourceDSL.lists().of(students()).ofSize(6)).check((es, ns) -> {
            List<FundingRecord> records = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                records.add(year(A, 2020 + i, es.get(i), ns.get(i)));
                records.add(year(B, 2020 + i, es.get(3 + i), ns.get(3 + i)));
            }
            List<FundingRecord> city = FundingRollUp.of(CITY, records);
            FundingRollUp split = FundingRollUp.into(CITY);
            records.subList(0, 3).forEach(split::accept);
            FundingRollUp rest = FundingRollUp.into(CITY);
            records.subList(3, 6).forEach(rest::accept);
            boolean sameAsSplit = split.combine(rest).result().equals(city);
            List<YearCheck> checks = TwoNoDecreases.check(city);
            boolean totals = true;
            for (int i = 0; i < 3; i++) {
                totals &= city.get(i).expenditure().fen() == es.get(i) + es.get(3 + i)
                        && city.get(i).students() == ns.get(i) + ns.get(3 + i);
            }
            YearCheck manual = TwoNoDecreases.check(List.of(year(CITY, 2020, es.get(0) + es.get(3), ns.get(0) + ns.get(3)),
                    year(CITY, 2021, es.get(1) + es.get(4), ns.get(1) + ns.get(4)))).get(1);
            return sameAsSplit && totals && checks.get(1).fin2().verdict() == manual.fin2().verdict()
                    && checks.get(1).fin2Shortfall().equals(manual.fin2Shortfall());
        });
    }

    @Test
    void FIN_2_rollUpSumsRestatedFiguresTakingAChildsPriorYearWhereItGivesNone() {
        FundingRecord aRestated = new FundingRecord(A, 2021, FundingRecord.GENERAL_BUDGET, Money.ofYuan(110), 11,
                Money.ofYuan(105), 10L, null, null, null, null, null, null, null, null);
        List<FundingRecord> city = FundingRollUp.of(CITY, List.of(year(A, 2020, 10_000, 10), aRestated,
                year(B, 2020, 20_000, 20), year(B, 2021, 21_000, 20)));
        assertEquals(Money.ofYuan(105 + 200), city.get(1).restatedPriorExpenditure());
        assertEquals(Long.valueOf(30), city.get(1).restatedPriorStudents());
        assertThrows(IllegalArgumentException.class, () -> FundingRollUp.of(CITY, List.of(year(DivisionCode.of("220102"), 2020, 1, 1))));
    }

    @Test
    void growthRatesRoundHalfUpForDisplayOnly() {
        GrowthRate g = GrowthRate.of(Money.ofYuan(200_000), Money.ofYuan(200_001));
        assertEquals("+0.00%", g.toString());
        assertEquals(1, g.signum());
        assertEquals(new BigDecimal("0.0005"), g.percent(4, RoundingMode.HALF_UP));
    }
}
