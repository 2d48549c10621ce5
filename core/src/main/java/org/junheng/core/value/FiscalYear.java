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

    @Override
    public String toString() {
        return Integer.toString(year);
    }
}
