package org.junheng.core.model;

import org.junheng.core.internal.Checks;
import org.junheng.core.value.Money;

/**
 * One jurisdiction's education funding in one budget year, with the amounts the FIN rules need.
 *
 * <p>The series of FIN-1 and FIN-2 is the general public budget education expenditure
 * (一般公共预算教育支出) and the enrolled students it is divided by. A year may carry the prior year
 * restated on its own basis (同口径); a change of {@code definition} breaks the chain (RULES.md, decisions
 * for FIN). Immutable and thread-safe.
 *
 * @param jurisdiction the jurisdiction
 * @param year the budget year
 * @param definition the statistical definition the figures follow, such as {@code GENERAL_BUDGET}
 *     (一般公共预算教育经费, from 2018) or {@code OPERATING} (事业费, until 2017); years with different
 *     definitions are never compared
 * @param expenditure general public budget education expenditure, at least zero
 * @param students enrolled students in the denominator of FIN-2, at least one
 * @param restatedPriorExpenditure the prior year's expenditure restated on this year's basis; optional
 * @param restatedPriorStudents the prior year's students restated on this year's basis; optional, given
 *     together with the restated expenditure
 * @param educationSurcharge local education surcharge collected (地方教育附加, FIN-3); optional
 * @param surchargeToVocational the part of it spent on vocational education (FIN-3); optional
 * @param teacherAverageSalary teachers' average yearly salary (FIN-6); optional
 * @param civilServantAverageSalary local civil servants' average yearly salary (FIN-6); optional
 * @param kindergartenPublicFundsPerChild the public-funds standard per child of public kindergartens
 *     (FIN-5); optional
 * @param publicFundsBenchmarkPerStudent the per-student public-funds benchmark of compulsory schools
 *     (FIN-7); optional
 * @param publicFundsStudents compulsory students the benchmark applies to (FIN-7); optional
 * @param publicFundsPaid public funds paid to compulsory schools (FIN-7); optional
 */
public record FundingRecord(
        DivisionCode jurisdiction,
        int year,
        String definition,
        Money expenditure,
        long students,
        Money restatedPriorExpenditure,
        Long restatedPriorStudents,
        Money educationSurcharge,
        Money surchargeToVocational,
        Money teacherAverageSalary,
        Money civilServantAverageSalary,
        Money kindergartenPublicFundsPerChild,
        Money publicFundsBenchmarkPerStudent,
        Long publicFundsStudents,
        Money publicFundsPaid) {

    /** The definition of general public budget education expenditure used from 2018. */
    public static final String GENERAL_BUDGET = "GENERAL_BUDGET";

    public FundingRecord {
        Checks.notNull(jurisdiction, "jurisdiction");
        Checks.inRange(year, 1949, 9999, "year");
        Checks.notBlank(definition, "definition");
        Checks.notNull(expenditure, "expenditure");
        nonNegative(expenditure, "expenditure");
        Checks.positive(students, "students");
        Checks.check((restatedPriorExpenditure == null) == (restatedPriorStudents == null),
                "restatedPriorExpenditure and restatedPriorStudents must be given together");
        nonNegative(restatedPriorExpenditure, "restatedPriorExpenditure");
        if (restatedPriorStudents != null) {
            Checks.positive(restatedPriorStudents, "restatedPriorStudents");
        }
        nonNegative(educationSurcharge, "educationSurcharge");
        nonNegative(surchargeToVocational, "surchargeToVocational");
        Checks.check(surchargeToVocational == null || educationSurcharge != null,
                "surchargeToVocational needs educationSurcharge");
        nonNegative(teacherAverageSalary, "teacherAverageSalary");
        nonNegative(civilServantAverageSalary, "civilServantAverageSalary");
        nonNegative(kindergartenPublicFundsPerChild, "kindergartenPublicFundsPerChild");
        nonNegative(publicFundsBenchmarkPerStudent, "publicFundsBenchmarkPerStudent");
        nonNegative(publicFundsPaid, "publicFundsPaid");
        if (publicFundsStudents != null) {
            Checks.nonNegative(publicFundsStudents, "publicFundsStudents");
        }
    }

    /** The funding figures of one year with only the FIN-1 and FIN-2 series filled in. */
    public static FundingRecord of(DivisionCode jurisdiction, int year, Money expenditure, long students) {
        return new FundingRecord(jurisdiction, year, GENERAL_BUDGET, expenditure, students, null, null, null, null,
                null, null, null, null, null, null);
    }

    private static void nonNegative(Money amount, String name) {
        Checks.check(amount == null || !amount.isNegative(), "%s (%s) must be >= 0", name, amount);
    }
}
