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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junheng.core.gen.DomainGens;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.InvalidDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file read with its arrays in parts on several threads gives what one pass over a stream gives: the
 * same data set, or the same problems in the same places, in the same order.
 */
class JsonArrayPartsTest {
    @TempDir
    Path dir;

    /** The ways a document may be laid out: as written, on one line, with CR LF, indented. */
    private static String laidOut(String json, int form) {
        return switch (form) {
            case 0 -> json;
            case 1 -> json.replace("\n", "");
            case 2 -> json.replace("\n", "\r\n");
            default -> json.replace("\n", "\n \t ");
        };
    }

    /** What one pass over a stream reads: the data set, or the problems. */
    private static Object inOnePass(String json) {
        try {
            return DataSetJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "f.json");
        } catch (InvalidDataException e) {
            return e.problems();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a reading of the file in parts of {@code partBytes} on {@code threads} threads reads. */
    private Object inParts(String json, long partBytes, int threads) {
        try {
            Path file = Files.createTempFile(dir, "d", ".json");
            Files.writeString(file, json, StandardCharsets.UTF_8);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                JsonArrayParts parts = new JsonArrayParts(new FileParts(channel, partBytes, threads));
                return DataSetJson.read(channel, "f.json", parts);
            } catch (InvalidDataException e) {
                return e.problems();
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void propertyAValidDocumentReadInPartsIsTheDataSetOnePassReads() {
        qt().withExamples(150).forAll(DomainGens.dataSets(), integers().between(0, 3), integers().between(8, 600),
                integers().between(2, 4)).checkAssert((data, form, part, threads) -> {
                    String json = laidOut(DataSetJson.toJson(data), form);
                    Object read = inParts(json, part, threads);
                    assertEquals(data, read);
                    assertEquals(inOnePass(json), read);
                });
    }

    @Test
    void propertyAMutatedDocumentReadInPartsHasTheProblemsOnePassFinds() {
        qt().withExamples(300).forAll(DomainGens.dataSets(), lists().of(integers().all()).ofSizeBetween(2, 8),
                integers().between(0, 3), integers().between(8, 600)).checkAssert((data, edits, form, part) -> {
                    String json = laidOut(FuzzTest.mutate(FuzzTest.tokens(FuzzTest.JSON_TOKEN,
                            DataSetJson.toJson(data)), edits), form);
                    assertEquals(inOnePass(json), inParts(json, part, 3));
                });
    }

    /** The document with one of its records, picked by {@code which}, written twice: a repeated ID. */
    private static String withARecordRepeated(String json, int which) {
        List<String> lines = new java.util.ArrayList<>(List.of(json.split("\n", -1)));
        List<Integer> records = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("{\"") && lines.get(i).endsWith("},")) {
                records.add(i);
            }
        }
        if (!records.isEmpty()) {
            int at = records.get(Math.floorMod(which, records.size()));
            lines.add(at + 1 + Math.floorMod(which, 3), lines.get(at));
        }
        return String.join("\n", lines);
    }

    @Test
    void propertyAProblemOfTheWholeDataSetIsPlacedAsOnePassPlacesIt() {
        // a repeated ID, or a reference broken by it, is found after reading, at the places parts recorded
        qt().withExamples(150).forAll(DomainGens.dataSets(), integers().all(), integers().between(0, 3),
                integers().between(8, 600)).checkAssert((data, which, form, part) -> {
                    String json = laidOut(withARecordRepeated(DataSetJson.toJson(data), which), form);
                    assertEquals(inOnePass(json), inParts(json, part, 2));
                });
    }

    /** The other arrays of a document, all empty, and its end. */
    private static final String OTHER_ARRAYS_EMPTY = "\"schools\":[],\"resources\":[],\"classes\":[],"
            + "\"teachers\":[],\"servicePeriods\":[],\"rotations\":[],\"students\":[],\"funding\":[],"
            + "\"schoolFunding\":[],\"posts\":[]}";

    /**
     * A document whose jurisdictions are a province and then {@code count} counties, one a line, each
     * written by {@code county} from its code; {@code end} follows the last.
     */
    private static String jurisdictions(int count, java.util.function.IntFunction<String> county, String end) {
        StringBuilder json = new StringBuilder("{\"format\":\"junheng-dataset\",\"version\":1,\"name\":\"n\","
                + "\"asOf\":\"2026-09-01\",\"jurisdictions\":[\n{\"code\":\"210000\",\"name\":\"省\"}");
        for (int i = 0; i < count; i++) {
            json.append(",\n").append(county.apply(210100 + i));
        }
        return json.append(end).toString();
    }

    @Test
    void aGuessInsideAStringIsNotTakenForTheStartOfARecord() {
        // every name holds what looks like the end of a record and the start of the next
        String json = jurisdictions(200,
                code -> "{\"code\":\"" + code + "\",\"name\":\"x},{y},{}, {\",\"parent\":\"210000\"}",
                "]," + OTHER_ARRAYS_EMPTY);
        for (int part = 8; part <= 200; part += 7) {
            Object read = inParts(json, part, 2);
            assertTrue(read instanceof DataSet, () -> String.valueOf(read));
            assertEquals(inOnePass(json), read);
        }
    }

    @Test
    void aProblemAfterManyGoodPartsIsPlacedAsOnePassPlacesIt() {
        // a blank name: the one problem, far into the array
        String json = jurisdictions(500,
                code -> "{\"code\":\"" + code + "\",\"name\":\"" + (code == 210531 ? "" : "县")
                        + "\",\"parent\":\"210000\"}",
                "\n]," + OTHER_ARRAYS_EMPTY + "\n");
        Object read = inParts(json, 256, 2);
        assertEquals(inOnePass(json), read);
        assertEquals(1, ((List<?>) read).size(), () -> String.valueOf(read));
        assertTrue(read.toString().contains("jurisdictions[432] (line 434)"), () -> String.valueOf(read));
    }

    @Test
    void aColumnIsCountedInCharactersHoweverTheInputWasBuffered() {
        // a mistake on the line that closes a long array: in parts, the one pass resumes on that line
        String lastLine = "{\"code\":\"219999\",\"name\":\"县县县\",\"parent\":\"210000\"}],\"schools\":[] x";
        String json = jurisdictions(3000,
                code -> "{\"code\":\"" + code + "\",\"name\":\"县县县县县县县县县\",\"parent\":\"210000\"}",
                ",\n" + lastLine);
        List<?> problems = (List<?>) inOnePass(json);
        assertEquals(problems, inParts(json, 4096, 2));
        assertTrue(problems.toString().contains("line 3003 column " + (lastLine.indexOf(" x") + 2)),
                () -> String.valueOf(problems));
    }
}
