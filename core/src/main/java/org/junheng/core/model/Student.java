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

    public Student {
        Checks.notBlank(id, "id");
        Checks.notNull(stage, "stage");
        Checks.notNull(gender, "gender");
        Checks.notNull(birthDate, "birthDate");
        Checks.notNull(familyStatus, "familyStatus");
        if (stage.hasGrades()) {
            Checks.check(schoolId != null, "schoolId is required at stage %s", stage);
            Checks.inRange(grade, 1, stage.maxGrade(), "grade");
        } else {
            Checks.check(grade == 0, "grade (%d) must be 0 at stage %s, which has no grades", grade, stage);
        }
        Checks.check(stage != Stage.NOT_ENROLLED || schoolId == null,
                "schoolId (%s) must be absent for a person not enrolled", schoolId);
        Checks.check(enrolmentDate == null || enrolmentDate.isAfter(birthDate),
                "enrolmentDate (%s) must be after birthDate (%s)", enrolmentDate, birthDate);
        Checks.check(disabilityCertificateUntil == null || disabilityCertificateFrom != null,
                "disabilityCertificateUntil (%s) needs disabilityCertificateFrom", disabilityCertificateUntil);
        Checks.check(disabilityCertificateFrom == null || !disabilityCertificateFrom.isBefore(birthDate),
                "disabilityCertificateFrom (%s) must not precede birthDate (%s)", disabilityCertificateFrom, birthDate);
        Checks.check(disabilityCertificateUntil == null || !disabilityCertificateUntil.isBefore(disabilityCertificateFrom),
                "disabilityCertificateUntil (%s) must not precede disabilityCertificateFrom (%s)",
                disabilityCertificateUntil, disabilityCertificateFrom);
        Checks.check(adultDiplomaDate == null || adultDiplomaDate.isAfter(birthDate),
                "adultDiplomaDate (%s) must be after birthDate (%s)", adultDiplomaDate, birthDate);
    }

    /** Whether the person holds a disability certificate valid on {@code date} (both ends inclusive). */
    public boolean hasDisabilityCertificateOn(LocalDate date) {
        return disabilityCertificateFrom != null && !date.isBefore(disabilityCertificateFrom)
                && (disabilityCertificateUntil == null || !date.isAfter(disabilityCertificateUntil));
    }

    @Override
    public String toString() {
        return "Student[" + id + (name == null ? "" : " " + name) + ", " + stage.label().en()
                + (stage.hasGrades() ? " grade " + grade : "") + (schoolId == null ? "" : ", school " + schoolId)
                + (disabilityCertificateFrom != null ? ", disability certificate" : "") + "]";
    }
}
