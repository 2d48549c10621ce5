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
package org.junheng.indicators.balance;

import java.util.List;
import java.util.Optional;
import org.junheng.core.internal.Checks;
import org.junheng.core.model.Stage;
import org.junheng.indicators.rules.Finding;

/**
 * One school section (a primary or junior section of a school) assessed on the seven resource
 * indicators of BAL-1, with the BAL-2 verdict: at least 6 of 7 indicators meet their threshold and the
 * rest reach at least 85% of theirs. Immutable and thread-safe.
 *
 * @param schoolId the school
 * @param schoolName its name
 * @param stage the section
 * @param students the section's enrolled students
 * @param values the indicators that could be computed, in the order of {@link ResourceIndicator}; the
 *     four resource indicators are missing when the section has no resources record
 * @param bal2 the BAL-2 verdict with the indicators that fail and by how much
 */
public record SchoolAssessment(String schoolId, String schoolName, Stage stage, long students,
        List<IndicatorValue> values, Finding bal2) {

    /**
     * Refuses a blank school ID and a null stage or BAL-2 finding; copies {@code values}, which must
     * hold no null.
     */
    public SchoolAssessment {
        Checks.notBlank(schoolId, "schoolId");
        Checks.notNull(stage, "stage");
        values = List.copyOf(values);
        Checks.notNull(bal2, "bal2");
    }

    /** The value of one indicator, if it could be computed. */
    public Optional<IndicatorValue> value(ResourceIndicator indicator) {
        return values.stream().filter(v -> v.indicator() == indicator).findFirst();
    }

    /** The indicators that miss their threshold. */
    public List<IndicatorValue> failing() {
        return values.stream().filter(v -> !v.meets()).toList();
    }
}
