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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junheng.core.gen.Properties.qt;

import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * BAL-4 and BAL-7 on long arrays: the chunked, parallel path gives the one-by-one value within 1e-12
 * relative, the same bits as the sequential path, and the log-based measures agree with a compensated
 * sum of {@link Math#log} to 1e-12.
 */
class InequalityParallelTest {
    private static final double[] ALPHAS = {-1, 0.5, 2};
    private static final double[] EPSILONS = {0.5, 1, 2};

    /**
     * Samples past the parallel threshold, as {values, weights}: log-normal of spread 0.01 to 2 around
     * 10^-40 to 10^40, weights whole pupils or fractions. Drawn from a generated seed, so there is nothing
     * for QuickTheories to shrink: the properties run without shrinking, and a failure names its sample.
     */
    private static Gen<double[][]> largeSamples() {
        return largeSamples(0.01);
    }

    /** {@link #largeSamples()} with a log-spread of at least {@code minSpread}. */
    private static Gen<double[][]> largeSamples(double minSpread) {
        return in -> {
            int n = SourceDSL.integers().between(Chunks.PARALLEL_FROM, Chunks.PARALLEL_FROM + 2 * Chunks.SIZE + 123).generate(in);
            SplittableRandom random = new SplittableRandom(SourceDSL.longs().all().generate(in));
            double spread = SourceDSL.doubles().between(minSpread, 2).generate(in);
            double scale = Math.pow(10, SourceDSL.integers().between(-40, 40).generate(in));
            boolean wholeWeights = SourceDSL.booleans().all().generate(in);
            double[] x = new double[n];
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = scale * Math.exp(spread * random.nextGaussian());
                w[i] = wholeWeights ? 1 + random.nextInt(1000) : 0.001 + 10 * random.nextDouble();
            }
            return new double[][] {x, w};
        };
    }

    /** n pairs of value 100 and weight 2, for tests that then spoil a few. */
    private static double[][] hundredsOfWeightTwo(int n) {
        double[] x = new double[n];
        double[] w = new double[n];
        java.util.Arrays.fill(x, 100);
        java.util.Arrays.fill(w, 2);
        return new double[][] {x, w};
    }

    /** The accumulator given, having accepted the pairs one by one. */
    private static GeneralizedEntropy oneByOne(GeneralizedEntropy empty, double[] x, double[] w) {
        for (int i = 0; i < x.length; i++) {
            empty.accept(x[i], w[i]);
        }
        return empty;
    }

    private static void assertClose(double expected, double actual, String what) {
        assertTrue(Math.abs(actual - expected) <= 1e-12 * Math.abs(expected),
                () -> what + ": " + actual + " against " + expected + ", relative " + Math.abs(actual - expected) / Math.abs(expected));
    }

    @Test
    void BAL_7_theilAndMeanLogDeviationInParallelEqualTheOneByOneValue() {
        qt().withExamples(6).withShrinkCycles(0).forAll(largeSamples()).checkAssert(s -> checkGeneralizedEntropy(s, 0, 1));
    }

    /**
     * GE(α) for α other than 0 and 1, and A(ε) for ε ≠ 1, come out of a power mean over the mean's power,
     * less 1: as the inequality tends to 0 that difference loses the digits the sums hold, on the
     * one-by-one path as on the chunked one (about 1e-10 apart at a log-spread of 0.01). The property
     * holds them to 1e-12 from a log-spread of 0.1, an inequality of about 0.005.
     */
    @Test
    void BAL_7_generalizedEntropyAndAtkinsonInParallelEqualTheOneByOneValue() {
        qt().withExamples(6).withShrinkCycles(0).forAll(largeSamples(0.1)).checkAssert(s -> {
            checkGeneralizedEntropy(s, ALPHAS);
            double[] x = s[0];
            double[] w = s[1];
            for (double epsilon : EPSILONS) {
                Atkinson oneByOne = Atkinson.withEpsilon(epsilon);
                for (int i = 0; i < x.length; i++) {
                    oneByOne.accept(x[i], w[i]);
                }
                assertClose(oneByOne.value(), Atkinson.of(epsilon, x, w), "A(" + epsilon + ")");
            }
        });
    }

    private static void checkGeneralizedEntropy(double[][] s, double... alphas) {
        double[] x = s[0];
        double[] w = s[1];
        for (double alpha : alphas) {
            double parallel = GeneralizedEntropy.withAlpha(alpha).acceptAll(x, w, true).value();
            double sequential = GeneralizedEntropy.withAlpha(alpha).acceptAll(x, w, false).value();
            GeneralizedEntropy oneByOne = oneByOne(GeneralizedEntropy.withAlpha(alpha), x, w);
            assertEquals(sequential, parallel, "GE(" + alpha + "): the same bits on any number of threads");
            assertClose(oneByOne.value(), parallel, "GE(" + alpha + ")");
        }
    }

    @Test
    void BAL_4_coefficientOfVariationInParallelEqualsTheOneByOneValue() {
        qt().withExamples(6).withShrinkCycles(0).forAll(largeSamples()).checkAssert(s -> {
            WeightedMoments parallel = WeightedMoments.of(s[0], s[1], true);
            WeightedMoments oneByOne = new WeightedMoments();
            for (int i = 0; i < s[0].length; i++) {
                oneByOne.accept(s[0][i], s[1][i]);
            }
            assertEquals(WeightedMoments.of(s[0], s[1], false).coefficientOfVariation(), parallel.coefficientOfVariation());
            assertClose(oneByOne.coefficientOfVariation(), parallel.coefficientOfVariation(), "CV");
            assertClose(oneByOne.mean(), parallel.mean(), "mean");
            assertEquals(oneByOne.count(), parallel.count());
        });
    }

    @Test
    void BAL_7_giniInParallelEqualsTheOneByOneValue() {
        qt().withExamples(6).withShrinkCycles(0).forAll(largeSamples()).checkAssert(s -> {
            double parallel = Distribution.of(s[0], s[1], true).gini();
            Distribution oneByOne = new Distribution();
            for (int i = 0; i < s[0].length; i++) {
                oneByOne.accept(s[0][i], s[1][i]);
            }
            assertEquals(Distribution.of(s[0], s[1], false).gini(), parallel);
            assertClose(oneByOne.gini(), parallel, "Gini");
        });
    }

    @Test
    void BAL_7_theParallelRadixSortIsTheStableSortOfTheSequentialOne() {
        qt().withExamples(5).withShrinkCycles(0).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            int n = Chunks.PARALLEL_FROM + random.nextInt(100_000);
            double[] values = new double[n];
            double[] weights = new double[n];
            for (int i = 0; i < n; i++) {
                // few distinct values, both signs, both zeros, so that stability and the key transform show
                values[i] = random.nextInt(4) == 0 ? (random.nextBoolean() ? 0.0 : -0.0)
                        : (random.nextInt(2000) - 1000) * Math.pow(10, random.nextInt(9) - 4);
                weights[i] = i; // the original position: a stable sort keeps equal values in this order
            }
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(i -> values[i] == 0 ? 0.0 : values[i]));
            double[] parallelValues = values.clone();
            double[] parallelWeights = weights.clone();
            RadixSort.sort(parallelValues, parallelWeights, n, true);
            RadixSort.sort(values, weights, n, false);
            assertTrue(java.util.Arrays.equals(values, parallelValues) && java.util.Arrays.equals(weights, parallelWeights));
            for (int i = 0; i < n; i++) {
                assertEquals(order[i], (int) weights[i], "position " + i);
            }
        });
    }

    /** Theil T, the MLD and A(1) by their definitions, with Neumaier sums of {@link Math#log}. */
    private static double[] compensatedReference(double[] x, double[] w) {
        Sum total = new Sum();
        Sum weighted = new Sum();
        for (int i = 0; i < x.length; i++) {
            total.add(w[i]);
            weighted.add(w[i] * x[i]);
        }
        double mean = weighted.value() / total.value();
        Sum theil = new Sum();
        Sum mld = new Sum();
        for (int i = 0; i < x.length; i++) {
            double r = x[i] / mean;
            double log = Math.log(r);
            theil.add(w[i] * r * log);
            mld.add(-w[i] * log);
        }
        double meanLogDeviation = mld.value() / total.value();
        // A(1) = 1 − exp(mean ln x)/μ = 1 − exp(−MLD), computed as −expm1(−MLD) to keep small values' digits
        return new double[] {theil.value() / total.value(), meanLogDeviation, -Math.expm1(-meanLogDeviation)};
    }

    @Test
    void BAL_7_logBasedMeasuresAgreeWithACompensatedSumOfMathLog() {
        qt().withExamples(10).withShrinkCycles(0).forAll(largeSamples()).checkAssert(s -> {
            double[] reference = compensatedReference(s[0], s[1]);
            assertClose(reference[0], Inequality.theil(s[0], s[1]), "Theil T");
            assertClose(reference[1], Inequality.meanLogDeviation(s[0], s[1]), "MLD");
            assertClose(reference[2], Inequality.atkinson(1, s[0], s[1]), "A(1)");
        });
    }

    /**
     * The log loops test a block's pairs one by one only when a value or weight lies outside
     * [2^-128, 2^128) or is not positive, and then keep the block's sums as they are. Such blocks must
     * give what every other path gives: here every weight is scaled out of that range (which changes no
     * measure), or some values are moved to 1e-50 and 1e50, or, for Theil's T with zeros allowed, some
     * values are zero.
     */
    @Test
    void BAL_7_blocksWithRareMagnitudesOrAllowedZerosGiveTheValueOfTheOtherPaths() {
        qt().withExamples(8).withShrinkCycles(0).forAll(largeSamples(), SourceDSL.longs().all()).checkAssert((s, seed) -> {
            SplittableRandom random = new SplittableRandom(seed);
            double[] x = s[0].clone();
            double[] w = s[1].clone();
            int kind = random.nextInt(3);
            if (kind == 0) {
                double scale = random.nextBoolean() ? 1e-42 : 1e42;
                for (int i = 0; i < w.length; i++) {
                    w[i] *= scale;
                }
            } else {
                for (int k = 0; k < 40; k++) {
                    x[random.nextInt(x.length)] = kind == 1 ? (random.nextBoolean() ? 1e-50 : 1e50) : 0;
                }
            }
            if (kind < 2) {
                double[] reference = compensatedReference(x, w);
                assertClose(reference[0], Inequality.theil(x, w), "Theil T");
                assertClose(reference[1], Inequality.meanLogDeviation(x, w), "MLD");
                assertEquals(Inequality.theil(x, w), Inequality.logMeasures(x, w).theil(), "Theil T in one pass");
                checkGeneralizedEntropy(new double[][] {x, w}, 0, 1);
            } else {
                Supplier<GeneralizedEntropy> theil = () -> GeneralizedEntropy.theil().with(ZeroValues.USE_LIMITS);
                double parallel = theil.get().acceptAll(x, w, true).value();
                double sequential = theil.get().acceptAll(x, w, false).value();
                GeneralizedEntropy oneByOne = oneByOne(theil.get(), x, w);
                assertEquals(sequential, parallel, "Theil T with zeros: the same bits on any number of threads");
                assertClose(oneByOne.value(), parallel, "Theil T with zeros");
            }
        });
    }

    @Test
    void BAL_7_aBlockWithARareButValidPairStillNamesItsFirstBadPair() {
        int n = 3 * Chunks.SIZE;
        double[][] pairs = hundredsOfWeightTwo(n);
        double[] x = pairs[0];
        double[] w = pairs[1];
        int block = Chunks.SIZE + 5 * 1024;
        x[block + 3] = 1e-50; // valid, so the block is checked pair by pair
        w[block + 9] = 1e50; // valid too
        x[block + 10] = 0; // allowed for Theil's T with zeros, refused by the mean log deviation
        w[block + 700] = Double.POSITIVE_INFINITY;
        var zero = assertThrows(IllegalArgumentException.class, () -> Inequality.logMeasures(x, w));
        assertTrue(zero.getMessage().startsWith("at index " + (block + 10) + ": value (0.0)"), zero.getMessage());
        var infinity = assertThrows(IllegalArgumentException.class,
                () -> GeneralizedEntropy.theil().with(ZeroValues.USE_LIMITS).acceptAll(x, w));
        assertTrue(infinity.getMessage().startsWith("at index " + (block + 700) + ": weight (Infinity)"), infinity.getMessage());
        w[block + 700] = 2;
        GeneralizedEntropy oneByOne = oneByOne(GeneralizedEntropy.theil().with(ZeroValues.USE_LIMITS), x, w);
        assertClose(oneByOne.value(), GeneralizedEntropy.theil().with(ZeroValues.USE_LIMITS).acceptAll(x, w).value(), "Theil T");
    }

    @Test
    void BAL_7_aChunkOfZerosAddsItsWeightOnlyWhenTheilAllowsZeros() {
        int n = Chunks.PARALLEL_FROM;
        double[] x = new double[n];
        double[] w = new double[n];
        java.util.Arrays.fill(w, 3);
        for (int i = Chunks.SIZE; i < n; i++) {
            x[i] = 1 + i % 7; // the first chunk holds zeros only: no reference value at all
        }
        GeneralizedEntropy oneByOne = oneByOne(GeneralizedEntropy.theil().with(ZeroValues.USE_LIMITS), x, w);
        for (boolean parallel : new boolean[] {true, false}) {
            assertClose(oneByOne.value(), GeneralizedEntropy.theil().with(ZeroValues.USE_LIMITS).acceptAll(x, w, parallel).value(),
                    "Theil T with a chunk of zeros");
        }
    }

    @Test
    void BAL_7_theilMeanLogDeviationAndAtkinsonInOnePassAreTheSeparateMeasuresToTheLastBit() {
        qt().withExamples(4).withShrinkCycles(0).forAll(largeSamples()).checkAssert(s -> {
            LogMeasures all = Inequality.logMeasures(s[0], s[1]);
            assertEquals(Inequality.theil(s[0], s[1]), all.theil());
            assertEquals(Inequality.meanLogDeviation(s[0], s[1]), all.meanLogDeviation());
            assertEquals(Inequality.atkinson(1, s[0], s[1]), all.atkinson1());
            // and a short prefix, below the parallel threshold, with its own chunk boundary
            double[] x = java.util.Arrays.copyOf(s[0], Chunks.SIZE + 3);
            double[] w = java.util.Arrays.copyOf(s[1], Chunks.SIZE + 3);
            LogMeasures prefix = Inequality.logMeasures(x, w);
            assertEquals(Inequality.theil(x, w), prefix.theil());
            assertEquals(Inequality.meanLogDeviation(x, w), prefix.meanLogDeviation());
            assertEquals(Inequality.atkinson(1, x, w), prefix.atkinson1());
        });
    }

    @Test
    void BAL_7_theOnePassLogMeasuresNameTheFirstBadPairAndRefuseZeros() {
        int n = 3 * Chunks.PARALLEL_FROM;
        double[][] pairs = hundredsOfWeightTwo(n);
        double[] x = pairs[0];
        double[] w = pairs[1];
        x[2 * Chunks.SIZE] = 0; // the first value of a chunk
        x[n - 5] = Double.NaN;
        for (boolean parallel : new boolean[] {true, false}) {
            var zero = assertThrows(IllegalArgumentException.class,
                    () -> GeneralizedEntropy.theilAndMeanLogDeviation(x, w, parallel));
            assertTrue(zero.getMessage().startsWith("at index " + 2 * Chunks.SIZE + ": value (0.0)"), zero.getMessage());
        }
        x[2 * Chunks.SIZE] = 100;
        var nan = assertThrows(IllegalArgumentException.class, () -> Inequality.logMeasures(x, w));
        assertTrue(nan.getMessage().startsWith("at index " + (n - 5) + ": value (NaN)"), nan.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Inequality.logMeasures(new double[2], new double[3]));
    }

    @Test
    void BAL_7_theFirstBadPairIsNamedWithItsIndexWhateverTheThreads() {
        int n = 3 * Chunks.PARALLEL_FROM;
        double[][] pairs = hundredsOfWeightTwo(n);
        double[] x = pairs[0];
        double[] w = pairs[1];
        x[n - 5] = Double.NaN;
        w[Chunks.SIZE + 7] = -1;
        for (boolean parallel : new boolean[] {true, false}) {
            var theil = assertThrows(IllegalArgumentException.class, () -> GeneralizedEntropy.theil().acceptAll(x, w, parallel));
            assertTrue(theil.getMessage().startsWith("at index " + (Chunks.SIZE + 7) + ": weight (-1.0)"), theil.getMessage());
            var cv = assertThrows(IllegalArgumentException.class, () -> WeightedMoments.of(x, w, parallel));
            assertTrue(cv.getMessage().startsWith("at index " + (Chunks.SIZE + 7) + ": weight (-1.0)"), cv.getMessage());
            var gini = assertThrows(IllegalArgumentException.class, () -> Distribution.of(x, w, parallel));
            assertTrue(gini.getMessage().startsWith("at index " + (Chunks.SIZE + 7) + ": weight (-1.0)"), gini.getMessage());
        }
        w[Chunks.SIZE + 7] = 2;
        var nan = assertThrows(IllegalArgumentException.class, () -> GeneralizedEntropy.meanLogDeviation().acceptAll(x, w, true));
        assertTrue(nan.getMessage().startsWith("at index " + (n - 5) + ": value (NaN)"), nan.getMessage());
    }
}
