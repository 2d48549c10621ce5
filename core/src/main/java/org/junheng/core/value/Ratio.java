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

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junheng.core.internal.Checks;

/**
 * An exact ratio of two counts or amounts, such as "17 of 20 eligible teachers rotated".
 *
 * <p>The numerator is non-negative and the denominator positive; the ratio is kept as given (17/20 is not
 * reduced) so that a result can show the counts it rests on. A rate whose denominator would be zero is
 * not a ratio at all: the calculators report it as "not applicable" with the reason (general
 * decisions), so this class refuses a zero denominator.
 *
 * <p>Comparisons with percentage thresholds are exact ({@link #isAtLeast}, {@link #isAtMost}).
 * {@link #toPercent} rounds only for display, with the rounding stated by the caller.
 *
 * <p>{@code equals} compares numerator and denominator as given (3/4 is not equal to 6/8);
 * {@link #compareTo} and {@link #isEqual} compare the values. Immutable and thread-safe.
 */
public final class Ratio implements Comparable<Ratio> {
    private final BigInteger numerator;
    private final BigInteger denominator;

    private Ratio(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /** {@code numerator / denominator} of two counts. */
    public static Ratio of(long numerator, long denominator) {
        return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /** {@code numerator / denominator}, exact; the numerator must be at least 0 and the denominator above 0. */
    public static Ratio of(BigInteger numerator, BigInteger denominator) {
        Checks.notNull(numerator, "numerator");
        Checks.notNull(denominator, "denominator");
        Checks.check(numerator.signum() >= 0, "numerator (%s) must be >= 0", numerator);
        Checks.check(denominator.signum() > 0, "denominator (%s) must be > 0", denominator);
        return new Ratio(numerator, denominator);
    }

    /** The ratio of two amounts of money, exact to the fen. */
    public static Ratio of(Money numerator, Money denominator) {
        return of(BigInteger.valueOf(numerator.fen()), BigInteger.valueOf(denominator.fen()));
    }

    /** The numerator as given (not reduced). */
    public BigInteger numerator() {
        return numerator;
    }

    /** The denominator as given (not reduced), above zero. */
    public BigInteger denominator() {
        return denominator;
    }

    /** Whether this ratio is at least the threshold ("不低于", "达到"). */
    public boolean isAtLeast(Percentage threshold) {
        return threshold.compareWith(numerator, denominator) <= 0;
    }

    /** Whether this ratio is at most the threshold ("不超过", "以内", "控制在"). */
    public boolean isAtMost(Percentage threshold) {
        return threshold.compareWith(numerator, denominator) >= 0;
    }

    /** Whether the two ratios have the same value (3/4 and 6/8 do). */
    public boolean isEqual(Ratio other) {
        return compareTo(other) == 0;
    }

    /** The value in percent, rounded to {@code scale} places with {@code mode}: for display only. */
    public BigDecimal toPercent(int scale, RoundingMode mode) {
        return new BigDecimal(numerator).multiply(BigDecimal.valueOf(100))
                .divide(new BigDecimal(denominator), scale, mode);
    }

    /** The nearest {@code double}: for statistics, never for a threshold. */
    public double toDouble() {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), java.math.MathContext.DECIMAL64)
                .doubleValue();
    }

    @Override
    public int compareTo(Ratio other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ratio r && r.numerator.equals(numerator) && r.denominator.equals(denominator);
    }

    @Override
    public int hashCode() {
        return 31 * numerator.hashCode() + denominator.hashCode();
    }

    /** {@code "17/20 (85.00%)"}: the counts, then the percentage rounded half-up to 2 places. */
    @Override
    public String toString() {
        return numerator + "/" + denominator + " (" + toPercent(2, RoundingMode.HALF_UP).toPlainString() + "%)";
    }
}
