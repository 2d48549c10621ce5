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
import org.junheng.core.internal.Checks;

/**
 * A budget year (预算年度). China's budget year is the calendar year, 1 January to 31 December (预算法
 * 第十八条), so funding series (FIN-1, FIN-2) are indexed by it.
 *
 * <p>Immutable and thread-safe; {@code toString} is the year, {@code "2024"}.
 *
 * @param year the calendar year
 */
public record FiscalYear(int year) implements Comparable<FiscalYear> {

    /** Checks that the year is between 1949 and 9999. */
    public FiscalYear {
        Checks.inRange(year, 1949, 9999, "year");
    }

    /** The fiscal year of calendar year {@code year} (a Chinese fiscal year is the calendar year). */
    public static FiscalYear of(int year) {
        return new FiscalYear(year);
    }

    /** 1 January. */
    public LocalDate firstDay() {
        return LocalDate.of(year, 1, 1);
    }

    /** 31 December. */
    public LocalDate lastDay() {
        return LocalDate.of(year, 12, 31);
    }

    /** The year before, the base of year-on-year comparisons. */
    public FiscalYear previous() {
        return new FiscalYear(year - 1);
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(year, other.year);
    }

    /** The year's four digits, such as {@code 2024}. */
    @Override
    public String toString() {
        return Integer.toString(year);
    }
}
