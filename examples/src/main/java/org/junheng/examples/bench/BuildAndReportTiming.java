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

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import org.junheng.core.model.DataSet;
import org.junheng.core.policy.Policies;
import org.junheng.core.policy.Policy;
import org.junheng.core.sample.SyntheticDataSets;
import org.junheng.Junheng;
import org.junheng.indicators.report.Report;
import org.junheng.indicators.report.Reports;
import org.junheng.indicators.rotation.RotationAssessment;

/**
 * Times the two stages after reading, apart (issue 12): building a checked {@link DataSet} from records
 * already in memory ({@code toBuilder().build()}: every cross-record check and index), and
 * {@link Reports#of} on the built data set (every section, in parallel); then the rotation assessment
 * alone ({@link RotationAssessment#of}, one thread), which the report also makes. Prints wall time, the
 * process's CPU time (collector and compiler included), the calling thread's CPU time (the whole of the
 * rotation's own work, which a shared machine's other load does not inflate) and the collectors' time of
 * each repetition; every stage starts
 * after a full collection. The first repetitions include the JIT's warm-up.
 *
 * <pre>
 * java -Xmx2g -cp examples/target/junheng.jar org.junheng.examples.bench.BuildAndReportTiming city 5
 * java -Xmx2g -cp examples/target/junheng.jar org.junheng.examples.bench.BuildAndReportTiming /tmp/province.json 3
 * </pre>
 *
 * The first argument is a scale ({@code county}, {@code city}, {@code province}: generated from seed 1) or
 * the path of a data set file; the second the number of repetitions (default 5).
 */
public final class BuildAndReportTiming {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private BuildAndReportTiming() {
    }

    /** Loads or generates the data set named by {@code args[0]} and times building and reporting it. */
    public static void main(String[] args) throws IOException {
        String source = args.length > 0 ? args[0] : "city";
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        DataSet data = load(source);
        System.out.println(data);
        Policy policy = Policies.shenyang();
        for (int i = 1; i <= repetitions; i++) {
            DataSet.Builder records = data.toBuilder();
            long[] start = now();
            DataSet built = records.build();
            print("build", i, start);
            records = null;
            start = now();
            Report report = Reports.of(built, policy);
            print("report", i, start);
            if (report.sections().isEmpty()) {
                throw new IllegalStateException("an empty report");
            }
            start = now();
            RotationAssessment rotation = RotationAssessment.of(built, policy);
            print("rotation", i, start);
            if (rotation.eligibility().isEmpty() && !built.teachers().isEmpty()) {
                throw new IllegalStateException("no teacher assessed");
            }
        }
        System.out.println("load average " + String.join(" ", java.nio.file.Files.readString(
                Path.of("/proc/loadavg")).trim().split(" ", 4)).substring(0, 20).trim());
    }

    private static DataSet load(String source) throws IOException {
        for (SyntheticDataSets.Scale s : SyntheticDataSets.Scale.values()) {
            if (s.name().equalsIgnoreCase(source)) {
                return SyntheticDataSets.generate(s, 1);
            }
        }
        return Junheng.load(Path.of(source));
    }

    /**
     * Collects the garbage left by the previous stage (so that each stage pays for its own), then reads wall
     * nanoseconds, the process's CPU nanoseconds (every thread, the collector's too) and the milliseconds the
     * collectors have taken so far.
     */
    private static long[] now() {
        System.gc();
        return stamp();
    }

    private static long[] stamp() {
        long gc = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            gc += Math.max(0, b.getCollectionTime());
        }
        return new long[] {System.nanoTime(), OS.getProcessCpuTime(), gc, THREADS.getCurrentThreadCpuTime()};
    }

    private static void print(String stage, int repetition, long[] start) {
        long[] end = stamp();
        Runtime r = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "%-8s #%d  wall %7.3f s  cpu %7.3f s  this thread %7.3f s  gc %6.3f s  heap used %,5d MB%n",
                stage, repetition, (end[0] - start[0]) / 1e9, (end[1] - start[1]) / 1e9, (end[3] - start[3]) / 1e9,
                (end[2] - start[2]) / 1e3, (r.totalMemory() - r.freeMemory()) >> 20);
    }
}
