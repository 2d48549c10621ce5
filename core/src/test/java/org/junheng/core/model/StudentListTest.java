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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junheng.core.gen.DomainGens;
import org.junheng.core.gen.Properties;
import org.junheng.core.internal.StudentColumns;
import org.junheng.core.internal.StudentRow;
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

    /** Epoch days around a birth on day 100 (or 200), and none. */
    private static final int[] ROW_DAYS = {StudentRow.NO_DATE, 99, 100, 101, 200, 300};

    /** A reader's row of the choices in {@code picks} (13 of them), each field at and around its checks' edges. */
    private static StudentRow row(List<Integer> picks) {
        StudentRow row = new StudentRow();
        byte[] id = ("P" + picks.get(0)).getBytes(StandardCharsets.ISO_8859_1);
        row.idBytes = id;
        row.idFrom = 0;
        row.idTo = id.length;
        switch (picks.get(1) % 3) {
            case 0 -> {
                row.nameBytes = "xAnnx".getBytes(StandardCharsets.ISO_8859_1);
                row.nameFrom = 1;
                row.nameTo = 4;
            }
            case 1 -> row.name = "张三";
            default -> { } // none
        }
        row.schoolId = picks.get(2) % 3 == 0 ? null : "S" + picks.get(2) % 3;
        row.stage = Stage.values()[picks.get(3) % Stage.values().length];
        row.grade = picks.get(4) % 9 - 1;
        row.gender = Gender.values()[picks.get(5) % 2];
        row.familyStatus = FamilyStatus.values()[picks.get(6) % FamilyStatus.values().length];
        row.householdRegistration = picks.get(7) % 2 == 0 ? null : DivisionCode.of("210199");
        row.boarding = picks.get(7) % 3 == 0;
        row.homeTaught = picks.get(7) % 5 == 0;
        row.familyInHardship = picks.get(7) % 7 == 0;
        row.disabledFamilyMember = picks.get(7) % 11 == 0;
        row.specialHardshipInEnrolmentYear = picks.get(7) % 13 == 0;
        row.birthDate = picks.get(8) % 2 == 0 ? 100 : 200;
        row.enrolmentDate = ROW_DAYS[picks.get(9) % ROW_DAYS.length];
        row.disabilityCertificateFrom = ROW_DAYS[picks.get(10) % ROW_DAYS.length];
        row.disabilityCertificateUntil = ROW_DAYS[picks.get(11) % ROW_DAYS.length];
        row.adultDiplomaDate = ROW_DAYS[picks.get(12) % ROW_DAYS.length];
        return row;
    }

    private static LocalDate day(int epochDay) {
        return epochDay == StudentRow.NO_DATE ? null : LocalDate.ofEpochDay(epochDay);
    }

    /** The student the constructor makes of the row's fields; null when it refuses them. */
    private static Student student(StudentRow r) {
        String name = r.name != null ? r.name
                : r.nameBytes == null ? null : new String(r.nameBytes, r.nameFrom, r.nameTo - r.nameFrom,
                        StandardCharsets.ISO_8859_1);
        try {
            return new Student(new String(r.idBytes, r.idFrom, r.idTo - r.idFrom, StandardCharsets.ISO_8859_1),
                    name, r.schoolId, r.stage, r.grade, r.gender, day(r.birthDate), day(r.enrolmentDate),
                    r.householdRegistration, r.boarding, r.homeTaught, day(r.disabilityCertificateFrom),
                    day(r.disabilityCertificateUntil), r.familyStatus, r.familyInHardship, r.disabledFamilyMember,
                    r.specialHardshipInEnrolmentYear, day(r.adultDiplomaDate));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Test
    void aReadersRowIsAddedExactlyWhenItsStudentPassesTheChecks() {
        Properties.qt().withExamples(1000)
                .forAll(lists().of(lists().of(integers().between(0, 1000)).ofSize(13)).ofSizeBetween(1, 8))
                .checkAssert(rows -> {
                    StudentList.Builder builder = StudentList.builder();
                    List<Student> expected = new ArrayList<>();
                    for (List<Integer> picks : rows) {
                        StudentRow row = row(picks);
                        Student s = student(row);
                        assertEquals(s != null, row.addTo(builder), () -> String.valueOf(s));
                        if (s != null) {
                            expected.add(s);
                        }
                        assertEquals(expected.size(), builder.size());
                    }
                    StudentList list = builder.build();
                    assertEquals(expected, list);
                    assertEquals(StudentList.copyOf(expected), list);
                });
    }

    @Test
    void aRowWithADayAtTheListsOwnMarkIsRefusedAndTheStudentStillFits() {
        for (int which = 0; which < 5; which++) {
            StudentRow row = row(List.of(1, 2, 1, Stage.PRIMARY.ordinal(), 4, 0, 0, 0, 0, 0, 0, 0, 0));
            int wide = Integer.MIN_VALUE + 1;
            switch (which) {
                case 0 -> row.birthDate = wide;
                case 1 -> row.enrolmentDate = wide;
                case 2 -> row.disabilityCertificateFrom = wide;
                case 3 -> row.disabilityCertificateUntil = wide;
                default -> row.adultDiplomaDate = wide;
            }
            StudentList.Builder builder = StudentList.builder();
            assertEquals(false, row.addTo(builder), "date " + which);
            assertEquals(0, builder.size());
            Student s = student(row);
            if (s != null) {
                // the ordinary way keeps such a date aside, whole
                assertEquals(List.of(s), builder.add(s).build());
            }
        }
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
                        assertColumnViewAgrees(s, StudentColumns.of(list), i);
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

    /** The indicators' view of the columns answers as the student does, field by field. */
    private static void assertColumnViewAgrees(Student s, StudentColumns view, int i) {
        assertEquals(s.id(), view.id(i));
        assertEquals(s.schoolId(), view.schoolId(i));
        assertEquals(s.stage(), view.stage(i));
        assertEquals(s.householdRegistration(), view.householdRegistration(i));
        assertEquals(s.boarding(), view.boarding(i));
        assertEquals(s.familyStatus(), view.familyStatus(i));
        assertEquals(s.familyInHardship(), view.familyInHardship(i));
        assertEquals(s.disabledFamilyMember(), view.disabledFamilyMember(i));
        assertEquals(s.disabilityCertificateFrom() != null, view.hasDisabilityCertificate(i));
        assertEquals(s.adultDiplomaDate() != null, view.hasAdultDiploma(i));
    }

    @Test
    void theColumnViewIsOnlyForAListAndKeepsToItsSize() {
        StudentList list = StudentList.copyOf(many(3));
        StudentColumns view = StudentColumns.of(list);
        assertEquals("X2", view.id(2));
        assertThrows(IndexOutOfBoundsException.class, () -> view.stage(3));
        assertThrows(IndexOutOfBoundsException.class, () -> view.boarding(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> view.hasAdultDiploma(3));
        assertNull(StudentColumns.of(new ArrayList<>(list)), "not a StudentList: no view");
        assertThrows(IllegalStateException.class, () -> StudentColumns.install(l -> null), "installed once");
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
    void addingListsCopiesEveryColumnAndEveryDateBeyondTheColumnOfDays() {
        // lists added one after another, so that all but the first are copied into pages already begun
        Properties.qt().forAll(lists().of(lists().of(DomainGens.studentsAtTheEdges()).ofSizeBetween(0, 40))
                .ofSizeBetween(1, 5)).checkAssert(pieces -> {
                    StudentList.Builder b = StudentList.builder();
                    List<Student> expected = new ArrayList<>();
                    for (List<Student> piece : pieces) {
                        b.addAll(StudentList.copyOf(piece));
                        expected.addAll(piece);
                    }
                    assertEquals(expected, b.build());
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
