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
package org.junheng.indicators.chart;

import static org.junheng.core.gen.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Axis scales: round steps, ticks that cover the domain exactly, pixels linear and in the right direction. */
class ScaleTest {

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(new BigDecimal("0.2"), Scale.niceStep(0.15));
        assertEquals(new BigDecimal("0.5"), Scale.niceStep(0.3));
        assertEquals(0, new BigDecimal("1").compareTo(Scale.niceStep(0.7)));
        assertEquals(0, new BigDecimal("1").compareTo(Scale.niceStep(1)));
        assertEquals(0, new BigDecimal("500").compareTo(Scale.niceStep(240)));
        assertEquals(0, new BigDecimal("0.001").compareTo(Scale.niceStep(0.001)));
        assertThrows(IllegalArgumentException.class, () -> Scale.niceStep(0));
    }

    @Test
    void ticksAreExactDecimalsWithoutBinaryNoise() {
        Scale s = Scale.nice(0, 0.9, 9, 0, 0, 100);
        List<String> labels = s.ticks().stream().map(Scale::label).toList();
        assertEquals(List.of("0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9"), labels);
    }

    @Test
    void percentAxisAndPixelDirection() {
        Scale y = Scale.nice(0, 100, 5, 0, 300, 40);
        assertEquals(List.of("0", "20", "40", "60", "80", "100"), y.ticks().stream().map(Scale::label).toList());
        assertEquals(300, y.map(0), 1e-9);
        assertEquals(40, y.map(100), 1e-9);
        assertEquals(170, y.map(50), 1e-9, "linear: the middle value at the middle pixel");
    }

    @Test
    void yearsTickOnWholeYears() {
        Scale x = Scale.nice(2020, 2025, 8, 1, 0, 500);
        assertEquals(List.of("2020", "2021", "2022", "2023", "2024", "2025"), x.ticks().stream().map(Scale::label).toList());
        Scale wide = Scale.nice(1990, 2030, 8, 1, 0, 500);
        assertEquals("5", Scale.label(wide.step()));
    }

    @Test
    void aSingleValueStillHasAnAxis() {
        Scale s = Scale.nice(7, 7, 5, 0, 0, 100);
        assertTrue(s.low() < 7 && s.high() > 7);
        Scale zero = Scale.nice(0, 0, 5, 0, 0, 100);
        assertTrue(zero.low() < 0 && zero.high() > 0);
    }

    @Test
    void refusesBadDomains() {
        assertThrows(IllegalArgumentException.class, () -> Scale.nice(2, 1, 5, 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Scale.nice(Double.NaN, 1, 5, 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Scale.nice(0, 1, 0, 0, 0, 1));
    }

    @Test
    void ticksCoverTheDomainAscendingAndEvenlySpaced() {
        qt().forAll(doubles().between(-1e6, 1e6), doubles().between(0, 1e6), integers().between(1, 12))
                .check((low, span, count) -> {
                    Scale s = Scale.nice(low, low + span, count, 0, 0, 600);
                    List<BigDecimal> ticks = s.ticks();
                    boolean covers = s.low() <= low && s.high() >= low + span;
                    boolean ends = ticks.get(0).doubleValue() == s.low() && ticks.get(ticks.size() - 1).doubleValue() == s.high();
                    boolean even = true;
                    for (int i = 1; i < ticks.size(); i++) {
                        even &= ticks.get(i).subtract(ticks.get(i - 1)).compareTo(s.step()) == 0;
                    }
                    boolean fewEnough = ticks.size() <= 2 * count + 3;
                    boolean monotone = s.map(s.high()) > s.map(s.low());
                    return covers && ends && even && fewEnough && monotone;
                });
    }
}
