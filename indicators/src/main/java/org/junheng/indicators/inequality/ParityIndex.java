package org.junheng.indicators.inequality;

import java.util.Locale;

/**
 * The parity index of two groups (BAL-7): the ratio of a group's mean to a reference group's, such as
 * rural ÷ urban or girls ÷ boys; and its adjusted form, which stays within [0, 2] and treats a gap
 * either way alike: {@code r} if {@code r ≤ 1}, else {@code 2 − 1/r} (UNESCO's adjusted parity index).
 * Immutable and thread-safe.
 *
 * @param value the ratio {@code group / reference}
 */
public record ParityIndex(double value) {

    public ParityIndex {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "parity (%s) must be finite and >= 0", value));
        }
    }

    /** {@code group / reference}; the reference must be positive. */
    public static ParityIndex of(double group, double reference) {
        if (!(reference > 0)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "reference (%s) must be > 0", reference));
        }
        return new ParityIndex(group / reference);
    }

    /** The adjusted parity index, in [0, 2]. */
    public double adjusted() {
        return value <= 1 ? value : 2 - 1 / value;
    }
}
