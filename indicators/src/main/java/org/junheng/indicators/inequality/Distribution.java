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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junheng.core.internal.Checks;

/**
 * A mergeable accumulator that keeps every (value, weight) pair, for the measures that need the sorted
 * distribution (BAL-7): the Gini coefficient and its Lorenz curve, weighted percentiles, the range
 * measures, the McLoone and Verstegen indices and the Hoover index.
 *
 * <p>Conventions, stated once:
 * <ul>
 *   <li>Weights are frequencies: every measure equals the measure of the sample in which each value is
 *       repeated as often as its weight, so scaling all weights changes nothing.</li>
 *   <li>The weighted percentile {@code P(p)} is the smallest value whose cumulative weight reaches
 *       {@code p·W} (the lower inverse of the weighted distribution); the median is {@code P(0.5)}. For
 *       pupils as weights, {@code P(0.05)} and {@code P(0.95)} are the 5th and 95th percentile of pupils,
 *       as the US federal range ratio asks (34 CFR 222.162).</li>
 *   <li>Gini, McLoone, Verstegen, Hoover and the ratios need values at least zero with a positive total
 *       (McLoone and Verstegen a positive median);
 *       the range ratio and the federal range ratio need a positive denominator. Otherwise they throw
 *       {@link IllegalStateException}: never NaN.</li>
 * </ul>
 *
 * <p>Sorting is a radix sort of the values' bits carrying the weights along, linear in the count. Not
 * thread-safe; combine per-thread accumulators instead.
 */
public final class Distribution {
    private double[] values = new double[16];
    private double[] weights = new double[16];
    private int size;
    private boolean sorted = true;

    /** An empty distribution. */
    public Distribution() {
    }

    /**
     * The distribution of values with their weights, checked in chunks of {@value Chunks#SIZE} (in
     * parallel above {@value Chunks#PARALLEL_FROM} pairs when more than one processor is available, as is
     * the sort that the measures start with).
     *
     * @throws IllegalArgumentException naming the index of the first bad value or weight, or if the
     *         lengths differ
     */
    public static Distribution of(double[] values, double[] weights) {
        return of(values, weights, Chunks.parallel(values.length));
    }

    /** {@link #of(double[], double[])}, checked in parallel or not as asked. */
    static Distribution of(double[] values, double[] weights, boolean parallel) {
        Values.sameLength(values, weights);
        int n = values.length;
        Boolean[] ascending = Chunks.map(n, (from, to) -> check(values, weights, from, to), Boolean[]::new, parallel);
        Distribution d = new Distribution();
        d.ensure(n);
        System.arraycopy(values, 0, d.values, 0, n);
        System.arraycopy(weights, 0, d.weights, 0, n);
        d.size = n;
        for (int c = 0; c < ascending.length; c++) {
            int start = c * Chunks.SIZE;
            d.sorted &= ascending[c] && (c == 0 || values[start - 1] <= values[start]);
        }
        return d;
    }

    /** Checks the pairs of {@code [from, to)} as {@link #accept(double, double)} does; whether they ascend. */
    private static boolean check(double[] values, double[] weights, int from, int to) {
        boolean ascending = true;
        for (int i = from; i < to; i++) {
            double x = values[i];
            double w = weights[i];
            if (!(Math.abs(x) <= Values.MAX_MAGNITUDE && w >= Values.MIN_MAGNITUDE && w <= Values.MAX_MAGNITUDE)
                    || (x != 0 && Math.abs(x) < Values.MIN_MAGNITUDE)) {
                try {
                    Values.finite(x);
                    Values.weight(w);
                } catch (IllegalArgumentException e) {
                    throw Chunks.at(i, e);
                }
            }
            ascending &= i == from || values[i - 1] <= x;
        }
        return ascending;
    }

    /** The distribution of values with unit weights. */
    public static Distribution of(double... values) {
        Distribution d = new Distribution();
        d.ensure(values.length);
        for (double v : values) {
            d.accept(v, 1);
        }
        return d;
    }

    private void ensure(int capacity) {
        if (capacity > values.length) {
            int n = Math.max(capacity, values.length * 2);
            values = Arrays.copyOf(values, n);
            weights = Arrays.copyOf(weights, n);
        }
    }

    /** Adds one value with weight 1; returns this distribution. */
    public Distribution accept(double value) {
        return accept(value, 1);
    }

