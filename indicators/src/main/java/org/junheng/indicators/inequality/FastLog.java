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

/**
 * The natural logarithm of positive normal doubles, within about one ulp of the exact value, several
 * times faster than {@link Math#log} in a loop: the log-based measures spend most of their time here.
 *
 * <p>Method: {@code x = 2^k · z} with z in [a, 2a), a near √½; the top 10 bits of z's mantissa, counted
 * from a, pick one of 1024 cells, each with a double {@code r} near the inverse of its centre.
 * Then {@code ln x = k ln 2 − ln r + ln(1 + u)} with {@code u = z·r − 1}, which one fused multiply-add
 * gives with a single rounding, |u| ≤ 2^-11; {@code ln(1 + u)} is its Taylor polynomial to degree 5.
 * The cell around 1 has r = 1, so that u = z − 1 is exact and values near 1 keep their relative
 * accuracy. {@code ln 2} and the table's {@code −ln r} are split into a head that is a multiple
 * of 2^-42 and a tail, so that {@code k·head(ln 2) + head(−ln r)} is exact and the only rounding of size
 * is the final addition. The table is computed here, at class loading, in double-double arithmetic
 * (about 106 bits); the cell comes from the bits alone, with no rounding step. {@link Math#fma} is one
 * instruction on x86-64 processors with FMA3 (since 2013) and on ARMv8; where the JVM has none, the JDK
 * computes it exactly in software, with the same results, many times slower.
 *
 * <p>k and the cell come from the top 32 bits as an int, and the table is three arrays indexed by the
 * cell: no 64-bit constants and no index arithmetic, which left C2 registers enough to keep the loops'
 * constants out of memory (a tenth of a loop's time, measured on the mean log deviation).
 *
 * <p>{@link #head} and {@link #tail} expose the two parts, so that {@code ln(x/c)} for a fixed reference
 * c is {@code (head(x) − head(c)) + (tail(x) − tail(c))} with an exact first difference: no division, and
 * an error of about 1e-19 (that of the tails) however large ln x and ln c are. Arguments that are not
 * positive normal numbers go to {@link Math#log}.
 */
final class FastLog {
    private static final int BITS = 10;
    private static final int CELLS = 1 << BITS; // the table (24 KB) stays in L1
    /**
     * The top 32 bits of a = 0.707275390625, on a cell's edge (its lower 32 bits are zero): subtracting
     * them splits x into k and z in [a, 2a). The bits of 1 lie 599.5 cells above, so that 1 is the centre
     * of its cell: z in [1 − 2^-12, 1 + 2^-11).
     */
    private static final int OFFSET = 0x3FE6A200;
    private static final long MIN_NORMAL_BITS = Double.doubleToRawLongBits(Double.MIN_NORMAL);
    private static final long MAX_FINITE_BITS = Double.doubleToRawLongBits(Double.MAX_VALUE);
    private static final double HEAD_UNIT = 0x1p-42;

    private static final double LN2_HEAD;
    private static final double LN2_TAIL;
    /** Per cell: head(−ln r), −ln r − head, and r. */
    private static final double[] HEADS = new double[CELLS];
    private static final double[] TAILS = new double[CELLS];
    private static final double[] INVERSES = new double[CELLS];

    private static final double C3 = 1.0 / 3;
    private static final double C4 = -1.0 / 4;
    private static final double C5 = 1.0 / 5;

    static {
        Wide ln2 = ln(2);
        LN2_HEAD = head(ln2);
        LN2_TAIL = tail(ln2, LN2_HEAD);
        for (int j = 0; j < CELLS; j++) {
            double low = Double.longBitsToDouble(((long) OFFSET << 32) + ((long) j << (52 - BITS)));
            double high = Double.longBitsToDouble(((long) OFFSET << 32) + ((long) (j + 1) << (52 - BITS)));
            double r = low < 1 && 1 < high ? 1 : 2 / (low + high);
            Wide minusLnR = ln(r).negate();
            HEADS[j] = head(minusLnR);
            TAILS[j] = tail(minusLnR, HEADS[j]);
            INVERSES[j] = r;
        }
    }

    private FastLog() {
    }

    /**
     * A number as the unevaluated sum of two doubles, {@code hi + lo} with |lo| at most half an ulp of hi:
     * about 106 bits, twice what the table needs, at the cost of a few dozen double operations per
     * logarithm where {@code BigDecimal} took a third of a second for the table at class loading.
     */
    private record Wide(double hi, double lo) {
        /** a + b exactly, for |a| ≥ |b|. */
        static Wide quickSum(double a, double b) {
            double s = a + b;
            return new Wide(s, b - (s - a));
        }

        /** a + b exactly, whatever their sizes (Knuth's two-sum). */
        static Wide sum(double a, double b) {
            double s = a + b;
            double bb = s - a;
            return quickSum(s, (a - (s - bb)) + (b - bb));
        }

        Wide plus(Wide o) {
            Wide s = sum(hi, o.hi);
            return quickSum(s.hi, s.lo + (lo + o.lo));
        }

