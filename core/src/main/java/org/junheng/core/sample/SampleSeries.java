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
package org.junheng.core.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DataSetSeries;
import org.junheng.core.model.DatedValue;
import org.junheng.core.model.FundingRecord;
import org.junheng.core.model.School;
import org.junheng.core.model.SchoolClass;
import org.junheng.core.model.SchoolFunding;
import org.junheng.core.model.ServicePeriod;
import org.junheng.core.model.Student;
import org.junheng.core.model.Teacher;

/**
 * The sample county over three school years: the 2026 snapshot is {@link SampleCounty#dataSet()} itself;
 * the 2025 and 2024 snapshots are derived from it, one and two years back, so that targets change verdict
 * over time: fewer inclusive private schools (a fifth of today's more for each year back are not yet
 * inclusive), classes three pupils a year larger, and only the people and money already there on the
 * earlier reference date (teachers hired, students born or enrolled and funding years before it). The
 * rotation plan is 2026's only.
 */
final class SampleSeries {
    /** Pupils a class had more for each year back. */
    static final int LARGER_CLASSES_A_YEAR = 3;

    private SampleSeries() {
    }

    static DataSetSeries build(DataSet latest) {
        List<DataSet> snapshots = List.of(back(latest, 2), back(latest, 1), latest);
        return new DataSetSeries(latest.name(), snapshots, values());
    }

    /**
     * Dated values: the county's share of disabled students aided (AID-5) and schools built (TGT-1),
     * which no record holds, and class-size and resource rates from bulletins of 2019 to 2022, before the
     * first snapshot, for Shenyang's 2019-2022 targets (COV-5, COV-6, and the per-district COV-14), and the
     * staffing rate a county reports (COV-22).
     */
    private static List<DatedValue> values() {
        String bulletin = "示例县教育事业统计公报 sample county bulletin";
        String old = "示例县教育事业统计公报 (2019-2022) sample county bulletins";
        return List.of(
                new DatedValue("LARGE_CLASSES", new BigDecimal("0"), LocalDate.of(2019, 12, 31), old),
                // the district's own per-county targets (SY19 10: 各区、县(市)…不少于50%; LN23 §3: 以县为单位)
                new DatedValue("PRACTICE_CLASSROOM", new BigDecimal("38.5"), LocalDate.of(2020, 12, 31), old),
                new DatedValue("PRACTICE_CLASSROOM", new BigDecimal("46.7"), LocalDate.of(2022, 12, 31), old),
                new DatedValue("STAFFING_AT_STANDARD", new BigDecimal("100"), LocalDate.of(2026, 6, 30), bulletin),
                new DatedValue("QUALITY_RESOURCES", new BigDecimal("86.5"), LocalDate.of(2020, 12, 31), old),
                new DatedValue("QUALITY_RESOURCES", new BigDecimal("90"), LocalDate.of(2022, 12, 31), old),
                new DatedValue("PRIMARY_CLASSES_OVER_45", new BigDecimal("3.2"), LocalDate.of(2022, 12, 31), old),
                new DatedValue("disabledAidCoverage", new BigDecimal("92.5"), LocalDate.of(2024, 12, 31), bulletin),
                new DatedValue("disabledAidCoverage", new BigDecimal("97.0"), LocalDate.of(2025, 12, 31), bulletin),
                new DatedValue("schoolsBuiltOrExtended", new BigDecimal("1"), LocalDate.of(2024, 12, 31), bulletin),
                new DatedValue("schoolsBuiltOrExtended", new BigDecimal("3"), LocalDate.of(2025, 12, 31), bulletin));
    }

    /** The snapshot {@code years} school years before {@code latest}. */
    static DataSet back(DataSet latest, int years) {
        LocalDate asOf = latest.asOf().minusYears(years);
        DataSet.Builder b = DataSet.builder(latest.name(), asOf);
        latest.jurisdictions().forEach(b::add);
        List<School> inclusive = latest.schools().stream().filter(s -> s.inclusive() && !s.isPublic()).toList();
        Set<String> notYetInclusive = new HashSet<>();
        int drop = Math.max(1, inclusive.size() / 5) * years;
        for (int i = 0; i < drop && i < inclusive.size(); i++) {
            notYetInclusive.add(inclusive.get(i).id());
        }
        for (School s : latest.schools()) {
            b.add(notYetInclusive.contains(s.id()) ? new School(s.id(), s.name(), s.jurisdiction(), s.type(), s.ownership(),
                    false, s.location(), s.weak(), s.teachingPoint(), s.groupId(), s.allianceId(), s.pairedWith(),
                    s.features()) : s);
        }
        latest.resources().forEach(b::add);
        for (SchoolClass c : latest.classes()) {
            b.add(new SchoolClass(c.id(), c.schoolId(), c.stage(), c.grade(), c.size() + LARGER_CLASSES_A_YEAR * years));
        }
        Set<String> present = new HashSet<>();
        for (Teacher t : latest.teachers()) {
            if (!t.birthDate().isAfter(asOf) && !t.hireDate().isAfter(asOf) && !t.currentSchoolSince().isAfter(asOf)) {
                b.add(t);
                present.add(t.id());
            }
        }
        for (ServicePeriod p : latest.servicePeriods()) {
            if (present.contains(p.teacherId()) && !p.from().isAfter(asOf)) {
                b.add(p);
            }
        }
        for (Student s : latest.students()) {
            if (!s.birthDate().isAfter(asOf) && (s.enrolmentDate() == null || !s.enrolmentDate().isAfter(asOf))) {
                b.add(s);
            }
        }
        for (FundingRecord f : latest.funding()) {
            if (f.year() < asOf.getYear()) {
                b.add(f);
            }
        }
        List<SchoolFunding> funds = new ArrayList<>();
        for (SchoolFunding f : latest.schoolFunding()) {
            funds.add(new SchoolFunding(f.schoolId(), f.year() - years, f.publicFundsBudget(), f.teacherTraining()));
        }
        funds.forEach(b::add);
        return b.build();
    }
}
