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

import static org.junheng.core.gen.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junheng.core.model.DataProblem;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.InvalidDataException;
import org.junheng.core.value.Money;
import org.junheng.indicators.funding.BulletinSeries.Level;
import org.junheng.indicators.rules.Verdict;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The built-in bulletin series: every figure cites its source, a few figures pinned against the bulletins,
 * the restated bases of the 2021 同口径 rates, FIN-1 and FIN-2 verdicts on the published figures, and the
 * loader's refusals.
 */
class BulletinSeriesTest {
    private static final BulletinSeries NATIONAL = BulletinSeries.builtIn("national");
    private static final BulletinSeries LIAONING = BulletinSeries.builtIn("liaoning");

    private static BulletinSeries.Figure figure(BulletinSeries s, Level level, int year) {
        return s.perStudent(level).stream().filter(f -> f.year() == year).findFirst().orElseThrow();
    }

    private static BulletinCheck check(List<BulletinCheck> checks, int year) {
        return checks.stream().filter(c -> c.year() == year).findFirst().orElseThrow();
    }

    @Test
    void everyFigureCitesABulletinWithTitleIssuersAndUrl() {
        for (String id : BulletinSeries.BUILT_IN) {
            BulletinSeries s = BulletinSeries.builtIn(id);
            int figures = s.totals().size();
            for (Level l : s.levels()) {
                figures += s.perStudent(l).size();
                for (BulletinSeries.Figure f : s.perStudent(l)) {
                    assertTrue(s.sources().contains(f.source()), id + " " + l + " " + f.year());
                    assertTrue(f.source().url().startsWith("http"), f.source().toString());
                    assertTrue(f.source().title().contains("教育经费执行情况统计公告"), f.source().title());
                    assertFalse(f.source().issuedBy().isBlank());
                    assertTrue(f.source().year() >= f.year(), "a bulletin reports on its year or states the year before");
                }
            }
            assertTrue(figures > 0, id);
        }
    }

    @Test
    void theNationalSeriesCoversEveryLevelAndHasNoFigureForTheYearsNotFound() {
        assertEquals(List.of(Level.values()), List.copyOf(NATIONAL.levels()));
        assertTrue(NATIONAL.jurisdiction().isEmpty());
        assertEquals(Optional.of(DivisionCode.of("210000")), LIAONING.jurisdiction());
        for (Level l : Level.values()) {
            assertTrue(NATIONAL.perStudent(l).stream().noneMatch(f -> f.year() == 2023), "the 2023 bulletin was not found");
        }
        assertTrue(NATIONAL.perStudent(Level.SENIOR).stream().noneMatch(f -> f.year() == 2019), "a gap stays a gap");
    }

    @Test
    void pinnedFiguresAsTheBulletinsPrintThem() {
        // 2022 bulletin: 全国普通小学为12791.64元, 比上年增长3.32%
        BulletinSeries.Figure primary2022 = figure(NATIONAL, Level.PRIMARY, 2022);
        assertEquals(Money.parse("12791.64"), primary2022.amount());
        assertEquals(Optional.of(new BigDecimal("3.32")), primary2022.statedGrowth());
        assertFalse(primary2022.comparable());
        assertEquals("NB2022", primary2022.source().id());
        // 2018 bulletin: 全国普通初中为16494.37元, 比上年的15739.92元增长4.79%
        assertEquals(Money.parse("16494.37"), figure(NATIONAL, Level.JUNIOR, 2018).amount());
        assertEquals(Money.parse("15739.92"), figure(NATIONAL, Level.JUNIOR, 2017).amount());
        assertEquals("NB2018", figure(NATIONAL, Level.JUNIOR, 2017).source().id());
        // 2021 bulletin: 全国一般公共预算教育经费为37463.36亿元, 同口径比上年增长5.17%
        BulletinSeries.Figure total2021 = NATIONAL.totals().stream().filter(f -> f.year() == 2021).findFirst().orElseThrow();
        assertEquals("37463.36亿元", total2021.printed());
        assertEquals(Money.ofYuan(3_746_336_000_000L), total2021.amount());
        assertTrue(total2021.comparable());
        // Liaoning 2021: 普通小学生均一般公共预算教育经费为11418.09元, 同口径比上年下降1.51%
        BulletinSeries.Figure ln = figure(LIAONING, Level.PRIMARY, 2021);
        assertEquals(Money.parse("11418.09"), ln.amount());
        assertEquals(Optional.of(new BigDecimal("-1.51")), ln.statedGrowth());
        assertTrue(ln.comparable());
    }

