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
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junheng.core.gen.Properties.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The edge cases of the inequality measures (BAL-7): zeros, extremes, self-combination, the median split. */
class InequalityEdgeTest {

    @Test
    void BAL_7_aGroupOfZerosDecomposesWhenZerosAreAllowed() {
        for (double alpha : new double[] {0.5, 1, 2}) {
            GeneralizedEntropy zeros = GeneralizedEntropy.withAlpha(alpha).with(ZeroValues.USE_LIMITS).accept(0, 2).accept(0, 1);
            GeneralizedEntropy others = GeneralizedEntropy.withAlpha(alpha).with(ZeroValues.USE_LIMITS).accept(1, 1).accept(3, 2);
            Map<String, GeneralizedEntropy> groups = new LinkedHashMap<>();
            groups.put("zeros", zeros);
            groups.put("others", others);
            Decomposition<String> d = GeneralizedEntropy.decompose(groups);
            GeneralizedEntropy all = GeneralizedEntropy.withAlpha(alpha).with(ZeroValues.USE_LIMITS)
                    .accept(0, 2).accept(0, 1).accept(1, 1).accept(3, 2);
            assertEquals(all.value(), d.total(), 1e-12, "α = " + alpha);
            assertEquals(0, d.groups().get("zeros").contribution(), "α = " + alpha);
            assertEquals(0, d.groups().get("zeros").valueShare(), "α = " + alpha);
            assertEquals(d.total(), d.between() + d.within(), 1e-12, "α = " + alpha);
        }
    }

    @Test
    void BAL_7_extremeValuesAndWeightsAreRefusedWithAClearMessage() {
        IllegalArgumentException big = assertThrows(IllegalArgumentException.class,
                () -> Distribution.of(Double.MAX_VALUE / 2, Double.MAX_VALUE));
        assertTrue(big.getMessage().contains("scale"), big.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new WeightedMoments().accept(1e300, 1));
        assertThrows(IllegalArgumentException.class, () -> new WeightedMoments().accept(1, Math.pow(2, 1000)));
        assertThrows(IllegalArgumentException.class, () -> Distribution.of(new double[] {1, 2}, new double[] {1e-300, 1}));
        assertThrows(IllegalArgumentException.class, () -> GeneralizedEntropy.theil().accept(1e-300, 1));
        assertThrows(IllegalArgumentException.class, () -> Atkinson.withEpsilon(0.5).accept(1, Math.pow(2, 1000)));
        // the bounds themselves are fine, and the measures are finite there
        Distribution d = Distribution.of(new double[] {1e60, 1e-60, 5e59}, new double[] {1e60, 1e60, 1e-60});
        assertTrue(Double.isFinite(d.gini()) && Double.isFinite(d.hoover()) && Double.isFinite(d.mean()));
        WeightedMoments m = WeightedMoments.of(new double[] {1e60, -1e60, 3e59}, new double[] {1e60, 1e60, 1});
        assertTrue(Double.isFinite(m.variance()), m.toString());
    }

