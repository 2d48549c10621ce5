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
package org.junheng.core.policy;

import java.util.Comparator;
import org.junheng.core.internal.Checks;

/**
 * One named policy parameter: its type, its value (the seed's figure, or a district's own), where it
 * comes from, and the bounds that make a value possible.
 *
 * <p>A parameter without a value has no default in any source ("where no reliable national
 * figure is known the parameter has no default and must be supplied"); reading it throws. A parameter
 * with a {@link Widening} other than {@code NONE} may be changed by a profile that extends the one that
 * set it only in the direction that widens coverage or raises the standard, never the other way (AID-4,
 * SY24 措施18, LN23 §9: 差别化扩大资助面、提高资助标准): an amount lowered, a hardship condition added, a
 * maximum number of years shortened, a minimum age raised or a maximum age lowered is refused, naming the
 * key and both values.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key the name, such as {@code aid.disabled.preschoolToSeniorYearly}
 * @param type the type
 * @param value the value's text in the type's form; null when there is no default
 * @param source where the value comes from
 * @param note what a user should know: a condition, a deadline, "unconfirmed"; may be empty
 * @param min the smallest possible value; optional
 * @param max the largest possible value; optional
 * @param widening the direction in which an extending profile may change the value; {@code NONE} for any
 */
public record Parameter(String key, ParameterType type, String value, Source source, String note, String min,
        String max, Widening widening) {

    /**
     * The direction in which a value widens coverage or raises a standard (AID-4). A change the other way
     * narrows it and is refused.
     */
    public enum Widening {
        /** Any value may replace any other. */
        NONE,
        /** A higher value widens: an amount, a maximum age; for a flag, {@code true} (an item added). */
        HIGHER,
        /** A lower value widens: a minimum age; for a flag, {@code false} (a condition dropped). */
        LOWER,
        /** A higher limit widens, and {@code 0} means no limit at all: a maximum number of years. */
        HIGHER_ZERO_UNLIMITED
    }

    /**
     * A parameter whose floor, if any, only lets an extending profile raise it.
     *
     * @param floor whether the value may be raised but not lowered ({@link Widening#HIGHER})
     */
    public Parameter(String key, ParameterType type, String value, Source source, String note, String min, String max,
            boolean floor) {
        this(key, type, value, source, note, min, max, floor ? Widening.HIGHER : Widening.NONE);
    }

    /** Checks the key's form, the widening against the type, and the value against the type and its bounds. */
    public Parameter {
        Checks.notBlank(key, "key");
        Checks.check(key.matches("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)*"),
                "key (%s) must be dotted lower camel case, such as aid.disabled.universityYearly", key);
        Checks.notNull(type, "type");
        Checks.notNull(source, "source");
        Checks.notNull(note, "note");
        Checks.notNull(widening, "widening");
        Checks.check(widening == Widening.NONE || type.order() != null || type == ParameterType.BOOLEAN,
                "%s: widening %s is only possible for an ordered type or a flag, not %s", key, widening, type);
        Checks.check(widening != Widening.HIGHER_ZERO_UNLIMITED || type == ParameterType.COUNT,
                "%s: widening %s is only possible for a count, not %s", key, widening, type);
        Object lower = min == null ? null : parseBound(type, key, "min", min);
        Object upper = max == null ? null : parseBound(type, key, "max", max);
        if (value != null) {
            Object v;
            try {
                v = type.parse(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(Checks.format("%s (%s) must be %s", key, value, type.expected()), e);
            }
            Comparator<Object> order = type.order();
            Checks.check(lower == null || order.compare(v, lower) >= 0, "%s (%s) must be >= %s", key, value, min);
            Checks.check(upper == null || order.compare(v, upper) <= 0, "%s (%s) must be <= %s", key, value, max);
        }
    }

    private static Object parseBound(ParameterType type, String key, String name, String text) {
        Checks.check(type.order() != null, "%s of %s: only ordered types have bounds", name, key);
        try {
            return type.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Checks.format("%s of %s (%s) must be %s", name, key, text, type.expected()), e);
        }
    }

    /** Whether an extending profile may change the value in one direction only (AID-4). */
    public boolean floor() {
        return widening != Widening.NONE;
    }

    /** Whether the parameter has a value. */
    public boolean hasValue() {
        return value != null;
    }

    /**
     * The typed value: {@link org.junheng.core.value.Money}, {@link org.junheng.core.value.Percentage},
     * {@link Long}, {@link java.math.BigDecimal}, {@link Boolean}, {@link java.time.LocalDate} or
     * {@link String}.
     *
     * @throws IllegalStateException if the parameter has no value
     */
    public Object typedValue() {
        if (value == null) {
            throw new IllegalStateException("policy parameter " + key + " has no default and must be supplied (" + source
                    + (note.isEmpty() ? "" : "; " + note) + ")");
        }
        return type.parse(value);
    }

    /**
     * The same parameter with another value, source and note, checked against the bounds and the
     * direction of widening (AID-4).
     *
     * @param newNote the note; null keeps the current one
     * @throws IllegalArgumentException for an impossible value or one that narrows, naming both values
     */
    public Parameter withValue(String newValue, Source newSource, String newNote) {
        Parameter changed = new Parameter(key, type, Checks.notNull(newValue, "newValue"), newSource,
                newNote == null ? note : newNote, min, max, widening);
        if (widening != Widening.NONE && value != null && narrows(changed.typedValue(), typedValue())) {
            if (widening == Widening.HIGHER && type == ParameterType.MONEY) {
                throw new IllegalArgumentException(Checks.format("%s (%s) may be raised but not lowered below %s (%s)",
                        key, newValue, value, source));
            }
            throw new IllegalArgumentException(Checks.format(
                    "%s (%s) narrows what %s (%s) grants: AID-4 allows a profile to widen aid, never to narrow it",
                    key, newValue, value, source));
        }
        return changed;
    }

    /** Whether {@code proposed} replacing {@code current} narrows coverage or lowers a standard. */
    private boolean narrows(Object proposed, Object current) {
        int c = type == ParameterType.BOOLEAN ? Boolean.compare((Boolean) proposed, (Boolean) current)
                : type.order().compare(proposed, current);
        return switch (widening) {
            case NONE -> false;
            case HIGHER -> c < 0;
            case LOWER -> c > 0;
            // 0 is no limit: a limit added where there was none narrows, removing one never does
            case HIGHER_ZERO_UNLIMITED -> (Long) proposed != 0 && ((Long) current == 0 || c < 0);
        };
    }

    /** {@code "aid.disabled.universityYearly = 3000.00 [AID-2 (SY24 措施18)]"}. */
    @Override
    public String toString() {
        return key + " = " + (value == null ? "(none: must be supplied)" : value) + " [" + source + "]";
    }
}
