package org.junheng.core.policy;

import java.util.Comparator;
import org.junheng.core.internal.Checks;

/**
 * One named policy parameter: its type, its value (the seed's figure, or a district's own), where it
 * comes from, and the bounds that make a value possible.
 *
 * <p>A parameter without a value has no default in any source (RULES.md: "where no reliable national
 * figure is known the parameter has no default and must be supplied"); reading it throws. A
 * {@code floor} parameter may be raised by a profile that extends the one that set it, never lowered
 * (AID-4: a district may raise the standards, never lower them).
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
 * @param floor whether an extending profile may only raise the value
 */
public record Parameter(String key, ParameterType type, String value, Source source, String note, String min,
        String max, boolean floor) {

    public Parameter {
        Checks.notBlank(key, "key");
        Checks.check(key.matches("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)*"),
                "key (%s) must be dotted lower camel case, such as aid.disabled.universityYearly", key);
        Checks.notNull(type, "type");
        Checks.notNull(source, "source");
        Checks.notNull(note, "note");
        Checks.check(!floor || type.order() != null, "floor is only possible for an ordered type, not %s", type);
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
     * The same parameter with another value, source and note, checked against the bounds and the floor.
     *
     * @param newNote the note; null keeps the current one
     */
    public Parameter withValue(String newValue, Source newSource, String newNote) {
        Parameter changed = new Parameter(key, type, Checks.notNull(newValue, "newValue"), newSource,
                newNote == null ? note : newNote, min, max, floor);
        if (floor && value != null) {
            Checks.check(type.order().compare(changed.typedValue(), typedValue()) >= 0,
                    "%s (%s) may be raised but not lowered below %s (%s)", key, newValue, value, source);
        }
        return changed;
    }

    /** {@code "aid.disabled.universityYearly = 3000.00 [AID-2 (SY24 措施18)]"}. */
    @Override
    public String toString() {
        return key + " = " + (value == null ? "(none: must be supplied)" : value) + " [" + source + "]";
    }
}
