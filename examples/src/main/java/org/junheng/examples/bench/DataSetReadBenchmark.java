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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junheng.core.io.DataSetCsv;
import org.junheng.core.io.DataSetJson;
import org.junheng.core.model.DataSet;
import org.junheng.core.sample.SyntheticDataSets;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a synthetic data set from JSON and from CSV, all checks included (issue 12). The setup prints
 * the bytes read; MB/s is those bytes over the time per read. The reader scans bytes on the calling thread
 * and makes records on one worker thread per processor; {@code -jvmArgsAppend -XX:ActiveProcessorCount=1}
 * measures it on one core (everything then runs on the calling thread). For a file already on disk, such
 * as a generated province, {@link ReadThroughput} and {@code examples/scripts/bench-read.sh} are quicker.
 *
 * <pre>
 * java -cp examples/target/junheng.jar org.openjdk.jmh.Main DataSetReadBenchmark -p scale=CITY
 * java -cp examples/target/junheng.jar org.openjdk.jmh.Main DataSetReadBenchmark -p scale=PROVINCE -wi 1 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class DataSetReadBenchmark {

    /** The scale of the synthetic data set. */
    @Param({"CITY"})
    public String scale;

    private Path json;
    private Path csv;

    /** Writes the data set once as JSON and as CSV, and prints their sizes. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        DataSet data = SyntheticDataSets.generate(SyntheticDataSets.Scale.valueOf(scale), 1);
        json = Files.createTempFile("junheng-read", ".json");
        csv = Files.createTempDirectory("junheng-read-csv");
        DataSetJson.write(data, json);
        DataSetCsv.write(data, csv);
        System.out.printf("%n%s: %,d bytes of JSON, %,d bytes of CSV%n", scale, Files.size(json), size(csv));
    }

    /** Deletes the files written by the setup. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(json);
        try (Stream<Path> files = Files.walk(csv)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Reads the JSON document. */
    @Benchmark
    public DataSet readJson() throws IOException {
        return DataSetJson.read(json);
    }

    /** Reads the folder of CSV files. */
    @Benchmark
    public DataSet readCsv() throws IOException {
        return DataSetCsv.read(csv);
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            long total = 0;
            for (Path p : files.toList()) {
                total += Files.size(p);
            }
            return total;
        }
    }
}
