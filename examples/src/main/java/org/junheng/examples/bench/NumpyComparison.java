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
package org.junheng.examples.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junheng.indicators.inequality.Inequality;

/**
 * The Java side of {@code examples/scripts/numpy-compare.sh} (issue 12): writes the shared file of
 * (value, weight) pairs, and times the library's inequality measures on it, best of N runs, printing one
 * tab-separated line per measure: name, best milliseconds, value (17 significant digits).
 *
 * <p>The file is little-endian float64: n values, then their n weights, nothing else. Values are
 * log-normal like per-student spending (median e^9.5, log-sd 0.4), weights whole numbers of pupils 1 to
 * 1000, drawn from a fixed seed so that every run and every machine compares the same data.
 *
 * <pre>
 * java -cp examples/target/junheng.jar org.junheng.examples.bench.NumpyComparison generate pairs.f64 10000000
 * java -Xmx4g -cp examples/target/junheng.jar org.junheng.examples.bench.NumpyComparison time pairs.f64 7
 * </pre>
 *
 * The number of threads follows the processors the JVM sees: run under {@code taskset -c 0} for one core.
 */
public final class NumpyComparison {
    private static final long SEED = 20261123L;
    private static final int BUFFER_DOUBLES = 1 << 16;

    private NumpyComparison() {
    }

    /** {@code generate FILE N} or {@code time FILE RUNS}. */
    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("generate")) {
            generate(Path.of(args[1]), Integer.parseInt(args[2]));
        } else if (args.length == 3 && args[0].equals("time")) {
            time(Path.of(args[1]), Integer.parseInt(args[2]));
        } else {
            System.err.println("usage: NumpyComparison generate FILE N | time FILE RUNS");
            System.exit(2);
        }
    }

    private static void generate(Path file, int n) throws IOException {
        SplittableRandom random = new SplittableRandom(SEED);
        double[] values = new double[n];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = Math.exp(9.5 + 0.4 * gaussian(random));
            weights[i] = 1 + random.nextInt(1000);
        }
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            write(out, values);
            write(out, weights);
        }
    }

    /** A standard normal draw (Box-Muller), from this generator only, so the file depends on the seed alone. */
    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    private static void write(FileChannel out, double[] data) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocateDirect(8 * BUFFER_DOUBLES).order(ByteOrder.LITTLE_ENDIAN);
        for (int from = 0; from < data.length; from += BUFFER_DOUBLES) {
            buffer.clear();
            buffer.asDoubleBuffer().put(data, from, Math.min(BUFFER_DOUBLES, data.length - from));
            buffer.limit(8 * Math.min(BUFFER_DOUBLES, data.length - from));
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
        }
    }

    private static double[] read(FileChannel in, long position, int n) throws IOException {
        double[] data = new double[n];
        ByteBuffer buffer = ByteBuffer.allocateDirect(8 * BUFFER_DOUBLES).order(ByteOrder.LITTLE_ENDIAN);
        for (int from = 0; from < n; from += BUFFER_DOUBLES) {
            int count = Math.min(BUFFER_DOUBLES, n - from);
            buffer.clear().limit(8 * count);
            while (buffer.hasRemaining()) {
                if (in.read(buffer, position + 8L * from + buffer.position()) < 0) {
                    throw new IOException("the file ends before its " + n + " pairs");
                }
            }
            buffer.flip();
            buffer.asDoubleBuffer().get(data, from, count);
        }
        return data;
    }

    private static void time(Path file, int runs) throws IOException {
        double[] values;
        double[] weights;
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = in.size();
            if (size % 16 != 0 || size / 16 > Integer.MAX_VALUE) {
                throw new IOException(file + ": " + size + " bytes is not a whole number of (value, weight) pairs");
            }
            int n = (int) (size / 16);
            values = read(in, 0, n);
            weights = read(in, 8L * n, n);
        }
        Map<String, ToDoubleFunction<double[][]>> measures = new LinkedHashMap<>();
        measures.put("gini", d -> Inequality.gini(d[0], d[1]));
        measures.put("cv", d -> Inequality.coefficientOfVariation(d[0], d[1]));
        measures.put("theil", d -> Inequality.theil(d[0], d[1]));
        measures.put("mld", d -> Inequality.meanLogDeviation(d[0], d[1]));
        measures.put("atkinson1", d -> Inequality.atkinson(1, d[0], d[1]));
        measures.put("atkinson0.5", d -> Inequality.atkinson(0.5, d[0], d[1]));
        double[][] data = {values, weights};
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (Map.Entry<String, ToDoubleFunction<double[][]>> m : measures.entrySet()) {
            long best = Long.MAX_VALUE;
            long bestCpu = Long.MAX_VALUE;
            double value = Double.NaN;
            for (int r = 0; r < runs; r++) {
                long cpu = os.getProcessCpuTime();
                long start = System.nanoTime();
                value = m.getValue().applyAsDouble(data);
                best = Math.min(best, System.nanoTime() - start);
                bestCpu = Math.min(bestCpu, os.getProcessCpuTime() - cpu);
            }
            System.out.printf(Locale.ROOT, "%s\t%.1f\t%.17g\t%.1f%n", m.getKey(), best / 1e6, value, bestCpu / 1e6);
        }
    }
}
