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
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junheng.indicators.inequality.Inequality;
import org.junheng.indicators.inequality.LogMeasures;

/**
 * The Java side of {@code examples/scripts/numpy-compare.sh} (issue 12): writes the shared file of
 * (value, weight) pairs, and times the library's inequality measures on it, best of N runs, printing one
 * tab-separated line per measure: name, best milliseconds, value (17 significant digits), CPU
 * milliseconds. In {@code serve} mode it times one measure per line of standard input, so that the
 * script can alternate it with numpy run by run: on a shared machine both sides then meet the same load.
 *
 * <p>The file is little-endian float64: n values, then their n weights, nothing else. Values are
 * log-normal like per-student spending (median e^9.5, log-sd 0.4), weights whole numbers of pupils 1 to
 * 1000, drawn from a fixed seed so that every run and every machine compares the same data.
 *
 * <pre>
 * java -cp examples/target/junheng.jar org.junheng.examples.bench.NumpyComparison generate pairs.f64 10000000
 * java -Xmx4g -cp examples/target/junheng.jar org.junheng.examples.bench.NumpyComparison time pairs.f64 7
 * echo theil | java -Xmx4g -cp examples/target/junheng.jar org.junheng.examples.bench.NumpyComparison serve pairs.f64
 * </pre>
 *
 * The number of threads follows the processors the JVM sees: run under {@code taskset -c 0} for one core.
 */
public final class NumpyComparison {
    private static final long SEED = 20261123L;
    private static final int BUFFER_DOUBLES = 1 << 16;

    private NumpyComparison() {
    }

    /** {@code generate FILE N}, {@code time FILE RUNS} or {@code serve FILE}. */
    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("generate")) {
            generate(Path.of(args[1]), Integer.parseInt(args[2]));
        } else if (args.length == 3 && args[0].equals("time")) {
            time(Path.of(args[1]), Integer.parseInt(args[2]));
        } else if (args.length == 2 && args[0].equals("serve")) {
            serve(Path.of(args[1]));
        } else {
            System.err.println("usage: NumpyComparison generate FILE N | time FILE RUNS | serve FILE");
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

    private static double[][] load(Path file) throws IOException {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = in.size();
            if (size % 16 != 0 || size / 16 > Integer.MAX_VALUE) {
                throw new IOException(file + ": " + size + " bytes is not a whole number of (value, weight) pairs");
            }
            int n = (int) (size / 16);
            return new double[][] {read(in, 0, n), read(in, 8L * n, n)};
        }
    }

    /** The measures timed, by the names numpy-compare.py uses, in its order. */
    private static Map<String, ToDoubleFunction<double[][]>> measures() {
        Map<String, ToDoubleFunction<double[][]>> measures = new LinkedHashMap<>();
        measures.put("gini", d -> Inequality.gini(d[0], d[1]));
        measures.put("cv", d -> Inequality.coefficientOfVariation(d[0], d[1]));
        measures.put("theil", d -> Inequality.theil(d[0], d[1]));
        measures.put("mld", d -> Inequality.meanLogDeviation(d[0], d[1]));
        measures.put("atkinson1", d -> Inequality.atkinson(1, d[0], d[1]));
        measures.put("atkinson0.5", d -> Inequality.atkinson(0.5, d[0], d[1]));
        measures.put("log3", d -> { // Theil T, the MLD and A(1) from one pass; their sum stands for them
            LogMeasures m = Inequality.logMeasures(d[0], d[1]);
            return m.theil() + m.meanLogDeviation() + m.atkinson1();
        });
        return measures;
    }

    private static void time(Path file, int runs) throws IOException {
        double[][] data = load(file);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (Map.Entry<String, ToDoubleFunction<double[][]>> m : measures().entrySet()) {
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

    /**
     * Prints {@code ready} once the file is read, then for each measure named on standard input times one
     * run and prints name, milliseconds, value and CPU milliseconds of all threads (read per thread, to
     * the nanosecond, where the process total moves in 10 ms steps).
     */
    private static void serve(Path file) throws IOException {
        double[][] data = load(file);
        Map<String, ToDoubleFunction<double[][]>> measures = measures();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        System.out.println("ready");
        System.out.flush();
        for (String name = in.readLine(); name != null; name = in.readLine()) {
            ToDoubleFunction<double[][]> measure = measures.get(name.strip());
            if (measure == null) {
                throw new IOException("no measure named '" + name.strip() + "'; known: " + measures.keySet());
            }
            long cpu = cpuOfAllThreads(threads);
            long start = System.nanoTime();
            double value = measure.applyAsDouble(data);
            long elapsed = System.nanoTime() - start;
            long cpuUsed = cpuOfAllThreads(threads) - cpu;
            System.out.printf(Locale.ROOT, "%s\t%.3f\t%.17g\t%.3f%n", name.strip(), elapsed / 1e6, value, cpuUsed / 1e6);
            System.out.flush();
        }
    }

    /** CPU nanoseconds used so far by the live threads (a thread that ended since is not counted). */
    private static long cpuOfAllThreads(ThreadMXBean threads) {
        long total = 0;
        for (long id : threads.getAllThreadIds()) {
            long t = threads.getThreadCpuTime(id);
            if (t > 0) {
                total += t;
            }
        }
        return total;
    }
}
