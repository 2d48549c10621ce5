package org.junheng.core.model;

import org.junheng.core.internal.Checks;
import org.junheng.core.value.Money;

/**
 * One school's public-funds budget and teacher-training spending in one budget year (FIN-4: training
 * at least 5% of the public-funds budget). Immutable and thread-safe.
 *
 * @param schoolId the school
 * @param year the budget year
 * @param publicFundsBudget the annual public-funds budget (公用经费预算总额)
 * @param teacherTraining spending on teacher training
 */
public record SchoolFunding(String schoolId, int year, Money publicFundsBudget, Money teacherTraining) {

    public SchoolFunding {
        Checks.notBlank(schoolId, "schoolId");
        Checks.inRange(year, 1949, 9999, "year");
        Checks.notNull(publicFundsBudget, "publicFundsBudget");
        Checks.notNull(teacherTraining, "teacherTraining");
        Checks.check(!publicFundsBudget.isNegative(), "publicFundsBudget (%s) must be >= 0", publicFundsBudget);
        Checks.check(!teacherTraining.isNegative(), "teacherTraining (%s) must be >= 0", teacherTraining);
    }
}
