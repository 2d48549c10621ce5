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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junheng.core.gen.Properties.qt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junheng.core.gen.DomainGens;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class RatioTest {

    @Test
    void aZeroDenominatorIsNotARatio() {
        var e = assertThrows(IllegalArgumentException.class, () -> Ratio.of(0, 0));
        assertEquals("denominator (0) must be > 0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Ratio.of(-1, 5));
    }

    @Test
    void thresholdsIncludeTheirBoundary() {
        Ratio r = Ratio.of(99, 100);
        assertTrue(r.isAtLeast(Percentage.of(99)), "不低于 99% includes 99%");
        assertTrue(r.isAtMost(Percentage.of(99)), "不超过 99% includes 99%");
        assertFalse(Ratio.of(989, 1000).isAtLeast(Percentage.of(99)));
    }

    @Test
    void equalsIsAsGivenAndIsEqualIsByValue() {
        assertNotEquals(Ratio.of(3, 4), Ratio.of(6, 8));
        assertTrue(Ratio.of(3, 4).isEqual(Ratio.of(6, 8)));
        assertEquals(0, Ratio.of(3, 4).compareTo(Ratio.of(6, 8)));
    }

    @Test
    void toStringShowsCountsAndRoundedPercent() {
        assertEquals("17/20 (85.00%)", Ratio.of(17, 20).toString());
        assertEquals("2/3 (66.67%)", Ratio.of(2, 3).toString());
        assertEquals(new BigDecimal("66.6"), Ratio.of(2, 3).toPercent(1, RoundingMode.DOWN));
    }

    @Test
    void propertyThresholdComparisonAgreesWithExactDecimals() {
        qt().forAll(SourceDSL.longs().between(0, 1_000_000), SourceDSL.longs().between(1, 1_000_000),
                DomainGens.percentages()).check((n, d, p) -> {
                    BigDecimal lhs = BigDecimal.valueOf(n).multiply(BigDecimal.valueOf(100));
                    BigDecimal rhs = p.percent().multiply(BigDecimal.valueOf(d));
                    Ratio r = Ratio.of(n, d);
                    return r.isAtLeast(p) == (lhs.compareTo(rhs) >= 0) && r.isAtMost(p) == (lhs.compareTo(rhs) <= 0);
                });
    }
}
