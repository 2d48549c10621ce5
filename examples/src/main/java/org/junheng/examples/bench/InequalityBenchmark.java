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
package org.junheng.examples.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junheng.indicators.inequality.Atkinson;
import org.junheng.indicators.inequality.Distribution;
import org.junheng.indicators.inequality.GeneralizedEntropy;
import org.junheng.indicators.inequality.WeightedMoments;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The inequality measures on ten million (value, weight) pairs (issues 7 and 12): the weighted Gini,
 * which sorts, and the one-pass measures. Values are log-normal like per-student spending, weights whole
 * numbers of pupils. Arrays this long are taken in parallel on every processor the JVM sees; for one
 * core, pin it:
 *
 * <pre>
 * java -Xmx4g -cp examples/target/junheng.jar org.openjdk.jmh.Main InequalityBenchmark
 * taskset -c 0 java -Xmx4g -cp examples/target/junheng.jar org.openjdk.jmh.Main InequalityBenchmark
 * </pre>
 *
 * Side by side with numpy on the same pairs: {@code examples/scripts/numpy-compare.sh} ({@link NumpyComparison}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class InequalityBenchmark {

    /** The number of (value, weight) pairs. */
    @Param({"10000000"})
    public int size;

    private double[] values;
    private double[] weights;

    /** Draws the pairs from a fixed seed, so that every run measures the same data. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        values = new double[size];
        weights = new double[size];
        for (int i = 0; i < size; i++) {
            values[i] = Math.exp(9.5 + 0.4 * gaussian(random));
            weights[i] = 1 + random.nextInt(1000);
        }
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    /** The weighted Gini coefficient, including the radix sort it needs. */
    @Benchmark
    public double gini() {
        return Distribution.of(values, weights).gini();
    }

    /** The weighted coefficient of variation (BAL-4), in two passes over the arrays. */
    @Benchmark
    public double coefficientOfVariation() {
        return WeightedMoments.of(values, weights).coefficientOfVariation();
    }

    /** Theil's T, GE(1): one logarithm per value. */
    @Benchmark
    public double theil() {
        return GeneralizedEntropy.of(1, values, weights);
    }

    /** The mean log deviation, GE(0): one logarithm per value. */
    @Benchmark
    public double meanLogDeviation() {
        return GeneralizedEntropy.of(0, values, weights);
    }

    /** GE(2), half the squared coefficient of variation: no logarithm, a square per value. */
    @Benchmark
    public double generalizedEntropy2() {
        return GeneralizedEntropy.of(2, values, weights);
    }

    /** A(1), the mean log deviation behind it: one logarithm per value. */
    @Benchmark
    public double atkinsonOne() {
        return Atkinson.of(1, values, weights);
    }

    /** A(0.5), the GE(0.5) behind it: one square root per value. */
    @Benchmark
    public double atkinsonHalf() {
        return Atkinson.of(0.5, values, weights);
    }
}
