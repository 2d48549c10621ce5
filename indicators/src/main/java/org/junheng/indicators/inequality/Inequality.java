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

import java.util.function.ToDoubleFunction;
import java.util.stream.Collector;
import org.junheng.core.internal.Checks;

/**
 * One-shot methods and {@link Collector}s for the inequality measures of BAL-7. Every collector builds
 * the measure's accumulator and combines partial ones, so a parallel stream gives the one-pass answer.
 *
 * <pre>{@code
 * double gini = schools.stream().collect(Inequality.toDistribution(s -> s.perStudent(), s -> s.students())).gini();
 * }</pre>
 */
public final class Inequality {
    private Inequality() {
    }

    /** Weighted moments (mean, variance, CV) of a stream. */
    public static <T> Collector<T, ?, WeightedMoments> toMoments(ToDoubleFunction<T> value, ToDoubleFunction<T> weight) {
        Checks.notNull(value, "value");
        Checks.notNull(weight, "weight");
        return Collector.of(WeightedMoments::new, (m, t) -> m.accept(value.applyAsDouble(t), weight.applyAsDouble(t)),
                WeightedMoments::combine);
    }

    /** The sorted distribution (Gini, percentiles, ranges, McLoone, Verstegen, Hoover) of a stream. */
    public static <T> Collector<T, ?, Distribution> toDistribution(ToDoubleFunction<T> value, ToDoubleFunction<T> weight) {
        Checks.notNull(value, "value");
        Checks.notNull(weight, "weight");
        return Collector.of(Distribution::new, (d, t) -> d.accept(value.applyAsDouble(t), weight.applyAsDouble(t)),
                Distribution::combine);
    }

    /** GE(α) of a stream. */
    public static <T> Collector<T, ?, GeneralizedEntropy> toGeneralizedEntropy(double alpha, ToDoubleFunction<T> value,
            ToDoubleFunction<T> weight) {
        return Collector.of(() -> GeneralizedEntropy.withAlpha(alpha),
                (g, t) -> g.accept(value.applyAsDouble(t), weight.applyAsDouble(t)), GeneralizedEntropy::combine);
    }

    /** A(ε) of a stream. */
    public static <T> Collector<T, ?, Atkinson> toAtkinson(double epsilon, ToDoubleFunction<T> value,
            ToDoubleFunction<T> weight) {
        return Collector.of(() -> Atkinson.withEpsilon(epsilon),
                (a, t) -> a.accept(value.applyAsDouble(t), weight.applyAsDouble(t)), Atkinson::combine);
    }

    /** The student-weighted coefficient of variation of BAL-4 (population form). */
    public static double coefficientOfVariation(double[] values, double[] weights) {
        return WeightedMoments.of(values, weights).coefficientOfVariation();
    }

    /** The weighted Gini coefficient. */
    public static double gini(double[] values, double[] weights) {
        return Distribution.of(values, weights).gini();
    }

    /** Theil's T. */
    public static double theil(double[] values, double[] weights) {
        return GeneralizedEntropy.of(1, values, weights);
    }

    /** The mean log deviation. */
    public static double meanLogDeviation(double[] values, double[] weights) {
        return GeneralizedEntropy.of(0, values, weights);
    }

    /** The Atkinson index A(ε). */
    public static double atkinson(double epsilon, double[] values, double[] weights) {
        return Atkinson.of(epsilon, values, weights);
    }

    /**
     * Theil's T, the mean log deviation and A(1) in one pass over the arrays, one logarithm per value for
     * all three: the same values, to the last bit, as {@link #theil}, {@link #meanLogDeviation} and
     * {@code atkinson(1, …)}, in about the time of one of them.
     *
     * @throws IllegalArgumentException naming the index of the first bad value or weight (values must be
     *         positive), or if the lengths differ
     */
    public static LogMeasures logMeasures(double[] values, double[] weights) {
        GeneralizedEntropy[] both = GeneralizedEntropy.theilAndMeanLogDeviation(values, weights,
                Chunks.parallel(values.length));
        double meanLogDeviation = both[1].value();
        return new LogMeasures(both[0].value(), meanLogDeviation, 1 - Math.exp(-meanLogDeviation));
    }
}
