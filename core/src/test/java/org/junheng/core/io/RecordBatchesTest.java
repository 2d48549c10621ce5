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
package org.junheng.core.io;

import static org.junheng.core.gen.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junheng.core.model.DataProblem;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.InvalidDataException;
import org.junheng.core.model.Jurisdiction;
import org.junheng.core.model.RecordType;
import org.junit.jupiter.api.Test;

/** Records converted on worker threads come out in input order, with every problem in its place. */
class RecordBatchesTest {

    /** Fields of a jurisdiction as text, as a CSV row gives them. */
    private record Row(Map<String, String> cells) implements Fields {
        @Override
        public List<String> names() {
            return List.copyOf(cells.keySet());
        }

        @Override
        public Kind kind(String field) {
            return cells.get(field) == null ? Kind.ABSENT : Kind.TEXT;
        }

        @Override
        public String text(String field) {
            return cells.get(field);
        }

        @Override
        public boolean textOnly() {
            return true;
        }
    }

    private static Row county(int i, boolean valid) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("code", valid ? String.valueOf(210101 + i) : "21" + i); // a short code is refused
        cells.put("name", "县" + i);
        return new Row(cells);
    }

    /**
     * Reads {@code kinds} (0 a valid record, 1 a refused record, 2 a problem found while parsing) through
     * batches of {@code batch} on {@code threads} threads; returns the codes read and the problems' places.
     */
    private static List<String> read(List<Integer> kinds, int batch, int threads) {
        DataSetAssembly a = new DataSetAssembly(true);
        a.source(RecordType.JURISDICTIONS, "jurisdictions.csv");
        a.name = "t";
        a.asOf = LocalDate.of(2025, 9, 1);
        RecordBatches batches = new RecordBatches(a, RecordType.JURISDICTIONS, batch, threads);
        try {
            for (int i = 0; i < kinds.size(); i++) {
                if (kinds.get(i) == 2) {
                    batches.problem(i, i + 2, "", "x", "a row");
                } else {
                    batches.record(county(i, kinds.get(i) == 0), i, i + 2);
                }
            }
            batches.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> seen = new ArrayList<>();
        try {
            DataSet data = a.finish("dataset.csv");
            data.jurisdictions().stream().map(Jurisdiction::code).forEach(c -> seen.add(c.value()));
        } catch (InvalidDataException e) {
            e.problems().stream().map(DataProblem::location).forEach(seen::add);
        }
        return seen;
    }

    @Test
    void propertyManyThreadsGiveWhatOneThreadGives() {
        qt().withExamples(60)
                .forAll(lists().of(integers().between(0, 2)).ofSizeBetween(0, 300), integers().between(1, 7),
                        integers().between(2, 4))
                .checkAssert((kinds, batch, threads) -> assertEquals(read(kinds, 1000, 1), read(kinds, batch, threads)));
    }

    @Test
    void recordsAndProblemsKeepTheirOrderAcrossBatches() {
        List<Integer> kinds = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            kinds.add(i % 10 == 3 ? 1 : i % 10 == 7 ? 2 : 0);
        }
        List<String> places = read(kinds, 4, 3);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            if (kinds.get(i) != 0) {
                expected.add("line " + (i + 2));
            }
        }
        assertEquals(expected, places);
        kinds.replaceAll(k -> 0);
        assertEquals(50, read(kinds, 4, 3).size());
        assertEquals("210101", read(kinds, 4, 3).get(0));
        assertEquals("210150", read(kinds, 4, 3).get(49));
    }

    @Test
    void aFailingConversionIsRethrownByFinish() throws IOException {
        DataSetAssembly a = new DataSetAssembly(true);
        a.source(RecordType.JURISDICTIONS, "jurisdictions.csv");
        RecordBatches batches = new RecordBatches(a, RecordType.JURISDICTIONS, 2, 2);
        Fields broken = new Fields() {
            @Override
            public List<String> names() {
                return List.of();
            }

            @Override
            public String text(String field) {
                return null;
            }

            @Override
            public boolean textOnly() {
                return true;
            }

            @Override
            public Kind kind(String field) {
                throw new IllegalStateException("broken fields");
            }
        };
        for (int i = 0; i < 10; i++) {
            batches.record(i == 5 ? broken : county(i, true), i, i + 2);
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, batches::finish);
        assertEquals("broken fields", e.getMessage());
    }

    @Test
    void afterAnErrorNothingMoreIsMerged() throws IOException {
        DataSetAssembly a = new DataSetAssembly(true);
        a.source(RecordType.JURISDICTIONS, "jurisdictions.csv");
        a.name = "t";
        a.asOf = LocalDate.of(2025, 9, 1);
        RecordBatches batches = new RecordBatches(a, RecordType.JURISDICTIONS, 2, 2);
        for (int i = 0; i < 9; i++) {
            batches.record(county(i, true), i, i + 2); // four batches in flight, none merged yet
        }
        batches.abandon();
        batches.finish();
        assertEquals(0, a.finish("dataset.csv").jurisdictions().size());
    }

    /** An error while reading (out of memory, most likely) reaches the caller itself, not a later failure. */
    @Test
    void anErrorWhileReadingJsonIsTheOneTheCallerSees() {
        StringBuilder json = new StringBuilder("{\"name\":\"t\",\"asOf\":\"2025-09-01\",\"jurisdictions\":[");
        for (int i = 0; i < 20_000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"code\":\"").append(110101 + i % 800_000).append("\",\"name\":\"县\"}");
        }
        byte[] bytes = json.append("]}").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        OutOfMemoryError thrown = new OutOfMemoryError("simulated");
        java.io.InputStream failing = new java.io.InputStream() {
            private int at;

            @Override
            public int read() {
                if (at == bytes.length / 2) {
                    throw thrown;
                }
                return bytes[at++] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = Math.min(len, Math.max(1, bytes.length / 2 - at));
                if (at >= bytes.length / 2) {
                    throw thrown;
                }
                System.arraycopy(bytes, at, b, off, n);
                at += n;
                return n;
            }
        };
        assertSame(thrown, assertThrows(OutOfMemoryError.class, () -> DataSetJson.read(failing, "failing.json")));
    }
}
