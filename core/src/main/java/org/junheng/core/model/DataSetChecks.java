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

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The checks that span records: unique IDs and keys (case-sensitive, as written), references, stages
 * taught, and dates that contradict another record or the reference date (a service period before its
 * teacher's birth or after the date the data set describes).
 */
final class DataSetChecks {
    private final DataSet data;
    private final RecordLocator locator;
    private final List<DataProblem> problems = new ArrayList<>();

    DataSetChecks(DataSet data, RecordLocator locator) {
        this.data = data;
        this.locator = locator;
    }

    List<DataProblem> problems() {
        unique(RecordType.JURISDICTIONS, data.jurisdictions(), j -> j.code().value(), "code");
        unique(RecordType.SCHOOLS, data.schools(), School::id, "id");
        unique(RecordType.RESOURCES, data.resources(), r -> r.schoolId() + "/" + r.stage(), "schoolId, stage");
        unique(RecordType.CLASSES, data.classes(), SchoolClass::id, "id");
        unique(RecordType.TEACHERS, data.teachers(), Teacher::id, "id");
        unique(RecordType.STUDENTS, data.students(), Student::id, "id");
        unique(RecordType.FUNDING, data.funding(), f -> f.jurisdiction() + "/" + f.year(), "jurisdiction, year");
        unique(RecordType.SCHOOL_FUNDING, data.schoolFunding(), f -> f.schoolId() + "/" + f.year(), "schoolId, year");
        unique(RecordType.POSTS, data.posts(), p -> p.jurisdiction() + "/" + p.schoolId() + "/" + p.schoolYear(),
                "jurisdiction, schoolId, schoolYear");
        references();
        return problems;
    }

    /**
     * Reports every record whose key an earlier record already has. The set holds record positions, not
     * keys, in one int array: for the five million students of a province a HashSet of their IDs would
     * take some 200 MB at the moment the data set itself fills the heap.
     */
    private <T> void unique(RecordType type, List<T> records, Function<T, String> key, String field) {
        int n = records.size();
        int capacity = Integer.highestOneBit(Math.max(16, n * 2 - 1)) << 1;
        int[] table = new int[capacity]; // position + 1 of the first record with a key; 0 for an empty slot
        for (int i = 0; i < n; i++) {
            String k = key.apply(records.get(i));
            int slot = spread(k.hashCode()) & (capacity - 1);
            while (true) {
                int held = table[slot];
                if (held == 0) {
                    table[slot] = i + 1;
                    break;
                }
                if (key.apply(records.get(held - 1)).equals(k)) {
                    add(type, i, field, k, "a unique " + field + "; this one is already used by an earlier record");
                    break;
                }
                slot = (slot + 1) & (capacity - 1);
            }
        }
    }

    /** Mixes the high bits of a hash into the low ones, which pick the slot. */
    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private void references() {
        List<Jurisdiction> js = data.jurisdictions();
        for (int i = 0; i < js.size(); i++) {
            DivisionCode parent = js.get(i).parent();
            if (parent != null && data.jurisdiction(parent).isEmpty()) {
                add(RecordType.JURISDICTIONS, i, "parent", parent.value(), "the code of a jurisdiction in the data set");
            }
        }
        List<School> schools = data.schools();
        for (int i = 0; i < schools.size(); i++) {
            School s = schools.get(i);
            jurisdiction(RecordType.SCHOOLS, i, "jurisdiction", s.jurisdiction());
            if (s.pairedWith() != null) {
                school(RecordType.SCHOOLS, i, "pairedWith", s.pairedWith());
            }
        }
        List<SchoolResources> resources = data.resources();
        for (int i = 0; i < resources.size(); i++) {
            section(RecordType.RESOURCES, i, resources.get(i).schoolId(), resources.get(i).stage());
        }
        List<SchoolClass> classes = data.classes();
        for (int i = 0; i < classes.size(); i++) {
            section(RecordType.CLASSES, i, classes.get(i).schoolId(), classes.get(i).stage());
        }
        List<Teacher> teachers = data.teachers();
        for (int i = 0; i < teachers.size(); i++) {
            Teacher t = teachers.get(i);
            notAfterReferenceDate(RecordType.TEACHERS, i, "birthDate", t.birthDate());
            notAfterReferenceDate(RecordType.TEACHERS, i, "hireDate", t.hireDate());
            notAfterReferenceDate(RecordType.TEACHERS, i, "currentSchoolSince", t.currentSchoolSince());
            if (t.section() == null) {
                school(RecordType.TEACHERS, i, "schoolId", t.schoolId());
            } else {
                section(RecordType.TEACHERS, i, t.schoolId(), t.section());
            }
        }
        List<ServicePeriod> periods = data.servicePeriods();
        for (int i = 0; i < periods.size(); i++) {
            ServicePeriod p = periods.get(i);
            var teacher = data.teacher(p.teacherId());
            if (teacher.isEmpty()) {
                add(RecordType.SERVICE_PERIODS, i, "teacherId", p.teacherId(), "the ID of a teacher in the data set");
            } else if (!p.from().isAfter(teacher.get().birthDate())) {
                // a period of service that starts before its teacher was born contradicts the teacher's record
                add(RecordType.SERVICE_PERIODS, i, "from", p.from().toString(),
                        "a date after teacher " + p.teacherId() + "'s birth date " + teacher.get().birthDate());
            }
            // a planned end may lie ahead; a start after the reference date is not yet a fact
            notAfterReferenceDate(RecordType.SERVICE_PERIODS, i, "from", p.from());
            if (p.schoolId() != null) {
                school(RecordType.SERVICE_PERIODS, i, "schoolId", p.schoolId());
            }
        }
        List<RotationMove> moves = data.rotations();
        for (int i = 0; i < moves.size(); i++) {
            RotationMove m = moves.get(i);
            if (data.teacher(m.teacherId()).isEmpty()) {
                add(RecordType.ROTATIONS, i, "teacherId", m.teacherId(), "the ID of a teacher in the data set");
            }
            school(RecordType.ROTATIONS, i, "fromSchoolId", m.fromSchoolId());
            school(RecordType.ROTATIONS, i, "toSchoolId", m.toSchoolId());
        }
        List<Student> students = data.students();
        for (int i = 0; i < students.size(); i++) {
            Student s = students.get(i);
            if (s.schoolId() != null) {
                section(RecordType.STUDENTS, i, s.schoolId(), s.stage());
            }
            notAfterReferenceDate(RecordType.STUDENTS, i, "birthDate", s.birthDate());
            if (s.enrolmentDate() != null) {
                notAfterReferenceDate(RecordType.STUDENTS, i, "enrolmentDate", s.enrolmentDate());
            }
        }
        List<FundingRecord> funding = data.funding();
        for (int i = 0; i < funding.size(); i++) {
            jurisdiction(RecordType.FUNDING, i, "jurisdiction", funding.get(i).jurisdiction());
        }
        List<SchoolFunding> schoolFunding = data.schoolFunding();
        for (int i = 0; i < schoolFunding.size(); i++) {
            school(RecordType.SCHOOL_FUNDING, i, "schoolId", schoolFunding.get(i).schoolId());
        }
        List<PostAllocation> posts = data.posts();
        for (int i = 0; i < posts.size(); i++) {
            PostAllocation p = posts.get(i);
            int at = i;
            jurisdiction(RecordType.POSTS, i, "jurisdiction", p.jurisdiction());
            if (p.schoolId() != null) {
                school(RecordType.POSTS, i, "schoolId", p.schoolId());
                data.school(p.schoolId()).filter(s -> !s.jurisdiction().equals(p.jurisdiction())).ifPresent(s -> add(
                        RecordType.POSTS, at, "jurisdiction", p.jurisdiction().value(), "the school's county "
                                + s.jurisdiction().value()));
            }
        }
    }

    /** A fact of the past (a birth, a hire) cannot lie after the date the data set describes. */
    private void notAfterReferenceDate(RecordType type, int index, String field, java.time.LocalDate date) {
        if (date.isAfter(data.asOf())) {
            add(type, index, field, date.toString(), "a date not after the data set's reference date " + data.asOf());
        }
    }

    private void jurisdiction(RecordType type, int index, String field, DivisionCode code) {
        if (data.jurisdiction(code).isEmpty()) {
            add(type, index, field, code.value(), "the code of a jurisdiction in the data set");
        }
    }

    private boolean school(RecordType type, int index, String field, String id) {
        if (data.school(id).isEmpty()) {
            add(type, index, field, id, "the ID of a school in the data set");
            return false;
        }
        return true;
    }

    private void section(RecordType type, int index, String schoolId, Stage stage) {
        if (school(type, index, "schoolId", schoolId)) {
            School school = data.school(schoolId).orElseThrow();
            if (!school.teaches(stage) && !(stage.isHigherEducation() && school.type() == SchoolType.HIGHER_EDUCATION)) {
                add(type, index, type == RecordType.TEACHERS ? "section" : "stage", stage.name(),
                        "a stage that school " + schoolId + " (" + school.type().name() + ") teaches: "
                                + school.type().stages());
            }
        }
    }

    private void add(RecordType type, int index, String field, String value, String expected) {
        String[] place = locator.locate(type, index);
        problems.add(new DataProblem(place[0], place[1], field, value, expected));
    }
}
