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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junheng.core.gen.Properties.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junheng.core.model.Gender;
import org.junit.jupiter.api.Test;

/** The fast paths of a CSV row answer from bytes exactly what the row's text says, or decline. */
class CsvRowTest {
    private static final List<String> COLUMNS = List.of("a", "b", "c");
    /** Cell texts near the fast paths' edges: enum names, dates, digits, quotes, non-ASCII, empty. */
    private static final List<String> CELLS = List.of("", "MALE", "FEMALE", "MALEX", "male", "2024-02-29", "2024-2-29",
            "2024-02-3x", "210199", "0210199", "007", "1234567890123456789", "12", "\"\"\"MALE\"\"\"", "\"M,A\"", "字",
            "\"字\"\"\"", "true", "false", "\"true\"", "S1-P1", "S1-P2");

    private static CsvRow row(List<String> cells) throws IOException {
        CsvScanner s = new CsvScanner(new ByteArrayInputStream(String.join(",", cells).getBytes(StandardCharsets.UTF_8)));
        assertTrue(s.next());
        assertEquals(COLUMNS.size(), s.cells());
        return new CsvRow.Keeper(new CsvRow.Columns(COLUMNS, COLUMNS)).keep(s);
    }

    @Test
    void propertyTheFastPathsAgreeWithTheText() {
        qt().withExamples(500).forAll(lists().of(integers().between(0, CELLS.size() - 1)).ofSize(3), integers().all())
                .check((picks, other) -> {
                    try {
                        CsvRow row = row(picks.stream().map(CELLS::get).toList());
                        for (String field : COLUMNS) {
                            String text = row.text(field);
                            assertEquals(text == null ? Fields.Kind.ABSENT : Fields.Kind.TEXT, row.kind(field));
                            Gender g = row.constant(field, Gender.class);
                            assertTrue(g == null || g.name().equals(text), field + ": " + text);
                            int date = row.packedDate(field);
                            assertTrue(date < 0 || String.format("%04d-%02d-%02d", date / 10000, date / 100 % 100, date % 100)
                                    .equals(text), text);
                            long digits = row.plainDigits(field, Fields.Kind.NUMBER, 0);
                            assertTrue(digits < 0 || Long.parseLong(text) == digits, text);
                            long six = row.plainDigits(field, Fields.Kind.TEXT, 6);
                            assertTrue(six < 0 || text.length() == 6 && Long.parseLong(text) == six, text);
                            for (String candidate : List.of(String.valueOf(text), CELLS.get(Math.floorMod(other, CELLS.size())),
                                    "字", "\"", "MALE")) {
                                assertEquals(candidate.equals(text), row.textEquals(field, candidate), text + " vs " + candidate);
                            }
                        }
                        return true;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @Test
    void plainCellsAreAnsweredWithoutText() throws IOException {
        CsvRow row = row(List.of("FEMALE", "2024-02-29", "210199"));
        assertEquals(Gender.FEMALE, row.constant("a", Gender.class));
        assertEquals(20240229, row.packedDate("b"));
        assertEquals(210199, row.plainDigits("c", Fields.Kind.TEXT, 6));
        assertEquals(210199, row.plainDigits("c", Fields.Kind.NUMBER, 0));
        assertEquals(List.of("a", "b", "c"), row.names());
        assertTrue(row.textEquals("c", "210199"));
    }

    /** Cells of the usual kind, which the scanner reads word by word, and others, which it reads byte by byte. */
    private static final List<String> KEPT_CELLS = List.of("", "990101-S001-0001", "PRESCHOOL", "2023-11-03", "false",
            "1", "a b", "\"M,A\"", "\"\"\"q\"\"\"", "字", "x\ty");

    @Test
    void propertyRowsKeptWhileTheScanReadsOnStayAsTheyWereRead() {
        List<String> fields = List.of("a", "b", "c");
        qt().withExamples(300).forAll(lists().of(integers().between(0, 3 * KEPT_CELLS.size() - 1)).ofSizeBetween(3, 150),
                integers().between(0, 5)).checkAssert((picks, shape) -> {
                    // whole rows of three cells; lines end in LF, or in CR LF for some shapes
                    int rows = picks.size() / 3;
                    String lineEnd = shape % 2 == 0 ? "\n" : "\r\n";
                    StringBuilder text = new StringBuilder(String.join(",", shape < 4 ? fields : List.of("c", "a", "b")))
                            .append(lineEnd);
                    List<List<String>> expected = new java.util.ArrayList<>();
                    for (int r = 0; r < rows; r++) {
                        List<String> cells = new java.util.ArrayList<>();
                        for (int c = 0; c < 3; c++) {
                            // the usual cells two times in three
                            int pick = picks.get(3 * r + c);
                            cells.add(KEPT_CELLS.get(pick < 2 * KEPT_CELLS.size() ? pick % 6 : pick % KEPT_CELLS.size()));
                        }
                        text.append(String.join(",", cells)).append(lineEnd);
                        expected.add(cells);
                    }
                    for (int block : new int[] {16, 23, 1 << 16}) {
                        try {
                            CsvScanner s = new CsvScanner(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)),
                                    block);
                            assertTrue(s.next());
                            List<String> header = new java.util.ArrayList<>();
                            for (int i = 0; i < s.cells(); i++) {
                                header.add(s.text(i));
                            }
                            CsvRow.Keeper keeper = new CsvRow.Keeper(new CsvRow.Columns(header, fields));
                            List<CsvRow> kept = new java.util.ArrayList<>();
                            while (s.next()) {
                                kept.add(keeper.keep(s));
                            }
                            assertEquals(rows, kept.size());
                            for (int r = 0; r < rows; r++) {
                                for (int c = 0; c < 3; c++) {
                                    // the cell under the header's c-th name
                                    String cell = expected.get(r).get(c);
                                    String unquoted = cell.startsWith("\"") ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"")
                                            : cell;
                                    assertEquals(cell.isEmpty() ? null : unquoted, kept.get(r).text(header.get(c)),
                                            "block " + block + " row " + r + " cell " + c);
                                }
                                boolean plain = expected.get(r).stream().noneMatch(x -> x.contains("\"\""));
                                assertEquals(plain, kept.get(r).plain());
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                });
    }
}
