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
import org.junheng.core.value.Money;

/**
 * One school's public-funds budget and teacher-training spending in one budget year (FIN-4: training
 * at least 5% of the public-funds budget). Immutable and thread-safe.
 *
 * @param schoolId the school
 * @param year the budget year
 * @param publicFundsBudget the annual public-funds budget (公用经费预算总额)
 * @param teacherTraining spending on teacher training
 */
public record SchoolFunding(String schoolId, int year, Money publicFundsBudget, Money teacherTraining) {

    /** Checks the school ID, that the year is 1949 to 9999, and that both amounts are present and at least 0. */
    public SchoolFunding {
        Checks.notBlank(schoolId, "schoolId");
        Checks.inRange(year, 1949, 9999, "year");
        Checks.notNull(publicFundsBudget, "publicFundsBudget");
        Checks.notNull(teacherTraining, "teacherTraining");
        Checks.check(!publicFundsBudget.isNegative(), "publicFundsBudget (%s) must be >= 0", publicFundsBudget);
        Checks.check(!teacherTraining.isNegative(), "teacherTraining (%s) must be >= 0", teacherTraining);
    }
}