    @Test
    void FIN_2_theRestated2020BaseOfPrimarySchoolsIsTheOneThe2021RateImplies() {
        // by hand: 12380.73 / 1.0222 = 12111.847... → 12111.85; the 2020 bulletin's own level was 12330.58
        BulletinCheck c = check(BulletinCheck.fin2(NATIONAL, Level.PRIMARY), 2021);
        assertEquals(YearCheck.Base.RESTATED_PRIOR_YEAR, c.base());
        assertEquals(Optional.of(Money.parse("12111.85")), c.prior());
        assertEquals(Verdict.MET, c.finding().verdict());
        assertEquals("12330.58元", c.finding().facts().get("publishedPrior"));
        assertEquals("12111.85元", c.finding().facts().get("restatedPrior"));
        assertEquals("12380.73元 / (1 + 2.22%)", c.finding().facts().get("restatedPriorDerivation"));
        assertTrue(c.finding().explanation().zh().contains("上年同口径数"), c.finding().explanation().zh());
    }

    @Test
    void FIN_2_juniorSchools2021FellOnThePublishedLevelButRoseOnTheComparableBasis() {
        // 17772.06 < 17803.60 (2020 bulletin), yet the 2021 bulletin states +1.74% 同口径: the restated base decides
        BulletinCheck c = check(BulletinCheck.fin2(NATIONAL, Level.JUNIOR), 2021);
        assertTrue(c.figure().amount().isLessThan(figure(NATIONAL, Level.JUNIOR, 2020).amount()));
        assertEquals(YearCheck.Base.RESTATED_PRIOR_YEAR, c.base());
        assertEquals(Optional.of(Money.parse("17468.11")), c.prior(), "17772.06 / 1.0174 = 17468.114...");
        assertEquals(Verdict.MET, c.finding().verdict());
    }

    @Test
    void FIN_2_higherEducation2022IsNotMetWithItsShortfall() {
        // 2022 bulletin: 全国普通高等学校为22205.41元, 比上年下降1.69%; 22586.42 − 22205.41 = 381.01
        BulletinCheck c = check(BulletinCheck.fin2(NATIONAL, Level.HIGHER), 2022);
        assertEquals(YearCheck.Base.PRIOR_YEAR, c.base());
        assertEquals(Verdict.NOT_MET, c.finding().verdict());
        assertEquals(Money.parse("381.01"), c.shortfall());
        assertEquals("-1.69%", c.growth().orElseThrow().toString());
    }

    @Test
    void FIN_2_operatingExpenditureIsASeriesOfItsOwnAndNeverChainedToTheLaterDefinition() {
        BulletinSeries operating = BulletinSeries.builtIn("national-operating");
        assertTrue(operating.totals().isEmpty());
        // 2016 bulletin: 全国普通小学为9557.89元, 比上年的8838.44元增长8.14%
        BulletinCheck c = check(BulletinCheck.fin2(operating, Level.PRIMARY), 2016);
        assertEquals(YearCheck.Base.PRIOR_YEAR, c.base());
        assertEquals(Optional.of(Money.parse("8838.44")), c.prior());
        assertEquals(Verdict.MET, c.finding().verdict());
        assertEquals("NB2016", c.figure().source().id());
        assertTrue(operating.perStudent(Level.PRIMARY).stream().allMatch(f -> f.year() <= 2016));
        assertEquals(Verdict.NOT_ASSESSABLE, check(BulletinCheck.fin2(NATIONAL, Level.PRIMARY), 2017).finding().verdict(),
                "2017 is the first year of its definition");
    }

    @Test
    void FIN_2_aYearAfterAGapWithoutAComparableRateIsNotAssessable() {
        BulletinCheck c = check(BulletinCheck.fin2(NATIONAL, Level.SENIOR), 2020);
        assertEquals(YearCheck.Base.NONE, c.base());
        assertEquals(Verdict.NOT_ASSESSABLE, c.finding().verdict());
        assertTrue(c.prior().isEmpty());
        assertTrue(c.finding().explanation().en().contains("no figure for 2019"), c.finding().explanation().en());
    }

