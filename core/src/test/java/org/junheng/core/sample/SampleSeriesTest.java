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
package org.junheng.core.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DataSetSeries;
import org.junheng.core.model.School;
import org.junit.jupiter.api.Test;

/** The sample county over three school years (issue 10, "the sample becomes a series"). */
class SampleSeriesTest {
    private static final DataSetSeries SERIES = SampleCounty.series();

    @Test
    void theSampleSeriesHasThreeSnapshotsTheLastBeingTodaysSample() {
        assertEquals(List.of(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 9, 1), LocalDate.of(2026, 9, 1)),
                SERIES.snapshots().stream().map(DataSet::asOf).toList());
        assertSame(SampleCounty.dataSet(), SERIES.latest());
        assertSame(SERIES, SampleCounty.series());
        assertEquals(SampleCounty.dataSet().name(), SERIES.name());
        assertEquals(11, SERIES.observations().size());
    }

    @Test
    void earlierYearsHaveFewerInclusiveSchoolsLargerClassesAndOnlyWhatWasThere() {
        DataSet y2024 = SERIES.snapshots().get(0);
        DataSet y2026 = SERIES.latest();
        long inclusive2024 = y2024.schools().stream().filter(School::inclusive).count();
        long inclusive2025 = SERIES.snapshots().get(1).schools().stream().filter(School::inclusive).count();
        long inclusive2026 = y2026.schools().stream().filter(School::inclusive).count();
        // the county has one private inclusive kindergarten: it is not yet inclusive in 2024 and 2025
        assertEquals(List.of(inclusive2026 - 1, inclusive2026 - 1), List.of(inclusive2024, inclusive2025));
        assertEquals(y2026.classes().get(0).size() + 2 * SampleSeries.LARGER_CLASSES_A_YEAR, y2024.classes().get(0).size());
        assertTrue(y2024.teachers().size() < y2026.teachers().size());
        assertTrue(y2024.teachers().stream().noneMatch(t -> t.hireDate().isAfter(y2024.asOf())));
        assertTrue(y2024.funding().stream().allMatch(f -> f.year() <= 2023));
        assertTrue(y2024.rotations().isEmpty());
        assertEquals(2024, y2024.schoolFunding().get(0).year() + 1);
        assertEquals(y2026.schools().size(), y2024.schools().size());
    }
}
