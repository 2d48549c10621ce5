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

import java.time.LocalDate;
import java.util.Set;
import org.junheng.core.gen.DomainGens;
import org.junheng.core.gen.Properties;
import org.junit.jupiter.api.Test;

/** The builders of {@link Student}, {@link Teacher} and {@link School} against the records' constructors. */
class RecordBuildersTest {
    private static final LocalDate BIRTH = LocalDate.of(2015, 3, 1);

    @Test
    void builderAndConstructorAgreeOnEveryGeneratedStudent() {
        Properties.qt().forAll(DomainGens.students()).checkAssert(s -> {
            Student built = Student.builder().id(s.id()).name(s.name()).schoolId(s.schoolId()).stage(s.stage())
                    .grade(s.grade()).gender(s.gender()).birthDate(s.birthDate()).enrolmentDate(s.enrolmentDate())
                    .householdRegistration(s.householdRegistration()).boarding(s.boarding())
                    .homeTaught(s.homeTaught()).disabilityCertificateFrom(s.disabilityCertificateFrom())
                    .disabilityCertificateUntil(s.disabilityCertificateUntil()).familyStatus(s.familyStatus())
                    .familyInHardship(s.familyInHardship()).disabledFamilyMember(s.disabledFamilyMember())
                    .specialHardshipInEnrolmentYear(s.specialHardshipInEnrolmentYear())
                    .adultDiplomaDate(s.adultDiplomaDate()).build();
            assertEquals(s, built);
            assertEquals(s, s.toBuilder().build());
        });
    }

    @Test
    void builderAndConstructorAgreeOnEveryGeneratedTeacher() {
        Properties.qt().forAll(DomainGens.teachers()).checkAssert(t -> {
            Teacher built = Teacher.builder().id(t.id()).name(t.name()).schoolId(t.schoolId()).section(t.section())
                    .gender(t.gender()).birthDate(t.birthDate()).hireDate(t.hireDate())
                    .currentSchoolSince(t.currentSchoolSince()).onEstablishment(t.onEstablishment())
                    .fullTime(t.fullTime()).subject(t.subject()).degree(t.degree()).title(t.title())
                    .backbone(t.backbone()).principal(t.principal()).doubleQualified(t.doubleQualified())
                    .reformParticipant(t.reformParticipant()).targetedRecruitment(t.targetedRecruitment())
                    .exemption(t.exemption()).build();
            assertEquals(t, built);
            assertEquals(t, t.toBuilder().build());
        });
    }

    @Test
    void builderAndConstructorAgreeOnEveryGeneratedSchool() {
        Properties.qt().forAll(DomainGens.schools()).checkAssert(s -> {
            School built = School.builder().id(s.id()).name(s.name()).jurisdiction(s.jurisdiction()).type(s.type())
                    .ownership(s.ownership()).inclusive(s.inclusive()).location(s.location()).weak(s.weak())
                    .teachingPoint(s.teachingPoint()).groupId(s.groupId()).allianceId(s.allianceId())
                    .pairedWith(s.pairedWith()).features(s.features()).build();
            assertEquals(s, built);
            assertEquals(s, s.toBuilder().build());
        });
    }

    @Test
    void studentBuilderNamesEveryMissingRequiredFieldAtOnce() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Student.builder().name("张三").gender(Gender.FEMALE).build());
        assertEquals("Student is missing required fields: id, stage, birthDate, familyStatus", e.getMessage());
    }

    @Test
    void teacherBuilderNamesEveryMissingRequiredFieldAtOnce() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Teacher.builder().build());
        assertEquals("Teacher is missing required fields: id, schoolId, gender, birthDate, hireDate, "
                + "currentSchoolSince, subject, degree, title", e.getMessage());
    }

    @Test
    void schoolBuilderNamesOneMissingFieldInTheSingular() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> School.builder().id("S1")
                .name("一小").jurisdiction(DivisionCode.of("210102")).type(SchoolType.PRIMARY)
                .ownership(Ownership.PUBLIC).build());
        assertEquals("School is missing required field: location", e.getMessage());
    }

    @Test
    void studentBuilderKeepsTheRecordsOwnChecks() {
        Student.Builder pupil = Student.builder().id("P1").stage(Stage.PRIMARY).grade(3).gender(Gender.MALE)
                .birthDate(BIRTH).familyStatus(FamilyStatus.values()[0]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, pupil::build);
        assertEquals("schoolId is required at stage PRIMARY", e.getMessage());
        assertEquals("S1", pupil.schoolId("S1").build().schoolId());
        assertThrows(IllegalArgumentException.class, () -> pupil.grade(7).build());
    }

    @Test
    void teacherBuilderDefaultsBackboneAndExemptionToNone() {
        Teacher t = Teacher.builder().id("T1").schoolId("S1").gender(Gender.FEMALE).birthDate(LocalDate.of(1980, 5, 1))
                .hireDate(LocalDate.of(2003, 9, 1)).currentSchoolSince(LocalDate.of(2010, 9, 1))
                .subject(Subject.values()[0]).degree(Degree.BACHELOR).title(Title.INTERMEDIATE).build();
        assertEquals(BackboneLevel.NONE, t.backbone());
        assertEquals(Exemption.NONE, t.exemption());
        assertFalse(t.fullTime());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> t.toBuilder().backbone(null).build());
        assertEquals("Teacher is missing required field: backbone", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> t.toBuilder().hireDate(LocalDate.of(1979, 1, 1)).build());
    }

    @Test
    void schoolBuilderMakesPublicSchoolsInclusiveAndPrivateOnesNotUnlessSet() {
        School.Builder b = School.builder().id("K1").name("幼儿园").jurisdiction(DivisionCode.of("210102"))
                .type(SchoolType.values()[0]).location(Location.values()[0]);
        assertTrue(b.ownership(Ownership.PUBLIC).build().inclusive());
        assertFalse(b.ownership(Ownership.PRIVATE).build().inclusive());
        assertTrue(b.inclusive(true).build().inclusive());
        assertThrows(IllegalArgumentException.class, () -> b.ownership(Ownership.PUBLIC).inclusive(false).build());
    }

    @Test
    void schoolBuilderAddsFeaturesAndCopiesTheSet() {
        SchoolFeature[] all = SchoolFeature.values();
        School.Builder b = School.builder().id("S1").name("一小").jurisdiction(DivisionCode.of("210102"))
                .type(SchoolType.PRIMARY).ownership(Ownership.PUBLIC).location(Location.values()[0]).feature(all[0]);
        School first = b.build();
        assertEquals(Set.of(all[0]), first.features());
        b.features(Set.of());
        assertEquals(Set.of(all[0]), first.features(), "a built school does not see later changes");
        assertEquals(Set.of(), b.build().features());
    }
}
