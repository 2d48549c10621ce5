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
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junheng.core.io.DataSetJson;
import org.junheng.core.model.DataSet;
import org.junheng.core.sample.SyntheticDataSets;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * JSON read and write of a synthetic data set (issue 2). One shot per iteration, since the province is
 * a 1 GB document; divide the file size and record count by the time for MB/s and records/s (the
 * setup prints both).
 *
 * <pre>
 * java -Xmx4g -cp examples/target/junheng.jar org.openjdk.jmh.Main DataSetJsonBenchmark -p scale=PROVINCE
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DataSetJsonBenchmark {

    /** The synthetic data set's size, a {@code SyntheticDataSets.Scale} name (CITY, PROVINCE, ...). */
    @Param({"CITY"})
    public String scale;

    private DataSet data;
    private Path file;

    /**
     * Generates the data set from seed 1, writes it to a temporary file to read back, and prints the
     * record count and the file's size in bytes.
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        data = SyntheticDataSets.generate(SyntheticDataSets.Scale.valueOf(scale), 1);
        file = Files.createTempFile("junheng-bench", ".json");
        DataSetJson.write(data, file);
        long records = data.jurisdictions().size() + data.schools().size() + data.resources().size()
                + data.classes().size() + data.teachers().size() + data.servicePeriods().size() + data.students().size()
                + data.funding().size() + data.schoolFunding().size();
        System.out.printf("%n%s: %,d records, %,d bytes of JSON%n", scale, records, Files.size(file));
    }

    /** Deletes the temporary JSON file. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    /** Reads the whole data set back from the JSON file. */
    @Benchmark
    public DataSet read() throws IOException {
        return DataSetJson.read(file);
    }

    /** Writes the data set as JSON to a stream that only counts; returns the bytes written. */
    @Benchmark
    public long write() throws IOException {
        CountingStream out = new CountingStream();
        DataSetJson.write(data, out);
        return out.count;
    }

    /** Counts bytes and discards them, so that the benchmark measures the writer, not the disk. */
    static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
