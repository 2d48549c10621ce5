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

import java.math.BigDecimal;
import java.util.Optional;
import org.junheng.core.internal.Checks;

/**
 * The numbers behind a finding, for programs: the value found, the threshold the rule sets, and the
 * shortfall (how far the value is from the threshold; zero when met), all in one unit. The threshold or
 * the shortfall is absent where the rule has none (a reported value). Immutable and thread-safe.
 *
 * @param value the value found
 * @param threshold the rule's threshold, if it has one
 * @param shortfall how far short of the threshold, if there is a threshold
 * @param unit the unit of all three
 */
public record Measure(BigDecimal value, Optional<BigDecimal> threshold, Optional<BigDecimal> shortfall, Unit unit) {

    /** Checks that every part is present (an absent threshold or shortfall is an empty {@code Optional}). */
    public Measure {
        Checks.notNull(value, "value");
        Checks.notNull(threshold, "threshold");
        Checks.notNull(shortfall, "shortfall");
        Checks.notNull(unit, "unit");
    }

    /** A value against a threshold, with its shortfall. */
    public static Measure of(BigDecimal value, BigDecimal threshold, BigDecimal shortfall, Unit unit) {
        return new Measure(value, Optional.of(threshold), Optional.of(shortfall), unit);
    }

    /** A value without a threshold. */
    public static Measure reported(BigDecimal value, Unit unit) {
        return new Measure(value, Optional.empty(), Optional.empty(), unit);
    }
}
