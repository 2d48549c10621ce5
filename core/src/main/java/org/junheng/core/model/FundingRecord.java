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

import org.junheng.core.internal.Checks;
import org.junheng.core.value.Money;

/**
 * One jurisdiction's education funding in one budget year, with the amounts the FIN rules need.
 *
 * <p>The series of FIN-1 and FIN-2 is the general public budget education expenditure
 * (一般公共预算教育支出) and the enrolled students it is divided by. A year may carry the prior year
 * restated on its own basis (同口径); a change of {@code definition} breaks the chain (FIN-1, FIN-2: figures
 * of two definitions are never compared). Immutable and thread-safe.
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
 * @param fiscalEducationFunds state fiscal education funds (国家财政性教育经费), the numerator of the
 *     first of FIN-8's two ratios; optional
 * @param grossProduct the jurisdiction's gross product (地区生产总值), its denominator (FIN-8); optional
 * @param budgetExpenditure total general public budget expenditure (一般公共预算支出), the denominator of
 *     the education share, the second ratio (FIN-8); optional
 * @param recurrentRevenue recurrent fiscal revenue (财政经常性收入), which education appropriations must
 *     outgrow (FIN-8); optional
 * @param publicFundsPerStudent public funds per student (学生人均公用经费), which must grow (FIN-8); optional
 * @param surchargeDue the education surcharges due under the levy (应征教育费附加和地方教育附加), to be
 *     collected in full (FIN-8); optional
 * @param surchargeSpentOnEducation the part of the collected surcharge spent on education (FIN-8);
 *     optional, given together with {@code educationSurcharge}
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
        Money publicFundsPaid,
        Money fiscalEducationFunds,
        Money grossProduct,
        Money budgetExpenditure,
        Money recurrentRevenue,
        Money publicFundsPerStudent,
        Money surchargeDue,
        Money surchargeSpentOnEducation) {

    /** The definition of general public budget education expenditure used from 2018. */
    public static final String GENERAL_BUDGET = "GENERAL_BUDGET";

    /**
     * Checks that the jurisdiction and definition are present, the year is 1949 to 9999, students are
     * positive, every amount given is at least 0, and the restated prior figures come together; the surcharge
     * shares need {@code educationSurcharge}.
     */
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
        nonNegative(fiscalEducationFunds, "fiscalEducationFunds");
        nonNegative(grossProduct, "grossProduct");
        nonNegative(budgetExpenditure, "budgetExpenditure");
        nonNegative(recurrentRevenue, "recurrentRevenue");
        nonNegative(publicFundsPerStudent, "publicFundsPerStudent");
        nonNegative(surchargeDue, "surchargeDue");
        nonNegative(surchargeSpentOnEducation, "surchargeSpentOnEducation");
        Checks.check(surchargeSpentOnEducation == null || educationSurcharge != null,
                "surchargeSpentOnEducation needs educationSurcharge");
    }

    /** A record without the figures of FIN-8's statutory growth rules: the form before FIN-8. */
    public FundingRecord(DivisionCode jurisdiction, int year, String definition, Money expenditure, long students,
            Money restatedPriorExpenditure, Long restatedPriorStudents, Money educationSurcharge,
            Money surchargeToVocational, Money teacherAverageSalary, Money civilServantAverageSalary,
            Money kindergartenPublicFundsPerChild, Money publicFundsBenchmarkPerStudent, Long publicFundsStudents,
            Money publicFundsPaid) {
        this(jurisdiction, year, definition, expenditure, students, restatedPriorExpenditure, restatedPriorStudents,
                educationSurcharge, surchargeToVocational, teacherAverageSalary, civilServantAverageSalary,
                kindergartenPublicFundsPerChild, publicFundsBenchmarkPerStudent, publicFundsStudents, publicFundsPaid,
                null, null, null, null, null, null, null);
    }

    /** The funding figures of one year with only the FIN-1 and FIN-2 series filled in. */
    public static FundingRecord of(DivisionCode jurisdiction, int year, Money expenditure, long students) {
        return new FundingRecord(jurisdiction, year, GENERAL_BUDGET, expenditure, students, null, null, null, null,
                null, null, null, null, null, null);
    }

    /**
     * This record with the figures of FIN-8's statutory growth rules (教育法 第五十四条, 第五十五条 of 1995,
     * 第五十五条, 第五十六条 since 2015), each optional.
     */
    public FundingRecord withStatutoryFigures(Money fiscalEducationFunds, Money grossProduct, Money budgetExpenditure,
            Money recurrentRevenue, Money publicFundsPerStudent, Money surchargeDue, Money surchargeSpentOnEducation) {
        return new FundingRecord(jurisdiction, year, definition, expenditure, students, restatedPriorExpenditure,
                restatedPriorStudents, educationSurcharge, surchargeToVocational, teacherAverageSalary,
                civilServantAverageSalary, kindergartenPublicFundsPerChild, publicFundsBenchmarkPerStudent,
                publicFundsStudents, publicFundsPaid, fiscalEducationFunds, grossProduct, budgetExpenditure,
                recurrentRevenue, publicFundsPerStudent, surchargeDue, surchargeSpentOnEducation);
    }

    private static void nonNegative(Money amount, String name) {
        Checks.check(amount == null || !amount.isNegative(), "%s (%s) must be >= 0", name, amount);
    }
}
