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
package org.junheng.indicators.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.policy.Strength;
import org.junheng.core.value.Language;
import org.junheng.core.value.Ratio;
import org.junheng.indicators.chart.LineChart;
import org.junheng.indicators.chart.Tone;
import org.junheng.indicators.rules.Verdict;
import org.junheng.indicators.targets.DatedObservation;
import org.junheng.indicators.targets.Observation;
import org.junheng.indicators.targets.Target;
import org.junheng.indicators.targets.TargetCatalog;
import org.junheng.indicators.targets.TargetResult;
import org.junit.jupiter.api.Test;

/** The target charts: marks toned by threshold and deadline, the trajectory of a target not yet due. */
class ReportChartsTest {

    private static Target target(Strength strength, LocalDate deadline) {
        return new Target("T-COV-14", DivisionCode.of("210199"), "PRACTICE_CLASSROOM", Target.Comparison.AT_LEAST,
                new BigDecimal("80"), Target.Unit.PERCENT, deadline, null, 0, true, List.of(), "COV-14", "doc", "1", "",
                Target.Timing.BY, null, strength);
    }

    private static DatedObservation seen(long numerator, long denominator, LocalDate date) {
        return new DatedObservation(Observation.ofRate("PRACTICE_CLASSROOM", Ratio.of(numerator, denominator)), date, "test");
    }

    @Test
    void aTargetNotYetDueShowsItsProjectionToTheDeadline() {
        Target t = target(Strength.BINDING, LocalDate.of(2030, 12, 31));
        List<DatedObservation> obs = List.of(seen(50, 100, LocalDate.of(2024, 9, 1)), seen(60, 100, LocalDate.of(2025, 9, 1)));
        TargetResult result = TargetResult.judge(t, LocalDate.of(2026, 1, 1), obs, null).get(0);
        assertEquals(Verdict.NOT_DUE, result.verdict());
        LineChart chart = ReportCharts.targetChart(result, obs, TargetCatalog.builtIn(), Language.EN);
        assertEquals(2, chart.series().size(), "observed and projected");
        LineChart.Series projected = chart.series().get(1);
        assertTrue(projected.dashed());
        LineChart.Mark end = projected.marks().get(1);
        assertEquals(ReportCharts.yearOf(LocalDate.of(2030, 12, 31)), end.x(), 1e-9);
        assertEquals(100, end.y(), 1e-9, "ten points a year from 60% reaches past 100% and is drawn at 100%");
        assertEquals(Tone.GOOD, end.tone(), "on pace");
        assertTrue(chart.series().get(0).marks().stream().allMatch(m -> m.tone() == Tone.NEUTRAL), "below, not yet due");
        assertTrue(chart.references().stream().anyMatch(r -> r.vertical() && r.label().equals("deadline 2030-12-31")));
        assertTrue(chart.references().stream().anyMatch(r -> !r.vertical() && r.label().equals("target ≥ 80%")));
    }

    @Test
    void afterTheDeadlineABindingMissIsABreachAndASoftOneShortOfAim() {
        List<DatedObservation> obs = List.of(seen(79, 100, LocalDate.of(2023, 1, 1)), seen(4, 5, LocalDate.of(2024, 1, 1)));
        for (Strength strength : List.of(Strength.BINDING, Strength.STRIVEN_FOR)) {
            Target t = target(strength, LocalDate.of(2022, 12, 31));
            TargetResult result = TargetResult.judge(t, LocalDate.of(2024, 6, 1), obs, null).get(0);
            LineChart chart = ReportCharts.targetChart(result, obs, TargetCatalog.builtIn(), Language.ZH);
            List<LineChart.Mark> marks = chart.series().get(0).marks();
            assertEquals(strength == Strength.BINDING ? Tone.BAD : Tone.SHORT, marks.get(0).tone(), "79% after the deadline");
            assertEquals(strength == Strength.BINDING ? "COV-14" : "", marks.get(0).note());
            assertEquals(Tone.GOOD, marks.get(1).tone(), "exactly 80% reaches 不低于 80%");
            assertEquals(1, chart.series().size(), "no projection once due");
            assertFalse(chart.svg().contains("NaN"));
        }
    }

    @Test
    void yearsAreFractional() {
        assertEquals(2024.0, ReportCharts.yearOf(LocalDate.of(2024, 1, 1)), 1e-12);
        assertEquals(2024 + 182 / 366.0, ReportCharts.yearOf(LocalDate.of(2024, 7, 1)), 1e-12);
    }
}
