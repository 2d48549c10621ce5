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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junheng.core.model.DataSetSeries;
import org.junheng.core.model.DatedValue;
import org.junheng.core.policy.Policies;
import org.junheng.core.policy.Policy;
import org.junheng.core.sample.SampleCounty;
import org.junheng.core.value.Language;
import org.junheng.core.value.Ratio;
import org.junheng.indicators.report.Section;
import org.junheng.indicators.rules.Finding;
import org.junheng.indicators.rules.Verdict;
import org.junit.jupiter.api.Test;

/** Targets judged on the sample series: time, place and strength together (issue 10). */
class TargetSeriesTest {
    private static final DataSetSeries SERIES = SampleCounty.series();
    private static final TargetCatalog CATALOG = TargetCatalog.builtIn();

    private static TargetResult find(List<TargetResult> results, String id) {
        return results.stream().filter(r -> r.target().id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    /** One catalog target judged on the sample series' observations, whatever jurisdiction the series is of. */
    private static List<TargetResult> judge(String id) {
        Target t = CATALOG.targets().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
        return TargetResult.judge(t, TargetEvaluation.lastDate(SERIES),
                TargetEvaluation.observations(SERIES, Policies.shenyang(), t, new java.util.HashMap<>()), null);
    }

    @Test
    void COV_5_shenyangsTargetsOf2019And2022AreJudgedOnTheirOwnYearsDataNotOnLaterSnapshots() {
        TargetResult over45 = judge("SY19-COV-5-45").get(0);
        assertEquals(Verdict.SHORT_OF_AIM, over45.verdict(), "基本 is not binding: never NOT_MET");
        assertEquals(LocalDate.of(2022, 12, 31), over45.observedOn());
        assertTrue(Ratio.of(32, 1000).isEqual(over45.observation().ratio()));
        assertEquals(LocalDate.of(2026, 9, 1), over45.later().date());
        TargetResult large = judge("SY19-COV-5-56").get(0);
        assertEquals(Verdict.MET, large.verdict());
        assertEquals(LocalDate.of(2019, 12, 31), large.observedOn());
        TargetResult quality2020 = judge("SY19-COV-6-2020").get(0);
        assertEquals(Verdict.NOT_MET, quality2020.verdict());
        assertEquals(0, new BigDecimal("3.5").compareTo(quality2020.gap()));
        assertEquals(Verdict.NOT_ASSESSABLE, judge("SY19-COV-3").get(0).verdict(), "no observation in 2019-2022");
    }

    @Test
    void COV_14_theDistrictsOwnTargetOf2022IsJudgedOnItsValueOf2022() {
        TargetResult r = find(TargetEvaluation.of(SERIES, CATALOG, Policies.shenyang()), "SY19-COV-14");
        assertEquals(Verdict.NOT_MET, r.verdict());
        assertEquals(LocalDate.of(2022, 12, 31), r.observedOn());
        assertEquals(0, new BigDecimal("3.3").compareTo(r.gap()));
        assertEquals(Verdict.MET, find(TargetEvaluation.of(SERIES, CATALOG, Policies.shenyang()), "LN23-COV-22").verdict());
    }

    @Test
    void AID_5_aKeptTargetNamesItsFirstFailingYear() {
        TargetResult aid = judge("SY24-AID-5").get(0);
        assertEquals(Verdict.NOT_MET, aid.verdict());
        assertTrue(aid.explanation().en().contains("2024-12-31"), aid.explanation().en());
    }

    @Test
    void COV_18_snapshotsGiveOneObservationEachOnTheirReferenceDate() {
        Target t = CATALOG.targets().stream().filter(x -> x.id().equals("SY24-COV-18-AD")).findFirst().orElseThrow();
        List<DatedObservation> o = TargetEvaluation.observations(SERIES, org.junheng.core.policy.Policies.shenyang(), t, new java.util.HashMap<>());
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
        List<DatedObservation> o = TargetEvaluation.observations(s, org.junheng.core.policy.Policies.shenyang(), t, new java.util.HashMap<>());
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
                .anyMatch(r -> r.target().rule().equals("COV-14")));
        assertFalse(TargetEvaluation.of(SERIES, CATALOG, Policies.builtIn("yingkou")).stream()
                .anyMatch(r -> r.target().rule().equals("COV-14")));
    }

    @Test
    void TGT_1_theBasicallyShareIsReadFromThePolicyAndHasNoDefault() {
        Policy p = Policies.builtIn("shenyang").tracking();
        TargetEvaluation.of(SERIES, CATALOG, p);
        assertTrue(p.keysRead().contains(TargetResult.BASICALLY_SHARE));
        assertEquals(null, TargetEvaluation.basicallyShare(Policies.national()), "the national profile holds no 基本 target");
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
        List<String> practice = rows.stream().filter(r -> r.get(0).equals("SY19-COV-14")).findFirst().orElseThrow();
        assertEquals(List.of("SY19-COV-14", "COV-14"), practice.subList(0, 2));
        assertEquals("≥ 50%", practice.get(3));
        assertEquals("by 2022-12-31", practice.get(4));
        assertEquals("binding", practice.get(5));
        assertEquals("2022-12-31", practice.get(7));
        assertEquals("not met", practice.get(8));
        assertEquals("3.3", practice.get(9));
        List<String> zh = s.tables().get(0).rows(Language.ZH).stream().filter(r -> r.get(0).equals("SY19-COV-14")).findFirst()
                .orElseThrow();
        assertEquals(List.of("期限 2022-12-31", "约束性", "未达标"), List.of(zh.get(4), zh.get(5), zh.get(8)));
        Finding finding = s.findings().stream().filter(f -> f.subject().endsWith("SY19-COV-14")).findFirst().orElseThrow();
        assertEquals(Verdict.NOT_MET, finding.verdict());
        assertEquals(new BigDecimal("3.3"), finding.measure().orElseThrow().shortfall().orElseThrow().stripTrailingZeros());
        assertEquals(0, new BigDecimal("50").compareTo(finding.measure().orElseThrow().threshold().orElseThrow()));
        Section one = TargetsSection.of(SampleCounty.dataSet(), Policies.shenyang());
        assertTrue(one.tables().get(0).rows().stream().noneMatch(r -> r.get(0).equals("SY19-COV-5-56") && !r.get(7).equals("—")));
    }
}
