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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import java.util.function.DoubleConsumer;
import org.junit.jupiter.api.Test;

/** The table-driven logarithm behind Theil T, the MLD and A(1) (BAL-7), against the JDK's logarithms. */
class FastLogTest {

    /** Distance in ulps of the reference. */
    private static double ulps(double value, double reference) {
        return Math.abs(value - reference) / Math.ulp(reference);
    }

    /** The bits of the first cell's lower edge, 0.707275390625; a cell spans 2^42 bit patterns. */
    private static final long CELL_EDGE = Double.doubleToRawLongBits(0.707275390625);

    /** Feeds values of every kind the measures meet: 1e-60 to 1e60, near 1, the table's edges, powers of two. */
    private static void values(DoubleConsumer check) {
        SplittableRandom random = new SplittableRandom(20261123);
        for (int i = 0; i < 1_000_000; i++) {
            check.accept(Math.pow(10, -60 + 120 * random.nextDouble()));
            check.accept(1 + (random.nextDouble() - 0.5) * Math.scalb(1.0, -random.nextInt(52)));
            // on a cell's edge, a few ulps either side, or at its centre
            long edge = CELL_EDGE + ((long) random.nextInt(1025) << 42);
            long offset = random.nextBoolean() ? random.nextInt(7) - 3 : 1L << 41;
            check.accept(Math.scalb(Double.longBitsToDouble(edge + offset), random.nextInt(398) - 199));
        }
        for (int e = -199; e <= 199; e++) {
            check.accept(Math.scalb(1.0, e));
            check.accept(Math.nextDown(Math.scalb(1.0, e)));
            check.accept(Math.scalb(0.707275390625, e));
            check.accept(Math.nextDown(Math.scalb(0.707275390625, e)));
            check.accept(Math.scalb(1 - 0x1p-12, e)); // the edges of the cell around 1
            check.accept(Math.nextDown(Math.scalb(1 + 0x1p-11, e)));
        }
        for (double extreme : new double[] {1e-60, 1e60, Values.MIN_MAGNITUDE, Values.MAX_MAGNITUDE, Double.MIN_NORMAL,
                Double.MAX_VALUE, 1, Math.nextUp(1.0), Math.nextDown(1.0)}) {
            check.accept(extreme);
        }
    }

    @Test
    void logIsWithinOneUlpOfBothJdkLogarithms() {
        double[] worst = new double[2];
        double[] total = new double[1];
        long[] count = new long[1];
        values(x -> {
            double fast = FastLog.log(x);
            double strict = StrictMath.log(x);
            worst[0] = Math.max(worst[0], ulps(fast, strict));
            worst[1] = Math.max(worst[1], ulps(fast, Math.log(x)));
            total[0] += ulps(fast, strict);
            count[0]++;
            if (ulps(fast, strict) > 1) {
                throw new AssertionError("ln " + x + ": " + fast + " against " + strict);
            }
        });
        assertTrue(worst[0] <= 1 && worst[1] <= 1, "worst ulps " + worst[0] + ", " + worst[1]);
        // correctly rounded mostly: the mean distance from fdlibm's log is a small part of an ulp
        assertTrue(total[0] / count[0] < 0.05, "mean ulps " + total[0] / count[0]);
    }

    /** ln y = 2 atanh((y − 1)/(y + 1)) to 40 digits: the reference for the table. */
    private static BigDecimal ln(BigDecimal y) {
        MathContext mc = new MathContext(40);
        BigDecimal s = y.subtract(BigDecimal.ONE).divide(y.add(BigDecimal.ONE), mc);
        BigDecimal s2 = s.multiply(s, mc);
        BigDecimal power = s;
        BigDecimal sum = BigDecimal.ZERO;
        for (int n = 1; power.abs().compareTo(new BigDecimal("1e-42")) > 0; n += 2) {
            sum = sum.add(power.divide(BigDecimal.valueOf(n), mc), mc);
            power = power.multiply(s2, mc);
        }
        return sum.multiply(BigDecimal.valueOf(2), mc);
    }