    @Test
    void BAL_7_combiningAnAccumulatorWithItselfDoublesTheWeightsAndTerminates() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            Distribution d = Distribution.of(new double[] {1, 2, 7}, new double[] {1, 2, 3});
            double gini = d.gini();
            d.combine(d);
            assertEquals(6, d.count());
            assertEquals(12, d.totalWeight());
            assertEquals(gini, d.gini(), 1e-15);
            GeneralizedEntropy g = GeneralizedEntropy.withAlpha(2).accept(1, 1).accept(4, 2);
            double ge = g.value();
            g.combine(g);
            assertEquals(4, g.count());
            assertEquals(6, g.totalWeight());
            assertEquals(ge, g.value(), 1e-15);
            GeneralizedEntropy t = GeneralizedEntropy.theil().accept(1, 1).accept(4, 2);
            double theil = t.value();
            assertEquals(theil, t.combine(t).value(), 1e-15);
            WeightedMoments m = WeightedMoments.of(new double[] {1, 4}, new double[] {1, 2});
            double variance = m.variance();
            m.combine(m);
            assertEquals(6, m.totalWeight());
            assertEquals(variance, m.variance(), 1e-15);
        });
    }

    @Test
    void BAL_7_accumulatorsThatTreatZerosDifferentlyDoNotCombine() {
        GeneralizedEntropy allowing = GeneralizedEntropy.theil().with(ZeroValues.USE_LIMITS).accept(1);
        assertThrows(IllegalArgumentException.class, () -> GeneralizedEntropy.theil().accept(1).combine(allowing));
        assertThrows(IllegalArgumentException.class, () -> Atkinson.withEpsilon(0.5).accept(1)
                .combine(Atkinson.withEpsilon(0.5).with(ZeroValues.USE_LIMITS).accept(1)));
    }

    @Test
    void BAL_7_mcLooneAndVerstegenRefuseAZeroMedian() {
        Distribution d = Distribution.of(0, 0, 0, 5);
        for (MedianSplit split : MedianSplit.values()) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> d.mcLoone(split));
            assertTrue(e.getMessage().contains("positive median"), e.getMessage());
            assertThrows(IllegalStateException.class, () -> d.verstegen(split));
        }
    }

    @Test
    void BAL_7_undefinedResultsAreIllegalStateAndBadArgumentsIllegalArgument() {
        assertThrows(IllegalStateException.class, () -> Distribution.of(3).gini(Correction.FREQUENCY));
        assertThrows(IllegalStateException.class, () -> new Distribution().mcLoone());
        assertThrows(IllegalArgumentException.class, () -> Distribution.of(1, 2).percentile(1.5));
        assertThrows(IllegalArgumentException.class, () -> new Distribution().accept(Double.NaN));
    }

    @Test
    void BAL_7_mcLooneAndVerstegenOverHalfThePupilsSplitTheStraddlingSchool() {
        // three schools of 1, 2 and 1 pupils spending 10, 20, 30: four pupils, the median pupil's 20
        Distribution d = Distribution.of(new double[] {10, 20, 30}, new double[] {1, 2, 1});
        assertEquals(20, d.median());
        assertEquals((10 + 20) / (20.0 * 2), d.mcLoone(), 1e-15, "one pupil at 10, one of the middle school's two at 20");
        assertEquals(10 / 20.0, d.mcLoone(MedianSplit.UNITS_BEYOND_MEDIAN), 1e-15);
        assertEquals((30 + 20) / (20.0 * 2), d.verstegen(), 1e-15);
        assertEquals(30 / 20.0, d.verstegen(MedianSplit.UNITS_BEYOND_MEDIAN), 1e-15);
        assertEquals(1, Distribution.of(5, 5).mcLoone());
        assertEquals(1, Distribution.of(5, 5).verstegen());
    }

    @Test
    void BAL_7_propertyHalfOfWeightEqualsTheSameIndexOverEveryPupil() {
        qt().withExamples(200).forAll(lists().of(integers().between(1, 100)).ofSizeBetween(1, 12),
                lists().of(integers().between(1, 6)).ofSizeBetween(12, 12)).check((values, counts) -> {
                    double[] v = values.stream().mapToDouble(Integer::doubleValue).toArray();
                    double[] w = new double[v.length];
                    int pupils = 0;
                    for (int i = 0; i < v.length; i++) {
                        w[i] = counts.get(i);
                        pupils += counts.get(i);
                    }
                    double[] each = new double[pupils];
                    int k = 0;
                    for (int i = 0; i < v.length; i++) {
                        for (int j = 0; j < w[i]; j++) {
                            each[k++] = v[i];
                        }
                    }
                    Arrays.sort(each);
                    double median = each[(pupils + 1) / 2 - 1];
                    // the bottom and top halves of the pupils, the middle pupil halved when the count is odd
                    double bottom = 0;
                    double top = 0;
                    for (int i = 0; i < pupils / 2; i++) {
                        bottom += each[i];
                        top += each[pupils - 1 - i];
                    }
                    if (pupils % 2 == 1) {
                        bottom += each[pupils / 2] / 2;
                        top += each[pupils / 2] / 2;
                    }
                    Distribution d = Distribution.of(v, w);
                    return Math.abs(d.mcLoone() - bottom / (median * pupils / 2.0)) < 1e-12
                            && Math.abs(d.verstegen() - Math.max(1, top / (median * pupils / 2.0))) < 1e-12;
                });
    }
}
