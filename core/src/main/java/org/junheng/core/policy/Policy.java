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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junheng.core.internal.Checks;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.value.Label;
import org.junheng.core.value.Money;
import org.junheng.core.value.Percentage;

/**
 * A policy: every amount, rate, year count and threshold of the rule catalog (RuleCatalog) as a named
 * {@link Parameter} with its source. Calculators take a policy as an argument and read their numbers
 * from it; nothing is hard-coded.
 *
 * <p>The built-in profiles ({@link Policies#national()}, {@link Policies#shenyang()}, …) are JSON
 * resources; a user reads one, prints it ({@link #describe()}), changes values with {@link #with}, or
 * loads a file of their own that extends a built-in profile ({@link Policies#read}). Impossible values are
 * refused: a negative amount, a percentage over 100, a value outside a parameter's bounds, and a
 * {@code floor} parameter lowered below the profile it extends (AID-4).
 *
 * <p>{@code equals} compares the name, the title, the parent, the jurisdiction and every parameter.
 * Immutable and thread-safe.
 */
public final class Policy {
    private final String name;
    private final Label title;
    private final String parent;
    private final DivisionCode jurisdiction;
    private final Map<String, Parameter> parameters;
    /** The keys read so far, when this policy was made by {@link #tracking()}; null otherwise. */
    private final Set<String> keysRead;
    /**
     * Each parameter's value read once ({@link Parameter#typedValue}): the rules ask for some of them once
     * per teacher or school, hundreds of thousands of times in a province.
     */
    private final Map<String, Object> typedValues;

    Policy(String name, Label title, String parent, DivisionCode jurisdiction, Map<String, Parameter> parameters) {
        this(name, title, parent, jurisdiction, parameters, null);
    }

    private Policy(String name, Label title, String parent, DivisionCode jurisdiction, Map<String, Parameter> parameters,
            Set<String> keysRead) {
        this.name = Checks.notBlank(name, "name");
        this.title = Checks.notNull(title, "title");
        this.parent = parent;
        this.jurisdiction = jurisdiction;
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        this.keysRead = keysRead;
        Map<String, Object> typed = new HashMap<>();
        this.parameters.forEach((key, p) -> {
            if (p.value() != null) { // one with no value throws when asked for, naming where to supply it
                typed.put(key, p.typedValue());
            }
        });
        this.typedValues = typed;
    }

    /** The profile's name, such as {@code shenyang}. */
    public String name() {
        return name;
    }

    /** The profile's title in Chinese and English, such as 沈阳市. */
    public Label title() {
        return title;
    }

    /** The name of the profile this one extends; null for the root profile. */
    public String parent() {
        return parent;
    }

    /** The jurisdiction the profile is for; null for the national profile. */
    public DivisionCode jurisdiction() {
        return jurisdiction;
    }

    /** Every parameter, in the catalogue's order. */
    public Collection<Parameter> parameters() {
        return parameters.values();
    }

    /**
     * Whether the rule {@code ruleId} is law where this profile applies: a national rule everywhere, a
     * province's or a city's only in its own jurisdiction and below (the built-in {@link RuleCatalog}).
     * The national profile holds national rules only. A calculator reports a rule only where its policy
     * holds it.
     *
     * @throws IllegalArgumentException if the catalog has no such rule
     */
    public boolean holds(String ruleId) {
        return RuleCatalog.builtIn().rule(ruleId).appliesIn(jurisdiction);
    }

    /** The rules of the built-in catalog that this profile holds, in the catalog's order. */
    public List<Rule> rules() {
        return RuleCatalog.builtIn().appliesIn(jurisdiction);
    }

    /** Whether this profile has a parameter named {@code key} (a local rule's parameters are only in its profile). */
    public boolean has(String key) {
        return parameters.containsKey(Checks.notNull(key, "key"));
    }

    /**
     * A copy of this policy that records every key read through it, for checking that every parameter
     * is read by some calculator. Reading is otherwise unchanged; {@code equals} ignores the record.
     */
    public Policy tracking() {
        return new Policy(name, title, parent, jurisdiction, parameters, ConcurrentHashMap.newKeySet());
    }

    /**
     * The keys read so far through this policy, sorted.
     *
     * @throws IllegalStateException if it was not made by {@link #tracking()}
     */
    public SortedSet<String> keysRead() {
        Checks.check(keysRead != null, "policy %s does not track reads: use tracking()", name);
        return Collections.unmodifiableSortedSet(new TreeSet<>(keysRead));
    }