    /**
     * Adds one value with its weight; returns this distribution.
     * @throws IllegalArgumentException if the value is not finite or the weight is not positive, or either is
     *         out of range
     */
    public Distribution accept(double value, double weight) {
        Values.finite(value);
        Values.weight(weight);
        if (size == values.length) {
            ensure(size + 1);
        }
        if (size > 0 && value < values[size - 1]) {
            sorted = false;
        }
        values[size] = value;
        weights[size] = weight;
        size++;
        return this;
    }

    /** Adds another distribution's pairs; {@code d.combine(d)} doubles every weight's count of units. */
    public Distribution combine(Distribution other) {
        int n = other.size; // fixed first: other may be this
        ensure(size + n);
        for (int i = 0; i < n; i++) {
            accept(other.values[i], other.weights[i]);
        }
        return this;
    }

    /** The number of (value, weight) pairs accepted. */
    public int count() {
        return size;
    }

    /** The sum W of the weights, summed afresh on each call. */
    public double totalWeight() {
        double w = 0;
        for (int i = 0; i < size; i++) {
            w += weights[i];
        }
        return w;
    }

    private void sort() {
        if (!sorted) {
            RadixSort.sort(values, weights, size, Chunks.parallel(size));
            sorted = true;
        }
    }

    private void requireNonEmpty(String measure) {
        if (size == 0) {
            throw Values.empty(measure);
        }
    }

    private void requireNonNegativeTotal(String measure) {
        requireNonEmpty(measure);
        sort();
        if (values[0] < 0) {
            throw new IllegalStateException(measure + " needs values >= 0; found " + values[0]);
        }
        if (!(values[size - 1] > 0)) {
            throw new IllegalStateException(measure + " needs a positive total; every value is 0");
        }
    }

    /** The weighted mean. */
    public double mean() {
        requireNonEmpty("the mean");
        Sum wx = new Sum();
        double w = 0;
        for (int i = 0; i < size; i++) {
            wx.add(values[i] * weights[i]);
            w += weights[i];
        }
        return wx.value() / w;
    }

    /**
     * The Gini coefficient, {@code G = Σ_i Σ_j w_i w_j |x_i − x_j| / (2 W² μ)}, computed on the sorted
     * values as {@code Σ_i w_i x_i (2B_i + w_i − W) / (W · Σ w x)} where {@code B_i} is the weight below
     * the i-th value. In [0, 1) for values at least zero.
     */
    public double gini() {
        return gini(Correction.NONE);
    }

    /** The Gini coefficient, with {@link Correction#FREQUENCY} multiplied by {@code W/(W−1)}. */
    public double gini(Correction correction) {
        requireNonNegativeTotal("the Gini coefficient");
        if (correction == Correction.FREQUENCY && !(totalWeight() > 1)) {
            throw new IllegalStateException("the corrected Gini needs a total weight > 1, not " + totalWeight());
        }
        if (values[0] == values[size - 1]) {
            return 0; // equal values: exactly no inequality, without rounding noise
        }
        // per chunk, with b the weight below a value within its chunk and B the weight before the chunk,
        // Σ w x (2(B + b) + w − W) = Σ w x (2b + w) + (2B − W) Σ w x: the chunks need not wait for each other
        double[][] parts = Chunks.map(size, this::giniPart, double[][]::new, Chunks.parallel(size));
        Sum weight = new Sum();
        for (double[] part : parts) {
            weight.add(part[0]);
        }
        double total = weight.value();
        Sum before = new Sum();
        Sum numerator = new Sum();
        Sum wx = new Sum();
        for (double[] part : parts) {
            numerator.add(part[1]);
            numerator.add((2 * before.value() - total) * part[2]);
            wx.add(part[2]);
            before.add(part[0]);
        }
        double g = Math.max(0, numerator.value() / (total * wx.value()));
        if (correction == Correction.FREQUENCY) {
            g *= total / (total - 1);
        }
        return g;
    }

    /**
     * Of the sorted pairs {@code [from, to)}: {W, Σ w x (2b + w), Σ w x}, with b the weight below each value
     * within the range (a plain running sum, as W is); the products summed plainly in blocks, compensated
     * between blocks.
     */
    private double[] giniPart(int from, int to) {
        Sum ranked = new Sum();
        Sum wx = new Sum();
        double below = 0;
        for (int block = from; block < to; block += 1024) {
            int end = Math.min(to, block + 1024);
            double blockRanked = 0;
            double blockWx = 0;
            for (int i = block; i < end; i++) {
                double w = weights[i];
                double product = w * values[i];
                blockRanked += product * (2 * below + w);
                blockWx += product;
                below += w;
            }
            ranked.add(blockRanked);
            wx.add(blockWx);
        }
        return new double[] {below, ranked.value(), wx.value()};
    }

