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
import java.util.Objects;
import org.junheng.core.internal.Checks;

/**
 * An amount of money in yuan (元), exact to the fen (分, 0.01 yuan).
 *
 * <p>Sources in 万元 (10,000 yuan) or 亿元 (100,000,000 yuan) are converted on the way in with
 * {@link #ofWanYuan} and {@link #ofYiYuan}; an amount that is not a whole number of fen is refused, never
 * rounded (general decision: "money is in yuan with fen precision ... never mixed").
 *
 * <p>The amount is held as a {@code long} count of fen, which covers ±92 trillion yuan; arithmetic that
 * would leave that range throws {@link ArithmeticException}. Amounts may be negative (a difference, a
 * shortfall); a record that needs a non-negative amount checks that itself.
 *
 * <p>{@code equals} compares the amount: there is one scale, so {@code 1.0} and {@code 1.00} yuan are the
 * same money. {@code toString} gives {@code "CNY 1000.00"}, which {@link #parse} reads back.
 *
 * <p>Immutable and thread-safe.
 */
public final class Money implements Comparable<Money> {
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);
    private static final String CURRENCY = "CNY";

    /** No money. */
    public static final Money ZERO = new Money(0);

    private final long fen;

    private Money(long fen) {
        this.fen = fen;
    }

    /** An amount of whole fen. */
    public static Money ofFen(long fen) {
        return fen == 0 ? ZERO : new Money(fen);
    }

    /** An amount of whole yuan. */
    public static Money ofYuan(long yuan) {
        return ofFen(Math.multiplyExact(yuan, 100L));
    }

    /**
     * An amount in yuan with at most two decimal places.
     *
     * @throws IllegalArgumentException if the amount has a fraction of a fen
     * @throws ArithmeticException if it is outside the range of this class
     */
    public static Money ofYuan(BigDecimal yuan) {
        Checks.notNull(yuan, "yuan");
        BigDecimal fen = yuan.movePointRight(2);
        if (fen.signum() != 0 && fen.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("amount (" + yuan.toPlainString() + " yuan) is not a whole number of fen");
        }
        return ofFen(fen.longValueExact());
    }

    /** An amount given in 万元 (10,000 yuan), as statistical yearbooks give it; exact to the fen or refused. */
    public static Money ofWanYuan(BigDecimal wanYuan) {
        Checks.notNull(wanYuan, "wanYuan");
        return ofYuan(wanYuan.multiply(WAN));
    }

    /** An amount given in 亿元 (100,000,000 yuan), as the national funding bulletins give it. */
    public static Money ofYiYuan(BigDecimal yiYuan) {
        Checks.notNull(yiYuan, "yiYuan");
        return ofYuan(yiYuan.multiply(YI));
    }

    /**
     * Reads {@code "CNY 1000.00"}, {@code "1000.00"} or {@code "1000"} (yuan); also {@code "12.5万元"} and
     * {@code "3.2亿元"}. Refuses anything else, and fractions of a fen.
     */
    public static Money parse(CharSequence text) {
        Checks.notNull(text, "text");
        String s = text.toString().strip();
        if (s.startsWith(CURRENCY + " ")) {
            s = s.substring(CURRENCY.length() + 1).strip();
        }
        try {
            if (s.endsWith("万元")) {
                return ofWanYuan(new BigDecimal(s.substring(0, s.length() - 2).strip()));
            }
            if (s.endsWith("亿元")) {
                return ofYiYuan(new BigDecimal(s.substring(0, s.length() - 2).strip()));
            }
            if (s.endsWith("元")) {
                s = s.substring(0, s.length() - 1).strip();
            }
            if (!isPlainDecimal(s)) {
                throw new NumberFormatException();
            }
            return ofYuan(new BigDecimal(s));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an amount of money: '" + text + "' (expected e.g. 'CNY 1000.00')", e);
        }
    }

    /**
     * Whether {@code s} is {@code -?[0-9]+(\.[0-9]+)?} (ASCII digits only): what BigDecimal reads without
     * an exponent or a sign of plus. Decided by hand: {@code String.matches} compiles its pattern on every
     * call, for every amount a province's records hold.
     */
    private static boolean isPlainDecimal(String s) {
        int i = s.startsWith("-") ? 1 : 0;
        int digits = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (digits == 0) {
            return false;
        }
        if (i == s.length()) {
            return true;
        }
        if (s.charAt(i++) != '.') {
            return false;
        }
        int fraction = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
            fraction++;
        }
        return fraction > 0 && i == s.length();
    }

    /** The amount in fen. */
    public long fen() {
        return fen;
    }

    /** The amount in yuan, with scale 2. */
    public BigDecimal yuan() {
        return BigDecimal.valueOf(fen, 2);
    }

    /** The amount in 万元, exact. */
    public BigDecimal wanYuan() {
        return yuan().divide(WAN).stripTrailingZeros();
    }

    /** The exact sum; throws {@link ArithmeticException} on overflow rather than wrap. */
    public Money plus(Money other) {
        return ofFen(Math.addExact(fen, other.fen));
    }

    /** The exact difference; throws {@link ArithmeticException} on overflow. */
    public Money minus(Money other) {
        return ofFen(Math.subtractExact(fen, other.fen));
    }

    /** The amount {@code factor} times, exact; throws {@link ArithmeticException} on overflow. */
    public Money times(long factor) {
        return ofFen(Math.multiplyExact(fen, factor));
    }

    /** The amount with the opposite sign. */
    public Money negated() {
        return ofFen(Math.negateExact(fen));
    }

    /** -1, 0 or 1 as the amount is negative, zero or positive. */
    public int signum() {
        return Long.signum(fen);
    }

    /** Whether the amount is below zero. */
    public boolean isNegative() {
        return fen < 0;
    }

    /** Whether the amount is exactly zero. */
    public boolean isZero() {
        return fen == 0;
    }

    /** Whether this amount is strictly more than {@code other}. */
    public boolean isGreaterThan(Money other) {
        return fen > other.fen;
    }

    /** Whether this amount is strictly less than {@code other}. */
    public boolean isLessThan(Money other) {
        return fen < other.fen;
    }

    /** The larger of the two amounts. */
    public static Money max(Money a, Money b) {
        return a.fen >= b.fen ? a : b;
    }

    /**
     * This amount divided by a count, rounded up to the next fen: the smallest amount per unit that,
     * multiplied back, covers this amount.
     */
    public Money dividedRoundingUp(long count) {
        Checks.positive(count, "count");
        return ofFen(BigInteger.valueOf(fen).add(BigInteger.valueOf(count - 1))
                .divide(BigInteger.valueOf(count)).longValueExact());
    }

    /** This amount divided by a count, in yuan rounded to {@code scale} places with {@code mode}. */
    public BigDecimal yuanPer(long count, int scale, RoundingMode mode) {
        Checks.positive(count, "count");
        return yuan().divide(BigDecimal.valueOf(count), scale, mode);
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && m.fen == fen;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(fen);
    }

    /** {@code "CNY 1000.00"}; {@link #parse} reads it back. */
    @Override
    public String toString() {
        return CURRENCY + " " + yuan().toPlainString();
    }

    /** The plain amount in yuan, {@code "1000.00"}: the form data files use. */
    public String toPlainString() {
        return yuan().toPlainString();
    }

    /** The exact sum of the amounts; zero for none. */
    public static Money sum(Iterable<Money> amounts) {
        long total = 0;
        for (Money m : Objects.requireNonNull(amounts, "amounts")) {
            total = Math.addExact(total, m.fen);
        }
        return ofFen(total);
    }
}
