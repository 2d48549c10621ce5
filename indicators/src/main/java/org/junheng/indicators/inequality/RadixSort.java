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
 * the values' bit patterns: eight passes of 8 bits, linear in the count, which keeps the Gini of ten
 * million pairs well inside its budget. Bytes are narrow on purpose: a pass scatters into 256 places at
 * a time, which the caches keep open, where 65,536 places would miss on nearly every write. One read
 * counts every byte at once, and a pass whose byte all keys share is skipped. In parallel, each pass
 * counts and scatters contiguous parts of the array on their own threads; the sort is stable, so the
 * result does not depend on the parts.
 */
final class RadixSort {
    private static final int SMALL = 64;
    private static final int BITS = 8;
    private static final int DIGITS = 1 << BITS;
    private static final int MASK = DIGITS - 1;
    private static final int PASSES = 64 / BITS;

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
        // counts[p][pass * DIGITS + digit]: how many keys of part p have that digit in that pass
        int[][] counts = new int[parts][PASSES * DIGITS];
        forEachPart(parts, size, (p, from, to) -> {
            int[] c = counts[p];
            for (int i = from; i < to; i++) {
                long bits = Double.doubleToLongBits(values[i] == 0 ? 0.0 : values[i]); // -0.0 sorts as 0.0
                long key = bits ^ ((bits >> 63) | Long.MIN_VALUE); // order-preserving as unsigned
                keys[i] = key;
                for (int pass = 0; pass < PASSES; pass++) {
                    c[pass * DIGITS + ((int) (key >>> (pass * BITS)) & MASK)]++;
                }
            }
        });
        long[] k = keys;
        double[] w = weights;
        long[] keyBuffer = new long[size];
        double[] weightBuffer = new double[size];
        boolean counted = true; // the counts per part still describe the parts of k
        for (int pass = 0; pass < PASSES; pass++) {
            if (shared(counts, pass, size)) {
                continue;
            }
            if (!counted) {
                count(k, pass, counts, size);
            }
            scatter(k, w, keyBuffer, weightBuffer, size, pass, counts);
            counted = parts == 1; // one part's counts are the totals, whatever the order
            long[] tk = k;
            k = keyBuffer;
            keyBuffer = tk;
            double[] tw = w;
            w = weightBuffer;
            // the caller's weights are free once the first pass has copied them out
            weightBuffer = tw;
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

    /** Whether every key has the same digit in this pass, which then leaves the order as it is. */
    private static boolean shared(int[][] counts, int pass, int size) {
        for (int d = pass * DIGITS; d < (pass + 1) * DIGITS; d++) {
            int total = 0;
            for (int[] c : counts) {
                total += c[d];
            }
            if (total != 0) {
                return total == size;
            }
        }
        return true; // unreachable for size > 0: some digit has keys
    }

    /** Counts again, per part, the digits of this pass: earlier passes moved keys between parts. */
    private static void count(long[] k, int pass, int[][] counts, int size) {
        int shift = pass * BITS;
        int offset = pass * DIGITS;
        forEachPart(counts.length, size, (p, from, to) -> {
            int[] c = counts[p];
            Arrays.fill(c, offset, offset + DIGITS, 0);
            for (int i = from; i < to; i++) {
                c[offset + ((int) (k[i] >>> shift) & MASK)]++;
            }
        });
    }

    /** One stable pass on the digit of {@code pass} into the buffers, using (and using up) that pass's counts. */
    private static void scatter(long[] k, double[] w, long[] keyOut, double[] weightOut, int size, int pass,
            int[][] counts) {
        int shift = pass * BITS;
        int offset = pass * DIGITS;
        // each part's first position for each digit: digits in order, parts in order within a digit
        int sum = 0;
        for (int d = offset; d < offset + DIGITS; d++) {
            for (int[] c : counts) {
                int n = c[d];
                c[d] = sum;
                sum += n;
            }
        }
        forEachPart(counts.length, size, (p, from, to) -> {
            int[] position = counts[p];
            for (int i = from; i < to; i++) {
                long key = k[i];
                int at = position[offset + ((int) (key >>> shift) & MASK)]++;
                keyOut[at] = key;
                weightOut[at] = w[i];
            }
        });
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
