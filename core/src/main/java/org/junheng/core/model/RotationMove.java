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
import org.junheng.core.value.SchoolYear;

/**
 * One teacher's exchange (交流轮岗) from one school to another in a school year, planned or done: the
 * record that the rotation quotas (ROT-1 to ROT-3) count and the plan checks judge.
 * Immutable and thread-safe.
 *
 * @param teacherId the teacher
 * @param fromSchoolId the school the teacher leaves
 * @param toSchoolId the school the teacher goes to; another school
 * @param schoolYear the school year of the move
 */
public record RotationMove(String teacherId, String fromSchoolId, String toSchoolId, SchoolYear schoolYear) {

    /** Checks that the IDs are not blank, the school year is present, and the two schools differ. */
    public RotationMove {
        Checks.notBlank(teacherId, "teacherId");
        Checks.notBlank(fromSchoolId, "fromSchoolId");
        Checks.notBlank(toSchoolId, "toSchoolId");
        Checks.notNull(schoolYear, "schoolYear");
        Checks.check(!fromSchoolId.equals(toSchoolId), "toSchoolId (%s) must differ from fromSchoolId", toSchoolId);
    }
}
