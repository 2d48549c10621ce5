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

import java.util.Locale;

/**
 * A mergeable accumulator of the weighted mean and variance, for the coefficient of variation of
 * BAL-4 and BAL-7.
 *
 * <pre>
 * mean     = Σ w_i x_i / W                 W = Σ w_i
 * variance = Σ w_i (x_i − mean)² / W       (population form, as the county assessment computes it)
 * CV       = sqrt(variance) / mean
 * </pre>
 *
 * <p>Updated with West's weighted form of Welford's algorithm and combined with Chan's formula, so that
 * a long stream or a split-and-combine gives the one-pass answer without the cancellation of
 * {@code Σwx² − (Σwx)²/W}. Weights are doubles, so totals past 2^31 (ten million pupils) are exact up to
 * 2^53. Values may be any finite number. With {@link Correction#FREQUENCY} the variance divides by
 * {@code W − 1} (weights as frequencies); the default, {@link Correction#NONE}, is the population form.
 *
 * <p>Not thread-safe; combine per-thread accumulators instead.
 */
public final class WeightedMoments {
    private long count;
    private double weight;
    private double mean;
    private double m2;

    /** An empty accumulator. */
    public WeightedMoments() {
    }

    /** The moments of values with unit weights. */
    public static WeightedMoments of(double... values) {
        WeightedMoments m = new WeightedMoments();
        for (double v : values) {
            m.accept(v, 1);
        }
        return m;
    }

    /**
     * The moments of values with their weights. Arrays in hand allow two passes (the mean, then the
     * centred squares), each summed in blocks: the same answer as accepting them one by one, up to
     * rounding, without a division per value. Long arrays are taken in chunks of {@value Chunks#SIZE}
     * combined in index order (Chan et al.), in parallel above {@value Chunks#PARALLEL_FROM} pairs when
     * more than one processor is available, with the same result to the last bit.
     *
     * @throws IllegalArgumentException naming the index of the first bad value or weight, or if the
     *         lengths differ
     */
    public static WeightedMoments of(double[] values, double[] weights) {
        return of(values, weights, Chunks.parallel(values.length));
    }

    /** {@link #of(double[], double[])}, in parallel or not as asked (the result is the same). */
    static WeightedMoments of(double[] values, double[] weights, boolean parallel) {
        Values.sameLength(values, weights);
        WeightedMoments[] parts = Chunks.map(values.length, (from, to) -> part(values, weights, from, to),
                WeightedMoments[]::new, parallel);
        WeightedMoments m = new WeightedMoments();
        for (WeightedMoments part : parts) {
            m.combine(part);
        }
        return m;
    }

    /** The moments of {@code [from, to)} by two passes. */
    private static WeightedMoments part(double[] values, double[] weights, int from, int to) {
        Sum w = new Sum();
        Sum wx = new Sum();
        double blockW = 0;
        double blockWx = 0;
        for (int i = from; i < to; i++) {
            double x = values[i];
            double v = weights[i];
            if (!(Math.abs(x) <= Values.MAX_MAGNITUDE && v >= Values.MIN_MAGNITUDE && v <= Values.MAX_MAGNITUDE)
                    || (x != 0 && Math.abs(x) < Values.MIN_MAGNITUDE)) {
                try {
                    Values.finite(x);
                    Values.weight(v);
                } catch (IllegalArgumentException e) {
                    throw Chunks.at(i, e);
                }
            }
            blockW += v;
            blockWx += v * x;
            if (((i - from) & 1023) == 1023) {
                w.add(blockW);
                wx.add(blockWx);
                blockW = 0;
                blockWx = 0;
            }
        }
        w.add(blockW);
        wx.add(blockWx);
        WeightedMoments m = new WeightedMoments();
        if (to == from) {
            return m;
        }
        double total = w.value();
        double mean = wx.value() / total;
        boolean equal = true;
        for (int i = from + 1; i < to && equal; i++) {
            equal = values[i] == values[from];
        }
        if (equal) {
            mean = values[from]; // exact: Σwx / Σw may round away from the common value
        }
        Sum squares = new Sum();
        double block = 0;
        for (int i = from; i < to; i++) {
            double d = values[i] - mean;
            block += weights[i] * d * d;
            if (((i - from) & 1023) == 1023) {
                squares.add(block);
                block = 0;
            }
        }
        squares.add(block);
        m.count = to - from;
        m.weight = total;
        m.mean = mean;
        m.m2 = squares.value();
        return m;
    }

