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
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junheng.core.gen.DomainGens;
import org.junheng.core.model.DataProblem;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.InvalidDataException;
import org.junheng.core.model.RecordType;
import org.junit.jupiter.api.Test;

/**
 * Valid JSON and CSV documents with tokens deleted, duplicated and changed: reading either succeeds with a
 * data set that writes and reads back equal, or fails with problems that each name a place, and never
 * throws anything else.
 */
class FuzzTest {
    static final Pattern JSON_TOKEN = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|-?[0-9][0-9.eE+-]*|true|false|null|[{}\\[\\],:]|\\s+");
    static final Pattern CSV_TOKEN = Pattern.compile("[^,\\n]+|,|\\n");
    /** Replacements chosen to hit the readers' edges: limits, kinds, invisible characters, structure. */
    private static final List<String> REPLACEMENTS = List.of("\"\"", "\" x \"", "\"\u200B\"", "1e400", "1e-999999999",
            "-1", "99999999999999999999", "0", "true", "null", "{", "}", "[", "]", ",", ":", "\"2026-02-30\"",
            "\"\uFEFF\"", "\"PRIMARY\"", "\"\u0000\"", "12.5万元", "\"210100\"");

    static List<String> tokens(Pattern pattern, String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                tokens.add(text.substring(at, m.start()));
            }
            tokens.add(m.group());
            at = m.end();
        }
        if (at < text.length()) {
            tokens.add(text.substring(at));
        }
        return tokens;
    }

    /** Applies edits given as numbers: which token, and what to do with it. */
    static String mutate(List<String> tokens, List<Integer> edits) {
        List<String> t = new ArrayList<>(tokens);
        for (int i = 0; i + 1 < edits.size() && !t.isEmpty(); i += 2) {
            int at = Math.floorMod(edits.get(i), t.size());
            int what = edits.get(i + 1);
            switch (Math.floorMod(what, 3)) {
                case 0 -> t.remove(at);
                case 1 -> t.add(at, t.get(at));
                default -> t.set(at, REPLACEMENTS.get(Math.floorMod(what / 3, REPLACEMENTS.size())));
            }
        }
        return String.join("", t);
    }

    /** True when the outcome is one of the two allowed; anything thrown besides problems fails the property. */
    private static boolean acceptable(DataSet read, InvalidDataException refused) {
        if (refused != null) {
            List<DataProblem> problems = refused.problems();
            return !problems.isEmpty() && problems.stream().allMatch(p -> !p.source().isEmpty()
                    && (!p.location().isEmpty() || !p.field().isEmpty()));
        }
        return DataSetJson.parse(DataSetJson.toJson(read), "again.json").equals(read);
    }

    @Test
    void propertyAMutatedJsonDocumentIsReadOrRefusedWithPlaces() {
        qt().withExamples(150).forAll(DomainGens.dataSets(), lists().of(integers().all()).ofSizeBetween(2, 8))
                .check((data, edits) -> {
                    String json = mutate(tokens(JSON_TOKEN, DataSetJson.toJson(data)), edits);
                    try {
                        DataSet read = DataSetJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "f.json");
                        return acceptable(read, null);
                    } catch (InvalidDataException e) {
                        return acceptable(null, e);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @Test
    void propertyAMutatedCsvFileIsReadOrRefusedWithPlaces() throws IOException {
        Path root = Files.createTempDirectory("fuzz");
        try {
            int[] run = {0};
            qt().withExamples(100).forAll(DomainGens.dataSets(), integers().between(0, RecordType.values().length),
                    lists().of(integers().all()).ofSizeBetween(2, 8)).check((data, file, edits) -> {
                        try {
                            Path dir = root.resolve("r" + run[0]++);
                            DataSetCsv.write(data, dir);
                            Path f = dir.resolve(file == RecordType.values().length ? DataSetCsv.METADATA_FILE
                                    : DataSetCsv.fileName(RecordType.values()[file]));
                            Files.writeString(f, mutate(tokens(CSV_TOKEN, Files.readString(f)), edits));
                            try {
                                return acceptable(DataSetCsv.read(dir), null);
                            } catch (InvalidDataException e) {
                                return acceptable(null, e);
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } finally {
            try (Stream<Path> all = Files.walk(root)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