    /**
     * The Lorenz curve: points (cumulative share of weight, cumulative share of value) from (0, 0) to
     * (1, 1), one after each distinct value.
     */
    public List<double[]> lorenz() {
        requireNonNegativeTotal("the Lorenz curve");
        double total = totalWeight();
        double totalValue = 0;
        for (int i = 0; i < size; i++) {
            totalValue += weights[i] * values[i];
        }
        List<double[]> points = new ArrayList<>();
        points.add(new double[] {0, 0});
        double w = 0;
        double v = 0;
        for (int i = 0; i < size; i++) {
            w += weights[i];
            v += weights[i] * values[i];
            if (i == size - 1 || values[i + 1] != values[i]) {
                points.add(new double[] {w / total, v / totalValue});
            }
        }
        points.set(points.size() - 1, new double[] {1, 1});
        return points;
    }

    /** The weighted percentile {@code P(p)}, p in [0, 1]: the smallest value whose cumulative weight reaches p·W. */
    public double percentile(double p) {
        Checks.check(p >= 0 && p <= 1, "p (%s) must be in [0, 1]", p);
        requireNonEmpty("a percentile");
        sort();
        double target = p * totalWeight();
        double cumulative = 0;
        for (int i = 0; i < size; i++) {
            cumulative += weights[i];
            if (cumulative >= target) {
                return values[i];
            }
        }
        return values[size - 1];
    }

    /** The weighted median {@code P(0.5)}: the smallest value whose cumulative weight reaches half of W. */
    public double median() {
        return percentile(0.5);
    }

    /** The smallest value. @throws IllegalStateException when empty */
    public double min() {
        requireNonEmpty("the minimum");
        sort();
        return values[0];
    }

    /** The largest value. @throws IllegalStateException when empty */
    public double max() {
        requireNonEmpty("the maximum");
        sort();
        return values[size - 1];
    }

    /** {@code max − min}. */
    public double range() {
        return max() - min();
    }

    /** {@code max / min}; the minimum must be positive. */
    public double rangeRatio() {
        double min = min();
        if (!(min > 0)) {
            throw new IllegalStateException("the range ratio needs a positive minimum, not " + min);
        }
        return max() / min;
    }

    /** The restricted range {@code P(0.95) − P(0.05)}. */
    public double restrictedRange() {
        return percentile(0.95) - percentile(0.05);
    }

    /** The federal range ratio {@code (P(0.95) − P(0.05)) / P(0.05)}; P(0.05) must be positive. */
    public double federalRangeRatio() {
        double p5 = percentile(0.05);
        if (!(p5 > 0)) {
            throw new IllegalStateException("the federal range ratio needs a positive 5th percentile, not " + p5);
        }
        return (percentile(0.95) - p5) / p5;
    }

    /** The McLoone index over the bottom half of the weight, {@link MedianSplit#HALF_OF_WEIGHT}. */
    public double mcLoone() {
        return mcLoone(MedianSplit.HALF_OF_WEIGHT);
    }

    /**
     * The McLoone index: what the units below the median have, over what they would have at the median
     * {@code m = P(0.5)}. In (0, 1].
     *
     * <pre>
     * HALF_OF_WEIGHT       McLoone = Σ_i b_i x_i / (m · W/2)    b_i = the part of w_i within the bottom W/2,
     *                                                           taking units in increasing order of value
     * UNITS_BEYOND_MEDIAN  McLoone = Σ_{x_i &lt; m} w_i x_i / (m · Σ_{x_i &lt; m} w_i);  1 when no unit is below
     * </pre>
     *
     * <p>With pupils as weights the first is the literature's form: the spending on the half of the pupils
     * who get least, over what it would be at the median; the school straddling the median counts with
     * the share of its pupils that completes the half.
     *
     * @throws IllegalStateException when empty, a value is negative, or the median is zero
     */
    public double mcLoone(MedianSplit split) {
        Checks.notNull(split, "split");
        requireNonNegativeTotal("the McLoone index");
        double m = positiveMedian("the McLoone index");
        if (split == MedianSplit.HALF_OF_WEIGHT) {
            double half = totalWeight() / 2;
            return Math.min(1, halfSum(half, 0, 1) / (m * half));
        }
        double wx = 0;
        double w = 0;
        for (int i = 0; i < size && values[i] < m; i++) {
            wx += weights[i] * values[i];
            w += weights[i];
        }
        return w == 0 ? 1 : wx / (m * w);
    }

