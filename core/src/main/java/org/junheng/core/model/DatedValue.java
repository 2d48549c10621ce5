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
package org.junheng.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junheng.core.internal.Checks;

/**
 * A value observed on a date for what no record holds (schools built, lessons made, a rate taken from a
 * bulletin): the indicator or measure it is of, the number in that indicator's unit (a rate in percent,
 * such as {@code 85.3}), the date it describes, and where it comes from. Immutable and thread-safe.
 *
 * @param indicator the indicator or measure key, as the target catalog names it
 * @param value the value, exact, in the indicator's unit
 * @param date the date the value describes (统计时点), not the date it was published
 * @param source where it comes from: a bulletin, a report, a survey; never blank
 */
public record DatedValue(String indicator, BigDecimal value, LocalDate date, String source) {

    /** Checks that the indicator and source are not blank and that the value and date are present. */
    public DatedValue {
        Checks.notBlank(indicator, "indicator");
        Checks.notNull(value, "value");
        Checks.notNull(date, "date");
        Checks.notBlank(source, "source");
    }

    /** {@code "newQualitySchools 25 on 2024-12-31 (SY24 年度报告)"}. */
    @Override
    public String toString() {
        return indicator + " " + value.toPlainString() + " on " + date + " (" + source + ")";
    }
}
