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
package org.junheng.indicators.rules;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.junheng.core.internal.Checks;
import org.junheng.core.value.Label;

/**
 * The result of checking one rule on one subject: the rule ID, the verdict, a sentence that explains it
 * in both languages (what was required, what was found, the shortfall), and the facts it rests on.
 * Immutable and thread-safe; {@code equals} compares every component.
 *
 * @param rule the rule ID, such as {@code FIN-2}
 * @param subject what was checked, such as {@code 210199 2023}
 * @param verdict the verdict
 * @param explanation what was required and found, and the shortfall
 * @param facts the facts used, by name, in order
 * @param measure the value, threshold and shortfall as numbers, where the rule has them
 */
public record Finding(String rule, String subject, Verdict verdict, Label explanation, Map<String, String> facts,
        Optional<Measure> measure) {

    /** Checks that every part is present; keeps the facts in the order given. */
    public Finding {
        Checks.notBlank(rule, "rule");
        Checks.notBlank(subject, "subject");
        Checks.notNull(verdict, "verdict");
        Checks.notNull(explanation, "explanation");
        Checks.notNull(facts, "facts");
        // the facts are printed in their order, so it must be one that is the same on every run
        Checks.check(facts.size() <= 1 || facts instanceof LinkedHashMap || facts instanceof SortedMap
                || facts instanceof EnumMap || facts.getClass().getName().startsWith("java.util.Collections$Unmodifiable"),
                "the facts of %s need a stated order (a LinkedHashMap, a sorted map), not %s", rule,
                facts.getClass().getName());
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        Checks.notNull(measure, "measure");
    }

    /** A finding whose numbers are in its explanation and facts only. */
    public Finding(String rule, String subject, Verdict verdict, Label explanation, Map<String, String> facts) {
        this(rule, subject, verdict, explanation, facts, Optional.empty());
    }

    /** This finding with its value, threshold and shortfall as numbers. */
    public Finding withMeasure(Measure measure) {
        return new Finding(rule, subject, verdict, explanation, facts, Optional.of(measure));
    }

    /** Whether the verdict is {@link Verdict#MET}. */
    public boolean isMet() {
        return verdict == Verdict.MET;
    }

    /** {@code "FIN-2 210199 2023: not met — per-student spending fell …"}. */
    @Override
    public String toString() {
        return rule + " " + subject + ": " + verdict.label().en() + " — " + explanation.en();
    }
}
