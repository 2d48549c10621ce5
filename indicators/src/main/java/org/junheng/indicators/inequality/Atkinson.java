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

import org.junheng.core.internal.Checks;

/**
 * A mergeable accumulator of the Atkinson index A(ε) (BAL-7), weighted, for an inequality aversion
 * ε ≥ 0:
 *
 * <pre>
 * A(ε) = 1 − [ Σ (w_i/W) (x_i/μ)^(1−ε) ]^(1/(1−ε))     ε ≠ 1
 * A(1) = 1 − exp( Σ (w_i/W) ln x_i ) / μ
 * </pre>
 *
 * <p>It rests on a {@link GeneralizedEntropy} accumulator of α = 1 − ε, since
 * {@code Σ (w/W)(x/μ)^α = 1 + α(α−1)·GE(α)} and {@code A(1) = 1 − exp(−GE(0))}. In [0, 1); scale
 * invariant. Zeros are refused unless {@link ZeroValues#USE_LIMITS} is chosen and ε &lt; 1. Not thread-safe.
 */
public final class Atkinson {
    private final double epsilon;
    private final GeneralizedEntropy entropy;

    private Atkinson(double epsilon, GeneralizedEntropy entropy) {
        this.epsilon = epsilon;
        this.entropy = entropy;
    }

    /** A(ε), refusing zeros. */
    public static Atkinson withEpsilon(double epsilon) {
        Checks.check(epsilon >= 0 && Double.isFinite(epsilon), "epsilon (%s) must be finite and >= 0", epsilon);
        return new Atkinson(epsilon, GeneralizedEntropy.withAlpha(1 - epsilon));
    }

    /** The same index, empty, with another treatment of zeros. */
    public Atkinson with(ZeroValues zeros) {
        return new Atkinson(epsilon, entropy.with(zeros));
    }

    /** A(ε) of values with their weights. */
    public static double of(double epsilon, double[] values, double[] weights) {
        Atkinson a = withEpsilon(epsilon);
        a.entropy.acceptAll(values, weights);
        return a.value();
    }

    /** The inequality aversion ε (at least 0): the larger, the more weight the index gives to the lowest values. */
    public double epsilon() {
        return epsilon;
    }

    /** Adds one value with weight 1; returns this accumulator. */
    public Atkinson accept(double value) {
        return accept(value, 1);
    }

    /**
     * Adds one value with its weight; returns this accumulator.
     * @throws IllegalArgumentException if the value or weight is not finite, the weight is not positive, or a zero is
     *     refused under the chosen {@link ZeroValues}
     */
    public Atkinson accept(double value, double weight) {
        entropy.accept(value, weight);
        return this;
    }

    /**
     * Merges another accumulator's values into this one; returns this accumulator.
     * @throws IllegalArgumentException if the other accumulator has a different ε
     */
    public Atkinson combine(Atkinson other) {
        Checks.check(other.epsilon == epsilon, "A(%s) cannot combine with A(%s)", epsilon, other.epsilon);
        entropy.combine(other.entropy);
        return this;
    }

    /** A(ε). @throws IllegalStateException when empty or every value is zero */
    public double value() {
        double alpha = 1 - epsilon;
        double ge = entropy.value();
        if (alpha == 0) {
            return 1 - Math.exp(-ge);
        }
        if (alpha == 1) {
            return 0; // ε = 0: no aversion, no inequality seen
        }
        double meanPower = 1 + alpha * (alpha - 1) * ge;
        return Math.min(1, Math.max(0, 1 - Math.pow(meanPower, 1 / alpha)));
    }
}
