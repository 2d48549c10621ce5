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
package org.junheng.core.internal;

import java.util.Locale;
import java.util.Objects;

/**
 * The one place for argument checks. Messages read {@code "students (-3) must be >= 0"} and are
 * formatted with {@link Locale#ROOT}. Comparisons are written so that they also reject NaN.
 *
 * <p>Internal: exported only to the junheng modules, not part of the API.
 */
public final class Checks {
    private Checks() {
    }

    /** Returns {@code value}, or throws a {@link NullPointerException} naming the parameter. */
    public static <T> T notNull(T value, String name) {
        return Objects.requireNonNull(value, name);
    }

    /** Returns a non-blank string, or throws naming the parameter. */
    public static String notBlank(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /** Returns {@code value}, or throws when it is negative, naming the parameter. */
    public static long nonNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(format("%s (%d) must be >= 0", name, value));
        }
        return value;
    }

    /** Returns {@code value}, or throws when it is negative, naming the parameter. */
    public static int nonNegative(int value, String name) {
        return (int) nonNegative((long) value, name);
    }

    /** Returns {@code value}, or throws when it is not above zero, naming the parameter. */
    public static long positive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(format("%s (%d) must be > 0", name, value));
        }
        return value;
    }

    /** Returns {@code value}, or throws when it is NaN or infinite, naming the parameter. */
    public static double finite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(format("%s (%s) must be finite", name, value));
        }
        return value;
    }

    /** Returns {@code value}, or throws when it is outside {@code [min, max]}, naming the parameter. */
    public static int inRange(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(format("%s (%d) must be in [%d, %d]", name, value, min, max));
        }
        return value;
    }

    /** Throws an {@link IllegalArgumentException} with the formatted message unless {@code condition}. */
    public static void check(boolean condition, String message, Object... args) {
        if (!condition) {
            throw new IllegalArgumentException(format(message, args));
        }
    }

    /** {@link String#format} in {@link Locale#ROOT}, so that messages read the same on every machine. */
    public static String format(String message, Object... args) {
        return String.format(Locale.ROOT, message, args);
    }
}
