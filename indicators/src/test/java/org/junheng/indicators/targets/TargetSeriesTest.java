package org.junheng.indicators.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junheng.core.model.DataSetSeries;
import org.junheng.core.model.DatedValue;
import org.junheng.core.policy.Policies;
import org.junheng.core.policy.Policy;
import org.junheng.core.sample.SampleCounty;
import org.junheng.core.value.Ratio;
import org.junheng.indicators.report.Section;
import org.junheng.indicators.rules.Verdict;
import org.junit.jupiter.api.Test;

/** Targets judged on the sample series: time, place and strength together (issue 10). */
class TargetSeriesTest {
    private static final DataSetSeries SERIES = SampleCounty.series();
    private static final TargetCatalog CATALOG = TargetCatalog.builtIn();

    private static TargetResult find(List<TargetResult> results, String id) {
        return results.stream().filter(r -> r.target().id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    @Test
    void COV_5_shenyangsTargetOf2022IsJudgedOnTheBulletinOf2022NotOnLaterSnapshots() {
        List<TargetResult> r = TargetEvaluation.of(SERIES, CATALOG, Policies.shenyang());
        TargetResult over45 = find(r, "SY19-COV-5-45");
        assertEquals(Verdict.NOT_MET, over45.verdict());
        assertEquals(LocalDate.of(2022, 12, 31), over45.observedOn());
        assertTrue(Ratio.of(32, 1000).isEqual(over45.observation().ratio()));
        assertEquals(LocalDate.of(2026, 9, 1), over45.later().date());
        TargetResult large = find(r, "SY19-COV-5-56");
        assertEquals(Verdict.MET, large.verdict());
        assertEquals(LocalDate.of(2019, 12, 31), large.observedOn());
        TargetResult quality2020 = find(r, "SY19-COV-6-2020");
        assertEquals(Verdict.NOT_MET, quality2020.verdict());
        assertEquals(0, new BigDecimal("3.5").compareTo(quality2020.gap()));
        TargetResult consolidation = find(r, "SY19-COV-3");
        assertEquals(Verdict.NOT_ASSESSABLE, consolidation.verdict());
    }

    @Test
    void AID_5_aTargetNotYetDueShowsItsTrajectoryFromTheDatedValues() {
        TargetResult aid = find(TargetEvaluation.of(SERIES, CATALOG, Policies.shenyang()), "SY24-AID-5");
        assertEquals(Verdict.NOT_DUE, aid.verdict());
        assertEquals(LocalDate.of(2025, 12, 31), aid.observedOn());
        assertEquals(LocalDate.of(2024, 12, 31), aid.trajectory().first().date());
        assertTrue(aid.trajectory().onPace());
        assertEquals(0, BigDecimal.valueOf(3).compareTo(aid.gap()));
    }

    @Test
    void COV_18_snapshotsGiveOneObservationEachOnTheirReferenceDate() {
        Target t = CATALOG.targets().stream().filter(x -> x.id().equals("SY24-COV-18-AD")).findFirst().orElseThrow();
        List<DatedObservation> o = TargetEvaluation.observations(SERIES, t, new java.util.HashMap<>());
        assertEquals(List.of(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 9, 1), LocalDate.of(2026, 9, 1)),
                o.stream().map(DatedObservation::date).toList());
        assertTrue(Ratio.of(16, 29).isEqual(o.get(0).observation().ratio()));
        assertEquals("snapshot 2024-09-01", o.get(0).source());
    }

    @Test
    void COV_1_aDatedValueTakesPrecedenceOverASnapshotOfTheSameDate() {
        DatedValue v = new DatedValue("ASSISTIVE_DEVICES", new BigDecimal("99"), LocalDate.of(2026, 9, 1), "bulletin");
        DataSetSeries s = new DataSetSeries("s", SERIES.snapshots(), List.of(v));
        Target t = CATALOG.targets().stream().filter(x -> x.id().equals("SY24-COV-18-AD")).findFirst().orElseThrow();
        List<DatedObservation> o = TargetEvaluation.observations(s, t, new java.util.HashMap<>());
        assertEquals(3, o.size());
        assertEquals("bulletin", o.get(2).source());
    }

    @Test
    void ROT_9_aTargetWhoseRuleThePolicyDoesNotHoldIsNotJudged() {
        for (String name : Policies.BUILT_IN) {
            Policy p = Policies.builtIn(name);
            for (TargetResult r : TargetEvaluation.of(SERIES, CATALOG, p)) {
                assertTrue(p.holds(r.target().rule()), name + " " + r.target());
            }
        }
        assertTrue(TargetEvaluation.of(SERIES, CATALOG, Policies.shenyang()).stream()
                .anyMatch(r -> r.target().rule().equals("AID-5")));
        assertFalse(TargetEvaluation.of(SERIES, CATALOG, Policies.builtIn("national")).stream()
                .anyMatch(r -> r.target().rule().equals("AID-5")));
    }

    @Test
    void TGT_1_theBasicallyShareIsReadFromThePolicyAndHasNoDefault() {
        Policy p = Policies.builtIn("national").tracking();
        TargetEvaluation.of(SERIES, CATALOG, p);
        assertTrue(p.keysRead().contains(TargetResult.BASICALLY_SHARE));
        assertEquals(null, TargetEvaluation.basicallyShare(Policies.shenyang()));
        assertEquals(0, BigDecimal.valueOf(95).compareTo(
                TargetEvaluation.basicallyShare(Policies.shenyang().with(TargetResult.BASICALLY_SHARE, "95%"))));
    }

    @Test
    void TGT_1_judgedOnAnEarlierDateNothingLaterIsUsed() {
        LocalDate date = LocalDate.of(2025, 9, 1);
        for (TargetResult r : TargetEvaluation.of(SERIES, CATALOG, Policies.shenyang(), date)) {
            assertTrue(r.observedOn() == null || !r.observedOn().isAfter(date), r.toString());
        }
        assertEquals(LocalDate.of(2026, 9, 1), TargetEvaluation.lastDate(SERIES));
        DataSetSeries later = new DataSetSeries("s", SERIES.snapshots(),
                List.of(new DatedValue("x", BigDecimal.ONE, LocalDate.of(2027, 1, 1), "b")));
        assertEquals(LocalDate.of(2027, 1, 1), TargetEvaluation.lastDate(later));
    }

    @Test
    void TGT_1_theTargetsSectionShowsTimingStrengthObservationDateVerdictGapTrajectory() {
        Section s = TargetsSection.of(SERIES, Policies.shenyang());
        assertEquals("Targets", s.title().en());
        List<List<String>> rows = s.tables().get(0).rows();
        List<String> aid = rows.stream().filter(r -> r.get(0).equals("SY24-AID-5")).findFirst().orElseThrow();
        assertEquals(List.of("SY24-AID-5", "AID-5"), aid.subList(0, 2));
        assertEquals("≥ 100%", aid.get(3));
        assertEquals("期限 by 2026-12-31", aid.get(4));
        assertEquals("约束性 binding", aid.get(5));
        assertEquals("2025-12-31", aid.get(7));
        assertEquals("未到期 not yet due", aid.get(8));
        assertEquals("3", aid.get(9));
        assertTrue(aid.get(10).startsWith("from 92.5 (2024-12-31) to 97 (2025-12-31)"), aid.get(10));
        Section one = TargetsSection.of(SampleCounty.dataSet(), Policies.shenyang());
        assertTrue(one.tables().get(0).rows().stream().noneMatch(r -> r.get(0).equals("SY19-COV-5-56") && !r.get(7).equals("—")));
    }
}
