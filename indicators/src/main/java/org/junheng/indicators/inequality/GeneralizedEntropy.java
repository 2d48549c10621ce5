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

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junheng.core.internal.Checks;

/**
 * A mergeable accumulator of the generalized entropy index GE(α) (BAL-7), weighted:
 *
 * <pre>
 * GE(α) = 1/(α(α−1)) · Σ (w_i/W) [ (x_i/μ)^α − 1 ]      α ≠ 0, 1
 * GE(1) = Theil T = Σ (w_i/W) (x_i/μ) ln(x_i/μ)
 * GE(0) = mean log deviation (Theil L) = −Σ (w_i/W) ln(x_i/μ)
 * </pre>
 *
 * <p>One pass: the accumulator keeps W, Σwx and one sum of {@code w x ln(x/c)}, {@code w ln(x/c)} or
 * {@code w (x/c)^α}, relative to a reference value {@code c} (the first positive value seen), which keeps
 * the terms near 1 so that neither cancellation nor overflow spoils a long stream; combining rescales one
 * side to the other's reference. Sums are compensated. GE(α) is scale invariant and decomposes exactly
 * into between- and within-group parts ({@link #decompose}).
 *
 * <p>Values must be finite and non-negative; zero is refused unless {@link ZeroValues#USE_LIMITS} is
 * chosen and the limit exists (α &gt; 0). Weights must be positive. Not thread-safe; combine instead.
 */
public final class GeneralizedEntropy {
    private final double alpha;
    private final String name;
    private final ZeroValues zeros;
    private long count;
    /** W, compensated: a plain running sum of fractional weights loses digits that GE near 0 needs. */
    private final Sum weight = new Sum();
    private final Sum weightedValues = new Sum();
    private final Sum terms = new Sum();
    private double reference = Double.NaN;
    /** ln(reference) as {@link FastLog#head} and {@link FastLog#tail}, for ln(x/reference) without a division. */
    private double referenceHead;
    private double referenceTail;

    private GeneralizedEntropy(double alpha, ZeroValues zeros) {
        Checks.finite(alpha, "alpha");
        this.alpha = alpha;
        this.name = alpha == 1 ? "Theil T" : alpha == 0 ? "the mean log deviation" : "GE(" + alpha + ")";
        this.zeros = Checks.notNull(zeros, "zeros");
    }

    /** GE(α), refusing zeros. */
    public static GeneralizedEntropy withAlpha(double alpha) {
        return new GeneralizedEntropy(alpha, ZeroValues.REFUSE);
    }

    /** Theil's T, GE(1). */
    public static GeneralizedEntropy theil() {
        return withAlpha(1);
    }

    /** The mean log deviation (Theil's L), GE(0). */
    public static GeneralizedEntropy meanLogDeviation() {
        return withAlpha(0);
    }

    /** The same measure, empty, with another treatment of zeros. */
    public GeneralizedEntropy with(ZeroValues zeroValues) {
        return new GeneralizedEntropy(alpha, zeroValues);
    }

    /** The sensitivity parameter α: GE(0) is the mean log deviation, GE(1) Theil's T, GE(2) half the squared CV. */
    public double alpha() {
        return alpha;
    }

    /** GE(α) of values with their weights. */
    public static double of(double alpha, double[] values, double[] weights) {
        return withAlpha(alpha).acceptAll(values, weights).value();
    }

    /**
     * Adds arrays of values and weights: the same as accepting them one by one, up to rounding (well
     * within 1e-12 relative). The arrays are taken in chunks of {@value Chunks#SIZE}, each summed in
     * blocks of plain additions (compensated between blocks) and combined in index order; above
     * {@value Chunks#PARALLEL_FROM} pairs the chunks run in parallel when more than one processor is
     * available, with a result identical to the last bit to the sequential one. Θ(n) logarithms (α = 0 or
     * 1) use a table-driven logarithm accurate to about one ulp.
     *
     * @throws IllegalArgumentException naming the index of the first bad value or weight, or if the
     *         lengths differ; this accumulator is then unchanged
     */
    public GeneralizedEntropy acceptAll(double[] values, double[] weights) {
        return acceptAll(values, weights, Chunks.parallel(values.length));
    }

