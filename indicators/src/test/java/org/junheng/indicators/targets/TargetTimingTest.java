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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junheng.core.gen.Properties.qt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junheng.core.model.DatedValue;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.policy.Strength;
import org.junheng.core.value.Ratio;
import org.junheng.indicators.rules.Verdict;
import org.junheng.indicators.targets.Target.Comparison;
import org.junheng.indicators.targets.Target.Timing;
import org.junheng.indicators.targets.Target.Unit;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** Targets judged by their kind of date and strength (issue 10, item 1). */
class TargetTimingTest {
    private static final LocalDate D2024 = LocalDate.of(2024, 12, 31);
    private static final LocalDate D2025 = LocalDate.of(2025, 12, 31);

    static Target target(Timing timing, Strength strength, Comparison comparison, long threshold, LocalDate from,
            LocalDate deadline) {
        return new Target("T-1", DivisionCode.of("210199"), "schoolsBuilt", comparison, BigDecimal.valueOf(threshold),
                Unit.COUNT, deadline, null, 0, true, List.of(), "TGT-1", "TEST", "1", "", timing, from, strength);
    }

    static DatedObservation at(int year, long value) {
        return at(LocalDate.of(year, 9, 1), value);
    }

    static DatedObservation at(LocalDate date, long value) {
        return new DatedObservation(Observation.of("schoolsBuilt", Unit.COUNT, BigDecimal.valueOf(value)), date, "test " + date);
    }

    private static TargetResult one(Target t, LocalDate date, DatedObservation... observations) {
        List<TargetResult> r = TargetResult.judge(t, date, List.of(observations), null);
        assertEquals(1, r.size());
        return r.get(0);
    }

    @Test
    void TGT_1_byADeadlineUsesTheLastObservationOnOrBeforeItAndSaysWhichDate() {
        Target t = target(Timing.BY, Strength.BINDING, Comparison.AT_LEAST, 30, null, D2024);
        TargetResult r = one(t, LocalDate.of(2026, 9, 1), at(2025, 40), at(D2024, 20), at(2023, 10));
        assertEquals(Verdict.NOT_MET, r.verdict());
        assertEquals(D2024, r.observedOn());
        assertEquals(0, new BigDecimal("20").compareTo(r.observation().value()));
        assertEquals(0, BigDecimal.TEN.compareTo(r.gap()));
        assertEquals(LocalDate.of(2025, 9, 1), r.later().date());
        assertEquals("not met: 20 on 2024-12-31 against ≥ 30, a gap of 10; after the deadline: 40 count on 2025-09-01, not used",
                r.explanation().en());
        assertEquals("未达标: 20 (2024-12-31) 对 ≥ 30, 差 10; 期限后: 40 count (2025-09-01), 不予采用", r.explanation().zh());
        assertEquals("met: 40 on 2025-09-01 against ≥ 30", one(target(Timing.BY, Strength.BINDING, Comparison.AT_LEAST, 30,
                null, D2025), D2025, at(2025, 40)).explanation().en());
        assertTrue(r.explanation().en().contains("after the deadline: 40 count on 2025-09-01, not used"), r.explanation().en());
        assertEquals("test 2024-12-31", r.source());
    }

    @Test
    void TGT_1_byADeadlineWithOnlyLaterDataIsNotAssessable() {
        Target t = target(Timing.BY, Strength.BINDING, Comparison.AT_LEAST, 30, null, D2024);
        TargetResult r = one(t, LocalDate.of(2026, 9, 1), at(2025, 40), at(2026, 50));
        assertEquals(Verdict.NOT_ASSESSABLE, r.verdict());
        assertNull(r.observation());
        assertEquals(LocalDate.of(2026, 9, 1), r.later().date());
        assertTrue(r.explanation().en().startsWith("not assessable: no observation from before the deadline"), r.explanation().en());
    }

