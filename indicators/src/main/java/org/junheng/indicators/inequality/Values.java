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

import java.util.Locale;

/** The checks every measure applies to a value and its weight, with messages that name the bad number. */
final class Values {
    private Values() {
    }

    /**
     * The largest magnitude of a value or a weight, and the inverse the smallest: products of a weight, a
     * value and a value, summed over billions of units, stay far from overflow and underflow, so no
     * measure returns infinity, NaN or a value rounded to nothing. Money, pupils and square metres are
     * many orders of magnitude inside.
     */
    static final double MAX_MAGNITUDE = 1e60;
    static final double MIN_MAGNITUDE = 1e-60;
    private static final long MIN_MAGNITUDE_BITS = Double.doubleToRawLongBits(MIN_MAGNITUDE);
    private static final long MAGNITUDE_SPAN = Double.doubleToRawLongBits(MAX_MAGNITUDE) - MIN_MAGNITUDE_BITS;
    /** The biased exponent of 2^-128: exponent codes of [2^-128, 2^128) run from 0 to 255. */
    private static final int USUAL_EXPONENT_BASE = 1023 - 128;

    /**
     * Whether v lies in [{@link #MIN_MAGNITUDE}, {@link #MAX_MAGNITUDE}], read from its bits with one
     * unsigned comparison instead of two of doubles: positive doubles order as their bits, and zero,
     * negatives, infinity and NaN fall outside.
     */
    static boolean inRange(double v) {
        return Long.compareUnsigned(Double.doubleToRawLongBits(v) - MIN_MAGNITUDE_BITS, MAGNITUDE_SPAN) <= 0;
    }

    /**
     * A code of v's exponent, for the loops over arrays, which OR the codes of a block of pairs instead of
     * testing each pair: the biased exponent, with the sign bit above it, less that of 2^-128. A block whose
     * OR is {@link #usual} has every value and weight in [2^-128, 2^128), well inside the range; any other
     * block is tested pair by pair with {@link #inRange}, which names the first bad pair. A test and a branch
     * per pair took registers from the loops' arithmetic and cost about a tenth of their time.
     */
    static int exponentCode(double v) {
        return (int) (Double.doubleToRawLongBits(v) >>> 52) - USUAL_EXPONENT_BASE;
    }

    /**
     * Whether every code ORed into {@code codes} is one of [2^-128, 2^128): codes of numbers there lie in
     * [0, 255], and any other code is negative or has a higher bit set, which the OR keeps.
     */
    static boolean usual(int codes) {
        return (codes & ~0xFF) == 0;
    }

    /** A weight must be finite and positive: a unit of weight zero is not in the population at all. */
    static void weight(double weight) {
        if (!(weight > 0) || weight == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "weight (%s) must be finite and > 0", weight));
        }
        if (weight > MAX_MAGNITUDE || weight < MIN_MAGNITUDE) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "weight (%s) must be between 1e-60 and 1e60: scale the weights (every measure is unchanged by it)",
                    weight));
        }
    }

    static void finite(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "value (%s) must be finite", value));
        }
        double m = Math.abs(value);
        if (m > MAX_MAGNITUDE || (m < MIN_MAGNITUDE && m != 0)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "value (%s) must be 0 or between 1e-60 and 1e60 in magnitude: scale the values (change the unit)",
                    value));
        }
    }

    static void positive(double value, String measure) {
        if (!(value > 0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "value (%s) must be finite and > 0 for %s (use ZeroValues.USE_LIMITS where the limit exists)", value,
                    measure));
        }
        finite(value);
    }

    static void sameLength(double[] values, double[] weights) {
        if (values.length != weights.length) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "values (%d) and weights (%d) differ in length",
                    values.length, weights.length));
        }
    }

    static IllegalStateException empty(String measure) {
        return new IllegalStateException(measure + " of no values is undefined");
    }
}
