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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junheng.core.internal.Checks;

/**
 * The way toward a dated target not yet due (issue 10, item 1): the first and the latest observation on
 * or before the judged date, the yearly change still needed to reach the threshold by the deadline, the
 * yearly change observed so far, and whether that pace gets there. Figures are in the target's unit
 * (percentage points for a rate), rounded to 4 places: they describe progress and decide no verdict.
 * Immutable and thread-safe.
 *
 * @param first the first observation
 * @param latest the latest observation
 * @param neededPerYear the change a year needed from the latest observation to the deadline; zero when
 *     the threshold is already reached
 * @param pacePerYear the change a year from the first to the latest observation; null with one observation
 * @param onPace whether the latest value plus the pace until the deadline reaches the threshold; false
 *     without a pace unless the threshold is already reached
 */
public record Trajectory(DatedObservation first, DatedObservation latest, BigDecimal neededPerYear, BigDecimal pacePerYear,
        boolean onPace) {

    private static final BigDecimal DAYS_A_YEAR = new BigDecimal("365.25");

    /** Refuses a null first or latest observation or a null {@code neededPerYear}; the pace may be null. */
    public Trajectory {
        Checks.notNull(first, "first");
        Checks.notNull(latest, "latest");
        Checks.notNull(neededPerYear, "neededPerYear");
    }

    /** The trajectory from {@code first} to {@code latest} toward {@code target}'s threshold {@code threshold}. */
    static Trajectory of(Target target, BigDecimal threshold, DatedObservation first, DatedObservation latest) {
        BigDecimal now = latest.observation().decimal();
        boolean reached = target.comparison().holds(latest.observation().compareTo(threshold));
        BigDecimal yearsLeft = years(latest.date(), target.deadline());
        BigDecimal needed;
        if (reached) {
            needed = BigDecimal.ZERO;
        } else if (yearsLeft.signum() <= 0) {
            needed = threshold.subtract(now);
        } else {
            needed = threshold.subtract(now).divide(yearsLeft, 4, RoundingMode.HALF_UP);
        }
        BigDecimal pace = null;
        BigDecimal yearsSoFar = years(first.date(), latest.date());
        if (yearsSoFar.signum() > 0) {
            pace = now.subtract(first.observation().decimal()).divide(yearsSoFar, 4, RoundingMode.HALF_UP);
        }
        boolean onPace = reached;
        if (!reached && pace != null) {
            BigDecimal projected = now.add(pace.multiply(yearsLeft.max(BigDecimal.ZERO)));
            int sign = projected.compareTo(threshold);
            onPace = target.comparison().holds(sign);
        }
        return new Trajectory(first, latest, needed.stripTrailingZeros(), pace == null ? null : pace.stripTrailingZeros(), onPace);
    }

    private static BigDecimal years(LocalDate from, LocalDate to) {
        return BigDecimal.valueOf(ChronoUnit.DAYS.between(from, to)).divide(DAYS_A_YEAR, 6, RoundingMode.HALF_UP);
    }

    /** {@code "from 80% (2024-09-01) to 84% (2026-09-01); needs +0.5 a year, pace +2 a year: on pace"}. */
    @Override
    public String toString() {
        return "from " + first.observation().decimal().stripTrailingZeros().toPlainString() + " (" + first.date() + ") to "
                + latest.observation().decimal().stripTrailingZeros().toPlainString() + " (" + latest.date() + "); needs "
                + signed(neededPerYear) + " a year, pace " + (pacePerYear == null ? "unknown" : signed(pacePerYear) + " a year")
                + (onPace ? ": on pace" : ": not on pace");
    }

    private static String signed(BigDecimal v) {
        return (v.signum() > 0 ? "+" : "") + v.toPlainString();
    }
}
