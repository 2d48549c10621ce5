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
 * A percentage threshold of the law, such as the 15% of ROT-1 or the 99% of COV-3, held exactly.
 *
 * <p>The value is a decimal number of percent in [0, 100]. Comparisons with counts are exact: a count
 * {@code k} of a base {@code n} meets {@code p%} when {@code 100·k >= p·n}, computed in integers
 * (general decision: never with {@code double}).
 *
 * <p>{@link #minimumCount} is the smallest whole number that meets the percentage, {@code ceil(p·n/100)}:
 * 15% of 20 is 3 and of 21 is 4 ("a minimum head-count from a percentage").
 *
 * <p>{@code equals} compares the value, so {@code 15%} equals {@code 15.0%}. {@code toString} gives
 * {@code "15%"}, which {@link #parse} reads back. Immutable and thread-safe.
 */
public final class Percentage implements Comparable<Percentage> {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal percent;

    private Percentage(BigDecimal percent) {
        this.percent = percent.signum() == 0 ? BigDecimal.ZERO : percent.stripTrailingZeros();
    }

    /** {@code percent}% ; for example {@code of(15)} is 15%. */
    public static Percentage of(long percent) {
        return of(BigDecimal.valueOf(percent));
    }

    /** {@code percent}% with a fraction; for example {@code of(new BigDecimal("98.5"))}. */
    public static Percentage of(BigDecimal percent) {
        Checks.notNull(percent, "percent");
        Checks.check(percent.signum() >= 0 && percent.compareTo(HUNDRED) <= 0,
                "percentage (%s) must be in [0, 100]", percent.toPlainString());
        return new Percentage(percent);
    }

    /** Reads {@code "15%"}, {@code "98.5%"} or {@code "15"}. */
    public static Percentage parse(CharSequence text) {
        Checks.notNull(text, "text");
        String s = text.toString().strip();
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        try {
            return of(new BigDecimal(s));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a percentage: '" + text + "' (expected e.g. '15%')", e);
        }
    }

    /** The value in percent, e.g. 15 for 15%. */
    public BigDecimal percent() {
        return percent;
    }

    /** The value as a fraction, e.g. 0.15 for 15%. */
    public BigDecimal fraction() {
        return percent.movePointLeft(2);
    }

    /**
     * The smallest whole number {@code k} with {@code k / base >= this}: {@code ceil(p × base / 100)},
     * exact.
     */
    public long minimumCount(long base) {
        Checks.nonNegative(base, "base");
        BigInteger[] pq = fractionParts();
        BigInteger numerator = pq[0].multiply(BigInteger.valueOf(base));
        BigInteger[] qr = numerator.divideAndRemainder(pq[1]);
        BigInteger ceil = qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
        return ceil.longValueExact();
    }

    /** Whether {@code count} of {@code base} reaches this percentage ({@code >=}, exact). */
    public boolean isMetBy(long count, long base) {
        Checks.nonNegative(count, "count");
        Checks.positive(base, "base");
        return compareWith(BigInteger.valueOf(count), BigInteger.valueOf(base)) <= 0;
    }

    /**
     * Compares this percentage with the fraction {@code numerator / denominator}: negative when this is
     * smaller, zero when equal, positive when larger. Exact.
     */
    public int compareWith(BigInteger numerator, BigInteger denominator) {
        Checks.check(denominator.signum() > 0, "denominator (%s) must be > 0", denominator);
        BigInteger[] pq = fractionParts();
        // p/q vs n/d  <=>  p·d vs n·q
        return pq[0].multiply(denominator).compareTo(numerator.multiply(pq[1]));
    }

    /** The fraction {@code p / q} equal to this percentage, as {@code [p, q]} with {@code q > 0}. */
    private BigInteger[] fractionParts() {
        BigDecimal fraction = fraction();
        int scale = Math.max(fraction.scale(), 0);
        BigInteger p = fraction.movePointRight(scale).toBigIntegerExact();
        BigInteger q = BigInteger.TEN.pow(scale);
        return new BigInteger[] {p, q};
    }

    /** This percentage applied to an amount of money, rounded up to the fen (a minimum amount). */
    public Money minimumAmount(Money base) {
        BigDecimal exact = base.yuan().multiply(fraction());
        return Money.ofYuan(exact.setScale(2, RoundingMode.CEILING));
    }

    @Override
    public int compareTo(Percentage other) {
        return percent.compareTo(other.percent);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Percentage p && p.percent.compareTo(percent) == 0;
    }

    @Override
    public int hashCode() {
        return percent.hashCode();
    }

    /** {@code "15%"}, {@code "98.5%"}. */
    @Override
    public String toString() {
        return percent.toPlainString() + "%";
    }
}
