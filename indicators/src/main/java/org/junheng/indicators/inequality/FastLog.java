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
package org.junheng.indicators.inequality;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The natural logarithm of positive normal doubles, within about one ulp of the exact value, several
 * times faster than {@link Math#log} in a loop: the log-based measures spend most of their time here.
 *
 * <p>Method: {@code x = 2^k · z} with z in [0.75, 1.5); {@code c = round(1024 z)/1024} is one of 769 table
 * points, so {@code ln x = k ln 2 + ln c + ln(1 + u)} with {@code u = (z − c)/c}, |u| ≤ 1/1536, and
 * {@code ln(1 + u)} is its Taylor polynomial to degree 5. {@code ln 2}
 * and the table's {@code ln c} are split into a head that is a multiple of 2^-42 and a tail, so that
 * {@code k·head(ln 2) + head(ln c)} is exact and the only rounding of size is the final addition. At
 * z = 1 the head is zero and {@code u = z − 1} is exact, so values near 1 keep their relative accuracy.
 * The table is computed here, at class loading, to 40 digits with {@link BigDecimal}.
 *
 * <p>{@link #head} and {@link #tail} expose the two parts, so that {@code ln(x/c)} for a fixed reference
 * c is {@code (head(x) − head(c)) + (tail(x) − tail(c))} with an exact first difference: no division, and
 * an error of about 1e-19 (that of the tails) however large ln x and ln c are. Arguments that are not positive normal numbers go to {@link Math#log}.
 */
final class FastLog {
    private static final int SCALE = 1024;
    private static final int FIRST = 768; // 0.75 · SCALE
    private static final int POINTS = 769; // c = 768/1024 … 1536/1024; the table (18 KB) stays in L1
    /** Bits of 0.75: subtracting them splits x into k and z in [0.75, 1.5). */
    private static final long OFFSET = 0x3FE8000000000000L;
    private static final long EXPONENT_MASK = 0xFFFL << 52;
    private static final long MIN_NORMAL_BITS = Double.doubleToRawLongBits(Double.MIN_NORMAL);
    private static final long MAX_FINITE_BITS = Double.doubleToRawLongBits(Double.MAX_VALUE);
    /** Adding it to a number below 2^51 in magnitude rounds it to an integer, readable in the low bits. */
    private static final double ROUNDER = 0x1.8p52;
    private static final double HEAD_UNIT = 0x1p-42;

    private static final double LN2_HEAD;
    private static final double LN2_TAIL;
    /**
     * Per table point, side by side so that one look-up reaches all three: head(ln c), ln c − head, and
     * 1/(1024 c), which gives u = (1024 z − 1024 c)/(1024 c), exact at c = 1.
     */
    private static final double[] TABLE = new double[3 * POINTS];

    private static final double C3 = 1.0 / 3;
    private static final double C4 = -1.0 / 4;
    private static final double C5 = 1.0 / 5;

    static {
        MathContext mc = new MathContext(40, RoundingMode.HALF_EVEN);
        BigDecimal ln2 = lnRational(2, 1, mc);
        LN2_HEAD = head(ln2);
        LN2_TAIL = ln2.subtract(new BigDecimal(LN2_HEAD)).doubleValue();
        for (int j = 0; j < POINTS; j++) {
            BigDecimal ln = lnRational(FIRST + j, SCALE, mc);
            TABLE[3 * j] = head(ln);
            TABLE[3 * j + 1] = ln.subtract(new BigDecimal(TABLE[3 * j])).doubleValue();
            TABLE[3 * j + 2] = 1.0 / (FIRST + j);
        }
    }

    private FastLog() {
    }

    /** ln(p/q) = 2 atanh(s), s = (p − q)/(p + q), summed until the terms fall below the precision. */
    private static BigDecimal lnRational(int p, int q, MathContext mc) {
        BigDecimal s = BigDecimal.valueOf(p - q).divide(BigDecimal.valueOf(p + q), mc);
        BigDecimal s2 = s.multiply(s, mc);
        BigDecimal power = s;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal limit = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 2);
        for (int n = 1; power.abs().compareTo(limit) > 0; n += 2) {
            sum = sum.add(power.divide(BigDecimal.valueOf(n), mc), mc);
            power = power.multiply(s2, mc);
        }
        return sum.multiply(BigDecimal.valueOf(2), mc);
    }

    /** The multiple of 2^-42 nearest to v: at most 11 bits of k times it stay exact in a double. */
    private static double head(BigDecimal v) {
        return Math.rint(v.doubleValue() / HEAD_UNIT) * HEAD_UNIT;
    }

    /** ln x, within about one ulp; for x not a positive normal number, {@link Math#log}. */
    static double log(double x) {
        long bits = Double.doubleToRawLongBits(x);
        if (bits < MIN_NORMAL_BITS || bits > MAX_FINITE_BITS) { // negative, zero, subnormal, infinite or NaN
            return Math.log(x);
        }
        long shifted = bits - OFFSET;
        double k = shifted >> 52;
        double z = Double.longBitsToDouble(bits - (shifted & EXPONENT_MASK));
        double rounded = z * SCALE + ROUNDER;
        int j = 3 * ((int) Double.doubleToRawLongBits(rounded) - FIRST);
        double u = (z * SCALE - (rounded - ROUNDER)) * TABLE[j + 2];
        double head = k * LN2_HEAD + TABLE[j];
        double tail = k * LN2_TAIL + TABLE[j + 1];
        return head + (tail + log1pSmall(u));
    }

    /**
     * The head of ln x, a multiple of 2^-42 (k·ln 2 plus the table's ln c, both rounded to that grid); with
     * {@link #tail}, {@code ln x = head(x) + tail(x)} to about one ulp. x must be a positive normal number.
     */
    static double head(double x) {
        long bits = Double.doubleToRawLongBits(x);
        long shifted = bits - OFFSET;
        double k = shifted >> 52;
        double z = Double.longBitsToDouble(bits - (shifted & EXPONENT_MASK));
        int j = 3 * ((int) Double.doubleToRawLongBits(z * SCALE + ROUNDER) - FIRST);
        return k * LN2_HEAD + TABLE[j];
    }

    /** {@code ln x − head(x)}, small (below 0.001 in magnitude). x must be a positive normal number. */
    static double tail(double x) {
        long bits = Double.doubleToRawLongBits(x);
        long shifted = bits - OFFSET;
        double k = shifted >> 52;
        double z = Double.longBitsToDouble(bits - (shifted & EXPONENT_MASK));
        double rounded = z * SCALE + ROUNDER;
        int j = 3 * ((int) Double.doubleToRawLongBits(rounded) - FIRST);
        double u = (z * SCALE - (rounded - ROUNDER)) * TABLE[j + 2];
        return (k * LN2_TAIL + TABLE[j + 1]) + log1pSmall(u);
    }

    /**
     * {@code ln(x/c)} given {@code head(c)} and {@code tail(c)}: the heads cancel exactly, leaving an error of
     * about 1e-19 absolute. x must be a positive normal number (the callers check the range).
     */
    static double logRatio(double x, double referenceHead, double referenceTail) {
        long bits = Double.doubleToRawLongBits(x);
        long shifted = bits - OFFSET;
        double k = shifted >> 52;
        double z = Double.longBitsToDouble(bits - (shifted & EXPONENT_MASK));
        double rounded = z * SCALE + ROUNDER;
        int j = 3 * ((int) Double.doubleToRawLongBits(rounded) - FIRST);
        double u = (z * SCALE - (rounded - ROUNDER)) * TABLE[j + 2];
        double head = (k * LN2_HEAD + TABLE[j]) - referenceHead;
        double tail = (k * LN2_TAIL + TABLE[j + 1] - referenceTail) + log1pSmall(u);
        return head + tail;
    }

    /**
     * ln(1 + u) for |u| ≤ 1/1536: the Taylor polynomial to degree 5, whose remainder (below u^6/6, about
     * 1.3e-20) is a tenth of an ulp of the smallest result it is added to, ln(1025/1024).
     */
    private static double log1pSmall(double u) {
        double u2 = u * u;
        return u + u2 * (-0.5 + u * C3 + u2 * (C4 + u * C5));
    }
}
