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

import java.time.LocalDate;
import org.junheng.core.internal.Checks;

/**
 * A student, or a person in the scope of student aid, with the facts the aid rules need (AID-1 to
 * AID-9) and the coverage indicators count (COV-3, COV-4).
 *
 * <p>A student at a graded stage has a school and a grade; a higher-education student may study outside
 * the data set, so the school is optional there; a person {@link Stage#NOT_ENROLLED} has neither.
 * Immutable and thread-safe.
 *
 * @param id unique ID in the data set
 * @param name the name; optional
 * @param schoolId the school; required for a graded stage, optional for higher education, absent when
 *     not enrolled
 * @param stage the stage of enrolment
 * @param grade the grade within the stage; 0 for a stage without grades
 * @param gender gender
 * @param birthDate date of birth
 * @param enrolmentDate date of enrolment at the current stage (入学日期); optional
 * @param householdRegistration the division of household registration (户籍); optional (unknown)
 * @param boarding whether a boarder (寄宿生)
 * @param homeTaught whether taught at home with a school register (具有学籍送教上门)
 * @param disabilityCertificateFrom the issue date of the disability certificate (残疾人证); optional
 * @param disabilityCertificateUntil its last valid day; optional (null: no end date)
 * @param familyStatus the family's assistance status on the reference date
 * @param familyInHardship whether the family is recognised as in economic hardship (家庭经济困难)
 * @param disabledFamilyMember whether a family member holds a disability certificate (残疾人家庭)
 * @param specialHardshipInEnrolmentYear whether the family fell into hardship for special reasons in
 *     the year of enrolment (AID-3(a))
 * @param adultDiplomaDate the date an adult-education graduation certificate was obtained (AID-3(b));
 *     optional
 */
