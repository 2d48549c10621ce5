package org.junheng.indicators.inequality;

import java.util.Locale;

/** The checks every measure applies to a value and its weight, with messages that name the bad number. */
final class Values {
    private Values() {
    }

    /** A weight must be finite and positive: a unit of weight zero is not in the population at all. */
    static void weight(double weight) {
        if (!(weight > 0) || weight == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "weight (%s) must be finite and > 0", weight));
        }
    }

    static void finite(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "value (%s) must be finite", value));
        }
    }

    static void positive(double value, String measure) {
        if (!(value > 0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "value (%s) must be finite and > 0 for %s (use ZeroValues.USE_LIMITS where the limit exists)", value,
                    measure));
        }
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