    /** {@link #acceptAll(double[], double[])}, in parallel or not as asked (the result is the same). */
    GeneralizedEntropy acceptAll(double[] values, double[] weights, boolean parallel) {
        Values.sameLength(values, weights);
        GeneralizedEntropy[] parts = Chunks.map(values.length, (from, to) -> part(values, weights, from, to),
                GeneralizedEntropy[]::new, parallel);
        for (GeneralizedEntropy part : parts) {
            combine(part);
        }
        return this;
    }

    /**
     * Theil's T and the mean log deviation of the same pairs in one pass, one logarithm per value for
     * both, as {GE(1), GE(0)} accumulators holding the same bits as {@code theil().acceptAll(...)} and
     * {@code meanLogDeviation().acceptAll(...)}. Zeros are refused.
     *
     * @throws IllegalArgumentException naming the index of the first bad value or weight, or if the
     *         lengths differ
     */
    static GeneralizedEntropy[] theilAndMeanLogDeviation(double[] values, double[] weights, boolean parallel) {
        Values.sameLength(values, weights);
        GeneralizedEntropy[][] parts = Chunks.map(values.length, (from, to) -> logParts(values, weights, from, to),
                GeneralizedEntropy[][]::new, parallel);
        GeneralizedEntropy theil = theil();
        GeneralizedEntropy meanLogDeviation = meanLogDeviation();
        for (GeneralizedEntropy[] part : parts) {
            theil.combine(part[0]);
            meanLogDeviation.combine(part[1]);
        }
        return new GeneralizedEntropy[] {theil, meanLogDeviation};
    }

    /** {GE(1), GE(0)} of {@code [from, to)}, both relative to the chunk's first value, summed as their own loops do. */
    private static GeneralizedEntropy[] logParts(double[] values, double[] weights, int from, int to) {
        GeneralizedEntropy theil = theil();
        GeneralizedEntropy meanLogDeviation = meanLogDeviation();
        if (from < to && Values.inRange(values[from])) {
            theil.setReference(values[from]); // a bad first value is refused below before any use
            meanLogDeviation.setReference(values[from]);
        }
        double head = theil.referenceHead;
        double tail = theil.referenceTail;
        for (int block = from; block < to; block += 1024) {
            int end = Math.min(to, block + 1024);
            double blockW = 0;
            double blockWx = 0;
            double blockTheil = 0;
            double blockLog = 0;
            int codes = 0;
            for (int i = block; i < end; i++) {
                double x = values[i];
                double w = weights[i];
                codes |= Values.exponentCode(x) | Values.exponentCode(w);
                double logRatio = FastLog.logRatio(x, head, tail);
                blockW += w;
                blockWx = Math.fma(w, x, blockWx);
                blockTheil = Math.fma(w * x, logRatio, blockTheil);
                blockLog = Math.fma(w, logRatio, blockLog);
            }
            if (!Values.usual(codes)) {
                meanLogDeviation.checkBlock(values, weights, block, end); // no zero is allowed
            }
            theil.addBlock(blockW, blockWx, blockTheil != 0 ? blockTheil / theil.reference : 0);
            meanLogDeviation.addBlock(blockW, blockWx, blockLog);
        }
        theil.count = to - from;
        meanLogDeviation.count = to - from;
        return new GeneralizedEntropy[] {theil, meanLogDeviation};
    }

    /** The accumulator of {@code [from, to)}, relative to the chunk's first non-zero value. */
    private GeneralizedEntropy part(double[] values, double[] weights, int from, int to) {
        GeneralizedEntropy part = new GeneralizedEntropy(alpha, zeros);
        int first = from;
        while (first < to && values[first] == 0) {
            first++; // zeros are checked in the loop below, which reaches them first
        }
        if (first < to && Values.inRange(values[first])) {
            part.setReference(values[first]); // a bad first value is refused below before any use
        }
        if (alpha == 0) {
            part.meanLogDeviationSums(values, weights, from, to);
        } else if (alpha == 1) {
            part.theilSums(values, weights, from, to);
        } else {
            part.powerSums(values, weights, from, to);
        }
        part.count = to - from;
        return part;
    }

