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
package org.junheng.indicators.inequality;

import static org.junheng.core.gen.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The range every value and weight of the measures (BAL-7) must lie in, tested from its bits. */
class ValuesTest {

    private static boolean byComparison(double v) {
        return v >= Values.MIN_MAGNITUDE && v <= Values.MAX_MAGNITUDE;
    }

    @Test
    void inRangeFromTheBitsAgreesWithTwoComparisonsOnEveryBitPattern() {
        int[] outcomes = new int[2];
        qt().withExamples(20_000).forAll(longs().all()).check(bits -> {
            double v = Double.longBitsToDouble(bits);
            outcomes[byComparison(v) ? 1 : 0]++;
            return Values.inRange(v) == byComparison(v);
        });
        // random bits land in range about one time in ten: both answers are exercised
        assertTrue(outcomes[0] > 1000 && outcomes[1] > 1000, outcomes[0] + " outside, " + outcomes[1] + " inside");
    }

    @Test
    void inRangeAtItsEdgesAndTheSpecialValues() {
        for (double v : new double[] {Values.MIN_MAGNITUDE, Values.MAX_MAGNITUDE, Math.nextUp(Values.MIN_MAGNITUDE),
                Math.nextDown(Values.MAX_MAGNITUDE), 1}) {
            assertTrue(Values.inRange(v), () -> v + " is in range");
        }
        for (double v : new double[] {Math.nextDown(Values.MIN_MAGNITUDE), Math.nextUp(Values.MAX_MAGNITUDE), 0.0, -0.0,
                -1, -Values.MIN_MAGNITUDE, -Values.MAX_MAGNITUDE, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE, Double.longBitsToDouble(-1L)}) {
            assertFalse(Values.inRange(v), () -> v + " is out of range");
        }
    }

    /** Numbers from 2^-150 to 2^150 of either sign as often as any bit pattern (NaN, infinities, subnormals). */
    private static Gen<Double> aroundTheUsualExponents() {
        return longs().all().map(bits -> {
            if ((bits & 7) == 0) {
                return Double.longBitsToDouble(bits);
            }
            double v = Math.scalb(1 + (bits >>> 12) * 0x1p-52, (int) Math.floorMod(bits >> 3, 301L) - 150);
            return (bits & 7) == 1 ? -v : v;
        });
    }

    private static boolean usualByComparison(double v) {
        return v >= 0x1p-128 && v < 0x1p128;
    }

    @Test
    void BAL_7_exponentCodesOfAPairAreUsualExactlyWhenBothLieInTheUsualRangeWhichIsInRange() {
        int[] outcomes = new int[2];
        qt().withExamples(20_000).forAll(aroundTheUsualExponents(), aroundTheUsualExponents()).check((a, b) -> {
            boolean usual = Values.usual(Values.exponentCode(a) | Values.exponentCode(b));
            outcomes[usual ? 1 : 0]++;
            return usual == (usualByComparison(a) && usualByComparison(b)) && (!usual || Values.inRange(a) && Values.inRange(b));
        });
        assertTrue(outcomes[0] > 1000 && outcomes[1] > 1000, outcomes[0] + " not usual, " + outcomes[1] + " usual");
    }

    @Test
    void BAL_7_exponentCodesAtTheUsualRangesEdges() {
        for (double v : new double[] {0x1p-128, Math.nextDown(0x1p128), 1, 100}) {
            assertTrue(Values.usual(Values.exponentCode(v)), () -> v + " is usual");
        }
        for (double v : new double[] {Math.nextDown(0x1p-128), 0x1p128, 0.0, -0.0, -1, Double.NaN, Double.POSITIVE_INFINITY,
                Double.MIN_VALUE, Values.MIN_MAGNITUDE, Values.MAX_MAGNITUDE}) {
            assertFalse(Values.usual(Values.exponentCode(v)), () -> v + " is not usual");
            assertFalse(Values.usual(Values.exponentCode(1) | Values.exponentCode(v)), () -> v + " is not usual beside 1");
        }
    }
}