    @Test
    void TGT_1_beforeTheDeadlineItIsNotDueWithTheTrajectory() {
        Target t = target(Timing.BY, Strength.BINDING, Comparison.AT_LEAST, 30, null, LocalDate.of(2026, 9, 1));
        TargetResult r = one(t, LocalDate.of(2024, 9, 1), at(2022, 6), at(2024, 14));
        assertEquals(Verdict.NOT_DUE, r.verdict());
        Trajectory tr = r.trajectory();
        assertEquals(LocalDate.of(2022, 9, 1), tr.first().date());
        assertEquals(LocalDate.of(2024, 9, 1), tr.latest().date());
        // 16 to go over 731 days (2 years of 365.25 days, rounded): 8.0055 a year; the pace is 8 over 2.0014 years
        assertEquals(new BigDecimal("8.0055"), tr.neededPerYear());
        assertEquals(new BigDecimal("3.9973"), tr.pacePerYear());
        assertEquals(false, tr.onPace());
        TargetResult fast = one(t, LocalDate.of(2024, 9, 1), at(2022, 0), at(2024, 20));
        assertTrue(fast.trajectory().onPace());
        TargetResult reached = one(t, LocalDate.of(2024, 9, 1), at(2024, 31));
        assertEquals(0, reached.trajectory().neededPerYear().signum());
        assertNull(reached.trajectory().pacePerYear());
        assertTrue(reached.trajectory().onPace());
        assertTrue(reached.explanation().en().contains("already reached"));
        assertEquals("未到期 (2026-09-01); 2024-09-01 值 14, 目标 ≥ 30", r.explanation().zh());
        assertTrue(r.explanation().en().startsWith("not yet due (2026-09-01); 14 on 2024-09-01 against ≥ 30; from 6 (2022-09-01)"),
                r.explanation().en());
        assertEquals("from 6 (2022-09-01) to 14 (2024-09-01); needs +8.0055 a year, pace +3.9973 a year: not on pace",
                tr.toString());
        TargetResult none = one(t, LocalDate.of(2024, 9, 1));
        assertEquals(Verdict.NOT_DUE, none.verdict());
    }

    @Test
    void TGT_1_aTrajectoryOfAnAtMostTargetNeedsADecrease() {
        Target t = target(Timing.BY, Strength.BINDING, Comparison.AT_MOST, 10, null, LocalDate.of(2026, 9, 1));
        TargetResult r = one(t, LocalDate.of(2025, 9, 1), at(2024, 30), at(2025, 15));
        assertEquals(-1, r.trajectory().neededPerYear().signum());
        assertTrue(r.trajectory().onPace());
        assertTrue(r.trajectory().toString().contains("needs -"), r.trajectory().toString());
    }

    @Test
    void TGT_1_keptNamesTheFirstFailingYear() {
        Target t = target(Timing.KEPT, Strength.BINDING, Comparison.AT_LEAST, 30, LocalDate.of(2022, 1, 1), D2025);
        TargetResult r = one(t, LocalDate.of(2026, 9, 1), at(2021, 5), at(2022, 35), at(2023, 25), at(2024, 20), at(2025, 40));
        assertEquals(Verdict.NOT_MET, r.verdict());
        assertEquals(LocalDate.of(2023, 9, 1), r.firstFailing());
        assertTrue(r.explanation().en().contains("first failing in 2023"), r.explanation().en());
        TargetResult kept = one(t, LocalDate.of(2026, 9, 1), at(2021, 5), at(2022, 35), at(2025, 40), at(2026, 1));
        assertEquals(Verdict.MET, kept.verdict());
        assertEquals(LocalDate.of(2025, 9, 1), kept.observedOn());
        TargetResult sofar = one(t, LocalDate.of(2023, 9, 1), at(2022, 35), at(2023, 31));
        assertEquals(Verdict.NOT_DUE, sofar.verdict());
        assertEquals(Verdict.NOT_DUE, one(t, LocalDate.of(2021, 9, 1), at(2021, 40)).verdict());
        assertEquals(Verdict.NOT_DUE, one(t, LocalDate.of(2021, 12, 31), at(2021, 40)).verdict());
        assertEquals(Verdict.NOT_ASSESSABLE, one(t, LocalDate.of(2022, 1, 1)).verdict());
        assertEquals(Verdict.NOT_ASSESSABLE, one(t, LocalDate.of(2026, 9, 1), at(2021, 40)).verdict());
    }

