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
package org.junheng.indicators.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.junheng.core.internal.Checks;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.Labelled;
import org.junheng.core.value.Label;
import org.junheng.core.value.Money;
import org.junheng.indicators.rules.Finding;

/**
 * One year of a jurisdiction's funding checked against the "two no-decreases" (FIN-1 and FIN-2): the
 * figures, the base it was compared with, the growth rates, and a finding for each rule with the
 * shortfall. Immutable and thread-safe.
 *
 * @param jurisdiction the jurisdiction
 * @param year the budget year
 * @param expenditure general public budget education expenditure
 * @param students the students of FIN-2's denominator
 * @param base what the year was compared with
 * @param priorExpenditure the base's expenditure; null when not assessable
 * @param priorStudents the base's students; null when not assessable
 * @param fin1 the FIN-1 finding: total expenditure did not decrease
 * @param fin2 the FIN-2 finding: expenditure per student did not decrease
 * @param fin1Shortfall the extra expenditure that would have met FIN-1 (zero when met)
 * @param fin2Shortfall the extra expenditure that would have met FIN-2, exact to the fen rounded up (zero
 *     when met)
 */
public record YearCheck(
        DivisionCode jurisdiction,
        int year,
        Money expenditure,
        long students,
        Base base,
        Money priorExpenditure,
        Long priorStudents,
        Finding fin1,
        Finding fin2,
        Money fin1Shortfall,
        Money fin2Shortfall) {

    /** What a year is compared with. */
    public enum Base implements Labelled {
        /** The previous year's record. */
        PRIOR_YEAR("上年", "prior year"),
        /** The previous year restated on this year's basis (同口径), carried by this year's record. */
        RESTATED_PRIOR_YEAR("上年同口径", "prior year restated"),
        /** Nothing: the first year, a year after a gap, or a change of definition. */
        NONE("无", "none");

        private final Label label;

        Base(String zh, String en) {
            this.label = Label.of(zh, en);
        }

        /** The base as the bulletins name it (上年, 上年同口径). */
        @Override
        public Label label() {
            return label;
        }
    }

    /** Checks that every part is present and that a year has a prior expenditure exactly when it has a base. */
    public YearCheck {
        Checks.notNull(jurisdiction, "jurisdiction");
        Checks.notNull(expenditure, "expenditure");
        Checks.notNull(base, "base");
        Checks.notNull(fin1, "fin1");
        Checks.notNull(fin2, "fin2");
        Checks.notNull(fin1Shortfall, "fin1Shortfall");
        Checks.notNull(fin2Shortfall, "fin2Shortfall");
        Checks.check((base == Base.NONE) == (priorExpenditure == null), "a base has a prior expenditure");
    }

    /** Expenditure per student in yuan, rounded half up to the fen: for display. */
    public BigDecimal perStudent() {
        return expenditure.yuanPer(students, 2, RoundingMode.HALF_UP);
    }

    /** Growth of total expenditure over the base; empty when not assessable or the base is zero. */
    public Optional<GrowthRate> growth() {
        return priorExpenditure == null || priorExpenditure.isZero() ? Optional.empty()
                : Optional.of(GrowthRate.of(priorExpenditure, expenditure));
    }

    /** Growth of expenditure per student over the base; empty when not assessable or the base is zero. */
    public Optional<GrowthRate> perStudentGrowth() {
        return priorExpenditure == null || priorExpenditure.isZero() ? Optional.empty()
                : Optional.of(GrowthRate.perStudent(priorExpenditure, priorStudents, expenditure, students));
    }

    /**
     * The checks as a table, one row per year: expenditure, students, per student, the base, both
     * verdicts and the FIN-2 shortfall; how a list of checks reads in JShell.
     *
     * @param checks the checks, in the order to print
     * @return the table
     */
    public static org.junheng.indicators.report.TextTable table(java.util.List<YearCheck> checks) {
        org.junheng.indicators.report.TextTable table = org.junheng.indicators.report.TextTable.of(
                "FIN-1/FIN-2", "jurisdiction", "year", "expenditure", "students", "per student", "base", "FIN-1",
                "FIN-2", "FIN-2 shortfall");
        for (YearCheck c : checks) {
            String base = switch (c.base) {
                case PRIOR_YEAR -> "prior year";
                case RESTATED_PRIOR_YEAR -> "restated prior year";
                case NONE -> "none";
            };
            table.row(c.jurisdiction, c.year, c.expenditure.toPlainString(), c.students,
                    c.students == 0 ? "" : c.perStudent().toPlainString(), base, c.fin1.verdict().label().en(),
                    c.fin2.verdict().label().en(), c.fin2Shortfall.toPlainString());
        }
        return table;
    }

    /**
     * One line: {@code "210199 2023: CNY 1700000000.00 for 117200 students (14505.67 per student);
     * FIN-1 met; FIN-2 not met, shortfall CNY 24524562.87"}.
     */
    @Override
    public String toString() {
        return jurisdiction + " " + year + ": " + expenditure + " for " + students + " students"
                + (students == 0 ? "" : " (" + perStudent().toPlainString() + " per student)")
                + "; FIN-1 " + fin1.verdict().label().en()
                + (fin1Shortfall.isZero() ? "" : ", shortfall " + fin1Shortfall)
                + "; FIN-2 " + fin2.verdict().label().en()
                + (fin2Shortfall.isZero() ? "" : ", shortfall " + fin2Shortfall);
    }
}
