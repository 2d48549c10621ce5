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
package org.junheng.indicators.report;

import static org.junheng.core.gen.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junheng.Junheng;
import org.junheng.core.policy.Policies;
import org.junheng.core.value.Label;
import org.junheng.core.value.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV folder: file names, byte-order mark, RFC 4180 quoting, exact numbers, index, findings. */
class ReportCsvTest {
    @TempDir
    Path dir;

    @Test
    void oneFilePerTableWithStableNamesAndAnIndex() throws IOException {
        List<Path> files = ReportCsv.write(ReportOutputsFixture.report(), Language.ZH, dir);
        assertEquals(List.of("index.csv", "01-funding-01-the-two-no-decreases-fin-1-fin-2.csv",
                "02-other-01-edge-cases.csv", "findings.csv", "notes.csv"),
                files.stream().map(f -> f.getFileName().toString()).toList());
        List<List<String>> index = parse(Files.readString(dir.resolve("index.csv"), StandardCharsets.UTF_8));
        assertEquals(List.of("文件", "部分", "表", "行数"), index.get(0));
        assertEquals(List.of("01-funding-01-the-two-no-decreases-fin-1-fin-2.csv", "经费", "示例县: 两个只增不减", "2"),
                index.get(1));
    }

    @Test
    void utf8WithByteOrderMarkCrLfAndQuotedFields() throws IOException {
        ReportCsv.write(ReportOutputsFixture.report(), Language.EN, dir);
        byte[] bytes = Files.readAllBytes(dir.resolve("01-funding-01-the-two-no-decreases-fin-1-fin-2.csv"));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFyear,per student (yuan),growth (%),FIN-2,shortfall (yuan),note\r\n"), text);
        assertTrue(text.contains("2022,14704.41,3.24,met,,\"comma, \"\"quote\"\" and\nbreak\"\r\n"), text);
        assertTrue(text.contains("2023,14505.67,-1.35,not met,24524562.87,not met\r\n"), text);
    }

    @Test
    void numbersArePlainAndExact() throws IOException {
        ReportCsv.write(ReportOutputsFixture.report(), Language.EN, dir);
        String text = Files.readString(dir.resolve("02-other-01-edge-cases.csv"), StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n10000000,12,"), text);
    }

    @Test
    void findingsHaveRuleVerdictNumbersAndFacts() throws IOException {
        ReportCsv.write(ReportOutputsFixture.report(), Language.EN, dir);
        List<List<String>> rows = parse(Files.readString(dir.resolve(ReportCsv.FINDINGS), StandardCharsets.UTF_8));
        assertEquals(List.of("section", "rule", "subject", "verdict code", "verdict", "value", "threshold", "shortfall",
                "unit", "explanation", "facts"), rows.get(0));
        assertEquals(List.of("Funding", "FIN-2", "210199 2023", "NOT_MET", "not met", "14505.67", "14704.41",
                "24524562.87", "yuan", "per-student spending fell", "perStudent2023=14505.67; perStudent2022=14704.41"),
                rows.get(1));
        assertEquals(List.of("Funding", "ROT-8", "210199", "REPORTED", "reported", "", "", "", "", "reported only", ""),
                rows.get(2));
    }

    @Test
    void theSampleReportIsTheSameBytesRunAfterRunAndNoRowIsLost() throws IOException {
        Report report = Junheng.report(Junheng.sampleSeries(), Policies.shenyang());
        List<Path> first = ReportCsv.write(report, Language.ZH, dir.resolve("a"));
        List<Path> second = ReportCsv.write(Junheng.report(Junheng.sampleSeries(), Policies.shenyang()), Language.ZH,
                dir.resolve("b"));
        assertEquals(first.size(), second.size());
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)), first.get(i).toString());
        }
        int tables = report.sections().stream().mapToInt(s -> s.tables().size()).sum();
        assertEquals(tables + 3, first.size());
        int n = 1;
        for (Section s : report.sections()) {
            for (Table t : s.tables()) {
                List<List<String>> rows = parse(Files.readString(first.get(n++), StandardCharsets.UTF_8));
                assertEquals(t.cells().size() + 1, rows.size(), t.title().en());
            }
        }
    }

    @Test
    void aFileWhereTheFolderShouldBeIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportCsv.write(ReportOutputsFixture.report(), Language.EN, file));
        assertTrue(e.getMessage().contains("taken"), e.getMessage());
    }

    /** Whatever the text, a spreadsheet reading the file by RFC 4180 gets every field back unchanged. */
    @Test
    void anyTextRoundTripsThroughRfc4180() {
        qt().forAll(lists().of(lists().of(strings().allPossible().ofLengthBetween(0, 12)).ofSizeBetween(1, 4))
                .ofSizeBetween(1, 4)).checkAssert(rows -> {
                    int width = rows.get(0).size();
                    List<Label> columns = new ArrayList<>();
                    for (int i = 0; i < width; i++) {
                        columns.add(Label.of("列", "c" + i));
                    }
                    List<List<String>> body = rows.stream().map(r -> pad(r, width)).toList();
                    Table t = Table.ofText(Label.of("表", "t"), columns, body);
                    List<List<String>> parsed = parse(ReportCsv.csv(t, Language.EN));
                    assertEquals(body, parsed.subList(1, parsed.size()));
                });
    }

    private static List<String> pad(List<String> row, int width) {
        List<String> r = new ArrayList<>(row.subList(0, Math.min(width, row.size())));
        while (r.size() < width) {
            r.add("");
        }
        return r;
    }

    /** A strict RFC 4180 reader: BOM, CRLF records, quoted fields with doubled quotes. */
    static List<List<String>> parse(String csv) {
        assertTrue(csv.startsWith("\uFEFF"), "byte-order mark");
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 1;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (c == '"' && field.isEmpty()) {
                i++;
                while (true) {
                    char q = csv.charAt(i);
                    if (q == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                    } else if (q == '"') {
                        i++;
                        break;
                    } else {
                        field.append(q);
                        i++;
                    }
                }
                char next = csv.charAt(i);
                assertTrue(next == ',' || next == '\r', "a quoted field ends at a comma or the line's end");
                continue;
            }
            if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r') {
                assertEquals('\n', csv.charAt(i + 1), "CRLF");
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
            } else {
                assertTrue(c != '"' && c != '\n', "a bare quote or line break outside quotes at " + i);
                field.append(c);
                i++;
            }
        }
        assertTrue(row.isEmpty() && field.isEmpty(), "the last record ends with CRLF");
        return rows;
    }
}