    @Test
    void TGT_1_yearlyJudgesEachYearOnItsOwn() {
        Target t = target(Timing.YEARLY, Strength.BINDING, Comparison.AT_LEAST, 30, LocalDate.of(2022, 1, 1), D2025);
        List<TargetResult> r = TargetResult.judge(t, LocalDate.of(2026, 9, 1),
                List.of(at(2022, 35), at(LocalDate.of(2022, 12, 1), 25), at(2024, 31), at(2025, 29)), null);
        assertEquals(List.of(Verdict.NOT_MET, Verdict.NOT_ASSESSABLE, Verdict.MET, Verdict.NOT_MET),
                r.stream().map(TargetResult::verdict).toList());
        assertEquals(LocalDate.of(2022, 12, 1), r.get(0).observedOn());
        assertEquals(LocalDate.of(2022, 12, 31), r.get(0).date());
        assertTrue(r.get(1).explanation().en().contains("2023"));
        assertEquals(D2025, r.get(3).date());
        List<TargetResult> early = TargetResult.judge(t, LocalDate.of(2021, 6, 1), List.of(at(2021, 35)), null);
        assertEquals(List.of(Verdict.NOT_DUE), early.stream().map(TargetResult::verdict).toList());
        List<TargetResult> midway = TargetResult.judge(t, LocalDate.of(2023, 3, 1), List.of(at(2022, 35)), null);
        assertEquals(2, midway.size());
        assertEquals(LocalDate.of(2023, 3, 1), midway.get(1).date());
    }

    @Test
    void TGT_3_standingUsesTheLatestObservationUpToTheDate() {
        Target t = target(Timing.STANDING, Strength.BINDING, Comparison.AT_MOST, 1, null, null);
        TargetResult r = one(t, LocalDate.of(2025, 9, 1), at(2023, 3), at(2024, 1), at(2026, 5));
        assertEquals(Verdict.MET, r.verdict());
        assertEquals(LocalDate.of(2024, 9, 1), r.observedOn());
        assertEquals(Verdict.NOT_ASSESSABLE, one(t, LocalDate.of(2025, 9, 1)).verdict());
    }

    @Test
    void COV_1_aTargetStrivenForIsShortOfAimWithItsGapNeverNotMet() {
        Target t = target(Timing.BY, Strength.STRIVEN_FOR, Comparison.AT_LEAST, 30, null, D2024);
        TargetResult r = one(t, LocalDate.of(2025, 9, 1), at(2024, 25));
        assertEquals(Verdict.SHORT_OF_AIM, r.verdict());
        assertEquals(0, BigDecimal.valueOf(5).compareTo(r.gap()));
        assertTrue(r.explanation().en().startsWith("short of aim (striven for): 25 on 2024-09-01 against ≥ 30, a gap of 5"),
                r.explanation().en());
        assertEquals(Verdict.SHORT_OF_AIM, TargetResult.evaluate(t, D2025, at(2024, 25).observation()).verdict());
        assertTrue(r.explanation().zh().startsWith("未达预期 [力争]: 25 (2024-09-01) 对 ≥ 30, 差 5"), r.explanation().zh());
        assertThrows(IllegalArgumentException.class, () -> new TargetResult(t, D2025, null, null, "", Verdict.NOT_MET,
                BigDecimal.ONE, null, null, null, null, null, org.junheng.core.value.Label.of("x", "x")));
    }

