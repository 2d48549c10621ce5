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

import org.junheng.core.internal.Checks;

/**
 * A class (教学班) of a school, for the class-size indicators (COV-5). Immutable and thread-safe.
 *
 * @param id unique ID in the data set
 * @param schoolId the school
 * @param stage the stage taught; the school must teach it
 * @param grade the grade within the stage, 1 to {@link Stage#maxGrade()}
 * @param size the number of pupils, at least 1
 */
public record SchoolClass(String id, String schoolId, Stage stage, int grade, int size) {

    /**
     * Checks the IDs, that the stage has grades, that the grade is 1 to the stage's highest, and that the
     * size is 1 to 10,000 pupils.
     */
    public SchoolClass {
        Checks.notBlank(id, "id");
        Checks.notBlank(schoolId, "schoolId");
        Checks.notNull(stage, "stage");
        Checks.check(stage.hasGrades(), "stage (%s) has no classes by grade", stage);
        Checks.inRange(grade, 1, stage.maxGrade(), "grade");
        Checks.inRange(size, 1, 10_000, "size");
    }
}
