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
package org.junheng.indicators.coverage;

import java.math.RoundingMode;
import java.util.Optional;
import org.junheng.core.internal.Checks;
import org.junheng.core.value.Label;
import org.junheng.core.value.Ratio;

/**
 * A coverage rate of one subject: the exact ratio of its counts, or "not applicable" with the reason when
 * the denominator is zero or the facts are not in the records (a zero denominator is not 0% and not 100%;
 * general decisions). Immutable and thread-safe.
 *
 * @param indicator the indicator
 * @param subject what was measured: a jurisdiction, a location, an ownership, or "all"
 * @param numerator the count in the numerator; 0 when not applicable
 * @param denominator the count in the denominator; 0 when not applicable
 * @param notApplicable why there is no rate; null when there is one
 */
public record Rate(CoverageIndicator indicator, String subject, long numerator, long denominator, Label notApplicable) {

    /** Checks the counts and supplies the zero-denominator reason. */
    public Rate {
        Checks.notNull(indicator, "indicator");
        Checks.notBlank(subject, "subject");
        Checks.nonNegative(numerator, "numerator");
        Checks.nonNegative(denominator, "denominator");
        Checks.check(numerator <= denominator || denominator == 0, "numerator (%d) must not exceed denominator (%d)",
                numerator, denominator);
        if (denominator == 0 && notApplicable == null) {
            notApplicable = Label.of("分母为零: " + indicator.denominatorLabel().zh() + "为 0",
                    "zero denominator: no " + indicator.denominatorLabel().en());
        }
    }

    /**
     * The rate from counts a researcher copies out of a yearbook.
     *
     * @throws IllegalArgumentException if a count is negative or the numerator exceeds a non-zero denominator
     */
    public static Rate of(CoverageIndicator indicator, String subject, long numerator, long denominator) {
        return new Rate(indicator, subject, numerator, denominator, null);
    }

    /**
     * COV-3, the consolidation rate of one cohort (义务教育巩固率) by the official statistical definition:
     * its graduates at the end of junior school over its enrolment in grade 1, {@code graduates / enrolled},
     * with no netting of transfers (the definition of the yearbooks, and the default).
     *
     * @param jurisdiction the jurisdiction, for the subject
     * @param entryYear the year the cohort entered grade 1
     * @param graduationYear the year it left junior school; after {@code entryYear}
     * @param enrolled the cohort's grade-1 enrolment
     * @param graduates the cohort's junior graduates; at most {@code enrolled}
     * @return the rate; "not applicable" when {@code enrolled} is 0
     * @throws IllegalArgumentException if a count is negative or the years are out of order
     */
    public static Rate consolidation(String jurisdiction, int entryYear, int graduationYear, long enrolled, long graduates) {
        Checks.check(graduationYear > entryYear, "graduationYear (%d) must follow entryYear (%d)", graduationYear, entryYear);
        return of(CoverageIndicator.CONSOLIDATION, jurisdiction + " cohort " + entryYear + "-" + graduationYear, graduates,
                enrolled);
    }

    /**
     * COV-3 with the netted definition, an option beside the official one: graduates over the grade-1
     * enrolment net of transfers and deaths, {@code graduates / (enrolled + transfersIn − transfersOut − deaths)}.
     *
     * @param jurisdiction the jurisdiction, for the subject
     * @param entryYear the year the cohort entered grade 1
     * @param graduationYear the year it left junior school; after {@code entryYear}
     * @param enrolled the cohort's grade-1 enrolment
     * @param transfersIn pupils who joined the cohort
     * @param transfersOut pupils who left it
     * @param deaths pupils who died
     * @param graduates the cohort's junior graduates; at most the net cohort
     * @return the rate, its subject marked "net"
     * @throws IllegalArgumentException if the net cohort is negative or the years are out of order
     */
    public static Rate consolidationNetOfTransfers(String jurisdiction, int entryYear, int graduationYear, long enrolled,
            long transfersIn, long transfersOut, long deaths, long graduates) {
        Checks.check(graduationYear > entryYear, "graduationYear (%d) must follow entryYear (%d)", graduationYear, entryYear);
        long base = enrolled + transfersIn - transfersOut - deaths;
        Checks.check(base >= 0, "the net cohort (%d) must be >= 0", base);
        return of(CoverageIndicator.CONSOLIDATION, jurisdiction + " cohort " + entryYear + "-" + graduationYear + " net",
                graduates, base);
    }

    /** No rate, for a reason. */
    public static Rate notApplicable(CoverageIndicator indicator, String subject, Label reason) {
        return new Rate(indicator, subject, 0, 0, Checks.notNull(reason, "reason"));
    }

    /** The exact ratio; empty when not applicable. */
    public Optional<Ratio> ratio() {
        return denominator == 0 ? Optional.empty() : Optional.of(Ratio.of(numerator, denominator));
    }

    /** {@code "87.50% (350/400)"} or {@code "n/a (zero denominator: …)"}. */
    public String display() {
        return ratio().map(r -> r.toPercent(2, RoundingMode.HALF_UP).toPlainString() + "% (" + numerator + "/" + denominator + ")")
                .orElseGet(() -> "n/a (" + notApplicable.en() + ")");
    }

    /**
     * Prints the rule ID, the indicator's English label, the subject and {@link #display()}, such as
     * {@code "COV-1 <label>, <subject>: 87.50% (350/400)"}.
     */
    @Override
    public String toString() {
        return indicator.rule() + " " + indicator.label().en() + ", " + subject + ": " + display();
    }
}