        Wide times(Wide o) {
            double p = hi * o.hi;
            return quickSum(p, Math.fma(hi, o.hi, -p) + (hi * o.lo + lo * o.hi));
        }

        /** This divided by d, from the remainder the first quotient leaves, which is exact. */
        Wide dividedBy(Wide d) {
            double q = hi / d.hi;
            Wide remainder = plus(d.times(new Wide(-q, 0)));
            return quickSum(q, (remainder.hi + remainder.lo) / d.hi);
        }

        Wide negate() {
            return new Wide(-hi, -lo);
        }
    }

    /** ln y = 2 atanh(s), s = (y − 1)/(y + 1), for y in [0.5, 2], summed until the terms fall below 1e-36. */
    private static Wide ln(double y) {
        Wide s = new Wide(y - 1, 0).dividedBy(Wide.sum(y, 1)); // y − 1 is exact for y in [0.5, 2]
        Wide s2 = s.times(s);
        Wide sum = s;
        Wide power = s;
        for (int n = 3; Math.abs(power.hi) > 1e-36; n += 2) {
            power = power.times(s2);
            sum = sum.plus(power.dividedBy(new Wide(n, 0)));
        }
        return new Wide(2 * sum.hi, 2 * sum.lo);
    }

    /** The multiple of 2^-42 nearest to v: at most 11 bits of k times it stay exact in a double. */
    private static double head(Wide v) {
        return Math.rint(v.hi / HEAD_UNIT) * HEAD_UNIT;
    }

    /** v − head as a double: {@code v.hi − head} is exact, being below 2^-43 on the grid of v's ulp. */
    private static double tail(Wide v, double head) {
        return (v.hi - head) + v.lo;
    }

    /** The table, for tests: per cell head(−ln r), its tail, and r. */
    static double[][] table() {
        return new double[][] {HEADS.clone(), TAILS.clone(), INVERSES.clone()};
    }

    /** ln 2 as its head and tail, for tests. */
    static double[] ln2() {
        return new double[] {LN2_HEAD, LN2_TAIL};
    }

    /** ln x, within about one ulp; for x not a positive normal number, {@link Math#log}. */
    static double log(double x) {
        long bits = Double.doubleToRawLongBits(x);
        if (bits < MIN_NORMAL_BITS || bits > MAX_FINITE_BITS) { // negative, zero, subnormal, infinite or NaN
            return Math.log(x);
        }
        return logRatio(x, 0, 0);
    }

    /**
     * The head of ln x, a multiple of 2^-42 (k·ln 2 plus the table's −ln r, both rounded to that grid); with
     * {@link #tail}, {@code ln x = head(x) + tail(x)} to about one ulp. x must be a positive normal number.
     */
    static double head(double x) {
        int shifted = shifted(Double.doubleToRawLongBits(x));
        return Math.fma(shifted >> 20, LN2_HEAD, HEADS[cell(shifted)]); // exact: no rounding to fuse
    }

    /** {@code ln x − head(x)}, small (below 0.001 in magnitude). x must be a positive normal number. */
    static double tail(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int shifted = shifted(bits);
        int k = shifted >> 20;
        int j = cell(shifted);
        return Math.fma(k, LN2_TAIL, TAILS[j]) + log1pSmall(u(bits, k, j));
    }

    /**
     * {@code ln(x/c)} given {@code head(c)} and {@code tail(c)}: the heads cancel exactly, leaving an error of
     * about 1e-19 absolute. x must be a positive normal number (the callers check the range); for any other
     * bits the result is some finite number.
     */
    static double logRatio(double x, double referenceHead, double referenceTail) {
        long bits = Double.doubleToRawLongBits(x);
        int shifted = shifted(bits);
        int k = shifted >> 20;
        int j = cell(shifted);
        double head = Math.fma(k, LN2_HEAD, HEADS[j]) - referenceHead;
        double tail = (Math.fma(k, LN2_TAIL, TAILS[j]) - referenceTail) + log1pSmall(u(bits, k, j));
        return head + tail;
    }

    /** The top 32 bits of x less those of a: k in the top 12 bits, the cell in the next 10. */
    private static int shifted(long bits) {
        return (int) (bits >>> 32) - OFFSET;
    }

    /** The index of the cell of z: the top bits of its mantissa, counted from a. */
    private static int cell(int shifted) {
        return (shifted >>> (20 - BITS)) & (CELLS - 1);
    }

    /** {@code u = z·r − 1}, z being x with k taken out of its exponent. */
    private static double u(long bits, int k, int cell) {
        return Math.fma(Double.longBitsToDouble(bits - ((long) k << 52)), INVERSES[cell], -1);
    }

    /**
     * ln(1 + u) for |u| ≤ 2^-11: the Taylor polynomial to degree 5, whose remainder, below u^6/6, is at
     * most 2.3e-21 and 5e-18 of the result: a fiftieth of an ulp.
     */
    private static double log1pSmall(double u) {
        double u2 = u * u;
        return Math.fma(u2, Math.fma(u, C3, -0.5) + u2 * Math.fma(u, C5, C4), u);
    }
}