    @Test
    void COV_7_basicallyWithoutANumberIsJudgedOnThePolicysShareWhenItGivesOne() {
        Target t = new Target("T-B", DivisionCode.of("210199"), "ALLIANCE_RURAL", Comparison.AT_LEAST, BigDecimal.valueOf(100),
                Unit.PERCENT, D2025, null, 0, true, List.of(), "COV-7", "TEST", "1", "", Timing.BY, null, Strength.BASICALLY);
        DatedObservation o = new DatedObservation(Observation.ofRate("ALLIANCE_RURAL", Ratio.of(93, 100)), D2024, "bulletin");
        TargetResult seed = TargetResult.judge(t, D2025, List.of(o), null).get(0);
        assertEquals(Verdict.SHORT_OF_AIM, seed.verdict());
        assertEquals(0, BigDecimal.valueOf(100).compareTo(seed.threshold()));
        assertTrue(seed.explanation().en().contains("the seed gives no number for 'basically'"), seed.explanation().en());
        TargetResult share = TargetResult.judge(t, D2025, List.of(o), BigDecimal.valueOf(90)).get(0);
        assertEquals(Verdict.MET, share.verdict());
        assertEquals(0, BigDecimal.valueOf(90).compareTo(share.threshold()));
        assertTrue(share.explanation().en().contains("targets.basically.share = 90%"), share.explanation().en());
        TargetResult higher = TargetResult.judge(t, D2025, List.of(o), BigDecimal.valueOf(95)).get(0);
        assertEquals(Verdict.SHORT_OF_AIM, higher.verdict());
        assertEquals(0, BigDecimal.valueOf(2).compareTo(higher.gap()));
        Target binding = target(Timing.BY, Strength.BINDING, Comparison.AT_LEAST, 30, null, D2024);
        assertEquals(0, BigDecimal.valueOf(30).compareTo(TargetResult.judge(binding, D2025, List.of(at(2024, 1)),
                BigDecimal.TEN).get(0).threshold()));
    }

    @Test
    void AID_5_aDatedRateInPercentIsReadAsAnExactRatio() {
        DatedObservation o = DatedObservation.of(new DatedValue("disabledAidCoverage", new BigDecimal("97.25"), D2025, "b"),
                Unit.PERCENT);
        assertTrue(Ratio.of(3890, 4000).isEqual(o.observation().ratio()));
        DatedObservation whole = DatedObservation.of(new DatedValue("x", new BigDecimal("1E+2"), D2025, "b"), Unit.PERCENT);
        assertTrue(Ratio.of(1, 1).isEqual(whole.observation().ratio()));
        DatedObservation count = DatedObservation.of(new DatedValue("x", new BigDecimal("12"), D2025, "b"), Unit.COUNT);
        assertEquals(new BigDecimal("12"), count.observation().value());
    }

    @Test
    void TGT_1_anObservationOfAnotherIndicatorIsRefused() {
        Target t = target(Timing.BY, Strength.BINDING, Comparison.AT_LEAST, 30, null, D2024);
        DatedObservation other = new DatedObservation(Observation.of("other", Unit.COUNT, BigDecimal.ONE), D2024, "s");
        assertThrows(IllegalArgumentException.class, () -> TargetResult.judge(t, D2025, List.of(other), null));
        DatedObservation hours = new DatedObservation(Observation.of("schoolsBuilt", Unit.HOURS, BigDecimal.ONE), D2024, "s");
        assertThrows(IllegalArgumentException.class, () -> TargetResult.judge(t, D2025, List.of(hours), null));
    }

