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
package org.junheng.indicators.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junheng.core.gen.Properties.qt;

import org.junheng.core.gen.DomainGens;
import org.junheng.core.model.RecordType;
import org.junheng.core.sample.SampleCounty;
import org.junit.jupiter.api.Test;

class DataSetSummaryTest {

    private static int sum(java.util.Map<?, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Test
    void theSampleIsCountedWhole() {
        var data = SampleCounty.dataSet();
        var s = DataSetSummary.of(data);
        assertEquals(30, sum(s.schoolsByType()));
        assertEquals(data.students().size(), sum(s.studentsByStage()));
        assertEquals(5, s.studentsWithoutSchool(), "the sample's university students and adult graduate");
        assertEquals(data.teachers().size(), s.byDistrict().get(SampleCounty.CODE)[1]);
    }

    @Test
    void propertyNoRecordIsDroppedFromTheCounts() {
        qt().forAll(DomainGens.dataSets()).check(d -> {
            var s = DataSetSummary.of(d);
            int studentsAtSchools = sum(s.studentsByLocation());
            return sum(s.schoolsByType()) == d.schools().size()
                    && sum(s.schoolsByLocation()) == d.schools().size()
                    && sum(s.schoolsByOwnership()) == d.schools().size()
                    && sum(s.studentsByStage()) == d.students().size()
                    && studentsAtSchools + s.studentsWithoutSchool() == d.students().size()
                    && sum(s.studentsByOwnership()) == studentsAtSchools
                    && s.records().get(RecordType.TEACHERS) == d.teachers().size()
                    && s.equals(DataSetSummary.of(d));
        });
    }
}
