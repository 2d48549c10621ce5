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

/** Slow, direct implementations of the definitions, to cross-check the accumulators. */
final class Naive {
    private Naive() {
    }

    static double mean(double[] x, double[] w) {
        double sw = 0;
        double swx = 0;
        for (int i = 0; i < x.length; i++) {
            sw += w[i];
            swx += w[i] * x[i];
        }
        return swx / sw;
    }

    static double total(double[] w) {
        double s = 0;
        for (double v : w) {
            s += v;
        }
        return s;
    }

    /** Two-pass population CV. */
    static double cv(double[] x, double[] w) {
        double m = mean(x, w);
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += w[i] * (x[i] - m) * (x[i] - m);
        }
        return Math.sqrt(s / total(w)) / m;
    }

    /** The double sum of the definition, O(n²). */
    static double gini(double[] x, double[] w) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                s += w[i] * w[j] * Math.abs(x[i] - x[j]);
            }
        }
        double total = total(w);
        return s / (2 * total * total * mean(x, w));
    }

    static double ge(double alpha, double[] x, double[] w) {
        double m = mean(x, w);
        double total = total(w);
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            double r = x[i] / m;
            double p = w[i] / total;
            if (alpha == 1) {
                s += p * r * Math.log(r);
            } else if (alpha == 0) {
                s -= p * Math.log(r);
            } else {
                s += p * (Math.pow(r, alpha) - 1);
            }
        }
        return alpha == 0 || alpha == 1 ? s : s / (alpha * (alpha - 1));
    }

    static double atkinson(double epsilon, double[] x, double[] w) {
        double m = mean(x, w);
        double total = total(w);
        if (epsilon == 1) {
            double s = 0;
            for (int i = 0; i < x.length; i++) {
                s += w[i] / total * Math.log(x[i]);
            }
            return 1 - Math.exp(s) / m;
        }
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += w[i] / total * Math.pow(x[i] / m, 1 - epsilon);
        }
        return 1 - Math.pow(s, 1 / (1 - epsilon));
    }
}