    /**
     * The parameter named {@code key}.
     *
     * @throws IllegalArgumentException if there is none, naming the keys with the same first part
     */
    public Parameter parameter(String key) {
        Checks.notNull(key, "key");
        Parameter p = parameters.get(key);
        if (p != null && keysRead != null) {
            keysRead.add(key);
        }
        if (p == null) {
            String prefix = key.contains(".") ? key.substring(0, key.indexOf('.') + 1) : key;
            String near = parameters.keySet().stream().filter(k -> k.startsWith(prefix)).collect(Collectors.joining(", "));
            throw new IllegalArgumentException("no policy parameter '" + key + "' in profile " + name
                    + (near.isEmpty() ? "" : "; parameters starting with '" + prefix + "': " + near));
        }
        return p;
    }

    private Object value(String key, ParameterType type) {
        Parameter p = parameter(key);
        if (p.type() != type) {
            Checks.check(false, "policy parameter %s is a %s, not a %s", key, p.type(), type);
        }
        Object value = typedValues.get(key);
        return value != null ? value : p.typedValue();
    }

    /** A {@link ParameterType#MONEY} parameter's value. */
    public Money money(String key) {
        return (Money) value(key, ParameterType.MONEY);
    }

    /** A {@link ParameterType#PERCENTAGE} parameter's value. */
    public Percentage percentage(String key) {
        return (Percentage) value(key, ParameterType.PERCENTAGE);
    }

    /** A {@link ParameterType#COUNT} parameter's value. */
    public long count(String key) {
        return (Long) value(key, ParameterType.COUNT);
    }

    /** A {@link ParameterType#DECIMAL} parameter's value. */
    public BigDecimal decimal(String key) {
        return (BigDecimal) value(key, ParameterType.DECIMAL);
    }

    /** A {@link ParameterType#BOOLEAN} parameter's value. */
    public boolean flag(String key) {
        return (Boolean) value(key, ParameterType.BOOLEAN);
    }

    /** A {@link ParameterType#DATE} parameter's value. */
    public LocalDate date(String key) {
        return (LocalDate) value(key, ParameterType.DATE);
    }

    /** A {@link ParameterType#TEXT} parameter's value. */
    public String text(String key) {
        return (String) value(key, ParameterType.TEXT);
    }

    /** Whether the parameter has a value (a default or one supplied). */
    public boolean hasValue(String key) {
        return parameter(key).hasValue();
    }

    /**
     * This policy with one value changed by the user, checked like a value in a file.
     *
     * @throws IllegalArgumentException for an unknown key or an impossible value
     */
    public Policy with(String key, String value) {
        return with(key, value, new Source(parameter(key).source().rule(), "override", "set by the user"));
    }

    /** This policy with one value changed, with its source. */
    public Policy with(String key, String value, Source source) {
        Map<String, Parameter> changed = new LinkedHashMap<>(parameters);
        changed.put(key, parameter(key).withValue(value, source, null));
        return new Policy(name, title, parent, jurisdiction, changed, keysRead);
    }

    /** The same parameters under another name, as the start of a district's own profile. */
    public Policy renamed(String newName, Label newTitle, DivisionCode newJurisdiction) {
        return new Policy(newName, newTitle, name, newJurisdiction, parameters);
    }

    /** The parameters as a table: key, value, source, note; one line each. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        s.append("Policy ").append(name).append(" — ").append(title);
        if (parent != null) {
            s.append(" (extends ").append(parent).append(')');
        }
        s.append('\n');
        int width = parameters.keySet().stream().mapToInt(String::length).max().orElse(10);
        for (Parameter p : parameters.values()) {
            s.append(String.format(java.util.Locale.ROOT, "  %-" + width + "s  %-12s  %s%s%n", p.key(),
                    p.value() == null ? "(supply)" : p.value(), p.source(), p.note().isEmpty() ? "" : "  — " + p.note()));
        }
        return s.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Policy p && p.name.equals(name) && p.title.equals(title)
                && java.util.Objects.equals(p.parent, parent) && java.util.Objects.equals(p.jurisdiction, jurisdiction)
                && p.parameters.equals(parameters);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, title, parent, jurisdiction, parameters);
    }

    /** {@code "Policy[shenyang 沈阳市 / Shenyang, 62 parameters]"}. */
    @Override
    public String toString() {
        return "Policy[" + name + " " + title + ", " + parameters.size() + " parameters]";
    }
}
