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

/**
 * The parity index of two groups (BAL-7): the ratio of a group's mean to a reference group's, such as
 * rural ÷ urban or girls ÷ boys; and its adjusted form, which stays within [0, 2] and treats a gap
 * either way alike: {@code r} if {@code r ≤ 1}, else {@code 2 − 1/r} (UNESCO's adjusted parity index).
 * Immutable and thread-safe.
 *
 * @param value the ratio {@code group / reference}
 */
public record ParityIndex(double value) {

    /** Refuses a value that is negative, NaN or infinite ({@link IllegalArgumentException}). */
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
