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
package org.junheng.examples.spark;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junheng.core.value.Money;
import org.junheng.indicators.balance.CountyAssessment;
import org.junheng.indicators.balance.IndicatorValue;
import org.junheng.indicators.balance.SchoolAssessment;
import org.junheng.indicators.funding.YearCheck;
import org.junheng.indicators.rules.Finding;

/**
 * The library's results flattened into plain serializable values, so that they can travel from Spark's
 * executors to the driver: every number as the library computed it (money in fen, exact decimals as
 * {@link BigDecimal}), every finding with its rule, verdict, explanation and facts. Equal results give
 * equal figures, which is how the job is compared with the single-machine library.
 */
public final class Figures {
    private Figures() {
    }

    /**
     * A finding: rule, subject, verdict, the English and Chinese explanation, the facts as
     * {@code name=value} in the library's order, and the measure's numbers where it has them.
     *
     * @param rule the rule ID
     * @param subject what was checked
     * @param verdict the verdict's name
     * @param en the explanation in English
     * @param zh the explanation in Chinese
     * @param facts the facts used, {@code name=value}
     * @param value the measured value, or null
     * @param threshold the threshold, or null
     * @param shortfall the shortfall, or null
     */
    public record FindingFigures(String rule, String subject, String verdict, String en, String zh, List<String> facts,
            BigDecimal value, BigDecimal threshold, BigDecimal shortfall) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** The figures of a finding. */
        public static FindingFigures of(Finding f) {
            List<String> facts = new ArrayList<>();
            f.facts().forEach((k, v) -> facts.add(k + "=" + v));
            return new FindingFigures(f.rule(), f.subject(), f.verdict().name(), f.explanation().en(),
                    f.explanation().zh(), List.copyOf(facts),
                    f.measure().map(m -> m.value()).orElse(null),
                    f.measure().flatMap(m -> m.threshold()).orElse(null),
                    f.measure().flatMap(m -> m.shortfall()).orElse(null));
        }

        /** {@code "BAL-3 990101 primary: MET"}, for messages. */
        @Override
        public String toString() {
            return rule + " " + subject + ": " + verdict;
        }
    }

    /**
     * One BAL-1 indicator of one school section.
     *
     * @param indicator the indicator's name
     * @param amount the exact amount the rate divides
     * @param students the section's students
     * @param threshold the national threshold
     */
    public record IndicatorFigures(String indicator, BigDecimal amount, long students, BigDecimal threshold)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * One school section of a county (BAL-1, BAL-2).
     *
     * @param schoolId the school
     * @param stage the section's stage
     * @param students its students
     * @param values its BAL-1 indicators
     * @param bal2 its BAL-2 finding
     */
    public record SectionFigures(String schoolId, String stage, long students, List<IndicatorFigures> values,
            FindingFigures bal2) implements Serializable {
        private static final long serialVersionUID = 1L;

        static SectionFigures of(SchoolAssessment s) {
            List<IndicatorFigures> values = new ArrayList<>();
            for (IndicatorValue v : s.values()) {
                values.add(new IndicatorFigures(v.indicator().name(), v.amount(), v.students(), v.threshold()));
            }
            return new SectionFigures(s.schoolId(), s.stage().name(), s.students(), List.copyOf(values),
                    FindingFigures.of(s.bal2()));
        }
    }

    /**
     * A county's balance assessment (BAL-1 to BAL-3, with BAL-5 and BAL-6 beside them).
     *
     * @param county the county's code
     * @param name its name
     * @param verdict the county verdict
     * @param sections every section assessed, stage by stage in the library's order
     * @param findings each stage's BAL-3 findings (one per indicator's CV), then BAL-5, then BAL-6
     * @param exclusions the schools left out, {@code id: reason}
     */
    public record CountyFigures(String county, String name, FindingFigures verdict, List<SectionFigures> sections,
            List<FindingFigures> findings, List<String> exclusions) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** The figures of a county assessment. */
        public static CountyFigures of(CountyAssessment a) {
            List<SectionFigures> sections = new ArrayList<>();
            List<FindingFigures> findings = new ArrayList<>();
            for (CountyAssessment.StageAssessment stage : a.stages().values()) {
                stage.schools().forEach(s -> sections.add(SectionFigures.of(s)));
                stage.bal3().forEach(f -> findings.add(FindingFigures.of(f)));
                if (stage.bal5() != null) {
                    findings.add(FindingFigures.of(stage.bal5()));
                }
                stage.bal6().forEach(f -> findings.add(FindingFigures.of(f)));
            }
            List<String> exclusions = a.exclusions().stream().map(e -> e.schoolId() + ": " + e.reason()).toList();
            return new CountyFigures(a.county().value(), a.name(), FindingFigures.of(a.verdict()), List.copyOf(sections),
                    List.copyOf(findings), List.copyOf(exclusions));
        }
    }

    /**
     * One year of a jurisdiction's funding checked against the year before (FIN-1, FIN-2).
     *
     * @param jurisdiction the jurisdiction's code
     * @param year the budget year
     * @param expenditureFen the year's expenditure, in fen
     * @param students the year's enrolled students
     * @param base what the year was compared with
     * @param priorExpenditureFen the compared expenditure in fen, or null
     * @param priorStudents the compared students, or null
     * @param fin1 the FIN-1 finding
     * @param fin2 the FIN-2 finding
     * @param fin1ShortfallFen FIN-1's shortfall in fen, or null
     * @param fin2ShortfallFen FIN-2's shortfall in fen, or null
     */
    public record YearFigures(String jurisdiction, int year, long expenditureFen, long students, String base,
            Long priorExpenditureFen, Long priorStudents, FindingFigures fin1, FindingFigures fin2,
            Long fin1ShortfallFen, Long fin2ShortfallFen) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** The figures of a year's check. */
        public static YearFigures of(YearCheck c) {
            return new YearFigures(c.jurisdiction().value(), c.year(), c.expenditure().fen(), c.students(),
                    c.base() == null ? null : c.base().name(), fen(c.priorExpenditure()), c.priorStudents(),
                    FindingFigures.of(c.fin1()), FindingFigures.of(c.fin2()), fen(c.fin1Shortfall()),
                    fen(c.fin2Shortfall()));
        }

        private static Long fen(Money m) {
            return m == null ? null : m.fen();
        }
    }
}
