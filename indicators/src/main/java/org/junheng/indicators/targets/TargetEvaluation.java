package org.junheng.indicators.targets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junheng.core.internal.Checks;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.Jurisdiction;
import org.junheng.core.model.School;
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

    private static boolean isCoverage(String indicator) {
        for (CoverageIndicator c : CoverageIndicator.values()) {
            if (c.name().equals(indicator)) {
                return c.fromRecords();
            }
        }
        return false;
    }
}