    // One loop per kind of term, so that the loop holds no test of α: about a tenth faster than one
    // loop for all. Each sums plainly in blocks of 1024 and adds the block sums to the compensated ones.
    // The log loops test no pair: they OR the pairs' exponent codes, and a block with a value or weight
    // outside [2^-128, 2^128) is checked pair by pair afterwards, which refuses the first bad pair by its
    // index. When that check passes, the block's sums are right as they stand: the logarithm is exact for
    // every positive normal number, and an allowed zero adds w·0 to Σwx and w·0 times a finite number,
    // the logarithm of any bits being finite, to the terms.

    /** Adds {@code w} and {@code w·x} of {@code [from, to)} and {@code w·ln(x/c)} to the sums (α = 0). */
    private void meanLogDeviationSums(double[] values, double[] weights, int from, int to) {
        double head = referenceHead;
        double tail = referenceTail;
        for (int block = from; block < to; block += 1024) {
            int end = Math.min(to, block + 1024);
            double blockW = 0;
            double blockWx = 0;
            double blockTerms = 0;
            int codes = 0;
            for (int i = block; i < end; i++) {
                double x = values[i];
                double w = weights[i];
                codes |= Values.exponentCode(x) | Values.exponentCode(w);
                blockW += w;
                blockWx = Math.fma(w, x, blockWx);
                blockTerms = Math.fma(w, FastLog.logRatio(x, head, tail), blockTerms);
            }
            if (!Values.usual(codes)) {
                checkBlock(values, weights, block, end); // α = 0 allows no zero
            }
            addBlock(blockW, blockWx, blockTerms);
        }
    }

    /** As {@link #meanLogDeviationSums}, with {@code w·(x/c)·ln(x/c)} (α = 1); a zero (allowed) adds its weight only. */
    private void theilSums(double[] values, double[] weights, int from, int to) {
        double head = referenceHead;
        double tail = referenceTail;
        for (int block = from; block < to; block += 1024) {
            int end = Math.min(to, block + 1024);
            double blockW = 0;
            double blockWx = 0;
            double blockTerms = 0;
            int codes = 0;
            for (int i = block; i < end; i++) {
                double x = values[i];
                double w = weights[i];
                codes |= Values.exponentCode(x) | Values.exponentCode(w);
                blockW += w;
                blockWx = Math.fma(w, x, blockWx);
                // divided by c once per block
                blockTerms = Math.fma(w * x, FastLog.logRatio(x, head, tail), blockTerms);
            }
            if (!Values.usual(codes)) {
                checkBlock(values, weights, block, end);
            }
            addBlock(blockW, blockWx, blockTerms != 0 ? blockTerms / reference : 0); // no c: all zeros
        }
    }

    /** As {@link #meanLogDeviationSums}, with {@code w·(x/c)^α} (α ≠ 0, 1); a zero (allowed) adds its weight only. */
    private void powerSums(double[] values, double[] weights, int from, int to) {
        for (int block = from; block < to; block += 1024) {
            int end = Math.min(to, block + 1024);
            double blockW = 0;
            double blockWx = 0;
            double blockTerms = 0;
            for (int i = block; i < end; i++) {
                double x = values[i];
                double w = weights[i];
                if (!(Values.inRange(x) && Values.inRange(w))) {
                    checkOutOfRange(i, x, w); // throws unless x is a zero this measure allows
                    blockW += w;
                    continue;
                }
                blockW += w;
                blockWx += w * x;
                blockTerms += w * term(x);
            }
            addBlock(blockW, blockWx, blockTerms);
        }
    }

    private void addBlock(double blockW, double blockWx, double blockTerms) {
        weightedValues.add(blockWx);
        terms.add(blockTerms);
        weight.add(blockW);
    }

