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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junheng.core.gen.DomainGens;
import org.junheng.core.gen.Properties;
import org.junheng.core.sample.SampleCounty;
import org.junheng.core.value.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * The uniqueness check against a naive reference: a HashSet of the keys' texts, in record order. The keys
 * are drawn from a few values so that most lists repeat some, and include strings with equal hash codes
 * ("Aa" and "BB") so that the check's hash comparison is not enough on its own.
 */
class DataSetChecksTest {
    private static final String[] KEYS = {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "S1", "S1/PRIMARY", "S1/",
        "学校1", "", "s1"};

    private static int between(RandomnessSource in, int min, int max) {
        return integers().between(min, max).generate(in);
    }

    private static String key(RandomnessSource in) {
        return between(in, 0, 3) == 0 ? "K" + between(in, 0, 1_000_000) : KEYS[between(in, 0, KEYS.length - 1)];
    }

    /** A key that a record accepts as a school ID (not blank). */
    private static String schoolId(RandomnessSource in) {
        String key = key(in);
        return key.isEmpty() ? "S" : key;
    }

    private static <T> Gen<List<T>> lists(Function<RandomnessSource, T> element) {
        return in -> {
            int n = between(in, 0, 200);
            List<T> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(element.apply(in));
            }
            return list;
        };
    }

    /** The naive check: every record whose key's text an earlier record has, as the check words it. */
    private static <T> List<DataSetChecks.Finding> naive(RecordType type, List<T> records, Function<T, String> key,
            String field) {
        Set<String> seen = new HashSet<>();
        List<DataSetChecks.Finding> found = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            String k = key.apply(records.get(i));
            if (!seen.add(k)) {
                found.add(new DataSetChecks.Finding(type, i, field, k,
                        "a unique " + field + "; this one is already used by an earlier record"));
            }
        }
        return found;
    }

    @Test
    void uniqueIdsReportExactlyTheRepeatsANaiveSetFinds() {
        Properties.qt().forAll(lists(DataSetChecksTest::key)).checkAssert(ids -> assertEquals(
                naive(RecordType.STUDENTS, ids, Function.identity(), "id"),
                DataSetChecks.unique(RecordType.STUDENTS, ids, DataSetChecks.Key.of(Function.identity()), "id")));
    }

    @Test
    void uniqueIdsByPartitionsReportExactlyTheRepeatsANaiveSetFinds() {
        // few records in many partitions: most partitions hold a handful, some none
        Properties.qt().forAll(lists(DataSetChecksTest::key), integers().between(1, 6)).checkAssert((ids, bits) -> {
            assertEquals(naive(RecordType.STUDENTS, ids, Function.identity(), "id"),
                    DataSetChecks.uniqueByPartitions(RecordType.STUDENTS, ids.size(),
                            DataSetChecks.positions(ids, DataSetChecks.Key.of(Function.identity())), "id", bits));
        });
    }

    @Test
    void aListLargeEnoughForPartitionsLosesNoRepeat() {
        int n = DataSetChecks.PARTITIONED_FROM + 1000;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(i % 10 == 9 ? "P" + (i * 7919 % (i - 1)) : "P" + i);
        }
        List<DataSetChecks.Finding> found =
                DataSetChecks.unique(RecordType.STUDENTS, ids, DataSetChecks.Key.of(Function.identity()), "id");
        assertEquals(naive(RecordType.STUDENTS, ids, Function.identity(), "id"), found);
        assertTrue(found.size() > n / 20);
    }

    @Test
    void manyRecordsFillTheTableWithoutLosingARepeat() {
        // 100,000 keys, every tenth a repeat of an earlier one: many probes run through occupied slots
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(i % 10 == 9 ? "P" + (i * 7919 % (i - 1)) : "P" + i);
        }
        List<DataSetChecks.Finding> found =
                DataSetChecks.unique(RecordType.STUDENTS, ids, DataSetChecks.Key.of(Function.identity()), "id");
        assertEquals(naive(RecordType.STUDENTS, ids, Function.identity(), "id"), found);
        assertFalse(found.isEmpty());
    }

    @Test
    void BAL_1_resourceKeysAgreeWithTheirText() {
        Properties.qt().forAll(lists(in -> new SchoolResources(schoolId(in), Stage.values()[between(in, 0, 2)],
                BigDecimal.ZERO, BigDecimal.ZERO, Money.ZERO, 0, 0, 0))).checkAssert(rs -> assertEquals(
                        naive(RecordType.RESOURCES, rs, r -> r.schoolId() + "/" + r.stage(), "schoolId, stage"),
                        DataSetChecks.unique(RecordType.RESOURCES, rs, DataSetChecks.RESOURCES, "schoolId, stage")));
    }

    @Test
    void schoolFundingKeysAgreeWithTheirText() {
        Properties.qt().forAll(lists(in -> new SchoolFunding(schoolId(in),
                between(in, 2020, 2022), Money.ZERO, Money.ZERO))).checkAssert(fs -> assertEquals(
                        naive(RecordType.SCHOOL_FUNDING, fs, f -> f.schoolId() + "/" + f.year(), "schoolId, year"),
                        DataSetChecks.unique(RecordType.SCHOOL_FUNDING, fs, DataSetChecks.SCHOOL_FUNDING,
                                "schoolId, year")));
    }

    @Test
    void repeatedStudentsOfAGeneratedDataSetAreEachReportedInOrder() {
        Properties.qt().forAll(DomainGens.dataSets(), integers().between(1, 30)).checkAssert((data, copies) -> {
            List<Student> students = data.students();
            if (students.isEmpty()) {
                return;
            }
            DataSet.Builder b = data.toBuilder();
            List<String> ids = new ArrayList<>(students.stream().map(Student::id).toList());
            for (int i = 0; i < copies; i++) {
                Student repeat = students.get(i * 7 % students.size());
                b.add(repeat);
                ids.add(repeat.id());
            }
            List<DataProblem> expected = naive(RecordType.STUDENTS, ids, Function.identity(), "id").stream()
                    .map(f -> new DataProblem("data set", "students[" + f.index() + "]", f.field(), f.value(),
                            f.expected()))
                    .toList();
            assertEquals(expected, assertThrows(InvalidDataException.class, b::build).problems());
        });
    }

    @Test
    void studentCountsPerSchoolAgreeWithCountingTheStudents() {
        Properties.qt().forAll(DomainGens.dataSets()).checkAssert(data -> {
            for (School school : data.schools()) {
                long total = 0;
                for (Stage stage : Stage.values()) {
                    long n = data.students().stream()
                            .filter(s -> school.id().equals(s.schoolId()) && s.stage() == stage).count();
                    assertEquals(n, data.studentCount(school.id(), stage), school.id() + " " + stage);
                    total += n;
                }
                assertEquals(total, data.studentCount(school.id()));
                assertEquals(data.students().stream().filter(s -> school.id().equals(s.schoolId())
                        && s.hasDisabilityCertificateOn(data.asOf())).count(), data.disabledStudentCount(school.id()));
            }
            for (Stage stage : Stage.values()) {
                assertEquals(data.students().stream().filter(s -> s.schoolId() == null && s.stage() == stage).count(),
                        data.studentCountWithoutSchool(stage));
            }
            assertEquals(0, data.studentCount("no such school"));
            assertEquals(0, data.disabledStudentCount("no such school"));
        });
    }

    @Test
    void problemsArePlacedOnTheBuildingThreadInTheirFixedOrder() {
        // a repeated school ID (a uniqueness problem) and a student of a missing school (a reference
        // problem), found by checks that run apart: the locator is asked on the calling thread only, uniqueness first
        School school = new School("S1", "S1", DivisionCode.of("210199"), SchoolType.PRIMARY, Ownership.PUBLIC, true,
                Location.RURAL, false, false, null, null, null, Set.of());
        Student lost = SampleCounty.dataSet().students().get(0).toBuilder().schoolId("S9").build();
        DataSet.Builder b = DataSet.builder("checks", DomainGens.AS_OF)
                .add(new Jurisdiction(DivisionCode.of("210199"), "县", null)).add(school).add(school)
                .add(lost);
        Thread caller = Thread.currentThread();
        List<String> asked = new ArrayList<>();
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> b.build((type, index) -> {
            assertEquals(caller, Thread.currentThread());
            asked.add(type.key() + "[" + index + "]");
            return new String[] {"test", type.key() + "[" + index + "]"};
        }));
        assertEquals(List.of("schools[1]", "students[0]"), asked);
        assertEquals(List.of("id", "schoolId"), e.problems().stream().map(DataProblem::field).toList());
    }
}
