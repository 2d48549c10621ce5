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
 * A teacher (专任教师) and the facts the rotation, career and balance rules need (ROT-1 to ROT-10,
 * BAL-1). Service periods at rural or weak schools are separate {@link ServicePeriod} records.
 * Immutable and thread-safe.
 *
 * @param id unique ID in the data set
 * @param name the name; optional
 * @param schoolId the current school
 * @param section the stage section taught; optional, needed in a school with several sections
 * @param gender gender, for the statutory retirement age
 * @param birthDate date of birth
 * @param hireDate date of first hire as a teacher
 * @param currentSchoolSince start of continuous teaching at the current school; not before the hire date
 * @param onEstablishment whether the teacher holds an establishment post (在编)
 * @param fullTime whether a full-time teacher (专任)
 * @param subject the main subject
 * @param degree the highest completed education
 * @param title the professional title
 * @param backbone the backbone-teacher level
 * @param principal whether the teacher is the school's principal
 * @param doubleQualified whether a "double-qualified" (双师型) vocational teacher (COV-11)
 * @param reformParticipant whether in the county-managed school-hired reform (县管校聘参改, ROT-3)
 * @param targetedRecruitment the date of targeted recruitment to a remote or weak school (定向招录,
 *     ROT-7); optional
 * @param exemption a local exemption recorded by the school
 */
