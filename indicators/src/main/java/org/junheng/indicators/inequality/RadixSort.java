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

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Sorts doubles ascending with a parallel array of weights, by a least-significant-digit radix sort of
 * the values' bit patterns (four passes of 16 bits): linear in the count, which keeps the Gini of ten
 * million pairs well inside its budget. In parallel, each pass counts and scatters contiguous parts of
 * the array on their own threads; the sort is stable, so the result does not depend on the parts.
 */
final class RadixSort {
    private static final int SMALL = 64;
    private static final int DIGITS = 1 << 16;

    private RadixSort() {
    }

    /** Work on {@code [from, to)}, the part'th of the array. */
    @FunctionalInterface
    private interface PartWork {
        void run(int part, int from, int to);
    }

    /** Sorts the first {@code size} values and their weights, on several threads when {@code parallel}. */
    static void sort(double[] values, double[] weights, int size, boolean parallel) {
        if (size < SMALL) {
            insertion(values, weights, size);
            return;
        }
        int parts = parallel ? Math.min(16, 2 * Runtime.getRuntime().availableProcessors()) : 1;
        long[] keys = new long[size];
        forEachPart(parts, size, (p, from, to) -> {
            for (int i = from; i < to; i++) {
                long bits = Double.doubleToLongBits(values[i] == 0 ? 0.0 : values[i]); // -0.0 sorts as 0.0
                keys[i] = bits ^ ((bits >> 63) | Long.MIN_VALUE); // order-preserving as unsigned
            }
        });
        long[] keyBuffer = new long[size];
        double[] weightBuffer = new double[size];
        double[] w = weights;
        long[] k = keys;
        int[][] counts = new int[parts][DIGITS];
        for (int shift = 0; shift < 64; shift += 16) {
            if (pass(k, w, keyBuffer, weightBuffer, size, shift, counts)) {
                long[] tk = k;
                k = keyBuffer;
                keyBuffer = tk;
                double[] tw = w;
                w = weightBuffer;
                weightBuffer = tw;
            }
        }
        long[] sortedKeys = k;
        forEachPart(parts, size, (p, from, to) -> {
            for (int i = from; i < to; i++) {
                long bits = sortedKeys[i] < 0 ? sortedKeys[i] ^ Long.MIN_VALUE : ~sortedKeys[i]; // invert the transform
                values[i] = Double.longBitsToDouble(bits);
            }
        });
        if (w != weights) {
            System.arraycopy(w, 0, weights, 0, size);
        }
    }

    /** One stable pass on the digit at {@code shift} into the buffers; false when every key shares that digit. */
    private static boolean pass(long[] k, double[] w, long[] keyOut, double[] weightOut, int size, int shift, int[][] counts) {
        int parts = counts.length;
        forEachPart(parts, size, (p, from, to) -> {
            int[] c = counts[p];
            Arrays.fill(c, 0);
            for (int i = from; i < to; i++) {
                c[(int) (k[i] >>> shift) & 0xFFFF]++;
            }
        });
        int first = (int) (k[0] >>> shift) & 0xFFFF;
        int shared = 0;
        for (int[] c : counts) {
            shared += c[first];
        }
        if (shared == size) {
            return false;
        }
        // each part's first position for each digit: digits in order, parts in order within a digit
        int sum = 0;
        for (int d = 0; d < DIGITS; d++) {
            for (int[] c : counts) {
                int n = c[d];
                c[d] = sum;
                sum += n;
            }
        }
        forEachPart(parts, size, (p, from, to) -> {
            int[] position = counts[p];
            for (int i = from; i < to; i++) {
                int at = position[(int) (k[i] >>> shift) & 0xFFFF]++;
                keyOut[at] = k[i];
                weightOut[at] = w[i];
            }
        });
        return true;
    }

    private static void forEachPart(int parts, int size, PartWork work) {
        if (parts == 1) {
            work.run(0, 0, size);
            return;
        }
        IntStream.range(0, parts).parallel()
                .forEach(p -> work.run(p, (int) ((long) size * p / parts), (int) ((long) size * (p + 1) / parts)));
    }

    private static void insertion(double[] values, double[] weights, int size) {
        for (int i = 1; i < size; i++) {
            double v = values[i];
            double w = weights[i];
            int j = i - 1;
            while (j >= 0 && values[j] > v) {
                values[j + 1] = values[j];
                weights[j + 1] = weights[j];
                j--;
            }
            values[j + 1] = v;
            weights[j + 1] = w;
        }
    }
}
