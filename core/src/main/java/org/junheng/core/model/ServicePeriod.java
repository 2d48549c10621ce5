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

import java.time.LocalDate;
import org.junheng.core.internal.Checks;

/**
 * A period in which a teacher taught at a rural or a weak school (乡村学校或办学条件薄弱学校), the evidence
 * for ROT-4 (1 year or more) and ROT-5 (3 years or more). Overlapping periods are merged by the
 * calculator, never counted twice. Immutable and thread-safe.
 *
 * @param teacherId the teacher
 * @param schoolId the school, when it is in the data set; optional
 * @param from the first day
 * @param until the last day, inclusive; optional (null while the period goes on)
 * @param rural whether the school was rural
 * @param weak whether the school was weak
 */
public record ServicePeriod(String teacherId, String schoolId, LocalDate from, LocalDate until, boolean rural,
        boolean weak) {

    /**
     * Checks the teacher ID and start date, that the end does not precede the start, and that the school
     * was rural or weak.
     */
    public ServicePeriod {
        Checks.notBlank(teacherId, "teacherId");
        Checks.notNull(from, "from");
        Checks.check(until == null || !until.isBefore(from), "until (%s) must not precede from (%s)", until, from);
        Checks.check(rural || weak, "a service period must be at a rural or a weak school (rural or weak true)");
    }
}