    /** head + tail is v to within the tail's rounding, and the head is on the 2^-42 grid. */
    private static void assertSplit(BigDecimal v, double head, double tail, String what) {
        BigDecimal error = v.subtract(new BigDecimal(head)).subtract(new BigDecimal(tail)).abs();
        assertTrue(error.compareTo(new BigDecimal("1e-29")) <= 0, what + ": off by " + error);
        assertEquals(head, Math.rint(Math.scalb(head, 42)) * 0x1p-42, what + ": head on the grid");
        assertTrue(Math.abs(tail) <= 0x1p-43, what + ": tail below half a grid step");
    }

    @Test
    void theTableHoldsEachCellsLogarithmToThirtyDigitsAndEachCellIsWithinTwoToTheMinusElevenOfItsInverse() {
        double[] ln2 = FastLog.ln2();
        assertSplit(ln(BigDecimal.valueOf(2)), ln2[0], ln2[1], "ln 2");
        double[][] table = FastLog.table();
        for (double[] column : table) {
            assertEquals(1024, column.length);
        }
        for (int j = 0; j < 1024; j++) {
            double r = table[2][j];
            assertSplit(ln(new BigDecimal(r)).negate(), table[0][j], table[1][j], "cell " + j);
            // u = z·r − 1 over the cell's z, from its lower edge to its upper one
            double low = Double.longBitsToDouble(CELL_EDGE + ((long) j << 42));
            double high = Double.longBitsToDouble(CELL_EDGE + ((long) (j + 1) << 42));
            assertTrue(Math.abs(low * r - 1) <= 0x1p-11 && Math.abs(high * r - 1) <= 0x1p-11, "cell " + j + ": r = " + r);
            assertEquals(low < 1 && 1 < high, r == 1, "cell " + j + ": r is 1 for the cell around 1 only");
        }
    }

    @Test
    void exactWhereTheLogarithmIsExact() {
        assertEquals(0.0, FastLog.log(1.0));
        assertEquals(Math.log(2), FastLog.log(2.0));
        assertEquals(-Math.log(2) * 100, FastLog.log(Math.scalb(1.0, -100)), Math.ulp(69.3));
    }

    @Test
    void headAndTailAddUpToTheLogarithm() {
        values(x -> {
            double split = FastLog.head(x) + FastLog.tail(x);
            if (ulps(split, StrictMath.log(x)) > 1) {
                throw new AssertionError("ln " + x + " split: " + split);
            }
            double head = FastLog.head(x);
            if (head != Math.rint(Math.scalb(head, 42)) * 0x1p-42) {
                throw new AssertionError("head of " + x + " is not on the 2^-42 grid: " + head);
            }
        });
    }

    @Test
    void logRatioHasTheAbsoluteErrorOfTheTailsOnly() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            double c = Math.pow(10, -60 + 120 * random.nextDouble());
            double x = i % 2 == 0 ? c * (1 + (random.nextDouble() - 0.5) * 1e-6) : Math.pow(10, -60 + 120 * random.nextDouble());
            double ratio = FastLog.logRatio(x, FastLog.head(c), FastLog.tail(c));
            // ln(x/c) = ln1p((x − c)/c) to double precision when x is near c; otherwise the difference of logs.
            // The heads cancel exactly, so the error is that of the tails (below 1e-3): about 1e-19 absolute,
            // where ln x − ln c by two logarithms of about 100 would lose 1e-14.
            double expected = i % 2 == 0 ? Math.log1p((x - c) / c) : StrictMath.log(x) - StrictMath.log(c);
            double scale = i % 2 == 0 ? 1e-3 : Math.max(Math.abs(StrictMath.log(x)), Math.abs(StrictMath.log(c)));
            assertTrue(Math.abs(ratio - expected) <= 4 * Math.ulp(scale), () -> "ln(" + x + "/" + c + ") = " + ratio
                    + ", expected " + expected);
        }
        double c = 12345.678;
        assertEquals(0.0, FastLog.logRatio(c, FastLog.head(c), FastLog.tail(c)));
    }

    @Test
    void argumentsOutsideThePositiveNormalsGoToMathLog() {
        for (double x : new double[] {0.0, -0.0, -1.0, Double.MIN_VALUE, Double.MIN_NORMAL / 3, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.NaN}) {
            assertEquals(Math.log(x), FastLog.log(x), "ln " + x);
        }
    }
}
