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
package org.junheng.core.value;

import java.time.LocalDate;
import java.time.Month;
import org.junheng.core.internal.Checks;

/**
 * A school year (学年), from 1 September to 31 August of the next year, named by the two calendar years
 * it spans: {@code "2024-2025"}.
 *
 * <p>Immutable and thread-safe; {@code toString} parses back with {@link #parse}.
 *
 * @param startYear the calendar year in which the school year begins
 */
public record SchoolYear(int startYear) implements Comparable<SchoolYear> {

    /** Checks that the school year starts between 1949 and 9998. */
    public SchoolYear {
        Checks.inRange(startYear, 1949, 9998, "startYear");
    }

    /** The school year that begins in September of {@code startYear}. */
    public static SchoolYear of(int startYear) {
        return new SchoolYear(startYear);
    }

    /** The school year that contains {@code date}. */
    public static SchoolYear containing(LocalDate date) {
        Checks.notNull(date, "date");
        return new SchoolYear(date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /** Reads {@code "2024-2025"}; the second year must follow the first. */
    public static SchoolYear parse(CharSequence text) {
        Checks.notNull(text, "text");
        String s = text.toString().strip();
        String[] parts = s.split("-");
        try {
            if (parts.length == 2) {
                int start = Integer.parseInt(parts[0]);
                int end = Integer.parseInt(parts[1]);
                if (end == start + 1) {
                    return new SchoolYear(start);
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("not a school year: '" + text + "' (expected e.g. '2024-2025')");
    }

    /** 1 September of the start year. */
    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.SEPTEMBER, 1);
    }

    /** 31 August of the following year. */
    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.AUGUST, 31);
    }

    /** Whether {@code date} falls in this school year, both ends inclusive. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    /** The school year after this one. */
    public SchoolYear next() {
        return new SchoolYear(startYear + 1);
    }

    /** The school year before this one. */
    public SchoolYear previous() {
        return new SchoolYear(startYear - 1);
    }

    @Override
    public int compareTo(SchoolYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    /** {@code "2024-2025"}. */
    @Override
    public String toString() {
        return startYear + "-" + (startYear + 1);
    }
}
