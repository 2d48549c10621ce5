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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junheng.core.internal.Checks;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.FundingRecord;
import org.junheng.core.value.Money;

/**
 * Rolls the funding of districts up into their city (or cities into a province): each year's
 * expenditure is the sum of the children's expenditure and its students the sum of their students, so a
 * city's per-student figure is total over total, never an average of per-student figures (FIN-2).
 *
 * <p>An accumulator: {@link #accept} records one at a time, {@link #combine} two partial roll-ups (a
 * split of the children), {@link #result} the parent's series. A restated prior year (同口径) rolls up
 * as the sum of the children's restated figures, taking a child's own prior-year record where it gives
 * no restatement; when that record is missing too, the parent's year carries no restatement. Children
 * of one year must share a definition. Not thread-safe; the result is immutable.
 */
public final class FundingRollUp {
    private final DivisionCode parent;
    private final Map<DivisionCode, Map<Integer, FundingRecord>> children = new TreeMap<>();

    private FundingRollUp(DivisionCode parent) {
        this.parent = parent;
    }

    /** An empty roll-up into {@code parent}. */
    public static FundingRollUp into(DivisionCode parent) {
        return new FundingRollUp(Checks.notNull(parent, "parent"));
    }

    /** The roll-up of the given records into {@code parent}. */
    public static List<FundingRecord> of(DivisionCode parent, List<FundingRecord> records) {
        FundingRollUp r = into(parent);
        records.forEach(r::accept);
        return r.result();
    }

    /**
     * Adds a child's record.
     *
     * @throws IllegalArgumentException if the record is not of a division within the parent, or repeats a
     *     child's year
     */
    public FundingRollUp accept(FundingRecord record) {
        Checks.notNull(record, "record");
        DivisionCode child = record.jurisdiction();
        Checks.check(!child.equals(parent) && parent.contains(child), "%s does not lie within %s", child, parent);
        Checks.check(children.computeIfAbsent(child, k -> new TreeMap<>()).putIfAbsent(record.year(), record) == null,
                "year %d of %s appears twice", record.year(), child);
        return this;
    }

    /** Adds another roll-up into the same parent: the same as accepting its records. */
    public FundingRollUp combine(FundingRollUp other) {
        Checks.check(other.parent.equals(parent), "roll-ups into %s and %s cannot combine", parent, other.parent);
        other.children.values().forEach(years -> years.values().forEach(this::accept));
        return this;
    }

    /** The parent's series, one record per year that any child has. */
    public List<FundingRecord> result() {
        TreeMap<Integer, List<FundingRecord>> byYear = new TreeMap<>();
        children.values().forEach(years -> years.values().forEach(
                r -> byYear.computeIfAbsent(r.year(), k -> new ArrayList<>()).add(r)));
        List<FundingRecord> series = new ArrayList<>();
        byYear.forEach((year, records) -> {
            String definition = records.get(0).definition();
            long expenditure = 0;
            long students = 0;
            boolean anyRestated = false;
            for (FundingRecord r : records) {
                Checks.check(r.definition().equals(definition), "year %d mixes definitions %s and %s", year,
                        definition, r.definition());
                expenditure = Math.addExact(expenditure, r.expenditure().fen());
                students = Math.addExact(students, r.students());
                anyRestated |= r.restatedPriorExpenditure() != null;
            }
            Money restated = null;
            Long restatedStudents = null;
            if (anyRestated) {
                long e = 0;
                long n = 0;
                boolean complete = true;
                for (FundingRecord r : records) {
                    FundingRecord prior = children.get(r.jurisdiction()).get(year - 1);
                    if (r.restatedPriorExpenditure() != null) {
                        e = Math.addExact(e, r.restatedPriorExpenditure().fen());
                        n = Math.addExact(n, r.restatedPriorStudents());
                    } else if (prior != null) {
                        e = Math.addExact(e, prior.expenditure().fen());
                        n = Math.addExact(n, prior.students());
                    } else {
                        complete = false;
                    }
                }
                if (complete) {
                    restated = Money.ofFen(e);
                    restatedStudents = n;
                }
            }
            series.add(new FundingRecord(parent, year, definition, Money.ofFen(expenditure), students, restated,
                    restatedStudents, null, null, null, null, null, null, null, null));
        });
        return List.copyOf(series);
    }
}
