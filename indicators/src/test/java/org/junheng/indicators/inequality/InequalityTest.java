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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class InequalityTest {
    private static final double[] ALPHAS = {-1, 0, 0.5, 1, 2, 3};
    private static final double[] EPSILONS = {0.5, 1, 2};

    /** Positive values with weights, as {values, weights}; weights whole numbers so that replication is exact. */
    private static Gen<double[][]> samples() {
        return in -> {
            int n = SourceDSL.integers().between(1, 40).generate(in);
            double[] x = new double[n];
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = SourceDSL.integers().between(1, 100_000).generate(in) / 10.0;
                w[i] = SourceDSL.integers().between(1, 500).generate(in);
            }
            return new double[][] {x, w};
        };
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    private static double[] scaled(double[] x, double k) {
        return Arrays.stream(x).map(v -> v * k).toArray();
    }

    /** Every measure of a sample, in a fixed order, so that properties can compare them all at once. */
    private static double[] all(double[] x, double[] w) {
        List<Double> m = new ArrayList<>();
        m.add(WeightedMoments.of(x, w).coefficientOfVariation());
        m.add(Distribution.of(x, w).gini());
        for (double a : ALPHAS) {
            m.add(GeneralizedEntropy.of(a, x, w));
        }
        for (double e : EPSILONS) {
            m.add(Atkinson.of(e, x, w));
        }
        return m.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static boolean allClose(double[] a, double[] b) {
        return IntStream.range(0, a.length).allMatch(i -> close(a[i], b[i]));
    }

    @Test
    void BAL_4_theWorkedExampleOfThePublishedGuidanceIsStudentWeighted() {
        // BAL-4: books per student of five primary schools; published CV 0.52 (0.5153)
        double[] students = {45, 37, 89, 76, 55};
        double[] books = {279, 137, 935, 160, 402};
        double[] perStudent = IntStream.range(0, 5).mapToDouble(i -> books[i] / students[i]).toArray();
        WeightedMoments m = WeightedMoments.of(perStudent, students);
        assertEquals(1913.0 / 302, m.mean(), 1e-12, "county mean = total books / total students");
        assertEquals(0.5153, m.coefficientOfVariation(), 0.00005);
        assertEquals(0.4888, WeightedMoments.of(perStudent).coefficientOfVariation(), 0.00005, "the unweighted CV, wrong here");
    }

    @Test
    void BAL_7_textbookValues() {
        assertEquals(4.0 / 15, Distribution.of(1, 2, 3, 4, 5).gini(), 1e-15);
        assertEquals(0, Distribution.of(7, 7, 7).gini());
        assertEquals(0, WeightedMoments.of(3, 3, 3).coefficientOfVariation());
        // two people, one has everything: G = 1/2 = 1 − 1/n, the most n = 2 allows
        assertEquals(0.5, Distribution.of(0, 10).gini(), 1e-15);
        assertEquals(Math.log(2), GeneralizedEntropy.theil().with(ZeroValues.USE_LIMITS).accept(0).accept(10).value(), 1e-15);
        assertEquals(List.of(0.0, 0.0, 0.5, 0.0, 1.0, 1.0), Distribution.of(0, 10).lorenz().stream()
                .flatMap(p -> Arrays.stream(p).boxed()).toList());
    }

    @Test
    void BAL_7_percentilesMcLooneVerstegenHooverAndRanges() {
        Distribution d = Distribution.of(new double[] {10, 20, 30, 40}, new double[] {1, 1, 1, 1});
        assertEquals(20, d.median(), "the lower weighted median");
        assertEquals(10, d.percentile(0.05));
        assertEquals(40, d.percentile(0.95));
        assertEquals(30, d.restrictedRange());
        assertEquals(3, d.federalRangeRatio());
        assertEquals(4, d.rangeRatio());
        assertEquals(0.75, d.mcLoone(), 1e-15, "the bottom half of the units, 10 and 20, over a median of 20");
        assertEquals(0.5, d.mcLoone(MedianSplit.UNITS_BEYOND_MEDIAN), 1e-15, "10 strictly below a median of 20");
        assertEquals(35.0 / 20, d.verstegen(), 1e-15);
        assertEquals(0.2, d.hoover(), 1e-15);
        assertEquals(1, Distribution.of(5, 5).mcLoone());
    }

    @Test
    void BAL_7_parityIndexAndItsAdjustedForm() {
        assertEquals(0.8, ParityIndex.of(8, 10).adjusted(), 1e-15);
        assertEquals(2 - 1 / 1.25, ParityIndex.of(10, 8).adjusted(), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> ParityIndex.of(1, 0));
    }

    @Test
    void BAL_7_badValuesAreRefusedNamingThemAndNothingIsNaN() {
        var e = assertThrows(IllegalArgumentException.class, () -> GeneralizedEntropy.theil().accept(-3));
        assertTrue(e.getMessage().startsWith("value (-3.0) must be finite and > 0 for Theil T"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GeneralizedEntropy.meanLogDeviation().with(ZeroValues.USE_LIMITS).accept(0));
        assertThrows(IllegalArgumentException.class, () -> new WeightedMoments().accept(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Distribution().accept(1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Distribution().accept(1, Double.NaN));
        assertThrows(IllegalStateException.class, () -> new Distribution().gini());
        assertThrows(IllegalStateException.class, () -> Distribution.of(0, 0).gini());
        assertThrows(IllegalStateException.class, () -> Distribution.of(-1, 5).gini());
        assertThrows(IllegalStateException.class, () -> WeightedMoments.of(0, 0).coefficientOfVariation());
    }

    @Test
    void BAL_7_weightsSummingPastTwoToTheThirtyOneWork() {
        double big = 3e9;
        double[] x = {1000, 2000, 5000};
        assertEquals(Distribution.of(x, new double[] {1, 2, 3}).gini(), Distribution.of(x, new double[] {big, 2 * big, 3 * big}).gini(), 1e-12);
        assertEquals(WeightedMoments.of(x, new double[] {1, 2, 3}).coefficientOfVariation(),
                WeightedMoments.of(x, new double[] {big, 2 * big, 3 * big}).coefficientOfVariation(), 1e-12);
        Distribution tenMillion = new Distribution();
        for (int i = 0; i < 1000; i++) {
            tenMillion.accept(i + 1, 10_000_000);
        }
        assertTrue(tenMillion.totalWeight() > Integer.MAX_VALUE);
        assertEquals(Distribution.of(IntStream.rangeClosed(1, 1000).asDoubleStream().toArray()).gini(), tenMillion.gini(), 1e-12);
    }

    @Test
    void BAL_7_everyMeasureAgreesWithANaiveImplementationOfItsDefinition() {
        qt().forAll(samples()).check(s -> {
            double[] x = s[0];
            double[] w = s[1];
            boolean ok = close(WeightedMoments.of(x, w).coefficientOfVariation(), Naive.cv(x, w)) || Naive.cv(x, w) < 1e-7;
            ok &= Math.abs(Distribution.of(x, w).gini() - Naive.gini(x, w)) < 1e-12;
            for (double a : ALPHAS) {
                ok &= Math.abs(GeneralizedEntropy.of(a, x, w) - Naive.ge(a, x, w)) < 1e-10;
            }
            for (double e : EPSILONS) {
                ok &= Math.abs(Atkinson.of(e, x, w) - Naive.atkinson(e, x, w)) < 1e-10;
            }
            return ok;
        });
    }

    @Test
    void BAL_7_scaleInvariance() {
        qt().forAll(samples(), SourceDSL.integers().between(1, 1000)).check((s, k) ->
                allClose(all(s[0], s[1]), all(scaled(s[0], k / 7.0), s[1])));
    }

    @Test
    void BAL_7_replicationInvariance() {
        qt().forAll(samples(), SourceDSL.integers().between(2, 5)).check((s, k) -> {
            double[] x = s[0];
            double[] w = s[1];
            double[] xx = new double[x.length * k];
            double[] ww = new double[w.length * k];
            for (int r = 0; r < k; r++) {
                System.arraycopy(x, 0, xx, r * x.length, x.length);
                System.arraycopy(w, 0, ww, r * w.length, w.length);
            }
            return allClose(all(x, w), all(xx, ww)) && allClose(all(x, w), all(x, scaled(w, k)));
        });
    }

    @Test
    void BAL_7_aTransferFromRicherToPoorerNeverRaisesGiniTheilOrAtkinson() {
        qt().forAll(samples(), SourceDSL.integers().between(1, 99)).check((s, percent) -> {
            double[] x = s[0].clone();
            double[] w = new double[x.length];
            Arrays.fill(w, 1);
            if (x.length < 2) {
                return true;
            }
            Arrays.sort(x);
            int poor = 0;
            int rich = x.length - 1;
            double gap = x[rich] - x[poor];
            double t = gap * percent / 200.0; // at most half the gap: the order is kept
            double[] y = x.clone();
            y[poor] += t;
            y[rich] -= t;
            double eps = 1e-12;
            return Distribution.of(y, w).gini() <= Distribution.of(x, w).gini() + eps
                    && GeneralizedEntropy.of(1, y, w) <= GeneralizedEntropy.of(1, x, w) + eps
                    && GeneralizedEntropy.of(0, y, w) <= GeneralizedEntropy.of(0, x, w) + eps
                    && Atkinson.of(1, y, w) <= Atkinson.of(1, x, w) + eps
                    && Atkinson.of(2, y, w) <= Atkinson.of(2, x, w) + eps;
        });
    }

    @Test
    void BAL_7_giniLiesInZeroToOneAndCvOfEqualValuesIsZero() {
        qt().forAll(samples()).check(s -> {
            double g = Distribution.of(s[0], s[1]).gini();
            double[] same = new double[s[0].length];
            Arrays.fill(same, s[0][0]);
            return g >= 0 && g < 1 && WeightedMoments.of(same, s[1]).coefficientOfVariation() == 0
                    && Distribution.of(same, s[1]).gini() == 0;
        });
    }

    /** Splits a sample at a point and combines the halves' accumulators. */
    private static <A> A split(double[] x, double[] w, int at, java.util.function.Supplier<A> make,
            BiFunction<A, double[], A> accept, BiFunction<A, A, A> combine) {
        A left = make.get();
        A right = make.get();
        for (int i = 0; i < x.length; i++) {
            accept.apply(i < at ? left : right, new double[] {x[i], w[i]});
        }
        return combine.apply(left, right);
    }

    @Test
    void BAL_7_splitAndCombineEqualsOnePass() {
        qt().forAll(samples(), SourceDSL.integers().between(0, 40)).check((s, at) -> {
            double[] x = s[0];
            double[] w = s[1];
            int k = Math.min(at, x.length);
            boolean ok = close(split(x, w, k, WeightedMoments::new, (m, p) -> m.accept(p[0], p[1]),
                    WeightedMoments::combine).coefficientOfVariation(), WeightedMoments.of(x, w).coefficientOfVariation());
            ok &= close(split(x, w, k, Distribution::new, (d, p) -> d.accept(p[0], p[1]), Distribution::combine).gini(),
                    Distribution.of(x, w).gini());
            for (double a : ALPHAS) {
                ok &= Math.abs(split(x, w, k, () -> GeneralizedEntropy.withAlpha(a), (g, p) -> g.accept(p[0], p[1]),
                        GeneralizedEntropy::combine).value() - GeneralizedEntropy.of(a, x, w)) < 1e-12;
            }
            for (double e : EPSILONS) {
                ok &= Math.abs(split(x, w, k, () -> Atkinson.withEpsilon(e), (g, p) -> g.accept(p[0], p[1]),
                        Atkinson::combine).value() - Atkinson.of(e, x, w)) < 1e-12;
            }
            return ok;
        });
    }

    @Test
    void BAL_7_collectorsOnParallelStreamsGiveTheOnePassAnswer() {
        double[] x = IntStream.range(1, 20_001).mapToDouble(i -> (i * 7919) % 1000 + 1).toArray();
        double one = Distribution.of(x).gini();
        double parallel = IntStream.range(0, x.length).parallel().boxed()
                .collect(Inequality.toDistribution(i -> x[i], i -> 1)).gini();
        assertEquals(one, parallel, 1e-12);
        assertEquals(GeneralizedEntropy.of(1, x, ones(x.length)), IntStream.range(0, x.length).parallel().boxed()
                .collect(Inequality.toGeneralizedEntropy(1, i -> x[i], i -> 1)).value(), 1e-12);
    }

    private static double[] ones(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1);
        return w;
    }

    @Test
    void BAL_7_geBetweenPlusWithinIsTheTotal() {
        qt().forAll(samples(), SourceDSL.integers().between(1, 4)).check((s, groups) -> {
            for (double a : ALPHAS) {
                Map<Integer, GeneralizedEntropy> byGroup = new LinkedHashMap<>();
                for (int i = 0; i < s[0].length; i++) {
                    byGroup.computeIfAbsent(i % groups, g -> GeneralizedEntropy.withAlpha(a)).accept(s[0][i], s[1][i]);
                }
                Decomposition<Integer> d = GeneralizedEntropy.decompose(byGroup);
                if (Math.abs(d.between() + d.within() - d.total()) > 1e-10
                        || Math.abs(d.total() - GeneralizedEntropy.of(a, s[0], s[1])) > 1e-10) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    void BAL_7_giniDecompositionHasNoOverlapForSeparatedGroups() {
        Map<String, Distribution> groups = new LinkedHashMap<>();
        groups.put("rural", Distribution.of(1, 2, 3));
        groups.put("urban", Distribution.of(10, 20, 30));
        GiniDecomposition<String> d = Distribution.decomposeGini(groups);
        assertEquals(Distribution.of(1, 2, 3, 10, 20, 30).gini(), d.total(), 1e-15);
        assertEquals(0, d.overlap(), 1e-12);
        groups.put("town", Distribution.of(2, 15, 25));
        GiniDecomposition<String> overlapping = Distribution.decomposeGini(groups);
        assertTrue(overlapping.overlap() > 0);
        assertEquals(overlapping.total(), overlapping.between() + overlapping.within() + overlapping.overlap(), 1e-15);
    }

    @Test
    void BAL_7_smallSampleCorrectionsAreOptionsOffByDefault() {
        Distribution d = Distribution.of(1, 2, 3, 4, 5);
        assertEquals(d.gini() * 5 / 4, d.gini(Correction.FREQUENCY), 1e-15);
        WeightedMoments m = WeightedMoments.of(1, 2, 3, 4, 5);
        assertEquals(2.0, m.variance(), 1e-15);
        assertEquals(2.5, m.variance(Correction.FREQUENCY), 1e-15);
    }
}
