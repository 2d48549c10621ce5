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
package org.junheng.indicators.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junheng.core.gen.Properties.qt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.InvalidDataException;
import org.junheng.core.policy.Rule;
import org.junheng.core.policy.RuleCatalog;
import org.junheng.core.policy.Strength;
import org.junheng.core.sample.SampleCounty;
import org.junheng.core.value.Language;
import org.junheng.core.value.Ratio;
import org.junheng.indicators.rules.Verdict;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class TargetCatalogTest {
    private static final TargetCatalog CATALOG = TargetCatalog.builtIn();

    private static Target find(String id) {
        return CATALOG.targets().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    /** A sample of the seeds' dated numbers: (rule, document and clause, indicator, threshold, deadline year). */
    private static final List<String[]> SEED_NUMBERS = List.of(
            new String[] {"COV-1", "PJ22 三; 四(二)2", "INCLUSIVE_KINDERGARTEN", "85", "2025"},
            new String[] {"COV-1", "YK24 §1", "INCLUSIVE_KINDERGARTEN", "91", "2024"},
            new String[] {"COV-2", "PJ22 三; 四(二)1", "PUBLIC_KINDERGARTEN", "55", "2025"},
            new String[] {"COV-2", "YK24 §1", "PUBLIC_KINDERGARTEN", "54", "2024"},
            new String[] {"COV-3", "SY24 任务5; 措施12", "CONSOLIDATION", "99", "2026"},
            new String[] {"COV-3", "SY19 一", "CONSOLIDATION", "99", "2022"},
            new String[] {"COV-3", "PJ22 三; 四(三)2", "CONSOLIDATION", "98.5", "2025"},
            new String[] {"COV-4", "SY19 6", "DISABLED_ENROLMENT", "97", "2022"},
            new String[] {"COV-4", "PJ22 四(三)2", "DISABLED_ENROLMENT", "97", "2025"},
            new String[] {"COV-4", "YK24 §10", "DISABLED_ENROLMENT", "100", "2024"},
            new String[] {"COV-5", "SY19 4", "LARGE_CLASSES", "0", "2019"},
            new String[] {"COV-5", "SY19 4", "PRIMARY_CLASSES_OVER_45", "0", "2022"},
            new String[] {"COV-5", "SY19 4", "JUNIOR_CLASSES_OVER_50", "0", "2022"},
            new String[] {"COV-6", "SY19 一", "QUALITY_RESOURCES", "90", "2020"},
            new String[] {"COV-6", "SY19 一", "QUALITY_RESOURCES", "100", "2022"},
            new String[] {"COV-7", "SY24 任务2", "ALLIANCE_RURAL", "100", "2025"},
            new String[] {"COV-10", "PJ22 三", "BACHELOR_TEACHERS", "85", "2025"},
            new String[] {"COV-11", "PJ22 三; 四(五)4", "DOUBLE_QUALIFIED", "60", "2025"},
            new String[] {"COV-14", "SY19 10", "PRACTICE_CLASSROOM", "50", "2022"},
            new String[] {"COV-15", "SY19 15", "SYNCHRONOUS_CLASSES", "50", "2022"},
            new String[] {"COV-17", "YK24 §8", "QUALITY_SENIOR_HIGH_ENROLMENT", "85", "2024"},
            new String[] {"COV-17", "YK24 §8", "QUALITY_SENIOR_HIGH_SCHOOLS", "80", "2024"},
            new String[] {"COV-18", "PJ22 四(一)6 专栏3", "headTeacherCounsellingCertified", "100", "2025"},
            new String[] {"COV-19", "SY24 任务9", "SPORTS_FACILITIES", "90", "2026"},
            new String[] {"COV-20", "PJ22 三", "VOCATIONAL_EMPLOYMENT", "95", "2025"},
            new String[] {"COV-21", "SY24 任务5", "SPECIAL_SCHOOLS_WITH_SENIOR", "100", "2026"},
            new String[] {"COV-25", "SY19 7", "RURAL_PILOT_CANTEEN_MEALS", "100", "2022"},
            new String[] {"COV-26", "SY19 3", "RURAL_SCHOOLS_AT_EQUIPMENT_STANDARD", "100", "2022"},
            new String[] {"COV-26", "SY19 2", "twoKindsSchoolsAtStandard", "100", "2020"},
            new String[] {"COV-27", "PJ22 四(五)3", "VOCATIONAL_1X_PILOT", "100", "2025"},
            new String[] {"COV-28", "PJ22 四(七)7 专栏8", "NAMED_TEACHERS_BY_SUBJECT", "100", "2025"},
            new String[] {"COV-29", "PJ22 五(五)3", "SCHOOLS_WITH_INSPECTOR", "100", "2025"},
            new String[] {"COV-29", "YK24 §4", "SCHOOLS_WITH_INSPECTOR", "100", "2024"},
            new String[] {"AID-5", "SY24 任务7 目标", "disabledAidCoverage", "100", "2026"},
            new String[] {"FIN-5", "YK24 §3", "kindergartenPublicFundsPerChild", "600", "2024"},
            new String[] {"ROT-3", "PJ22 四(七)1", "reformParticipantsExchanged", "8", "2025"},
            new String[] {"ROT-10", "PJ22 四(七)3", "ruralTeacherAverageAge", "40", "2025"},
            new String[] {"TGT-1", "SY24 任务1", "schoolsBuiltOrExtended", "30", "2026"},
            new String[] {"TGT-1", "SY24 任务2", "allianceSchools", "80", "2024"},
            new String[] {"TGT-1", "SY24 任务2", "allianceSchools", "100", "2025"},
            new String[] {"TGT-1", "SY24 任务2", "newQualitySchools", "75", "2026"},
            new String[] {"TGT-2", "SY24 任务4", "platformLessons", "3800", "2026"},
            new String[] {"TGT-2", "SY24 任务4 措施9", "schoolsAtPromotionLevel", "100", "2025"},
            new String[] {"TGT-5", "SY19 一; 12", "qualityDemonstrationSchools", "300", "2022"},
            new String[] {"TGT-7", "LN23 一", "countiesPassingBalance", "50", "2025"},
            new String[] {"TGT-7", "LN23 一", "countiesPassingBalance", "100", "2030"},
            new String[] {"TGT-7", "LN23 §4", "schoolsAtPopularLevel", "100", "2023"},
            new String[] {"TGT-9", "PJ22 四(七)6", "backboneTeachers", "1500", "2025"},
            new String[] {"TGT-9", "PJ22 四(一)5", "labourEducationDemonstrationZones", "1", "2025"},
            new String[] {"TGT-10", "YK24 §16", "teachersRecruited", "710", "2024"},
            new String[] {"TGT-10", "YK24 §7", "seniorHighAdmissionsIncrease", "696", "2024"},
            new String[] {"TGT-11", "PJ22 四(五)5", "provincialHighLevelColleges", "1", "2023"},
            new String[] {"TGT-12", "YK24 §16", "commendedIndividuals", "1255", "2024"},
            new String[] {"TGT-13", "LNQ 三(四)", "evaluationGuideTrained", "100", "2023"},
            new String[] {"TGT-14", "SY19 1", "districtLayoutPlansDone", "100", "2019"});

    @Test
    void TGT_1_theCatalogHoldsTheSeedsDatedNumbersUnderTheirClauses() {
        for (String[] r : SEED_NUMBERS) {
            String document = r[1].split(" ")[0];
            String clause = r[1].substring(document.length() + 1);
            assertTrue(CATALOG.targets().stream().anyMatch(t -> t.rule().equals(r[0]) && t.document().equals(document)
                    && t.clause().equals(clause)
                    && t.indicator().equals(r[2]) && t.threshold().compareTo(new BigDecimal(r[3])) == 0
                    && t.deadline() != null && t.deadline().getYear() == Integer.parseInt(r[4])), String.join(" ", r));
        }
        for (String rule : List.of("TGT-1", "TGT-2", "TGT-3", "TGT-4", "TGT-5", "TGT-6", "TGT-7", "TGT-8", "TGT-9", "TGT-10",
                "TGT-11", "TGT-12", "TGT-13", "TGT-14", "COV-21", "COV-22", "COV-24", "COV-25", "COV-26", "COV-27", "COV-28",
                "COV-29", "FIN-8")) {
            assertTrue(CATALOG.targets().stream().anyMatch(t -> t.rule().equals(rule)), rule);
        }
    }

    @Test
    void TGT_6_theMisprintedHomeworkLimitIsOneAndAHalfHours() {
        assertEquals(new BigDecimal("1.5"), find("SY19-TGT-6-JUNIOR").threshold());
    }

    @Test
    void TGT_1_notYetDueBecomesMetOrNotMetExactlyOnTheDeadline() {
        qt().forAll(SourceDSL.integers().between(0, 1000), SourceDSL.integers().between(1, 1000)).check((n, d) -> {
            Target t = find("PJ22-COV-1");
            Observation o = Observation.ofRate(t.indicator(), Ratio.of(Math.min(n, d), d));
            Verdict before = TargetResult.evaluate(t, t.deadline().minusDays(1), o).verdict();
            Verdict on = TargetResult.evaluate(t, t.deadline(), o).verdict();
            return before == Verdict.NOT_DUE && (on == Verdict.MET || on == Verdict.NOT_MET);
        });
    }

    @Test
    void TGT_1_propertyTheVerdictIsMonotoneInTheObservedValue() {
        qt().forAll(SourceDSL.integers().between(0, 1000), SourceDSL.integers().between(0, 1000)).check((a, b) -> {
            Target atLeast = find("PJ22-COV-1");
            Target atMost = find("PJ22-COV-12");
            LocalDate after = LocalDate.of(2030, 1, 1);
            int lo = Math.min(a, b);
            int hi = Math.max(a, b);
            boolean upMet = TargetResult.evaluate(atLeast, after, Observation.ofRate(atLeast.indicator(), Ratio.of(lo, 1000))).verdict() == Verdict.MET;
            boolean upHiMet = TargetResult.evaluate(atLeast, after, Observation.ofRate(atLeast.indicator(), Ratio.of(hi, 1000))).verdict() == Verdict.MET;
            boolean downLoMet = TargetResult.evaluate(atMost, after, Observation.ofRate(atMost.indicator(), Ratio.of(lo, 1000))).verdict() == Verdict.MET;
            boolean downHiMet = TargetResult.evaluate(atMost, after, Observation.ofRate(atMost.indicator(), Ratio.of(hi, 1000))).verdict() == Verdict.MET;
            return (!upMet || upHiMet) && (!downHiMet || downLoMet);
        });
    }

    @Test
    void TGT_1_thresholdsAreComparedExactly() {
        Target t = find("PJ22-COV-3");
        LocalDate after = LocalDate.of(2026, 1, 1);
        assertEquals(Verdict.MET, TargetResult.evaluate(t, after, Observation.ofRate(t.indicator(), Ratio.of(985, 1000))).verdict());
        assertEquals(Verdict.NOT_MET, TargetResult.evaluate(t, after, Observation.ofRate(t.indicator(), Ratio.of(9849, 10000))).verdict());
        TargetResult progress = TargetResult.evaluate(t, LocalDate.of(2024, 1, 1), Observation.ofRate(t.indicator(), Ratio.of(981, 1000)));
        assertEquals(new BigDecimal("42.9"), progress.progress(), "from 97.8% to 98.1% of the way to 98.5%");
    }

    @Test
    void TGT_1_observedValuesWithTheWrongUnitAreRefused() {
        Target t = find("YK24-FIN-5");
        var e = assertThrows(IllegalArgumentException.class, () -> TargetResult.evaluate(t, LocalDate.of(2025, 1, 1),
                Observation.of(t.indicator(), Target.Unit.COUNT, BigDecimal.valueOf(600))));
        assertTrue(e.getMessage().contains("is in COUNT, but target YK24-FIN-5 is in YUAN"), e.getMessage());
        assertEquals(Verdict.MET, TargetResult.evaluate(t, LocalDate.of(2025, 1, 1),
                Observation.of(t.indicator(), Target.Unit.YUAN, BigDecimal.valueOf(600))).verdict());
    }

    @Test
    void TGT_1_badCatalogsAreRefusedWithEveryProblem() {
        String json = "{\"jurisdictions\":{\"210100\":\"沈阳市\"},\"measures\":{},\"targets\":["
                + "{\"id\":\"A\",\"jurisdiction\":\"210100\",\"indicator\":\"NO_SUCH\",\"comparison\":\"AT_LEAST\","
                + "\"threshold\":\"1\",\"unit\":\"PERCENT\",\"rule\":\"COV-1\",\"document\":\"X\",\"clause\":\"\"},"
                + "{\"id\":\"B\",\"jurisdiction\":\"990000\",\"indicator\":\"PUBLIC_KINDERGARTEN\",\"comparison\":\"AT_LEAST\","
                + "\"threshold\":\"1\",\"unit\":\"PERCENT\",\"rule\":\"COV-2\",\"document\":\"X\",\"clause\":\"\"},"
                + "{\"id\":\"C\",\"jurisdiction\":\"210100\",\"indicator\":\"PUBLIC_KINDERGARTEN\",\"comparison\":\"AT_LEAST\","
                + "\"threshold\":\"50\",\"unit\":\"PERCENT\",\"deadline\":\"2020-12-31\",\"baseline\":\"40\",\"baselineYear\":2021,"
                + "\"rule\":\"COV-2\",\"document\":\"X\",\"clause\":\"\"}]}";
        var e = assertThrows(InvalidDataException.class, () -> TargetCatalog.parse(json, "mine.json"));
        assertEquals(3, e.problems().size(), e.getMessage());
        assertEquals("indicator", e.problems().get(0).field());
        assertEquals("jurisdiction", e.problems().get(1).field());
        assertTrue(e.problems().get(2).expected().contains("must not follow the deadline"), e.getMessage());
    }

    @Test
    void COV_7_aParentTargetAppliesToTheChildrenItNames() {
        DivisionCode liaozhong = DivisionCode.of("210115");
        assertTrue(CATALOG.forJurisdiction(liaozhong).stream().anyMatch(t -> t.id().equals("SY24-COV-7")));
        assertTrue(CATALOG.forJurisdiction(DivisionCode.of("210199")).stream().noneMatch(t -> t.id().equals("SY24-COV-7")));
        assertTrue(CATALOG.forJurisdiction(DivisionCode.of("210199")).stream().noneMatch(t -> t.id().equals("SY24-TGT-1-BUILT")),
                "a city's total does not fall on each district");
    }

    @Test
    void COV_14_theSampleDistrictIsJudgedOnlyOnTargetsThatFallOnEachDistrict() {
        List<TargetResult> results = TargetEvaluation.of(SampleCounty.dataSet(), CATALOG, SampleCounty.dataSet().asOf(), Map.of());
        Set<String> judged = results.stream().map(r -> r.target().id()).collect(Collectors.toSet());
        assertTrue(judged.contains("SY19-COV-14"), "各区、县(市)…不少于50%: each district");
        assertFalse(judged.contains("SY24-COV-19") || judged.contains("SY19-COV-6-2022"), "a city-wide rate is not a district's");
        assertEquals(DivisionCode.of("210199"), TargetEvaluation.focus(SampleCounty.dataSet()).orElseThrow());
        assertTrue(CATALOG.table(CATALOG.dueIn(2025), Language.EN).rows().size() > 10);
    }

    @Test
    void COV_1_panjinAndYingkouInclusiveKindergartenTargetsAreTheSeedsNumbers() {
        Target panjin = find("PJ22-COV-1");
        assertEquals(0, new BigDecimal("85").compareTo(panjin.threshold()));
        assertEquals(LocalDate.of(2025, 12, 31), panjin.deadline());
        assertEquals(0, new BigDecimal("80.1").compareTo(panjin.baseline()));
        assertEquals(2020, panjin.baselineYear());
        assertEquals(Target.Timing.BY, panjin.timing());
        assertEquals(Strength.BINDING, panjin.strength());
        assertFalse(panjin.cascades(), "a city-wide rate, not each county's");
        Target yingkou = find("YK24-COV-1");
        assertEquals(0, new BigDecimal("91").compareTo(yingkou.threshold()));
        assertEquals(LocalDate.of(2024, 12, 31), yingkou.deadline());
        assertEquals(Target.Timing.BY, yingkou.timing());
    }

    @Test
    void COV_3_shenyangKeeps99PercentInEveryYearOfBothPlans() {
        Target sy24 = find("SY24-COV-3");
        assertEquals(Target.Timing.KEPT, sy24.timing());
        assertEquals(LocalDate.of(2024, 1, 1), sy24.from());
        assertEquals(LocalDate.of(2026, 12, 31), sy24.deadline());
        assertEquals(Target.Comparison.AT_LEAST, sy24.comparison(), "以上 includes 99%");
        assertEquals(0, new BigDecimal("99").compareTo(sy24.threshold()));
        assertTrue(sy24.note().contains("高于"), "措施12: above the provincial standard");
        Target sy19 = find("SY19-COV-3");
        assertEquals(Target.Timing.KEPT, sy19.timing());
        assertEquals(LocalDate.of(2019, 1, 1), sy19.from());
        assertEquals(LocalDate.of(2022, 12, 31), sy19.deadline());
        Target panjin = find("PJ22-COV-3");
        assertEquals(Target.Timing.BY, panjin.timing());
        assertEquals(0, new BigDecimal("97.8").compareTo(panjin.baseline()));
    }

    @Test
    void COV_4_panjinKeeps97PercentFromA2020BaselineOf95() {
        Target t = find("PJ22-COV-4");
        assertEquals(Target.Timing.KEPT, t.timing());
        assertEquals(LocalDate.of(2021, 1, 1), t.from());
        assertEquals(LocalDate.of(2025, 12, 31), t.deadline());
        assertEquals(0, new BigDecimal("97").compareTo(t.threshold()));
        assertEquals(0, new BigDecimal("95").compareTo(t.baseline()));
        assertEquals(2020, t.baselineYear());
    }

    @Test
    void COV_5_noClassOf56IsStrivenForBy2019AndTheClassSizesOf2022AreBasic() {
        Target large = find("SY19-COV-5-56");
        assertEquals(Strength.STRIVEN_FOR, large.strength());
        assertEquals(LocalDate.of(2019, 12, 31), large.deadline());
        assertEquals(Target.Comparison.AT_MOST, large.comparison());
        assertEquals(0, large.threshold().signum());
        for (String id : List.of("SY19-COV-5-45", "SY19-COV-5-50", "SY19-COV-5-SCHOOL")) {
            Target t = find(id);
            assertEquals(Strength.BASICALLY, t.strength(), id);
            assertEquals(LocalDate.of(2022, 12, 31), t.deadline(), id);
            assertEquals(0, t.threshold().signum(), id + ": the nominal threshold");
        }
    }

    @Test
    void COV_13_aMentalHealthTeacherInEverySchoolIsEncouraged() {
        Target t = find("LN23-COV-13");
        assertEquals(Strength.ENCOURAGED, t.strength());
        assertEquals(Target.Timing.STANDING, t.timing());
    }

    @Test
    void TGT_2_TGT_7_digitalCampusLevelsAreBasicallyPassed() {
        for (String id : List.of("SY24-TGT-2-CAMPUS", "LN23-TGT-7-POPULAR", "LN23-TGT-7-PROMOTION")) {
            Target t = find(id);
            assertEquals(Strength.BASICALLY, t.strength(), id);
            assertEquals(0, new BigDecimal("100").compareTo(t.threshold()), id);
            assertTrue(t.note().contains("no number"), id);
        }
        assertEquals(LocalDate.of(2023, 12, 31), find("LN23-TGT-7-POPULAR").deadline());
        assertEquals(LocalDate.of(2025, 12, 31), find("LN23-TGT-7-PROMOTION").deadline());
    }

    @Test
    void TGT_3_TGT_4_yearlyTargetsAreJudgedEachYearOfThePlan() {
        for (String id : List.of("SY24-TGT-3-FOOD", "SY24-TGT-4-JOBS")) {
            Target t = find(id);
            assertEquals(Target.Timing.YEARLY, t.timing(), id);
            assertEquals(LocalDate.of(2024, 1, 1), t.from(), id);
            assertEquals(LocalDate.of(2026, 12, 31), t.deadline(), id);
        }
        assertEquals(0, new BigDecimal("150000").compareTo(find("SY24-TGT-4-JOBS").threshold()));
    }

    @Test
    void TGT_6_homeworkIsClause11AndAnHourOfActivityIsAskedInAllThreeCities() {
        assertEquals("11", find("SY19-TGT-6-JUNIOR").clause());
        assertEquals("9", find("SY19-TGT-6-PE").clause());
        assertEquals(Target.Comparison.AT_MOST, find("SY19-TGT-6-PRIMARY").comparison());
        for (String id : List.of("SY19-TGT-6-PE", "PJ22-TGT-6-PE", "YK24-TGT-6-PE")) {
            Target t = find(id);
            assertEquals("physicalActivityHours", t.indicator(), id);
            assertEquals(0, BigDecimal.ONE.compareTo(t.threshold()), id);
            assertEquals(Target.Timing.STANDING, t.timing(), id);
        }
        assertEquals(DivisionCode.of("211100"), find("PJ22-TGT-6-PE").jurisdiction());
        assertEquals(DivisionCode.of("210800"), find("YK24-TGT-6-PE").jurisdiction());
    }

    @Test
    void TGT_8_theEvaluationCycleIsAtMostFiveYearsOncePerTermAndCoversAll() {
        assertEquals(Target.Comparison.AT_MOST, find("LNQ-TGT-8").comparison());
        assertEquals(0, new BigDecimal("5").compareTo(find("LNQ-TGT-8").threshold()));
        assertEquals(0, BigDecimal.ONE.compareTo(find("LNQ-TGT-8-TERM").threshold()));
        assertEquals(0, new BigDecimal("100").compareTo(find("LNQ-TGT-8-COVERAGE").threshold()));
    }

    @Test
    void TGT_9_labourLessonsAreStandingAndTheDemonstrationZoneIsDueBy2025() {
        Target lessons = find("PJ22-TGT-9-LABOUR");
        assertEquals(Target.Timing.STANDING, lessons.timing());
        assertNull(lessons.deadline());
        assertEquals(LocalDate.of(2025, 12, 31), find("PJ22-TGT-9-LABOUR-ZONE").deadline());
    }

    @Test
    void COV_18_theSeedsCoverageTargetsAndNoneWithoutSeedText() {
        assertTrue(CATALOG.targets().stream().noneMatch(t -> t.id().equals("LN23-COV-18-PS") || t.id().equals("YK24-COV-18-AD")),
                "LN23 sets no parent-school rate and YK24 says nothing of assistive devices");
        assertEquals("PARENT_SCHOOL", find("PJ22-COV-18-PS").indicator());
        assertEquals(Target.Timing.YEARLY, find("PJ22-COV-18-PS-ACTIVITY").timing());
        assertEquals("ASSISTIVE_DEVICES", find("LN23-COV-18-AD").indicator());
        assertEquals(LocalDate.of(2025, 12, 31), find("PJ22-COV-18-HT-TRAINED").deadline());
        assertEquals(LocalDate.of(2025, 12, 31), find("PJ22-COV-18-HT-CERTIFIED").deadline());
    }

    @Test
    void TGT_1_everyTargetsTimingAgreesWithItsDates() {
        for (Target t : CATALOG.targets()) {
            switch (t.timing()) {
                case STANDING -> assertTrue(t.deadline() == null && t.from() == null, t.id());
                case BY -> assertTrue(t.deadline() != null && t.from() == null, t.id());
                case KEPT, YEARLY -> {
                    assertEquals(1, t.from().getDayOfYear(), t.id() + ": a period starts on 1 January");
                    assertEquals(LocalDate.of(t.deadline().getYear(), 12, 31), t.deadline(), t.id() + ": and ends on 31 December");
                    assertTrue(t.from().getYear() < t.deadline().getYear(), t.id() + ": a period of several years");
                }
            }
            if (t.baseline() != null) {
                int start = t.from() != null ? t.from().getYear() : t.deadline() != null ? t.deadline().getYear() : Integer.MAX_VALUE;
                assertTrue(t.baselineYear() < start, t.id() + ": the baseline precedes the target");
            }
        }
    }

    @Test
    void COV_12_COV_14_COV_22_onlyTheSeedsPerCountyThresholdsApplyToEachCounty() {
        Set<String> perCounty = CATALOG.targets().stream().filter(Target::cascades).map(Target::rule).collect(Collectors.toSet());
        assertEquals(Set.of("COV-12", "COV-14", "COV-22"), perCounty);
        assertTrue(CATALOG.targets().stream().filter(Target::cascades).allMatch(t -> t.unit() == Target.Unit.PERCENT));
        assertEquals(List.of("SY24-COV-7"), CATALOG.targets().stream().filter(t -> !t.appliesTo().isEmpty()).map(Target::id).toList());
        assertEquals(Set.of("210115", "210181", "210124", "210123"),
                find("SY24-COV-7").appliesTo().stream().map(DivisionCode::value).collect(Collectors.toSet()));
        DivisionCode panshan = DivisionCode.of("211122");
        assertTrue(find("PJ22-COV-12").appliesTo(panshan));
        assertFalse(find("PJ22-COV-1").appliesTo(panshan), "Panjin's 85% is the city's");
    }

    @Test
    void TGT_1_everyTargetsRuleIsLawInItsJurisdictionUnderItsDocument() {
        RuleCatalog rules = RuleCatalog.builtIn();
        for (Target t : CATALOG.targets()) {
            Rule rule = rules.find(t.rule()).orElseThrow(() -> new AssertionError(t.id() + ": no rule " + t.rule()));
            assertTrue(rule.citations().stream().anyMatch(c -> t.jurisdiction().equals(c.place()) && c.document().equals(t.document())),
                    t.id() + ": " + t.rule() + " is not cited for " + t.jurisdiction() + " in " + t.document());
        }
    }

    @Test
    void TGT_1_everyStrengthIsTheSeedsWord() {
        for (Target t : CATALOG.targets()) {
            assertFalse(t.note().isBlank(), t.id() + ": says what the seed says");
            if (t.strength().isBinding()) {
                assertFalse(t.note().contains("力争") || t.note().contains("鼓励"), t.id() + ": the seed's word is not binding");
            } else {
                // 争取 (to seek, as for funds from above) is striven for as much as 力争
                assertTrue(t.note().contains(t.strength().label().zh())
                        || (t.strength() == Strength.STRIVEN_FOR && t.note().contains("争取")), t.id() + ": quotes " + t.strength().label().zh());
            }
        }
    }

    @Test
    void TGT_1_targetIdsAreUniqueStableAndNamedByTheirDocument() {
        List<String> expected = List.of("""
            PJ22-COV-1 YK24-COV-1 PJ22-COV-2 YK24-COV-2 SY24-COV-3 SY19-COV-3 PJ22-COV-3 SY19-COV-4 PJ22-COV-4 YK24-COV-4
            SY19-COV-5-56 SY19-COV-5-45 SY19-COV-5-50 SY19-COV-5-SCHOOL SY19-COV-6-2020 SY19-COV-6-2022 SY24-COV-7
            LN23-COV-8 PJ22-COV-10 PJ22-COV-11 PJ22-COV-12 LN23-COV-13 SY19-COV-14 SY19-COV-15 YK24-COV-17-E YK24-COV-17-S
            YK24-COV-18-RC YK24-COV-18-KV SY24-COV-18-AD LN23-COV-18-AD PJ22-COV-18-PS PJ22-COV-18-PS-ACTIVITY
            PJ22-COV-18-HT-TRAINED PJ22-COV-18-HT-CERTIFIED SY24-COV-19 PJ22-COV-20 SY24-COV-21 LN23-COV-22 PJ22-COV-24
            SY19-COV-25 SY19-COV-25-CCTV SY19-COV-26 SY19-COV-26-TWO-KINDS PJ22-COV-27 PJ22-COV-28 PJ22-COV-29 YK24-COV-29
            SY24-AID-5 YK24-FIN-5 PJ22-FIN-8 PJ22-ROT-3 PJ22-ROT-10 LN23-BAL-2025 LN23-BAL-2030 SY24-TGT-1-BUILT
            SY24-TGT-1-ALLIANCE-2024 SY24-TGT-1-ALLIANCE-2025 SY24-TGT-1-QUALITY-2024 SY24-TGT-1-QUALITY-2025
            SY24-TGT-1-QUALITY-2026 SY24-TGT-2-DIGITAL-2024 SY24-TGT-2-DIGITAL-2025 SY24-TGT-2-LESSONS-2024
            SY24-TGT-2-LESSONS-2025 SY24-TGT-2-LESSONS-2026 SY24-TGT-2-CAMPUS SY24-TGT-3-FOOD SY24-TGT-3-HEALTH
            SY24-TGT-3-HOURS SY24-TGT-3-DAYS SY24-TGT-3-HOLIDAY SY24-TGT-3-MUSEUM SY24-TGT-4-JOBS SY24-TGT-4-ATTRACTED
            SY24-TGT-4-EVENTS SY24-TGT-4-TRAINEES SY19-TGT-5-DEMO SY19-TGT-5-STANDARD SY19-TGT-6-G12 SY19-TGT-6-PRIMARY
            SY19-TGT-6-JUNIOR SY19-TGT-6-PE PJ22-TGT-6-PE YK24-TGT-6-PE YK24-TGT-6-PE-LESSON LN23-TGT-7-POPULAR
            LN23-TGT-7-PROMOTION LN23-TGT-7-FILMS LNQ-TGT-8 LNQ-TGT-8-TERM LNQ-TGT-8-COVERAGE PJ22-TGT-9-LABOUR
            PJ22-TGT-9-LABOUR-ZONE PJ22-TGT-9-FAMOUS-PRINCIPALS PJ22-TGT-9-BACKBONE-PRINCIPALS PJ22-TGT-9-FAMOUS-TEACHERS
            PJ22-TGT-9-LEADERS PJ22-TGT-9-BACKBONE PJ22-TGT-9-HEAD PJ22-TGT-9-KG-COUNTY PJ22-TGT-9-KG-DISTRICT
            PJ22-TGT-9-TRAINEES YK24-TGT-10-QUALITY YK24-TGT-10-ADMISSIONS YK24-TGT-10-QUALITY-ADMISSIONS
            YK24-TGT-10-RECRUITED YK24-TGT-10-URBAN-KG YK24-TGT-10-WEAK-KG YK24-TGT-10-TOWNSHIP-KG YK24-TGT-10-CENTRAL-KG
            PJ22-TGT-11-CLUSTERS PJ22-TGT-11-BASES PJ22-TGT-11-ENTERPRISES PJ22-TGT-11-MASTERS PJ22-TGT-11-CITY-MASTERS
            PJ22-TGT-11-SPECIALITY-LEADERS PJ22-TGT-11-TEACHER-BASES PJ22-TGT-11-STATIONS PJ22-TGT-11-COLLEGE
            PJ22-TGT-11-SECONDARY PJ22-TGT-11-SPECIALITIES YK24-TGT-12-COUNTY-HIGH YK24-TGT-12-COUNTY-PROJECTS
            YK24-TGT-12-URBAN-PAIRED YK24-TGT-12-COUNTY-PAIRED YK24-TGT-12-RESOURCE-CENTRES YK24-TGT-12-INDIVIDUALS
            YK24-TGT-12-COLLECTIVES LNQ-TGT-13 SY24-TGT-14-PLATFORM-2 SY24-TGT-14-INTERNET-PLUS PJ22-TGT-14-PLATFORM
            SY19-TGT-14-LAYOUT SY19-TGT-14-DISTRICT-PLANS
            """.trim().split("\\s+"));
        assertEquals(expected, CATALOG.targets().stream().map(Target::id).toList());
        assertEquals(expected.size(), Set.copyOf(expected).size());
        for (Target t : CATALOG.targets()) {
            assertTrue(t.id().startsWith(t.document() + "-"), t.id());
        }
    }

    @Test
    void TGT_1_aUsersCatalogIsReadWithItsMeasuresAndDefaults() {
        String json = "{\"jurisdictions\":{\"210100\":\"沈阳市\"},\"measures\":{\"halls\":{\"unit\":\"COUNT\",\"zh\":\"礼堂\",\"en\":\"halls\"}},"
                + "\"targets\":[{\"id\":\"A\",\"jurisdiction\":\"210100\",\"indicator\":\"PUBLIC_KINDERGARTEN\",\"comparison\":\"AT_LEAST\","
                + "\"threshold\":\"50\",\"unit\":\"PERCENT\",\"deadline\":\"2025-12-31\",\"rule\":\"COV-2\",\"document\":\"X\",\"clause\":\"\"},"
                + "{\"id\":\"B\",\"jurisdiction\":\"210100\",\"indicator\":\"halls\",\"comparison\":\"AT_LEAST\",\"threshold\":\"3\","
                + "\"unit\":\"COUNT\",\"rule\":\"TGT-1\",\"document\":\"X\",\"clause\":\"\"}]}";
        TargetCatalog mine = TargetCatalog.parse(json, "mine.json");
        Target a = mine.targets().get(0);
        Target b = mine.targets().get(1);
        assertEquals(Target.Timing.BY, a.timing(), "a deadline without a timing is a deadline");
        assertTrue(a.cascades(), "a rate cascades unless the catalog says otherwise");
        assertEquals(Strength.BINDING, a.strength());
        assertEquals(Target.Timing.STANDING, b.timing());
        assertFalse(b.cascades(), "a count does not cascade");
        assertEquals("halls", mine.label("halls").en());
        assertEquals("沈阳市", mine.jurisdictionName(DivisionCode.of("210100")));
        assertEquals("210800", mine.jurisdictionName(DivisionCode.of("210800")), "an unnamed jurisdiction shows its code");
    }

    @Test
    void TGT_1_aDuplicateIdAndAForeignUnitAreRefused() {
        String target = "{\"id\":\"A\",\"jurisdiction\":\"210100\",\"indicator\":\"PUBLIC_KINDERGARTEN\",\"comparison\":\"AT_LEAST\","
                + "\"threshold\":\"50\",\"unit\":\"%s\",\"rule\":\"COV-2\",\"document\":\"X\",\"clause\":\"\"}";
        String json = "{\"jurisdictions\":{\"210100\":\"沈阳市\"},\"measures\":{},\"targets\":[" + target.formatted("PERCENT") + ","
                + target.formatted("PERCENT") + "," + target.formatted("COUNT") + "]}";
        var e = assertThrows(InvalidDataException.class, () -> TargetCatalog.parse(json, "mine.json"));
        assertEquals(List.of("id", "unit"), e.problems().stream().map(p -> p.field()).toList(), e.getMessage());
    }

    @Test
    void TGT_14_theTargetsDueIn2019AreShenyangsFirstMilestones() {
        assertEquals(Set.of("SY19-COV-5-56", "SY19-TGT-14-LAYOUT", "SY19-TGT-14-DISTRICT-PLANS"),
                CATALOG.dueIn(2019).stream().map(Target::id).collect(Collectors.toSet()));
        assertTrue(CATALOG.dueIn(2025).stream().noneMatch(t -> t.timing() == Target.Timing.STANDING));
        assertSame(CATALOG, TargetCatalog.builtIn());
        assertEquals("盘锦市", CATALOG.jurisdictionName(DivisionCode.of("211100")));
    }

    @Test
    void TGT_1_theTableAndTheTargetsSayTheirDatesAndStrength() {
        List<List<String>> rows = CATALOG.table(List.of(find("PJ22-COV-1"), find("PJ22-COV-12")), Language.ZH).rows(Language.ZH);
        assertEquals(List.of("PJ22-COV-1", "盘锦市", "普惠性幼儿园覆盖率", "≥ 85%", "2025-12-31", "80.1 (2020)", "COV-1 PJ22 三; 四(二)2"),
                rows.get(0));
        assertEquals("≤ 15%", rows.get(1).get(3));
        assertEquals("—", rows.get(1).get(4), "a standing standard has no deadline");
        assertEquals("—", rows.get(1).get(5));
        assertEquals("PJ22-COV-1 211100 INCLUSIVE_KINDERGARTEN ≥ 85% by 2025-12-31", find("PJ22-COV-1").toString());
        assertEquals("SY24-COV-3 210100 CONSOLIDATION ≥ 99% kept 2024-01-01/2026-12-31", find("SY24-COV-3").toString());
        assertEquals("SY19-COV-5-56 210100 LARGE_CLASSES ≤ 0% by 2019-12-31 [striven for]", find("SY19-COV-5-56").toString());
        assertEquals("SY24-TGT-4-JOBS 210100 graduateJobsPerYear ≥ 150000 count yearly 2024-2026", find("SY24-TGT-4-JOBS").toString());
        assertEquals("保持", Target.Timing.KEPT.label().zh());
    }

    @Test
    void COV_12_aThresholdIsMetExactlyOnItsBoundary() {
        assertTrue(Target.Comparison.AT_MOST.holds(0), "以内 includes 15%");
        assertFalse(Target.Comparison.AT_MOST.holds(1));
        assertTrue(Target.Comparison.AT_LEAST.holds(0), "以上 includes the threshold");
        assertFalse(Target.Comparison.AT_LEAST.holds(-1));
        assertTrue(Target.Comparison.EQUAL.holds(0));
        assertFalse(Target.Comparison.EQUAL.holds(1));
        assertEquals("≤", Target.Comparison.AT_MOST.symbol());
    }
}