    /** Refuses the first pair of {@code [from, to)} that is out of range and not a zero this measure allows. */
    private void checkBlock(double[] values, double[] weights, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!(Values.inRange(values[i]) && Values.inRange(weights[i]))) {
                checkOutOfRange(i, values[i], weights[i]);
            }
        }
    }

    /** Refuses the pair at {@code index} with the one-by-one message and its place, unless x is an allowed zero. */
    private void checkOutOfRange(int index, double x, double w) {
        try {
            Values.weight(w);
            if (x != 0 || zeros != ZeroValues.USE_LIMITS || !(alpha > 0)) {
                Values.positive(x, name());
            }
        } catch (IllegalArgumentException e) {
            throw Chunks.at(index, e);
        }
    }

    private void setReference(double value) {
        reference = value;
        referenceHead = FastLog.head(value);
        referenceTail = FastLog.tail(value);
    }

    /** The measure's name for messages, made once: building it per value would cost more than the value. */
    private String name() {
        return name;
    }

    /** Adds a value of weight 1. */
    public GeneralizedEntropy accept(double value) {
        return accept(value, 1);
    }

    /**
     * Adds a value with its weight; the first positive value becomes the reference the sums are kept
     * relative to.
     *
     * @throws IllegalArgumentException if the weight is not positive, or the value is not positive (a
     *         zero is allowed only under {@link ZeroValues#USE_LIMITS} for α &gt; 0), or either is out of range
     */
    public GeneralizedEntropy accept(double value, double w) {
        Values.weight(w);
        if (value == 0 && zeros == ZeroValues.USE_LIMITS && alpha > 0) {
            count++;
            weight.add(w);
            return this; // 0·ln 0 and 0^α (α > 0) contribute nothing
        }
        Values.positive(value, name());
        if (Double.isNaN(reference)) {
            setReference(value);
        }
        count++;
        weight.add(w);
        weightedValues.add(w * value);
        terms.add(w * term(value));
        return this;
    }

    /** The summand of one value x relative to the reference c: (x/c) ln(x/c), ln(x/c) or (x/c)^α. */
    private double term(double x) {
        if (alpha == 1) {
            return x / reference * FastLog.logRatio(x, referenceHead, referenceTail);
        }
        if (alpha == 0) {
            return FastLog.logRatio(x, referenceHead, referenceTail);
        }
        double r = x / reference;
        if (alpha == 2) {
            return r * r;
        }
        if (alpha == 0.5) {
            return Math.sqrt(r);
        }
        return Math.pow(r, alpha);
    }

    /**
     * Adds another accumulator's values; both must have the same α and the same treatment of zeros.
     * {@code g.combine(g)} counts every value twice (doubles the weights), which leaves GE(α) unchanged.
     *
     * @throws IllegalArgumentException if α or the treatment of zeros differ
     */
    public GeneralizedEntropy combine(GeneralizedEntropy other) {
        Checks.check(other.alpha == alpha, "GE(%s) cannot combine with GE(%s)", alpha, other.alpha);
        Checks.check(other.zeros == zeros, "%s refusing or allowing zeros cannot combine: this one %s, the other %s",
                name, zeros, other.zeros);
        if (other == this) {
            other = copy(); // the sums are read while this one's change
        }
        if (other.count == 0) {
            return this;
        }
        count += other.count;
        weight.add(other.weight);
        weightedValues.add(other.weightedValues);
        if (Double.isNaN(other.reference)) {
            return this;
        }
        if (Double.isNaN(reference)) {
            setReference(other.reference);
            terms.add(other.terms);
            return this;
        }
        // rewrite the other's sum relative to this reference c1 from its reference c2
        Sum moved = new Sum();
        moved.add(other.terms);
        double ratio = other.reference / reference;
        if (alpha == 1) {
            moved.scale(ratio);
            // Σ w x/c1 ln(x/c1) = (c2/c1) [Σ w x/c2 ln(x/c2) + ln(c2/c1) Σ w x/c2]
            moved.add(ratio * Math.log(ratio) * other.weightedValues.value() / other.reference);
        } else if (alpha == 0) {
            moved.add(Math.log(ratio) * other.weight.value()); // zeros are never kept at α = 0
        } else {
            moved.scale(Math.pow(ratio, alpha));
        }
        terms.add(moved);
        return this;
    }

    /** The number of values accepted (a value of weight 3 counts once). */
    public long count() {
        return count;
    }

    /** The sum W of the accepted weights. */
    public double totalWeight() {
        return weight.value();
    }

    /** The weighted mean μ. */
    public double mean() {
        if (count == 0) {
            throw Values.empty(name());
        }
        return weightedValues.value() / weight.value();
    }

    /**
     * GE(α).
     *
     * @throws IllegalStateException when empty or every value is zero
     */
    public double value() {
        double mu = mean();
        if (!(mu > 0)) {
            throw new IllegalStateException(name() + " needs a positive mean");
        }
        double m = mu / reference; // the mean relative to the reference
        double s = terms.value();
        double result;
        if (alpha == 1) {
            // T = Σ w (x/c) ln(x/c) / Σ w (x/c) − ln(μ/c)
            result = s / (weightedValues.value() / reference) - Math.log(m);
        } else if (alpha == 0) {
            result = Math.log(m) - s / weight.value();
        } else {
            result = ((s / weight.value()) / Math.pow(m, alpha) - 1) / (alpha * (alpha - 1));
        }
        if (!Double.isFinite(result)) {
            throw new IllegalStateException(String.format(Locale.ROOT, "%s overflowed: the values are too far apart for α = %s",
                    name(), alpha));
        }
        return Math.max(0, result);
    }

    /** A copy, so that accumulation can go on after a result. */
    public GeneralizedEntropy copy() {
        GeneralizedEntropy c = new GeneralizedEntropy(alpha, zeros);
        c.count = count;
        c.weight.add(weight);
        c.weightedValues.add(weightedValues);
        c.terms.add(terms);
        c.reference = reference;
        c.referenceHead = referenceHead;
        c.referenceTail = referenceTail;
        return c;
    }

    /**
     * The exact decomposition of GE(α) over groups:
     * {@code GE = Σ_g v_g^(1−α) s_g^α GE_g + GE(group means)}, where {@code v_g} is a group's share of the
     * weight and {@code s_g} its share of the total value; the second term is GE(α) of the group means
     * weighted by the groups' weights.
     *
     * <p>A group whose values are all zero (where {@link ZeroValues#USE_LIMITS} allows zeros) has {@code s_g = 0}
     * and contributes nothing within; its mean, zero, enters the between part.
     *
     * @throws IllegalArgumentException if the groups differ in α or in the treatment of zeros, or one is empty
     */
    public static <K> Decomposition<K> decompose(Map<K, GeneralizedEntropy> groups) {
        Checks.notNull(groups, "groups");
        Checks.check(!groups.isEmpty(), "a decomposition needs at least one group");
        double alpha = groups.values().iterator().next().alpha;
        GeneralizedEntropy all = null;
        GeneralizedEntropy means = null;
        for (Map.Entry<K, GeneralizedEntropy> e : groups.entrySet()) {
            GeneralizedEntropy g = e.getValue();
            Checks.check(g.count > 0, "group %s is empty", e.getKey());
            all = all == null ? g.copy() : all.combine(g);
            means = means == null ? withAlpha(alpha).with(g.zeros) : means;
            means.accept(g.mean(), g.weight.value());
        }
        double total = all.value();
        double totalValue = all.weightedValues.value();
        Map<K, Decomposition.Group> parts = new LinkedHashMap<>();
        double within = 0;
        for (Map.Entry<K, GeneralizedEntropy> e : groups.entrySet()) {
            GeneralizedEntropy g = e.getValue();
            double v = g.weight.value() / all.weight.value();
            double s = g.weightedValues.value() / totalValue;
            // a group whose values are all zero (allowed with USE_LIMITS, α > 0) has no share of the
            // total and no inequality of its own: its part is zero
            double ge = g.weightedValues.value() == 0 ? 0 : g.value();
            double contribution = Math.pow(v, 1 - alpha) * Math.pow(s, alpha) * ge;
            within += contribution;
            parts.put(e.getKey(), new Decomposition.Group(v, s, ge, contribution));
        }
        return new Decomposition<>(alpha, total, means.value(), within, parts);
    }

    /**
     * Prints {@code GeneralizedEntropy[α=…, n=…, W=…, GE=…]} with GE to six significant digits, or
     * {@code GeneralizedEntropy[α=…, empty]} before any value is accepted.
     */
    @Override
    public String toString() {
        return count == 0 ? "GeneralizedEntropy[α=" + alpha + ", empty]"
                : String.format(Locale.ROOT, "GeneralizedEntropy[α=%s, n=%d, W=%s, GE=%.6g]", alpha, count, weight.value(), value());
    }
}
