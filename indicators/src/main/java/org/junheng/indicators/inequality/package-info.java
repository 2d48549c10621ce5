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
/**
 * The inequality measures of the field (BAL-4 and BAL-7), each a mergeable accumulator with
 * a one-shot method and a {@link java.util.stream.Collector}: the weighted coefficient of variation
 * ({@link org.junheng.indicators.inequality.WeightedMoments}); the Gini coefficient, Lorenz curve,
 * percentiles, range measures, McLoone, Verstegen and Hoover indices
 * ({@link org.junheng.indicators.inequality.Distribution}); GE(α), Theil T and the mean log deviation
 * with their exact between/within decomposition
 * ({@link org.junheng.indicators.inequality.GeneralizedEntropy}); the Atkinson index
 * ({@link org.junheng.indicators.inequality.Atkinson}); and the parity index
 * ({@link org.junheng.indicators.inequality.ParityIndex}).
 *
 * <p>Statistics are {@code double}: they are inherently real. No measure returns NaN: an undefined result
 * (no values, a zero mean) throws {@link java.lang.IllegalStateException}, and a bad value (NaN,
 * infinite, negative where the measure needs non-negative, a weight not positive) throws
 * {@link java.lang.IllegalArgumentException} naming it. Values must be 0 or between 1e-60 and 1e60 in
 * magnitude and weights between 1e-60 and 1e60 (a value near {@code Double.MAX_VALUE}, a weight of 2^1000
 * or 1e-300 is refused with that message rather than summed into infinity, NaN or nothing); every measure
 * is unchanged by scaling the values or the weights, so any data can be brought into range. Combining
 * accumulators of different kinds (α, ε, treatment of zeros) throws {@link java.lang.IllegalArgumentException};
 * combining an accumulator with itself counts every value twice.
 *
 * <p>Arrays: the one-shot methods on arrays take them in fixed chunks of 65,536 pairs combined in index
 * order, in parallel on the common fork-join pool from 262,144 pairs when the JVM sees more than one
 * processor; the result is the same to the last bit on any number of threads and within 1e-12 relative
 * of accepting the pairs one by one (for GE(α) with α other than 0 and 1, and A(ε) with ε ≠ 1, once the
 * measure is above about 0.005: nearer 0 their power-mean difference leaves fewer digits). A bad pair is named by its index. Theil T, the mean log deviation
 * and A(1) use a table-driven logarithm within one ulp of {@link java.lang.Math#log}.
 *
 * <p>Nullness: no parameter or return value in this package is null.
 */
package org.junheng.indicators.inequality;
