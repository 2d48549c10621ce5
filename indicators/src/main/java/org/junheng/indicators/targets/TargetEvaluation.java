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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import org.junheng.core.internal.Checks;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DataSetSeries;
import org.junheng.core.model.DatedValue;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.Jurisdiction;
import org.junheng.core.model.School;
import org.junheng.core.policy.Policy;
import org.junheng.indicators.coverage.CoverageIndicator;
import org.junheng.indicators.coverage.CoverageIndicators;

/**
 * The targets that concern a data set's jurisdiction, judged on a date: observed values come from the
 * data set's records where an indicator can be computed from them, and from the values supplied
 * otherwise (counts of schools built, lessons made, events held); a target with neither is "without
 * data". The data set's jurisdiction is the deepest one that contains all its schools; a parent's rate
 * targets apply to it (read as its own share), a parent's totals do not. Immutable and thread-safe.
 */
public final class TargetEvaluation {
    private TargetEvaluation() {
    }

    /** The jurisdiction a data set describes: the deepest one containing all its schools. */
    public static Optional<DivisionCode> focus(DataSet data) {
        Checks.notNull(data, "data");
        DivisionCode best = null;
        for (Jurisdiction j : data.jurisdictions()) {
            boolean containsAll = !data.schools().isEmpty();
            for (School s : data.schools()) {
                if (!j.code().contains(s.jurisdiction())) {
                    containsAll = false;
                    break;
                }
            }
            if (containsAll && (best == null || j.level().compareTo(best.level()) > 0)) {
                best = j.code();
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Judges the catalog's targets for the data set's jurisdiction on {@code date}.
     *
     * @param supplied observed values by indicator, for what the records do not hold; they take
     *     precedence over values computed from the records
     */
    public static List<TargetResult> of(DataSet data, TargetCatalog catalog, LocalDate date, Map<String, Observation> supplied) {
        Checks.notNull(data, "data");
        Checks.notNull(catalog, "catalog");
        Checks.notNull(date, "date");
        Checks.notNull(supplied, "supplied");
        DivisionCode focus = focus(data).orElse(null);
        if (focus == null) {
            return List.of();
        }
        List<TargetResult> results = new ArrayList<>();
        for (Target t : catalog.forJurisdiction(focus)) {
            Observation o = supplied.get(t.indicator());
            if (o == null && isCoverage(t.indicator())) {
                CoverageIndicators computed = CoverageIndicators.of(data, CoverageIndicator.valueOf(t.indicator()));
                o = computed.overall().ratio().map(r -> Observation.ofRate(t.indicator(), r)).orElse(null);
            }
            results.add(TargetResult.evaluate(t, date, o));
        }
        return results;
    }

    /**
     * Judges the catalog's targets for the series' jurisdiction (the {@link #focus} of its latest
     * snapshot) on the series' last date: only targets whose rule {@code policy} holds, each on the
     * observations dated within its window (issue 10, item 1). Observations come from every snapshot
     * (indicators computed from its records, dated on its reference date) and from the series' dated
     * values, which take precedence over a computed value of the same date. 基本 without a number is judged
     * on the policy's {@value TargetResult#BASICALLY_SHARE} where the policy gives one.
     *
     * @return the results in catalog order, a yearly target giving one a year
     */
    public static List<TargetResult> of(DataSetSeries series, TargetCatalog catalog, Policy policy) {
        Checks.notNull(series, "series");
        return of(series, catalog, policy, lastDate(series));
    }

    /** As {@link #of(DataSetSeries, TargetCatalog, Policy)}, judged on {@code date}: nothing dated after it is used. */
    public static List<TargetResult> of(DataSetSeries series, TargetCatalog catalog, Policy policy, LocalDate date) {
        Checks.notNull(series, "series");
        Checks.notNull(catalog, "catalog");
        Checks.notNull(policy, "policy");
        Checks.notNull(date, "date");
        DivisionCode focus = focus(series.latest()).orElse(null);
        BigDecimal share = basicallyShare(policy);
        if (focus == null) {
            return List.of();
        }
        Map<String, List<DatedObservation>> computed = new HashMap<>();
        List<TargetResult> results = new ArrayList<>();
        for (Target t : catalog.forJurisdiction(focus)) {
            if (!policy.holds(t.rule())) {
                continue;
            }
            results.addAll(TargetResult.judge(t, date, observations(series, policy, t, computed), share));
        }
        return results;
    }

    /** The last date the series describes: its latest snapshot or dated value. */
    public static LocalDate lastDate(DataSetSeries series) {
        Checks.notNull(series, "series");
        LocalDate last = series.latest().asOf();
        for (DatedValue v : series.observations()) {
            if (v.date().isAfter(last)) {
                last = v.date();
            }
        }
        return last;
    }

    /** The policy's number for 基本, in percent; null when the profile declares it without a value. */
    static BigDecimal basicallyShare(Policy policy) {
        if (!policy.has(TargetResult.BASICALLY_SHARE) || !policy.hasValue(TargetResult.BASICALLY_SHARE)) {
            return null;
        }
        return policy.percentage(TargetResult.BASICALLY_SHARE).percent();
    }

    /** The target's observations: one a snapshot where its records give the indicator, and the dated values. */
    static List<DatedObservation> observations(DataSetSeries series, Policy policy, Target t,
            Map<String, List<DatedObservation>> cache) {
        Map<LocalDate, DatedObservation> byDate = new TreeMap<>();
        if (t.unit() == Target.Unit.PERCENT && isCoverage(t.indicator())) {
            for (DatedObservation o : cache.computeIfAbsent(t.indicator(), k -> fromSnapshots(series, policy, k))) {
                byDate.put(o.date(), o);
            }
        }
        for (DatedValue v : series.observations(t.indicator())) {
            byDate.put(v.date(), DatedObservation.of(v, t.unit()));
        }
        return List.copyOf(byDate.values());
    }

    private static List<DatedObservation> fromSnapshots(DataSetSeries series, Policy policy, String indicator) {
        List<DatedObservation> found = new ArrayList<>();
        for (DataSet d : series.snapshots()) {
            // the policy's own thresholds (COV-5 class sizes, COV-7 counties)
            CoverageIndicators c = CoverageIndicators.of(d, policy, CoverageIndicator.valueOf(indicator));
            c.overall().ratio().ifPresent(r -> found.add(new DatedObservation(Observation.ofRate(indicator, r), d.asOf(),
                    "snapshot " + d.asOf())));
        }
        return found;
    }

    private static boolean isCoverage(String indicator) {
        for (CoverageIndicator c : CoverageIndicator.values()) {
            if (c.name().equals(indicator)) {
                return c.fromRecords();
            }
        }
        return false;
    }
}