    @Test
    void FIN_2_liaoning2021FellOnTheComparableBasisExceptHigherEducation() {
        for (Level l : List.of(Level.PRIMARY, Level.JUNIOR, Level.SENIOR, Level.VOCATIONAL)) {
            BulletinCheck c = BulletinCheck.fin2(LIAONING, l).get(0);
            assertEquals(Verdict.NOT_MET, c.finding().verdict(), l.key());
            assertEquals(YearCheck.Base.RESTATED_PRIOR_YEAR, c.base(), l.key());
            assertTrue(c.shortfall().signum() > 0, l.key());
        }
        // by hand: 11418.09 / (1 − 0.0151) = 11593.146... → 11593.15; shortfall 175.06
        BulletinCheck primary = BulletinCheck.fin2(LIAONING, Level.PRIMARY).get(0);
        assertEquals(Optional.of(Money.parse("11593.15")), primary.prior());
        assertEquals(Money.parse("175.06"), primary.shortfall());
        assertEquals(Verdict.MET, BulletinCheck.fin2(LIAONING, Level.HIGHER).get(0).finding().verdict());
    }

    @Test
    void FIN_1_onTheNationalTotals() {
        List<BulletinCheck> fin1 = BulletinCheck.fin1(NATIONAL);
        assertEquals(Verdict.NOT_ASSESSABLE, check(fin1, 2012).finding().verdict(), "the first year");
        assertEquals(Verdict.NOT_ASSESSABLE, check(fin1, 2018).finding().verdict(), "no 2017 total in the series");
        // 2015 bulletin: 25861.87亿元, 比上年增长14.55%, 同口径增长9.41%: 25861.87 / 1.0941 = 23637.5706...
        BulletinCheck y2015 = check(fin1, 2015);
        assertEquals(YearCheck.Base.RESTATED_PRIOR_YEAR, y2015.base());
        assertEquals(Optional.of(Money.parse("23637.57亿元")), y2015.prior());
        assertEquals("22576.01亿元", y2015.finding().facts().get("publishedPrior"));
        assertEquals(Verdict.MET, check(fin1, 2019).finding().verdict());
        BulletinCheck y2021 = check(fin1, 2021);
        // 37463.36亿元 / 1.0517 = 35621.717...亿元, printed to 0.01亿元
        assertEquals(YearCheck.Base.RESTATED_PRIOR_YEAR, y2021.base());
        assertEquals(Optional.of(Money.parse("35621.72亿元")), y2021.prior());
        assertEquals("FIN-1", y2021.finding().rule());
        assertEquals(Verdict.MET, check(BulletinCheck.fin1(LIAONING), 2021).finding().verdict());
    }

    @Test
    void FIN_2_aComparableRateThatAgreesWithThePublishedFigureUsesThePublishedFigure() {
        String json = doc("[{\"year\": 2020, \"amount\": \"100.00\", \"source\": \"S\"},"
                + " {\"year\": 2021, \"amount\": \"110.00\", \"growth\": \"10.00\", \"comparable\": true, \"source\": \"S\"}]");
        BulletinCheck c = BulletinCheck.fin2(BulletinSeries.parse(json, "t.json"), Level.PRIMARY).get(1);
        assertEquals(YearCheck.Base.PRIOR_YEAR, c.base());
        assertEquals(Optional.of(Money.parse("100.00")), c.prior());
    }

    @Test
    void FIN_2_aComparableRateOfZeroCannotTellARiseFromAFall() {
        String json = doc("[{\"year\": 2021, \"amount\": \"110.00\", \"growth\": \"0.00\", \"comparable\": true, \"source\": \"S\"}]");
        BulletinCheck c = BulletinCheck.fin2(BulletinSeries.parse(json, "t.json"), Level.PRIMARY).get(0);
        assertEquals(Verdict.NOT_ASSESSABLE, c.finding().verdict());
    }

    @Test
    void FIN_2_theImpliedBaseFollowsTheSignOfAnyNonZeroRate() {
        Gen<Long> fen = SourceDSL.longs().between(1_000_00L, 10_000_000_00L);
        Gen<Integer> basisPoints = SourceDSL.integers().between(-5000, 5000).assuming(b -> b != 0);
        qt().forAll(fen, basisPoints).check((amount, bp) -> {
            BigDecimal rate = BigDecimal.valueOf(bp, 2);
            Money base = BulletinCheck.impliedBase(Money.ofFen(amount), rate, Money.ofFen(1));
            return Integer.signum(Money.ofFen(amount).compareTo(base)) == rate.signum();
        });
    }

