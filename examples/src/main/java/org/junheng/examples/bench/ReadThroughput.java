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
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junheng.core.io.DataSetCsv;
import org.junheng.core.io.DataSetJson;
import org.junheng.core.model.DataSet;

/**
 * Reading speed of one data set file or CSV folder, every check included (issue 12): per run, the wall
 * time, the CPU time of the whole process (every thread, the collector's too), the time spent in garbage
 * collection, and the megabytes read per second of CPU time. Run under {@code taskset -c 0} with
 * {@code -XX:ActiveProcessorCount=1} it measures one core; {@code examples/scripts/bench-read.sh} does both.
 *
 * <pre>
 * java -Xmx2g -cp examples/target/junheng.jar org.junheng.examples.bench.ReadThroughput province.json 3
 * </pre>
 */
public final class ReadThroughput {
    private ReadThroughput() {
    }

    /**
     * Reads the data set {@code args[0]} (a {@code .json} file or a CSV folder) {@code args[1]} times
     * (default 3) and prints one line per run.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ReadThroughput DATA [RUNS]");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        double megabytes = bytes(data) / 1e6;
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "%s: %.0f MB, %d processors%n", data.getFileName(), megabytes,
                Runtime.getRuntime().availableProcessors());
        for (int run = 1; run <= runs; run++) {
            long cpu = os.getProcessCpuTime();
            long gc = gcMillis();
            long start = System.nanoTime();
            DataSet read = Files.isDirectory(data) ? DataSetCsv.read(data) : DataSetJson.read(data);
            double wall = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
            double gcSeconds = (gcMillis() - gc) / 1e3;
            System.out.printf(Locale.ROOT,
                    "run %d: %d students; wall %.2f s, cpu %.2f s (gc %.2f s); %.0f MB/s of wall, %.0f MB/s of cpu%n",
                    run, read.students().size(), wall, cpuSeconds, gcSeconds, megabytes / wall, megabytes / cpuSeconds);
            read = null;
            System.gc();
        }
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    private static long bytes(Path data) throws IOException {
        if (!Files.isDirectory(data)) {
            return Files.size(data);
        }
        try (Stream<Path> files = Files.list(data)) {
            long total = 0;
            for (Path p : files.toList()) {
                total += Files.size(p);
            }
            return total;
        }
    }
}
