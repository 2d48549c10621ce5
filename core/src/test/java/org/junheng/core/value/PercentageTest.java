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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junheng.core.gen.Properties.qt;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junheng.core.gen.DomainGens;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class PercentageTest {

    @Test
    void minimumCountIsTheCeilingOfTheExactProduct() {
        // 15% of 20 teachers is exactly 3, not 3.0000000000000004; of 21 it is 4 (ROT-1)
        assertEquals(3, Percentage.of(15).minimumCount(20));
        assertEquals(4, Percentage.of(15).minimumCount(21));
        assertEquals(0, Percentage.of(15).minimumCount(0));
        assertEquals(2, Percentage.of(20).minimumCount(7));
        assertEquals(1, Percentage.of(10).minimumCount(10));
        assertEquals(2, Percentage.of(10).minimumCount(11));
        assertEquals(99, Percentage.of(new BigDecimal("98.5")).minimumCount(100));
    }

    @Test
    void isMetByComparesExactly() {
        assertTrue(Percentage.of(15).isMetBy(3, 20));
        assertFalse(Percentage.of(15).isMetBy(2, 20));
        assertFalse(Percentage.of(15).isMetBy(149, 1000), "14.9% fails 15%");
        assertTrue(Percentage.of(15).isMetBy(150, 1000), "15% passes 15%");
    }

    @Test
    void outOfRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Percentage.of(101));
        assertThrows(IllegalArgumentException.class, () -> Percentage.of(-1));
        assertThrows(IllegalArgumentException.class, () -> Percentage.parse("fifteen"));
        assertThrows(NullPointerException.class, () -> Percentage.of(null));
    }

    @Test
    void toStringParsesBack() {
        assertEquals("15%", Percentage.of(15).toString());
        assertEquals("98.5%", Percentage.parse("98.50%").toString());
        assertEquals(Percentage.of(15), Percentage.parse("15.0%"));
        assertEquals(new BigDecimal("0.15"), Percentage.of(15).fraction());
    }

    @Test
    void propertyMinimumCountIsTheSmallestWholeNumberMeetingTheRate() {
        qt().forAll(DomainGens.percentages(), SourceDSL.longs().between(0, 100_000)).check((p, base) -> {
            long k = p.minimumCount(base);
            BigInteger n = BigInteger.valueOf(base);
            boolean meets = base == 0 ? k == 0 : p.isMetBy(k, base);
            boolean smallest = k == 0 || p.compareWith(BigInteger.valueOf(k - 1), n.max(BigInteger.ONE)) > 0;
            return meets && smallest;
        });
    }

    @Test
    void propertyMinimumCountAtEveryWholePercentToTenThousand() {
        qt().withExamples(2000).forAll(SourceDSL.integers().between(0, 100), SourceDSL.longs().between(1, 10_000))
                .check((percent, base) -> {
                    long k = Percentage.of(percent).minimumCount(base);
                    return k * 100 >= percent * base && (k == 0 || (k - 1) * 100 < percent * base);
                });
    }

    @Test
    void propertyMoreBaseNeverLowersTheMinimum() {
        qt().forAll(DomainGens.percentages(), SourceDSL.longs().between(0, 1_000_000)).check(
                (p, base) -> p.minimumCount(base + 1) >= p.minimumCount(base));
    }
}
