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
package org.junheng.indicators.targets;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junheng.core.internal.Checks;
import org.junheng.core.value.Ratio;

/**
 * A value observed for a target's indicator: an exact ratio for a percentage, a number for the other
 * units. Immutable and thread-safe.
 *
 * @param indicator the indicator
 * @param unit the unit; must be the target's
 * @param ratio the observed rate, for {@link Target.Unit#PERCENT}; null otherwise
 * @param value the observed number, for the other units; null for a percentage
 */
public record Observation(String indicator, Target.Unit unit, Ratio ratio, BigDecimal value) {

    /** Requires the indicator and unit, and exactly one of a ratio (a rate) or a value. */
    public Observation {
        Checks.notBlank(indicator, "indicator");
        Checks.notNull(unit, "unit");
        Checks.check((unit == Target.Unit.PERCENT) == (ratio != null) && (ratio == null) == (value != null),
                "a percentage is observed as a ratio, anything else as a value");
    }

    /** An observed rate. */
    public static Observation ofRate(String indicator, Ratio ratio) {
        return new Observation(indicator, Target.Unit.PERCENT, Checks.notNull(ratio, "ratio"), null);
    }

    /** An observed count, amount, or duration. */
    public static Observation of(String indicator, Target.Unit unit, BigDecimal value) {
        return new Observation(indicator, unit, null, Checks.notNull(value, "value"));
    }

    /** The sign of observed − threshold, exact. */
    public int compareTo(BigDecimal threshold) {
        if (ratio != null) {
            // n/d vs t/100  <=>  100·n vs t·d
            BigDecimal lhs = new BigDecimal(ratio.numerator().multiply(BigInteger.valueOf(100)));
            BigDecimal rhs = threshold.multiply(new BigDecimal(ratio.denominator()));
            return lhs.compareTo(rhs);
        }
        return value.compareTo(threshold);
    }

    /** The value as a decimal in the unit (percent for a rate), rounded to 4 places for display and progress. */
    public BigDecimal decimal() {
        return ratio != null ? ratio.toPercent(4, java.math.RoundingMode.HALF_UP) : value;
    }

    /** A rate as its fraction and per cent, a value with its unit. */
    @Override
    public String toString() {
        return ratio != null ? ratio.toString() : value.toPlainString() + " " + unit.name().toLowerCase(java.util.Locale.ROOT);
    }
}
