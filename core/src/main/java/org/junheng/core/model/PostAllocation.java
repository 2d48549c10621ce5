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
 * The senior and middle-grade teacher posts (高级、中级岗位) set in a school year: a school's own, or,
 * with no school, the posts a county holds back for central allocation (统筹调配). The record that ROT-9
 * (PJ22 四(七)4) judges: remote and weak schools' share of such posts, and the county's reserve.
 * Immutable and thread-safe.
 *
 * @param jurisdiction the county the posts belong to
 * @param schoolId the school, or {@code null} for the county's centrally held reserve
 * @param schoolYear the school year
 * @param seniorPosts senior (副高级 and 正高级) posts, at least 0
 * @param middlePosts middle-grade (中级) posts, at least 0
 */
public record PostAllocation(DivisionCode jurisdiction, String schoolId, SchoolYear schoolYear, long seniorPosts,
        long middlePosts) {

    /**
     * Checks the jurisdiction and school year, that a school ID is not blank when given, and that the post
     * counts are at least 0.
     */
    public PostAllocation {
        Checks.notNull(jurisdiction, "jurisdiction");
        Checks.check(schoolId == null || !schoolId.isBlank(), "schoolId must not be blank");
        Checks.notNull(schoolYear, "schoolYear");
        Checks.nonNegative(seniorPosts, "seniorPosts");
        Checks.nonNegative(middlePosts, "middlePosts");
    }

    /** Whether these are the county's posts held back for central allocation. */
    public boolean reserved() {
        return schoolId == null;
    }

    /** Senior and middle posts together. */
    public long posts() {
        return seniorPosts + middlePosts;
    }
}