public record Student(
        String id,
        String name,
        String schoolId,
        Stage stage,
        int grade,
        Gender gender,
        LocalDate birthDate,
        LocalDate enrolmentDate,
        DivisionCode householdRegistration,
        boolean boarding,
        boolean homeTaught,
        LocalDate disabilityCertificateFrom,
        LocalDate disabilityCertificateUntil,
        FamilyStatus familyStatus,
        boolean familyInHardship,
        boolean disabledFamilyMember,
        boolean specialHardshipInEnrolmentYear,
        LocalDate adultDiplomaDate) {

    /**
     * Checks the required fields; a stage with grades needs a school and a grade in its range, others grade
     * 0; a person not enrolled has no school; and the dates are in order (enrolment and adult diploma after
     * birth, certificate from birth on and ending after it starts).
     */
    public Student {
        Checks.notBlank(id, "id");
        Checks.notNull(stage, "stage");
        Checks.notNull(gender, "gender");
        Checks.notNull(birthDate, "birthDate");
        Checks.notNull(familyStatus, "familyStatus");
        // each condition tested before its message is made: five million students are checked on reading
        if (stage.hasGrades()) {
            if (schoolId == null) {
                Checks.check(false, "schoolId is required at stage %s", stage);
            }
            Checks.inRange(grade, 1, stage.maxGrade(), "grade");
        } else if (grade != 0) {
            Checks.check(false, "grade (%d) must be 0 at stage %s, which has no grades", grade, stage);
        }
        if (stage == Stage.NOT_ENROLLED && schoolId != null) {
            Checks.check(false, "schoolId (%s) must be absent for a person not enrolled", schoolId);
        }
        if (enrolmentDate != null && !enrolmentDate.isAfter(birthDate)) {
            Checks.check(false, "enrolmentDate (%s) must be after birthDate (%s)", enrolmentDate, birthDate);
        }
        if (disabilityCertificateUntil != null && disabilityCertificateFrom == null) {
            Checks.check(false, "disabilityCertificateUntil (%s) needs disabilityCertificateFrom",
                    disabilityCertificateUntil);
        }
        if (disabilityCertificateFrom != null && disabilityCertificateFrom.isBefore(birthDate)) {
            Checks.check(false, "disabilityCertificateFrom (%s) must not precede birthDate (%s)",
                    disabilityCertificateFrom, birthDate);
        }
        if (disabilityCertificateUntil != null && disabilityCertificateUntil.isBefore(disabilityCertificateFrom)) {
            Checks.check(false, "disabilityCertificateUntil (%s) must not precede disabilityCertificateFrom (%s)",
                    disabilityCertificateUntil, disabilityCertificateFrom);
        }
        if (adultDiplomaDate != null && !adultDiplomaDate.isAfter(birthDate)) {
            Checks.check(false, "adultDiplomaDate (%s) must be after birthDate (%s)", adultDiplomaDate, birthDate);
        }
    }

    /** Whether the person holds a disability certificate valid on {@code date} (both ends inclusive). */
    public boolean hasDisabilityCertificateOn(LocalDate date) {
        return disabilityCertificateFrom != null && !date.isBefore(disabilityCertificateFrom)
                && (disabilityCertificateUntil == null || !date.isAfter(disabilityCertificateUntil));
    }

    /**
     * {@code "Student[P001 张三, primary grade 3, school S001, disability certificate]"}: ID, name
     * when known, stage in English with the grade, school, and whether a disability certificate is held.
     */
    @Override
    public String toString() {
        return "Student[" + id + (name == null ? "" : " " + name) + ", " + stage.label().en()
                + (stage.hasGrades() ? " grade " + grade : "") + (schoolId == null ? "" : ", school " + schoolId)
                + (disabilityCertificateFrom != null ? ", disability certificate" : "") + "]";
    }

    /** A builder with every optional field empty and every flag false; see {@link Builder}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this student's fields, to make a changed copy. */
    public Builder toBuilder() {
        return new Builder().id(id).name(name).schoolId(schoolId).stage(stage).grade(grade).gender(gender)
                .birthDate(birthDate).enrolmentDate(enrolmentDate).householdRegistration(householdRegistration)
                .boarding(boarding).homeTaught(homeTaught).disabilityCertificateFrom(disabilityCertificateFrom)
                .disabilityCertificateUntil(disabilityCertificateUntil).familyStatus(familyStatus)
                .familyInHardship(familyInHardship).disabledFamilyMember(disabledFamilyMember)
                .specialHardshipInEnrolmentYear(specialHardshipInEnrolmentYear).adultDiplomaDate(adultDiplomaDate);
    }

    /**
     * Builds a {@link Student} by named fields. Required: {@code id}, {@code stage}, {@code gender},
     * {@code birthDate}, {@code familyStatus}; {@link #build()} names every one missing at once, then the
     * record's own checks apply (a school and a grade at a graded stage, dates in order). Flags default to
     * false, the grade to 0, every other field to absent. Not thread-safe; reusable after {@code build()}.
     */
    public static final class Builder {
        private String id;
        private String name;
        private String schoolId;
        private Stage stage;
        private int grade;
        private Gender gender;
        private LocalDate birthDate;
        private LocalDate enrolmentDate;
        private DivisionCode householdRegistration;
        private boolean boarding;
        private boolean homeTaught;
        private LocalDate disabilityCertificateFrom;
        private LocalDate disabilityCertificateUntil;
        private FamilyStatus familyStatus;
        private boolean familyInHardship;
        private boolean disabledFamilyMember;
        private boolean specialHardshipInEnrolmentYear;
        private LocalDate adultDiplomaDate;

        private Builder() {
        }

        /** Sets the unique ID in the data set (required). */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets the name (optional). */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets the school (required at a graded stage, absent when not enrolled). */
        public Builder schoolId(String schoolId) {
            this.schoolId = schoolId;
            return this;
        }

        /** Sets the stage of enrolment (required). */
        public Builder stage(Stage stage) {
            this.stage = stage;
            return this;
        }

        /** Sets the grade within the stage (1 to the stage's last grade; 0, the default, without grades). */
        public Builder grade(int grade) {
            this.grade = grade;
            return this;
        }

        /** Sets the gender (required). */
        public Builder gender(Gender gender) {
            this.gender = gender;
            return this;
        }

        /** Sets the date of birth (required). */
        public Builder birthDate(LocalDate birthDate) {
            this.birthDate = birthDate;
            return this;
        }

        /** Sets the date of enrolment at the current stage (入学日期; optional). */
        public Builder enrolmentDate(LocalDate enrolmentDate) {
            this.enrolmentDate = enrolmentDate;
            return this;
        }

        /** Sets the division of household registration (户籍; optional, absent when unknown). */
        public Builder householdRegistration(DivisionCode householdRegistration) {
            this.householdRegistration = householdRegistration;
            return this;
        }

        /** Sets whether a boarder (寄宿生). */
        public Builder boarding(boolean boarding) {
            this.boarding = boarding;
            return this;
        }

        /** Sets whether taught at home with a school register (送教上门). */
        public Builder homeTaught(boolean homeTaught) {
            this.homeTaught = homeTaught;
            return this;
        }

        /** Sets the issue date of the disability certificate (残疾人证; optional). */
        public Builder disabilityCertificateFrom(LocalDate disabilityCertificateFrom) {
            this.disabilityCertificateFrom = disabilityCertificateFrom;
            return this;
        }

        /** Sets the certificate's last valid day (optional: absent means no end date). */
        public Builder disabilityCertificateUntil(LocalDate disabilityCertificateUntil) {
            this.disabilityCertificateUntil = disabilityCertificateUntil;
            return this;
        }

        /** Sets the family's assistance status on the reference date (required). */
        public Builder familyStatus(FamilyStatus familyStatus) {
            this.familyStatus = familyStatus;
            return this;
        }

        /** Sets whether the family is recognised as in economic hardship (家庭经济困难). */
        public Builder familyInHardship(boolean familyInHardship) {
            this.familyInHardship = familyInHardship;
            return this;
        }

        /** Sets whether a family member holds a disability certificate (残疾人家庭). */
        public Builder disabledFamilyMember(boolean disabledFamilyMember) {
            this.disabledFamilyMember = disabledFamilyMember;
            return this;
        }

        /** Sets whether the family fell into hardship for special reasons in the year of enrolment (AID-3(a)). */
        public Builder specialHardshipInEnrolmentYear(boolean specialHardshipInEnrolmentYear) {
            this.specialHardshipInEnrolmentYear = specialHardshipInEnrolmentYear;
            return this;
        }

        /** Sets the date an adult-education graduation certificate was obtained (AID-3(b); optional). */
        public Builder adultDiplomaDate(LocalDate adultDiplomaDate) {
            this.adultDiplomaDate = adultDiplomaDate;
            return this;
        }

        /**
         * The student.
         *
         * @throws IllegalStateException naming every required field not set
         * @throws IllegalArgumentException when the record's own checks refuse the fields
         */
        public Student build() {
            Required.check("Student", "id", id, "stage", stage, "gender", gender, "birthDate", birthDate,
                    "familyStatus", familyStatus);
            return new Student(id, name, schoolId, stage, grade, gender, birthDate, enrolmentDate,
                    householdRegistration, boarding, homeTaught, disabilityCertificateFrom, disabilityCertificateUntil,
                    familyStatus, familyInHardship, disabledFamilyMember, specialHardshipInEnrolmentYear,
                    adultDiplomaDate);
        }
    }
}
