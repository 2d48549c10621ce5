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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.School;
import org.junheng.core.model.SchoolFunding;

/**
 * Public funds per student (生均公用经费) school by school, the variable of the BAL-7 gaps and of the Lorenz
 * curves: each school's public funds budget of its latest funding year over its students. A school without
 * a funding record, without students or with no public funds is counted in {@code left}, never as a zero.
 * Immutable.
 *
 * @param schools the schools with a value, in the data set's order
 * @param left how many schools have no value
 */
public record PublicFundsPerStudent(List<SchoolValue> schools, int left) {

    /**
     * One school's value.
     *
     * @param school the school
     * @param perStudent its public funds per student, in yuan (a statistic, so a double)
     * @param students its students, the weight
     */
    public record SchoolValue(School school, double perStudent, long students) {
    }

    /** Copies the list. */
    public PublicFundsPerStudent {
        schools = List.copyOf(schools);
    }

    /** The values of every school of {@code data}. */
    public static PublicFundsPerStudent of(DataSet data) {
        Map<String, SchoolFunding> latest = new HashMap<>();
        for (SchoolFunding f : data.schoolFunding()) {
            latest.merge(f.schoolId(), f, (a, b) -> a.year() >= b.year() ? a : b);
        }
        List<SchoolValue> values = new ArrayList<>();
        int left = 0;
        for (School s : data.schools()) {
            SchoolFunding f = latest.get(s.id());
            long n = data.studentCount(s.id());
            if (f == null || n == 0 || f.publicFundsBudget().isZero()) {
                left++;
            } else {
                values.add(new SchoolValue(s, f.publicFundsBudget().yuan().doubleValue() / n, n));
            }
        }
        return new PublicFundsPerStudent(values, left);
    }
}
