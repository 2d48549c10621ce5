package org.junheng.core.model;

import java.time.LocalDate;
import org.junheng.core.internal.Checks;

/**
 * A period in which a teacher taught at a rural or a weak school (乡村学校或办学条件薄弱学校), the evidence
 * for ROT-4 (1 year or more) and ROT-5 (3 years or more). Overlapping periods are merged by the
 * calculator, never counted twice. Immutable and thread-safe.
 *
 * @param teacherId the teacher
 * @param schoolId the school, when it is in the data set; optional
 * @param from the first day
 * @param until the last day, inclusive; optional (null while the period goes on)
 * @param rural whether the school was rural
 * @param weak whether the school was weak
 */
public record ServicePeriod(String teacherId, String schoolId, LocalDate from, LocalDate until, boolean rural,
        boolean weak) {

    public ServicePeriod {
        Checks.notBlank(teacherId, "teacherId");
        Checks.notNull(from, "from");
        Checks.check(until == null || !until.isBefore(from), "until (%s) must not precede from (%s)", until, from);
        Checks.check(rural || weak, "a service period must be at a rural or a weak school (rural or weak true)");
    }
}