public record Teacher(
        String id,
        String name,
        String schoolId,
        Stage section,
        Gender gender,
        LocalDate birthDate,
        LocalDate hireDate,
        LocalDate currentSchoolSince,
        boolean onEstablishment,
        boolean fullTime,
        Subject subject,
        Degree degree,
        Title title,
        BackboneLevel backbone,
        boolean principal,
        boolean doubleQualified,
        boolean reformParticipant,
        LocalDate targetedRecruitment,
        Exemption exemption) {

    /**
     * Checks the required fields and that the dates are in order: hired after birth, at the current school
     * not before hiring, targeted recruitment after birth.
     */
    public Teacher {
        Checks.notBlank(id, "id");
        Checks.notBlank(schoolId, "schoolId");
        Checks.notNull(gender, "gender");
        Checks.notNull(birthDate, "birthDate");
        Checks.notNull(hireDate, "hireDate");
        Checks.notNull(currentSchoolSince, "currentSchoolSince");
        Checks.notNull(subject, "subject");
        Checks.notNull(degree, "degree");
        Checks.notNull(title, "title");
        Checks.notNull(backbone, "backbone");
        Checks.notNull(exemption, "exemption");
        Checks.check(hireDate.isAfter(birthDate), "hireDate (%s) must be after birthDate (%s)", hireDate, birthDate);
        Checks.check(!currentSchoolSince.isBefore(hireDate),
                "currentSchoolSince (%s) must not precede hireDate (%s)", currentSchoolSince, hireDate);
        Checks.check(targetedRecruitment == null || targetedRecruitment.isAfter(birthDate),
                "targetedRecruitment (%s) must be after birthDate (%s)", targetedRecruitment, birthDate);
    }

    /**
     * {@code "Teacher[T001 李四, school S001, mathematics, senior, backbone county]"}: ID, name when known,
     * school, then subject, title and backbone level in English.
     */
    @Override
    public String toString() {
        return "Teacher[" + id + (name == null ? "" : " " + name) + ", school " + schoolId + ", "
                + subject.label().en() + ", " + title.label().en()
                + (backbone.isBackbone() ? ", backbone " + backbone.label().en() : "") + "]";
    }

    /** A builder with every optional field empty, every flag false, no backbone level and no exemption. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this teacher's fields, to make a changed copy. */
    public Builder toBuilder() {
        return new Builder().id(id).name(name).schoolId(schoolId).section(section).gender(gender).birthDate(birthDate)
                .hireDate(hireDate).currentSchoolSince(currentSchoolSince).onEstablishment(onEstablishment)
                .fullTime(fullTime).subject(subject).degree(degree).title(title).backbone(backbone)
                .principal(principal).doubleQualified(doubleQualified).reformParticipant(reformParticipant)
                .targetedRecruitment(targetedRecruitment).exemption(exemption);
    }

    /**
     * Builds a {@link Teacher} by named fields. Required: {@code id}, {@code schoolId}, {@code gender},
     * {@code birthDate}, {@code hireDate}, {@code currentSchoolSince}, {@code subject}, {@code degree},
     * {@code title}; {@link #build()} names every one missing at once, then the record's own checks apply
     * (dates in order). Flags default to false, the backbone level and the exemption to {@code NONE}, every
     * other field to absent. Not thread-safe; reusable after {@code build()}.
     */
    public static final class Builder {
        private String id;
        private String name;
        private String schoolId;
        private Stage section;
        private Gender gender;
        private LocalDate birthDate;
        private LocalDate hireDate;
        private LocalDate currentSchoolSince;
        private boolean onEstablishment;
        private boolean fullTime;
        private Subject subject;
        private Degree degree;
        private Title title;
        private BackboneLevel backbone = BackboneLevel.NONE;
        private boolean principal;
        private boolean doubleQualified;
        private boolean reformParticipant;
        private LocalDate targetedRecruitment;
        private Exemption exemption = Exemption.NONE;

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

        /** Sets the current school (required). */
        public Builder schoolId(String schoolId) {
            this.schoolId = schoolId;
            return this;
        }

        /** Sets the stage section taught (optional; needed in a school with several sections). */
        public Builder section(Stage section) {
            this.section = section;
            return this;
        }

        /** Sets the gender, for the statutory retirement age (required). */
        public Builder gender(Gender gender) {
            this.gender = gender;
            return this;
        }

        /** Sets the date of birth (required). */
        public Builder birthDate(LocalDate birthDate) {
            this.birthDate = birthDate;
            return this;
        }

        /** Sets the date of first hire as a teacher (required). */
        public Builder hireDate(LocalDate hireDate) {
            this.hireDate = hireDate;
            return this;
        }

        /** Sets the start of continuous teaching at the current school (required; not before the hire date). */
        public Builder currentSchoolSince(LocalDate currentSchoolSince) {
            this.currentSchoolSince = currentSchoolSince;
            return this;
        }

        /** Sets whether the teacher holds an establishment post (在编). */
        public Builder onEstablishment(boolean onEstablishment) {
            this.onEstablishment = onEstablishment;
            return this;
        }

        /** Sets whether a full-time teacher (专任). */
        public Builder fullTime(boolean fullTime) {
            this.fullTime = fullTime;
            return this;
        }

        /** Sets the main subject (required). */
        public Builder subject(Subject subject) {
            this.subject = subject;
            return this;
        }

        /** Sets the highest completed education (required). */
        public Builder degree(Degree degree) {
            this.degree = degree;
            return this;
        }

        /** Sets the professional title (required). */
        public Builder title(Title title) {
            this.title = title;
            return this;
        }

        /** Sets the backbone-teacher level (default {@link BackboneLevel#NONE}). */
        public Builder backbone(BackboneLevel backbone) {
            this.backbone = backbone;
            return this;
        }

        /** Sets whether the teacher is the school's principal. */
        public Builder principal(boolean principal) {
            this.principal = principal;
            return this;
        }

        /** Sets whether a "double-qualified" (双师型) vocational teacher. */
        public Builder doubleQualified(boolean doubleQualified) {
            this.doubleQualified = doubleQualified;
            return this;
        }

        /** Sets whether in the county-managed school-hired reform (县管校聘, ROT-3). */
        public Builder reformParticipant(boolean reformParticipant) {
            this.reformParticipant = reformParticipant;
            return this;
        }

        /** Sets the date of targeted recruitment to a remote or weak school (定向招录, ROT-7; optional). */
        public Builder targetedRecruitment(LocalDate targetedRecruitment) {
            this.targetedRecruitment = targetedRecruitment;
            return this;
        }

        /** Sets a local exemption recorded by the school (default {@link Exemption#NONE}). */
        public Builder exemption(Exemption exemption) {
            this.exemption = exemption;
            return this;
        }

        /**
         * The teacher.
         *
         * @throws IllegalStateException naming every required field not set
         * @throws IllegalArgumentException when the record's own checks refuse the fields
         */
        public Teacher build() {
            // backbone and exemption have defaults, but a caller may set them back to null
            Required.check("Teacher", "id", id, "schoolId", schoolId, "gender", gender, "birthDate", birthDate,
                    "hireDate", hireDate, "currentSchoolSince", currentSchoolSince, "subject", subject,
                    "degree", degree, "title", title, "backbone", backbone, "exemption", exemption);
            return new Teacher(id, name, schoolId, section, gender, birthDate, hireDate, currentSchoolSince,
                    onEstablishment, fullTime, subject, degree, title, backbone, principal, doubleQualified,
                    reformParticipant, targetedRecruitment, exemption);
        }
    }
}
