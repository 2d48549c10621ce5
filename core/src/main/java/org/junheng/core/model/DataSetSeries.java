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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junheng.core.internal.Checks;
import org.junheng.core.value.SchoolYear;

/**
 * Data over several school years: one {@link DataSet} snapshot per school year (the same kinds of record,
 * each on its own reference date), and dated values for what no record holds. A target is judged on the
 * snapshot or value dated within its window, never on a later year's data.
 *
 * <p>Snapshots are kept in order of their reference dates; two snapshots in one school year are refused.
 * {@code equals} compares the name, the snapshots and the values. Immutable and thread-safe.
 *
 * @param name the series' name
 * @param snapshots the snapshots, at least one, in order of reference date
 * @param observations dated values, in order of date then indicator
 */
public record DataSetSeries(String name, List<DataSet> snapshots, List<DatedValue> observations) {

    /**
     * Checks the name and that there is at least one snapshot and at most one per school year; sorts the
     * snapshots by reference date and the values by date then indicator.
     */
    public DataSetSeries {
        Checks.notBlank(name, "name");
        List<DataSet> sorted = new ArrayList<>(Checks.notNull(snapshots, "snapshots"));
        Checks.check(!sorted.isEmpty(), "a series needs at least one snapshot");
        sorted.sort(Comparator.comparing(DataSet::asOf));
        for (int i = 1; i < sorted.size(); i++) {
            SchoolYear a = SchoolYear.containing(sorted.get(i - 1).asOf());
            SchoolYear b = SchoolYear.containing(sorted.get(i).asOf());
            Checks.check(!a.equals(b), "two snapshots in school year %s (%s and %s): one per school year", a,
                    sorted.get(i - 1).asOf(), sorted.get(i).asOf());
        }
        snapshots = List.copyOf(sorted);
        List<DatedValue> values = new ArrayList<>(Checks.notNull(observations, "observations"));
        values.sort(Comparator.comparing(DatedValue::date).thenComparing(DatedValue::indicator));
        observations = List.copyOf(values);
    }

    /** A series of one snapshot and no dated values. */
    public static DataSetSeries of(DataSet snapshot) {
        Checks.notNull(snapshot, "snapshot");
        return new DataSetSeries(snapshot.name(), List.of(snapshot), List.of());
    }

    /** The latest snapshot. */
    public DataSet latest() {
        return snapshots.get(snapshots.size() - 1);
    }

    /** The last snapshot dated on or before {@code date}, if any. */
    public Optional<DataSet> onOrBefore(LocalDate date) {
        Checks.notNull(date, "date");
        DataSet found = null;
        for (DataSet d : snapshots) {
            if (!d.asOf().isAfter(date)) {
                found = d;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The snapshots dated within {@code [from, to]}, both included, in order. */
    public List<DataSet> between(LocalDate from, LocalDate to) {
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        return snapshots.stream().filter(d -> !d.asOf().isBefore(from) && !d.asOf().isAfter(to)).toList();
    }

    /** The dated values of one indicator, in order of date. */
    public List<DatedValue> observations(String indicator) {
        Checks.notNull(indicator, "indicator");
        return observations.stream().filter(v -> v.indicator().equals(indicator)).toList();
    }

    /** {@code "示例县 series: 3 snapshots 2024-09-01 … 2026-09-01, 12 dated values"}. */
    @Override
    public String toString() {
        return name + " series: " + snapshots.size() + " snapshots " + snapshots.get(0).asOf() + " … " + latest().asOf()
                + ", " + observations.size() + " dated values";
    }
}
