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
package org.junheng.indicators.rotation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junheng.core.internal.Checks;
import org.junheng.core.model.ServicePeriod;

/**
 * Years of service computed exactly from dates. The convention, stated once:
 *
 * <ul>
 *   <li>A stretch from {@code start} has reached {@code n} years on {@code start.plusYears(n)}, its n-th
 *       anniversary (completed years, as {@link java.time.Period} counts them): a teacher one day short
 *       fails, and on the day passes.</li>
 *   <li>Periods at rural or weak schools are merged first, so that overlaps are never counted twice;
 *       an open period runs to the reference date, and nothing after it counts. The merged periods reach
 *       {@code n} years when laid end to end from the first one's start they pass that start's n-th
 *       anniversary: for one continuous period this is the anniversary rule itself.</li>
 * </ul>
 */
public final class ServiceTime {
    private ServiceTime() {
    }

    /** Completed years from {@code start} to {@code date}; negative never (0 before the start). */
    public static int completedYears(LocalDate start, LocalDate date) {
        Checks.notNull(start, "start");
        Checks.notNull(date, "date");
        return date.isBefore(start) ? 0 : java.time.Period.between(start, date).getYears();
    }

    /** Whether {@code n} years from {@code start} are completed on {@code date}. */
    public static boolean reached(LocalDate start, int n, LocalDate date) {
        return !date.isBefore(start.plusYears(n));
    }

    /**
     * The periods merged: overlapping or touching periods become one, each clipped to end on
     * {@code asOf} at the latest; periods that start after {@code asOf} are dropped as not yet served.
     * Sorted by start; each as {@code [from, until]} inclusive.
     */
    public static List<LocalDate[]> merge(List<ServicePeriod> periods, LocalDate asOf) {
        Checks.notNull(periods, "periods");
        Checks.notNull(asOf, "asOf");
        List<LocalDate[]> spans = new ArrayList<>();
        for (ServicePeriod p : periods) {
            if (p.from().isAfter(asOf)) {
                continue;
            }
            LocalDate until = p.until() == null || p.until().isAfter(asOf) ? asOf : p.until();
            spans.add(new LocalDate[] {p.from(), until});
        }
        spans.sort(Comparator.comparing((LocalDate[] s) -> s[0]).thenComparing(s -> s[1]));
        List<LocalDate[]> merged = new ArrayList<>();
        for (LocalDate[] s : spans) {
            LocalDate[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !s[0].isAfter(last[1].plusDays(1))) {
                if (s[1].isAfter(last[1])) {
                    last[1] = s[1];
                }
            } else {
                merged.add(new LocalDate[] {s[0], s[1]});
            }
        }
        return merged;
    }

    /** The days served in merged periods, both ends inclusive. */
    public static long days(List<LocalDate[]> merged) {
        long days = 0;
        for (LocalDate[] s : merged) {
            days += s[1].toEpochDay() - s[0].toEpochDay() + 1;
        }
        return days;
    }

    /** Whether merged periods reach {@code n} years (see the class comment). */
    public static boolean reached(List<LocalDate[]> merged, int n) {
        if (merged.isEmpty()) {
            return n <= 0;
        }
        LocalDate start = merged.get(0)[0];
        // the day after the last day served, had the days been served without a break
        LocalDate end = start.plusDays(days(merged));
        return !end.isBefore(start.plusYears(n));
    }
}