    @Test
    void theLoaderRefusesMalformedResourcesNamingEachPlace() {
        String bad = doc("[{\"year\": 2020, \"amount\": \"100.00\", \"source\": \"S\"},"
                + " {\"year\": 2021, \"amount\": \"110.00\", \"growth\": \"9.00\", \"source\": \"S\"},"
                + " {\"year\": 2022, \"amount\": \"abc\", \"source\": \"S\"},"
                + " {\"year\": 2023, \"amount\": \"120.00\", \"source\": \"NOPE\"},"
                + " {\"year\": 2023, \"amount\": \"121.00\", \"growth\": \"1\", \"comparable\": \"yes\", \"source\": \"S\"},"
                + " {\"year\": 1900, \"amount\": \"-5\", \"colour\": 1, \"source\": \"S\"}]");
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> BulletinSeries.parse(bad, "bad.json"));
        List<String> problems = e.problems().stream().map(DataProblem::toString).toList();
        String all = String.join("\n", problems);
        assertTrue(all.contains("bad.json perStudent.primary[1], field 'growth', value '9.00': the rate from 2020's 100.00 to 110.00, 10.00%"), all);
        assertTrue(all.contains("perStudent.primary[2], field 'amount', value 'abc'"), all);
        assertTrue(all.contains("perStudent.primary[3], field 'source', value 'NOPE'"), all);
        assertTrue(all.contains("perStudent.primary[4], field 'growth', value '1'"), all);
        assertTrue(all.contains("perStudent.primary[4], field 'comparable', value 'yes'"), all);
        assertTrue(all.contains("perStudent.primary[5], field 'year', value '1900'"), all);
        assertTrue(all.contains("perStudent.primary[5], field 'amount', value '-5'"), all);
        assertTrue(all.contains("perStudent.primary[5], field 'colour'"), all);
    }

    @Test
    void theLoaderRefusesASourceWithoutItsCitationAndAnUnknownLevel() {
        String json = """
                {"format": "junheng-bulletin-series", "id": "x", "name": {"zh": "甲", "en": "A"}, "jurisdiction": "21",
                 "measure": {"zh": "甲", "en": "A"}, "note": {"zh": "甲", "en": "A"},
                 "sources": [{"id": "S", "year": 2021, "title": "公告", "issuedBy": "", "url": "ftp://x"}],
                 "totals": [], "perStudent": {"kindergarten": []}}
                """;
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> BulletinSeries.parse(json, "s.json"));
        String all = e.problems().stream().map(DataProblem::toString).reduce("", (a, b) -> a + b + "\n");
        assertTrue(all.contains("field 'jurisdiction', value '21'"), all);
        assertTrue(all.contains("sources[0], field 'issuedBy'"), all);
        assertTrue(all.contains("sources[0], field 'url', value 'ftp://x': an http or https URL"), all);
        assertTrue(all.contains("perStudent, field 'kindergarten'"), all);
        assertThrows(InvalidDataException.class, () -> BulletinSeries.parse("{not json", "j.json"));
        assertThrows(InvalidDataException.class, () -> BulletinSeries.parse("[]", "j.json"));
    }

    @Test
    void anUnknownBuiltInSeriesNamesTheBuiltInOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BulletinSeries.builtIn("shanghai"));
        assertTrue(e.getMessage().contains("national, national-operating, liaoning"), e.getMessage());
    }

    /** A minimal valid document with one source {@code S} and the given primary-school figures. */
    private static String doc(String primary) {
        return """
                {"format": "junheng-bulletin-series", "id": "t", "name": {"zh": "测试", "en": "test"}, "jurisdiction": null,
                 "measure": {"zh": "生均", "en": "per student"}, "note": {"zh": "无", "en": "none"},
                 "sources": [{"id": "S", "year": 2021, "title": "测试公告", "issuedBy": "某厅", "url": "https://example.org/b"}],
                 "totals": [], "perStudent": {"primary": %s}}
                """.formatted(primary);
    }
}
