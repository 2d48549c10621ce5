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
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junheng.core.gen.DomainGens;
import org.junheng.core.gen.Properties;
import org.junheng.core.sample.SampleCounty;
import org.junit.jupiter.api.Test;

/**
 * The students' columns give back exactly the records put in, whatever their texts and dates, however
 * they were added; and the column reads the checks use agree with the records.
 */
class StudentListTest {
    private static final int PAGE = StudentList.PAGE_SIZE;

    @Test
    void aListGivesBackEveryStudentPutIn() {
        Properties.qt().forAll(lists().of(DomainGens.studentsAtTheEdges()).ofSizeBetween(0, 60))
                .checkAssert(students -> {
                    StudentList list = StudentList.copyOf(students);
                    assertEquals(students, list);
                    assertEquals(students.hashCode(), list.hashCode());
                    for (int i = 0; i < students.size(); i++) {
                        assertEquals(students.get(i), list.get(i));
                        assertEquals(students.get(i).toString(), list.get(i).toString());
                    }
                });
    }

    @Test
    void columnReadsAgreeWithTheRecords() {
        LocalDate[] days = {LocalDate.MIN, LocalDate.ofEpochDay(Integer.MIN_VALUE), LocalDate.of(2000, 1, 1),
            DomainGens.AS_OF, LocalDate.ofEpochDay(Integer.MAX_VALUE), LocalDate.MAX};
        Properties.qt().forAll(lists().of(DomainGens.studentsAtTheEdges()).ofSizeBetween(1, 40))
                .checkAssert(students -> {
                    StudentList list = StudentList.copyOf(students);
                    for (int i = 0; i < students.size(); i++) {
                        Student s = students.get(i);
                        assertEquals(s.id(), list.idAt(i));
                        assertEquals(s.schoolId(), list.schoolIdAt(i));
                        assertEquals(s.stage(), list.stageAt(i));
                        assertEquals(s.birthDate(), list.dateAt(i, StudentList.BIRTH));
                        assertEquals(s.enrolmentDate(), list.dateAt(i, StudentList.ENROLMENT));
                        assertEquals(s.disabilityCertificateFrom(), list.dateAt(i, StudentList.CERTIFICATE_FROM));
                        assertEquals(s.disabilityCertificateUntil(), list.dateAt(i, StudentList.CERTIFICATE_UNTIL));
                        assertEquals(s.adultDiplomaDate(), list.dateAt(i, StudentList.ADULT_DIPLOMA));
                        for (LocalDate day : days) {
                            assertEquals(s.hasDisabilityCertificateOn(day), list.hasDisabilityCertificateOn(i, day));
                            assertEquals(s.birthDate().isAfter(day), list.dateAfter(i, StudentList.BIRTH, day));
                            assertEquals(s.enrolmentDate() != null && s.enrolmentDate().isAfter(day),
                                    list.dateAfter(i, StudentList.ENROLMENT, day));
                        }
                        for (int j = 0; j < students.size(); j++) {
                            boolean same = s.id().equals(students.get(j).id());
                            assertEquals(same, list.sameId(i, j), s.id() + " / " + students.get(j).id());
                            if (same) {
                                assertEquals(list.idHash(i), list.idHash(j));
                            }
                        }
                    }
                });
    }

