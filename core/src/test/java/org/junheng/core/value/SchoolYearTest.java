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
package org.junheng.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junheng.core.gen.Properties.qt;

import java.time.LocalDate;
import org.junheng.core.gen.DomainGens;
import org.junit.jupiter.api.Test;

class SchoolYearTest {

    @Test
    void aSchoolYearRunsFromSeptemberToAugust() {
        SchoolYear y = SchoolYear.of(2024);
        assertEquals(LocalDate.of(2024, 9, 1), y.firstDay());
        assertEquals(LocalDate.of(2025, 8, 31), y.lastDay());
        assertEquals(y, SchoolYear.containing(LocalDate.of(2025, 8, 31)));
        assertEquals(y.next(), SchoolYear.containing(LocalDate.of(2025, 9, 1)));
    }

    @Test
    void toStringParsesBack() {
        assertEquals("2024-2025", SchoolYear.of(2024).toString());
        assertEquals(SchoolYear.of(2024), SchoolYear.parse("2024-2025"));
        assertThrows(IllegalArgumentException.class, () -> SchoolYear.parse("2024-2026"));
        assertThrows(IllegalArgumentException.class, () -> SchoolYear.parse("2024"));
    }

    @Test
    void propertyEveryDateIsInExactlyTheYearThatContainsIt() {
        qt().forAll(DomainGens.dates()).check(d -> {
            SchoolYear y = SchoolYear.containing(d);
            return y.contains(d) && !y.next().contains(d) && !y.previous().contains(d)
                    && SchoolYear.parse(y.toString()).equals(y);
        });
    }
}