    /** Adds a value of weight 1. */
    public WeightedMoments accept(double value) {
        return accept(value, 1);
    }

    /** Adds a value with its weight (for BAL-4, the school's enrolled students). */
    public WeightedMoments accept(double value, double w) {
        Values.finite(value);
        Values.weight(w);
        if (count == 0) {
            count = 1;
            weight = w;
            mean = value; // exact: (value · w) / w may round
            return this;
        }
        count++;
        double newWeight = weight + w;
        double delta = value - mean;
        double r = delta * w / newWeight;
        mean += r;
        m2 += weight * delta * r;
        weight = newWeight;
        return this;
    }

    /** Adds another accumulator's values (Chan et al.). */
    public WeightedMoments combine(WeightedMoments other) {
        if (other.count == 0) {
            return this;
        }
        if (count == 0) {
            count = other.count;
            weight = other.weight;
            mean = other.mean;
            m2 = other.m2;
            return this;
        }
        double newWeight = weight + other.weight;
        double delta = other.mean - mean;
        mean += delta * other.weight / newWeight;
        m2 += other.m2 + delta * delta * weight * other.weight / newWeight;
        weight = newWeight;
        count += other.count;
        return this;
    }

    /** The number of values accepted (a value of weight 3 counts once). */
    public long count() {
        return count;
    }

    /** The sum W of the accepted weights. */
    public double totalWeight() {
        return weight;
    }

    /** The weighted mean. @throws IllegalStateException when empty */
    public double mean() {
        if (count == 0) {
            throw Values.empty("the mean");
        }
        return mean;
    }

    /** The population variance (or with {@code correction}). */
    public double variance(Correction correction) {
        if (count == 0) {
            throw Values.empty("the variance");
        }
        if (correction == Correction.FREQUENCY) {
            if (!(weight > 1)) {
                throw new IllegalStateException("the corrected variance needs a total weight > 1, not " + weight);
            }
            return Math.max(0, m2) / (weight - 1);
        }
        return Math.max(0, m2) / weight;
    }

    /** The population variance {@code Σ w (x − mean)² / W}. @throws IllegalStateException when empty */
    public double variance() {
        return variance(Correction.NONE);
    }

    /** The population standard deviation, the square root of {@link #variance()}, in the values' unit. */
    public double standardDeviation() {
        return Math.sqrt(variance());
    }

    /**
     * The coefficient of variation, {@code sd / mean}.
     *
     * @throws IllegalStateException when empty or the mean is not positive (a CV is not defined there)
     */
    public double coefficientOfVariation(Correction correction) {
        double m = mean();
        if (!(m > 0)) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "the coefficient of variation needs a positive mean, not %s", m));
        }
        return Math.sqrt(variance(correction)) / m;
    }

    /**
     * The population coefficient of variation {@code sd / mean} (BAL-4).
     * @throws IllegalStateException when empty or the mean is not positive
     */
    public double coefficientOfVariation() {
        return coefficientOfVariation(Correction.NONE);
    }

    /** A copy, so that a result can be taken and accumulation go on. */
    public WeightedMoments copy() {
        return new WeightedMoments().combine(this);
    }

    /**
     * Prints {@code WeightedMoments[n=…, W=…, mean=…, sd=…]} with mean and sd to six significant digits,
     * or {@code WeightedMoments[empty]}.
     */
    @Override
    public String toString() {
        return count == 0 ? "WeightedMoments[empty]" : String.format(Locale.ROOT,
                "WeightedMoments[n=%d, W=%s, mean=%.6g, sd=%.6g]", count, weight, mean, standardDeviation());
    }
}