    /** Students 0 .. n-1 of a long list, made from the sample county's, with IDs of their own. */
    private static List<Student> many(int n) {
        List<Student> sample = SampleCounty.dataSet().students();
        List<Student> students = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            students.add(sample.get(i % sample.size()).toBuilder().id("X" + i).build());
        }
        return students;
    }

    @Test
    void addingListsAtAnyBoundaryKeepsTheOrder() {
        // pieces of every size around a page: some builders are at a page boundary when a list comes, most not
        List<Student> all = many(4 * PAGE + 37);
        Properties.qt().forAll(lists().of(integers().between(0, PAGE + 3)).ofSizeBetween(1, 6))
                .checkAssert(cuts -> {
                    StudentList.Builder b = StudentList.builder();
                    List<Student> expected = new ArrayList<>();
                    int at = 0;
                    boolean asList = false;
                    for (int cut : cuts) {
                        List<Student> piece = all.subList(at, Math.min(all.size(), at + cut));
                        at += piece.size();
                        if (asList) {
                            b.addAll(StudentList.copyOf(piece));
                        } else {
                            b.addAll(piece);
                        }
                        asList = !asList;
                        expected.addAll(piece);
                    }
                    StudentList built = b.build();
                    assertEquals(expected.size(), b.size());
                    assertEquals(expected, built);
                });
    }

    @Test
    void aFullPageAddedAtABoundaryIsSharedNotCopied() {
        StudentList pages = StudentList.copyOf(many(2 * PAGE + 5));
        StudentList.Builder b = StudentList.builder();
        b.addAll(pages);
        StudentList copy = b.build();
        assertEquals(pages, copy);
        assertSame(pageOf(pages, 0), pageOf(copy, 0));
        assertSame(pageOf(pages, 1), pageOf(copy, 1));
        // a page filled by adding records is a boundary too
        StudentList.Builder filled = StudentList.builder().addAll(many(PAGE));
        filled.addAll(pages);
        assertSame(pageOf(pages, 0), pageOf(filled.build(), 1));
        assertEquals(pages, filled.build().subList(PAGE, PAGE + pages.size()));
        // off a boundary the rows are copied
        StudentList.Builder off = StudentList.builder().add(many(1).get(0));
        off.addAll(pages);
        assertNotSame(pageOf(pages, 0), pageOf(off.build(), 1));
        assertEquals(pages, off.build().subList(1, 1 + pages.size()));
    }

    private static Object pageOf(StudentList list, int page) {
        try {
            var field = StudentList.class.getDeclaredField("pages");
            field.setAccessible(true);
            return ((Object[]) field.get(list))[page];
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aBuilderGoesOnAfterBuildWithoutChangingWhatItBuilt() {
        List<Student> students = many(PAGE + 10);
        StudentList.Builder b = StudentList.builder();
        List<StudentList> built = new ArrayList<>();
        for (int i = 0; i < students.size(); i++) {
            b.add(students.get(i));
            if (i % 997 == 0 || i == PAGE - 1 || i == PAGE) {
                built.add(b.build());
            }
        }
        for (StudentList list : built) {
            assertEquals(students.subList(0, list.size()), list);
        }
        assertEquals(students, b.build());
    }

    @Test
    void nullIsRefusedAndTheListCannotChange() {
        StudentList.Builder b = StudentList.builder();
        assertThrows(NullPointerException.class, () -> b.add(null));
        assertThrows(IllegalArgumentException.class, () -> b.addAll(Arrays.asList(many(1).get(0), null)));
        assertEquals(0, b.size()); // nothing of a refused collection was added
        StudentList list = StudentList.copyOf(many(3));
        assertThrows(UnsupportedOperationException.class, () -> list.add(many(1).get(0)));
        assertThrows(UnsupportedOperationException.class, () -> list.remove(0));
        assertThrows(IndexOutOfBoundsException.class, () -> list.get(3));
        assertThrows(IndexOutOfBoundsException.class, () -> list.get(-1));
        assertTrue(StudentList.of().isEmpty());
    }

    @Test
    void aDataSetHoldsItsStudentsAsAListAndKeepsThemThroughItsBuilder() {
        DataSet data = SampleCounty.dataSet();
        assertTrue(data.students() instanceof StudentList);
        DataSet copy = data.toBuilder().build();
        assertEquals(data, copy);
        assertEquals(data.hashCode(), copy.hashCode());
        List<Student> records = new ArrayList<>(data.students());
        DataSet fromRecords = DataSet.builder(data.name(), data.asOf()).addAll(Jurisdiction.class, data.jurisdictions())
                .addAll(School.class, data.schools()).addAll(SchoolResources.class, data.resources())
                .addAll(SchoolClass.class, data.classes()).addAll(Teacher.class, data.teachers())
                .addAll(ServicePeriod.class, data.servicePeriods()).addAll(RotationMove.class, data.rotations())
                .addAll(Student.class, records).addAll(FundingRecord.class, data.funding())
                .addAll(SchoolFunding.class, data.schoolFunding()).addAll(PostAllocation.class, data.posts()).build();
        assertEquals(data, fromRecords);
    }
}
