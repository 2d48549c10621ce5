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
package org.junheng.indicators.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junheng.core.internal.Checks;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.Labelled;
import org.junheng.core.policy.Strength;
import org.junheng.core.value.Label;

/**
 * A dated target of the policy documents: a jurisdiction, an indicator, a comparison, a threshold in a
 * unit, a deadline, a baseline where the document gives one, and the source (document, clause, rule
 * ID), its {@link Timing kind of date} and its {@link Strength strength}. A target is judged on an
 * observation dated within its window, never on a later year's data: <em>by</em> a deadline, on the last
 * observation on or before it; <em>kept</em> through a period (保持, 巩固), on every observation in it;
 * <em>yearly</em> (每年), on each year's own observation; <em>standing</em> (no date), on the latest. Only a
 * binding target can be "not met". Immutable and thread-safe.
 *
 * @param id a stable ID, such as {@code PJ22-COV-1}
 * @param jurisdiction the jurisdiction that set it
 * @param indicator a {@link org.junheng.indicators.coverage.CoverageIndicator} name, or a measure of the
 *     catalog (counts, hours, yuan)
 * @param comparison at least, at most, or equal
 * @param threshold the threshold in {@code unit}
 * @param unit the unit
 * @param deadline the last day to reach it, or the last day of the period (kept, yearly); null for a
 *     standing standard
 * @param baseline the value the document reports for {@code baselineYear}; null when none
 * @param baselineYear the year of the baseline; 0 when none
 * @param cascades whether it applies to each child jurisdiction as well (rates do; totals do not)
 * @param appliesTo the child jurisdictions it names; empty when it names none
 * @param rule the rule ID of the rule catalog
 * @param document the document's short name
 * @param clause the clause
 * @param note what a reader should know; may be empty
 * @param timing the kind of date
 * @param from the first day of the period of a kept or yearly target; null otherwise
 * @param strength how strongly the document states it
 */
public record Target(String id, DivisionCode jurisdiction, String indicator, Comparison comparison, BigDecimal threshold,
        Unit unit, LocalDate deadline, BigDecimal baseline, int baselineYear, boolean cascades, List<DivisionCode> appliesTo,
        String rule, String document, String clause, String note, Timing timing, LocalDate from, Strength strength) {

    /** Checks the target's components: its ID, dates, threshold and strength. */
    public Target {
        Checks.notBlank(id, "id");
        Checks.notNull(jurisdiction, "jurisdiction");
        Checks.notBlank(indicator, "indicator");
        Checks.notNull(comparison, "comparison");
        Checks.notNull(threshold, "threshold");
        Checks.notNull(unit, "unit");
        appliesTo = List.copyOf(appliesTo);
        Checks.notBlank(rule, "rule");
        Checks.notBlank(document, "document");
        Checks.notNull(clause, "clause");
        Checks.notNull(note, "note");
        Checks.check(threshold.signum() >= 0, "threshold (%s) must be >= 0", threshold);
        Checks.check(unit != Unit.PERCENT || threshold.compareTo(BigDecimal.valueOf(100)) <= 0,
                "threshold (%s%%) must be at most 100%%", threshold);
        Checks.check((baseline == null) == (baselineYear == 0), "a baseline has a year, and a year a baseline");
        Checks.check(baseline == null || deadline == null || baselineYear <= deadline.getYear(),
                "baselineYear (%d) must not follow the deadline (%s)", baselineYear, deadline);
        Checks.notNull(timing, "timing");
        Checks.notNull(strength, "strength");
        Checks.check((timing == Timing.STANDING) == (deadline == null), "%s: a %s target %s a deadline", id, timing,
                timing == Timing.STANDING ? "has no" : "needs");
        Checks.check((timing == Timing.KEPT || timing == Timing.YEARLY) == (from != null), "%s: a %s target %s a start (from)",
                id, timing, from == null ? "needs" : "has no");
        Checks.check(from == null || !from.isAfter(deadline), "%s: from (%s) must not follow the deadline (%s)", id, from,
                deadline);
    }

    /** The kind of date of a target. */
    public enum Timing implements Labelled {
        /** 到…年, 于…前: reached by a deadline. */
        BY("期限", "by"),
        /** 保持, 巩固: kept at every observation of a period. */
        KEPT("保持", "kept"),
        /** 每年, 年度: each year on its own. */
        YEARLY("每年", "yearly"),
        /** No date: a standing standard. */
        STANDING("常设", "standing");

        private final Label label;

        Timing(String zh, String en) {
            this.label = Label.of(zh, en);
        }

        /** The kind of date as the documents say it (期限, 保持, 每年, 常设). */
        @Override
        public Label label() {
            return label;
        }
    }

    /** The comparison of a target. */
    public enum Comparison {
        /** 不低于, 达到, 以上: observed {@code >=} threshold. */
        AT_LEAST("≥"),
        /** 不超过, 以内, 控制在, 以下: observed {@code <=} threshold. */
        AT_MOST("≤"),
        /** Equal. */
        EQUAL("=");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        /** The comparison as a sign: ≥, ≤ or =. */
        public String symbol() {
            return symbol;
        }

        /** Whether {@code sign}, the sign of observed − threshold, satisfies the comparison. */
        public boolean holds(int sign) {
            return switch (this) {
                case AT_LEAST -> sign >= 0;
                case AT_MOST -> sign <= 0;
                case EQUAL -> sign == 0;
            };
        }
    }

    /** The unit of a threshold and of the values observed against it. */
    public enum Unit {
        PERCENT, COUNT, YUAN, HOURS, DAYS, YEARS
    }

    /** Whether the target concerns {@code code}: its own jurisdiction, a child it names, or any child when it cascades. */
    public boolean appliesTo(DivisionCode code) {
        return jurisdiction.equals(code) || appliesTo.contains(code)
                || (cascades && appliesTo.isEmpty() && !jurisdiction.equals(code) && jurisdiction.contains(code));
    }

    /** {@code "PJ22-COV-1 211100 INCLUSIVE_KINDERGARTEN ≥ 85% by 2025-12-31"}. */
    @Override
    public String toString() {
        return id + " " + jurisdiction + " " + indicator + " " + comparison.symbol() + " " + threshold.toPlainString()
                + (unit == Unit.PERCENT ? "%" : " " + unit.name().toLowerCase(java.util.Locale.ROOT))
                + switch (timing) {
                    case BY -> " by " + deadline;
                    case KEPT -> " kept " + from + "/" + deadline;
                    case YEARLY -> " yearly " + from.getYear() + "-" + deadline.getYear();
                    case STANDING -> " (standing)";
                } + (strength.isBinding() ? "" : " [" + strength.label().en() + "]");
    }
}