    /** Values for the years 2018 onward, -1 where a year has none. */
    private static List<DatedObservation> series(List<Integer> values) {
        List<DatedObservation> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) >= 0) {
                out.add(at(2018 + i, values.get(i)));
            }
        }
        return out;
    }

    @Test
    void TGT_1_aByTargetNeverUsesAnObservationDatedAfterItsDeadline() {
        qt().forAll(SourceDSL.lists().of(SourceDSL.integers().between(-1, 60)).ofSizeBetween(0, 12),
                SourceDSL.integers().between(2018, 2030), SourceDSL.integers().between(2018, 2032)).check((values, year, judged) -> {
                    Target t = target(Timing.BY, Strength.BINDING, Comparison.AT_LEAST, 30, null, LocalDate.of(year, 12, 31));
                    TargetResult r = one(t, LocalDate.of(judged, 12, 31), series(values).toArray(DatedObservation[]::new));
                    return r.observedOn() == null || (!r.observedOn().isAfter(t.deadline()) && !r.observedOn().isAfter(r.date()));
                });
    }

    @Test
    void TGT_1_aKeptTargetFailsIffSomeYearInItsWindowFails() {
        qt().forAll(SourceDSL.lists().of(SourceDSL.integers().between(-1, 60)).ofSizeBetween(0, 12),
                SourceDSL.integers().between(2018, 2024), SourceDSL.integers().between(0, 5)).check((values, from, length) -> {
                    LocalDate deadline = LocalDate.of(from + length, 12, 31);
                    Target t = target(Timing.KEPT, Strength.BINDING, Comparison.AT_LEAST, 30, LocalDate.of(from, 1, 1), deadline);
                    List<DatedObservation> obs = series(values);
                    TargetResult r = one(t, LocalDate.of(2031, 1, 1), obs.toArray(DatedObservation[]::new));
                    boolean someFails = obs.stream().anyMatch(o -> o.date().getYear() >= from && !o.date().isAfter(deadline)
                            && o.observation().value().intValue() < 30);
                    return someFails == (r.verdict() == Verdict.NOT_MET);
                });
    }

    @Test
    void TGT_1_aTargetThatIsNotBindingIsNeverNotMet() {
        qt().forAll(SourceDSL.lists().of(SourceDSL.integers().between(-1, 60)).ofSizeBetween(0, 12),
                SourceDSL.integers().between(0, 3), SourceDSL.integers().between(1, 3), SourceDSL.integers().between(2018, 2030))
                .check((values, timing, strength, year) -> {
                    Timing k = Timing.values()[timing];
                    LocalDate deadline = k == Timing.STANDING ? null : LocalDate.of(year, 12, 31);
                    LocalDate from = k == Timing.KEPT || k == Timing.YEARLY ? LocalDate.of(2018, 1, 1) : null;
                    Target t = target(k, Strength.values()[strength], Comparison.AT_LEAST, 30, from, deadline);
                    return TargetResult.judge(t, LocalDate.of(2031, 1, 1), series(values), BigDecimal.TEN).stream()
                            .noneMatch(r -> r.verdict() == Verdict.NOT_MET);
                });
    }

    @Test
    void TGT_1_aYearlyTargetGivesOneResultPerYear() {
        qt().forAll(SourceDSL.lists().of(SourceDSL.integers().between(-1, 60)).ofSizeBetween(0, 12),
                SourceDSL.integers().between(2018, 2024), SourceDSL.integers().between(0, 5), SourceDSL.integers().between(2018, 2032))
                .check((values, from, length, judged) -> {
                    Target t = target(Timing.YEARLY, Strength.BINDING, Comparison.AT_LEAST, 30, LocalDate.of(from, 1, 1),
                            LocalDate.of(from + length, 12, 31));
                    List<TargetResult> r = TargetResult.judge(t, LocalDate.of(judged, 6, 30), series(values), null);
                    int expected = judged < from ? 1 : Math.min(from + length, judged) - from + 1;
                    boolean eachOnItsYear = r.stream().allMatch(x -> x.observedOn() == null
                            || x.observedOn().getYear() == x.date().getYear());
                    return r.size() == expected && eachOnItsYear;
                });
    }
}
