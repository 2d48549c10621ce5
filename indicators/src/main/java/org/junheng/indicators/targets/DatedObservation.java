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
import java.time.LocalDate;
import org.junheng.core.internal.Checks;
import org.junheng.core.model.DatedValue;
import org.junheng.core.value.Ratio;

/**
 * An observation with the date it describes and where it comes from: a snapshot of a series (computed
 * from its records) or a dated value. A target is judged only on observations dated within its window.
 * Immutable and thread-safe.
 *
 * @param observation the value observed
 * @param date the date it describes
 * @param source where it comes from, such as {@code "snapshot 2025-09-01"} or a bulletin's name
 */
public record DatedObservation(Observation observation, LocalDate date, String source) {

    /** Refuses a null observation or date and a blank source. */
    public DatedObservation {
        Checks.notNull(observation, "observation");
        Checks.notNull(date, "date");
        Checks.notBlank(source, "source");
    }

    /**
     * A dated value read in a target's unit: a rate in percent (such as {@code 85.3}) becomes the exact
     * ratio 853/1000; anything else is kept as it is.
     */
    public static DatedObservation of(DatedValue value, Target.Unit unit) {
        Checks.notNull(value, "value");
        Checks.notNull(unit, "unit");
        if (unit != Target.Unit.PERCENT) {
            return new DatedObservation(Observation.of(value.indicator(), unit, value.value()), value.date(), value.source());
        }
        BigDecimal fraction = value.value().movePointLeft(2);
        if (fraction.scale() < 0) {
            fraction = fraction.setScale(0);
        }
        Ratio ratio = Ratio.of(fraction.unscaledValue(), BigInteger.TEN.pow(fraction.scale()));
        return new DatedObservation(Observation.ofRate(value.indicator(), ratio), value.date(), value.source());
    }

    /** {@code "85.3% on 2025-09-01 (snapshot 2025-09-01)"}. */
    @Override
    public String toString() {
        return observation + " on " + date + " (" + source + ")";
    }
}
