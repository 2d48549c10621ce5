package org.junheng.indicators.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junheng.core.gen.Properties.qt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.InvalidDataException;
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

    /** Every dated number of RULES.md: (rule, document and clause, indicator, threshold, deadline year). */
    private static final List<String[]> RULES_MD = List.of(
            new String[] {"COV-1", "PJ22 三", "INCLUSIVE_KINDERGARTEN", "85", "2025"},
            new String[] {"COV-1", "YK24 §1", "INCLUSIVE_KINDERGARTEN", "91", "2024"},
            new String[] {"COV-2", "PJ22 三", "PUBLIC_KINDERGARTEN", "55", "2025"},
            new String[] {"COV-2", "YK24 §1", "PUBLIC_KINDERGARTEN", "54", "2024"},
            new String[] {"COV-3", "SY24 任务5", "CONSOLIDATION", "99", "2026"},
            new String[] {"COV-3", "PJ22 三", "CONSOLIDATION", "98.5", "2025"},
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
            new String[] {"COV-11", "PJ22 三", "DOUBLE_QUALIFIED", "60", "2025"},
            new String[] {"COV-14", "SY19 10", "PRACTICE_CLASSROOM", "50", "2022"},
            new String[] {"COV-15", "SY19 15", "SYNCHRONOUS_CLASSES", "50", "2022"},
            new String[] {"COV-17", "YK24 §8", "QUALITY_SENIOR_HIGH_ENROLMENT", "85", "2024"},
            new String[] {"COV-17", "YK24 §8", "QUALITY_SENIOR_HIGH_SCHOOLS", "80", "2024"},
            new String[] {"COV-19", "SY24 任务9", "SPORTS_FACILITIES", "90", "2026"},
            new String[] {"COV-20", "PJ22 三", "VOCATIONAL_EMPLOYMENT", "95", "2025"},
            new String[] {"AID-5", "SY24 任务7 目标", "disabledAidCoverage", "100", "2026"},
            new String[] {"FIN-5", "YK24 §3", "kindergartenPublicFundsPerChild", "600", "2024"},
            new String[] {"ROT-3", "PJ22 四(七)1", "reformParticipantsExchanged", "8", "2025"},
            new String[] {"ROT-10", "PJ22 四(七)3", "ruralTeacherAverageAge", "40", "2025"},
            new String[] {"TGT-1", "SY24 任务1", "schoolsBuiltOrExtended", "30", "2026"},
            new String[] {"TGT-1", "SY24 任务2", "allianceSchools", "80", "2024"},
            new String[] {"TGT-1", "SY24 任务2", "allianceSchools", "100", "2025"},
            new String[] {"TGT-1", "SY24 任务2", "newQualitySchools", "75", "2026"},
            new String[] {"TGT-2", "SY24 任务4", "platformLessons", "3800", "2026"},
            new String[] {"TGT-5", "SY19 12", "qualityDemonstrationSchools", "300", "2022"},
            new String[] {"TGT-7", "LN23 一", "countiesPassingBalance", "50", "2025"},
            new String[] {"TGT-7", "LN23 一", "countiesPassingBalance", "100", "2030"},
            new String[] {"TGT-9", "PJ22 四(七)", "backboneTeachers", "1500", "2025"},
            new String[] {"TGT-10", "YK24 §16", "teachersRecruited", "710", "2024"},
            new String[] {"TGT-10", "YK24 §7", "seniorHighAdmissionsIncrease", "696", "2024"});

    @Test
    void TGT_1_theCatalogHoldsEveryDatedNumberOfRulesMd() {
        for (String[] r : RULES_MD) {
            String document = r[1].split(" ")[0];
            assertTrue(CATALOG.targets().stream().anyMatch(t -> t.rule().equals(r[0]) && t.document().equals(document)
                    && t.indicator().equals(r[2]) && t.threshold().compareTo(new BigDecimal(r[3])) == 0
                    && t.deadline() != null && t.deadline().getYear() == Integer.parseInt(r[4])), String.join(" ", r));
        }
        for (String rule : List.of("TGT-1", "TGT-2", "TGT-3", "TGT-4", "TGT-5", "TGT-6", "TGT-7", "TGT-8", "TGT-9", "TGT-10")) {
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
    void TGT_1_theSampleHasMetMissedNotYetDueAndNoDataTargets() {
        List<TargetResult> results = TargetEvaluation.of(SampleCounty.dataSet(), CATALOG, SampleCounty.dataSet().asOf(), Map.of());
        for (Verdict v : List.of(Verdict.MET, Verdict.NOT_MET, Verdict.NOT_DUE, Verdict.NOT_ASSESSABLE)) {
            assertTrue(results.stream().anyMatch(r -> r.verdict() == v), v.toString());
        }
        assertEquals(DivisionCode.of("210199"), TargetEvaluation.focus(SampleCounty.dataSet()).orElseThrow());
        assertTrue(CATALOG.table(CATALOG.dueIn(2025), Language.EN).rows().size() > 10);
    }
}
