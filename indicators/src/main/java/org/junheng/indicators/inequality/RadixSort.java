package org.junheng.indicators.inequality;

/**
 * Sorts doubles ascending with a parallel array of weights, by a least-significant-digit radix sort of
 * the values' bit patterns (four passes of 16 bits): linear in the count, which keeps the Gini of ten
 * million pairs well inside its budget.
 */
final class RadixSort {
    private static final int SMALL = 64;

    private RadixSort() {
    }

    static void sort(double[] values, double[] weights, int size) {
        if (size < SMALL) {
            insertion(values, weights, size);
            return;
        }
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            long bits = Double.doubleToLongBits(values[i] == 0 ? 0.0 : values[i]); // -0.0 sorts as 0.0
            keys[i] = bits ^ ((bits >> 63) | Long.MIN_VALUE); // order-preserving as unsigned
        }
        long[] keyBuffer = new long[size];
        double[] weightBuffer = new double[size];
        double[] w = weights;
        long[] k = keys;
        int[] counts = new int[1 << 16];
        for (int shift = 0; shift < 64; shift += 16) {
            java.util.Arrays.fill(counts, 0);
            for (int i = 0; i < size; i++) {
                counts[(int) (k[i] >>> shift) & 0xFFFF]++;
            }
            if (counts[(int) (k[0] >>> shift) & 0xFFFF] == size) {
                continue; // every key shares this digit
            }
            int sum = 0;
            for (int d = 0; d < counts.length; d++) {
                int c = counts[d];
                counts[d] = sum;
                sum += c;
            }
            for (int i = 0; i < size; i++) {
                int pos = counts[(int) (k[i] >>> shift) & 0xFFFF]++;
                keyBuffer[pos] = k[i];
                weightBuffer[pos] = w[i];
            }
            long[] tk = k;
            k = keyBuffer;
            keyBuffer = tk;
            double[] tw = w;
            w = weightBuffer;
            weightBuffer = tw;
        }
        for (int i = 0; i < size; i++) {
            long bits = k[i] < 0 ? k[i] ^ Long.MIN_VALUE : ~k[i]; // invert the transform
            values[i] = Double.longBitsToDouble(bits);
        }
        if (w != weights) {
            System.arraycopy(w, 0, weights, 0, size);
        }
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