    /** The Verstegen index over the top half of the weight, {@link MedianSplit#HALF_OF_WEIGHT}. */
    public double verstegen() {
        return verstegen(MedianSplit.HALF_OF_WEIGHT);
    }

    /**
     * The Verstegen index: what the units above the median have, over what they would have at the median
     * {@code m = P(0.5)}. At least 1.
     *
     * <pre>
     * HALF_OF_WEIGHT       Verstegen = Σ_i t_i x_i / (m · W/2)   t_i = the part of w_i within the top W/2,
     *                                                            taking units in decreasing order of value
     * UNITS_BEYOND_MEDIAN  Verstegen = Σ_{x_i &gt; m} w_i x_i / (m · Σ_{x_i &gt; m} w_i);  1 when no unit is above
     * </pre>
     *
     * @throws IllegalStateException when empty, a value is negative, or the median is zero
     */
    public double verstegen(MedianSplit split) {
        Checks.notNull(split, "split");
        requireNonNegativeTotal("the Verstegen index");
        double m = positiveMedian("the Verstegen index");
        if (split == MedianSplit.HALF_OF_WEIGHT) {
            double half = totalWeight() / 2;
            return Math.max(1, halfSum(half, size - 1, -1) / (m * half));
        }
        double wx = 0;
        double w = 0;
        for (int i = size - 1; i >= 0 && values[i] > m; i--) {
            wx += weights[i] * values[i];
            w += weights[i];
        }
        return w == 0 ? 1 : wx / (m * w);
    }

    private double positiveMedian(String measure) {
        double m = median();
        if (!(m > 0)) {
            throw new IllegalStateException(measure + " needs a positive median; the median is 0");
        }
        return m;
    }

    /** Σ of weight × value over the first {@code half} of weight, walking from {@code from} by {@code step}. */
    private double halfSum(double half, int from, int step) {
        Sum wx = new Sum();
        double taken = 0;
        for (int i = from; i >= 0 && i < size && taken < half; i += step) {
            double take = Math.min(weights[i], half - taken);
            wx.add(take * values[i]);
            taken += take;
        }
        return wx.value();
    }

    /**
     * The Hoover index, {@code ½ Σ |w_i x_i / Σwx − w_i / W|}: the share of the total that would have to
     * move for every unit to have the mean.
     */
    public double hoover() {
        requireNonNegativeTotal("the Hoover index");
        double total = totalWeight();
        double totalValue = 0;
        for (int i = 0; i < size; i++) {
            totalValue += weights[i] * values[i];
        }
        Sum h = new Sum();
        for (int i = 0; i < size; i++) {
            h.add(Math.abs(weights[i] * values[i] / totalValue - weights[i] / total));
        }
        return h.value() / 2;
    }

    /** A copy. */
    public Distribution copy() {
        return new Distribution().combine(this);
    }

    /**
     * The Gini decomposition over groups: {@code G = within + between + overlap}, with
     * {@code within = Σ_g v_g s_g G_g} (weight share × value share × the group's Gini), {@code between}
     * the Gini of the group means each weighted by its group's weight, and {@code overlap} the rest, which
     * is zero when the groups' ranges do not overlap (Lambert and Aronson, 1993).
     */
    public static <K> GiniDecomposition<K> decomposeGini(Map<K, Distribution> groups) {
        Checks.notNull(groups, "groups");
        Checks.check(!groups.isEmpty(), "a decomposition needs at least one group");
        Distribution all = new Distribution();
        Distribution means = new Distribution();
        for (Map.Entry<K, Distribution> e : groups.entrySet()) {
            Checks.check(e.getValue().size > 0, "group %s is empty", e.getKey());
            all.combine(e.getValue());
            means.accept(e.getValue().mean(), e.getValue().totalWeight());
        }
        double total = all.gini();
        double totalWeight = all.totalWeight();
        double totalValue = all.mean() * totalWeight;
        double within = 0;
        Map<K, Decomposition.Group> parts = new LinkedHashMap<>();
        for (Map.Entry<K, Distribution> e : groups.entrySet()) {
            Distribution g = e.getValue();
            double v = g.totalWeight() / totalWeight;
            double s = g.mean() * g.totalWeight() / totalValue;
            double gg = g.mean() > 0 ? g.gini() : 0;
            within += v * s * gg;
            parts.put(e.getKey(), new Decomposition.Group(v, s, gg, v * s * gg));
        }
        double between = means.gini();
        return new GiniDecomposition<>(total, between, within, total - between - within, parts);
    }

    /** Prints {@code Distribution[n=…]}, the number of pairs, without sorting or measuring anything. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Distribution[n=%d]", size);
    }
}
