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

    @Override
    public String toString() {
        return "Teacher[" + id + (name == null ? "" : " " + name) + ", school " + schoolId + ", "
                + subject.label().en() + ", " + title.label().en()
                + (backbone.isBackbone() ? ", backbone " + backbone.label().en() : "") + "]";
    }
}
