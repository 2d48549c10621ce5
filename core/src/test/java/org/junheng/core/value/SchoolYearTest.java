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
