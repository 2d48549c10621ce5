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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junheng.core.gen.Properties.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junheng.core.internal.Utf8Reader;
import org.junit.jupiter.api.Test;

/**
 * The CSV scanner against a plain reference reading of RFC 4180 written here, on random small texts full
 * of quotes, commas, line ends, non-ASCII and invalid bytes, and on the edge cases one by one.
 */
class CsvScannerTest {

    /** A row as read: the line it begins on and its cells. */
    private record Row(int line, List<String> cells) {
        @Override
        public String toString() {
            return line + ":" + cells.toString().replace("\r", "\\r").replace("\n", "\\n");
        }
    }

    /** The rows, or null when the input is refused. */
    private static List<Row> scan(byte[] bytes, int blockSize) throws IOException {
        CsvScanner s = new CsvScanner(new ByteArrayInputStream(bytes), blockSize);
        List<Row> rows = new ArrayList<>();
        try {
            while (s.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < s.cells(); i++) {
                    cells.add(s.text(i));
                }
                rows.add(new Row(s.line(), cells));
            }
        } catch (CsvScanner.MalformedException | Utf8Reader.BadTextException e) {
            return null;
        }
        return rows;
    }

    /**
     * The reference: decode the whole text strictly first (refusing bytes that are not UTF-8 and NUL), then
     * walk its characters with the rules of RFC 4180 as the data sets use them.
     */
    private static List<Row> reference(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        if (text.indexOf('\0') >= 0) {
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Row> rows = new ArrayList<>();
        int i = 0;
        int line = 1;
        int n = text.length();
        while (i < n) {
            int rowLine = line;
            List<String> cells = new ArrayList<>();
            boolean lineEnd = text.charAt(i) == '\r' || text.charAt(i) == '\n';
            while (!lineEnd) {
                StringBuilder cell = new StringBuilder();
                if (i < n && text.charAt(i) == '"') {
                    i++;
                    while (true) {
                        if (i >= n) {
                            return null; // no closing quote
                        }
                        char c = text.charAt(i);
                        if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                            cell.append('"');
                            i += 2;
                        } else if (c == '"') {
                            i++;
                            break;
                        } else {
                            if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                                line++;
                            }
                            cell.append(c);
                            i++;
                        }
                    }
                    while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                        i++;
                    }
                    if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                        return null; // text after the closing quote
                    }
                } else {
                    while (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                        cell.append(text.charAt(i++));
                    }
                }
                cells.add(cell.toString());
                if (i < n && text.charAt(i) == ',') {
                    i++;
                } else {
                    lineEnd = true;
                }
            }
            if (i < n) {
                if (text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                i++;
                line++;
            }
            rows.add(new Row(rowLine, cells));
        }
        return rows;
    }

    /** Pieces a random text is made of: the syntax, blanks, text of one to four bytes, and bad bytes. */
    private static final byte[][] PIECES = {
        bytes("a"), bytes("bc"), bytes("字"), bytes("\uD834\uDD1E"), bytes(","), bytes("\""), bytes("\"\""), bytes("\r"),
        bytes("\n"), bytes("\r\n"), bytes(" "), bytes("\t"), bytes("1"), bytes("\uFEFF"),
        {(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xE5, (byte) 0xAD}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {0},
    };

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] text(List<Integer> choices, int badEvery) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int good = 14; // pieces before the invalid ones
        for (int k = 0; k < choices.size(); k++) {
            int c = choices.get(k);
            // mostly valid text, so that most inputs are read and not refused at their first bad byte
            int piece = badEvery > 0 && Math.floorMod(c, badEvery) == 0 ? Math.floorMod(c, PIECES.length)
                    : Math.floorMod(c, good);
            out.writeBytes(PIECES[piece]);
        }
        return out.toByteArray();
    }

    @Test
    void propertyTheScannerSplitsCellsAsTheReferenceDoesOrRefusesTheSameInputs() {
        int[] refused = {0};
        int[] read = {0};
        qt().withExamples(3000).forAll(lists().of(integers().all()).ofSizeBetween(0, 40), integers().between(0, 40))
                .check((choices, badEvery) -> {
                    byte[] input = text(choices, badEvery);
                    List<Row> expected = reference(input);
                    if (expected == null) {
                        refused[0]++;
                    } else {
                        read[0]++;
                    }
                    try {
                        // a tiny block makes rows, quotes, line ends and characters cross block ends
                        for (int block : new int[] {16, 17, 1 << 16}) {
                            List<Row> actual = scan(input, block);
                            if (expected == null ? actual != null : !expected.equals(actual)) {
                                throw new AssertionError("block " + block + ": expected " + expected + " got " + actual);
                            }
                        }
                        return true;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        // the property must see both outcomes to mean anything
        assertTrue(refused[0] > 300 && read[0] > 300, refused[0] + " refused, " + read[0] + " read");
    }

    private static List<Row> rows(String text) throws IOException {
        return scan(bytes(text), 1 << 16);
    }

    private static IOException refusal(String text) {
        return assertThrows(IOException.class, () -> {
            CsvScanner s = new CsvScanner(new ByteArrayInputStream(bytes(text)), 16);
            while (s.next()) {
                continue;
            }
        });
    }

    @Test
    void quotedCellsHoldCommasQuotesAndLineEnds() throws IOException {
        assertEquals("[1:[a, b], 2:[x,y, say \"hi\", two\\nlines], 4:[3, ]]",
                rows("a,b\n\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\"\n3,\n").toString());
    }

    @Test
    void aRowIsPlacedOnTheLineWhereItBegins() throws IOException {
        assertEquals("[1:[a], 2:[b\\r\\nc\\rd], 5:[e]]", rows("a\r\n\"b\r\nc\rd\"\re").toString());
    }

    @Test
    void aQuoteInsideAnUnquotedCellIsText() throws IOException {
        assertEquals("[1:[a\"b, c\"]]", rows("a\"b,c\"").toString());
    }

    @Test
    void blanksAfterAClosingQuoteAreIgnored() throws IOException {
        assertEquals("[1:[x, y]]", rows("\"x\" \t,\"y\"  ").toString());
    }

    @Test
    void anEmptyLineIsARowOfNoCellsAndTheLastLineEndIsOptional() throws IOException {
        assertEquals("[1:[a], 2:[], 3:[b]]", rows("a\n\nb").toString());
        assertEquals("[1:[a], 2:[]]", rows("a\n\n").toString());
        assertEquals("[]", rows("").toString());
    }

    @Test
    void aLeadingByteOrderMarkIsSkippedAndAnyOtherKept() throws IOException {
        assertEquals("[1:[a, \uFEFFb]]", rows("\uFEFFa,\uFEFFb").toString());
    }

    @Test
    void textAfterAClosingQuoteIsRefusedWithItsPlace() {
        IOException e = refusal("a\n\"x\"y,1\n");
        assertTrue(e instanceof CsvScanner.MalformedException, e.toString());
        assertEquals("line 2 column 4", ((CsvScanner.MalformedException) e).place());
        assertTrue(e.getMessage().contains("found 'y'"), e.getMessage());
    }

    @Test
    void anUnterminatedQuoteIsRefusedWhereItOpens() {
        IOException e = refusal("a,b\n1,\"x\n2,3\n");
        assertEquals("line 2 column 3", ((CsvScanner.MalformedException) e).place());
    }

    @Test
    void aCellLongerThanTheLimitIsRefusedWhereItBegins() throws IOException {
        String max = "字".repeat(Limits.MAX_STRING_LENGTH);
        assertEquals(Limits.MAX_STRING_LENGTH, rows("a,\"" + max + "\"").get(0).cells().get(1).length());
        assertEquals(Limits.MAX_STRING_LENGTH, rows("a," + "x".repeat(Limits.MAX_STRING_LENGTH))
                .get(0).cells().get(1).length());
        for (String cell : List.of("x".repeat(Limits.MAX_STRING_LENGTH + 1), "\"" + max + "字\"",
                "\"" + "\"\"".repeat(Limits.MAX_STRING_LENGTH + 1) + "\"", "\"" + "x".repeat(1_000_000))) {
            IOException e = refusal("h\n1,2\na," + cell + "\n");
            assertTrue(e instanceof CsvScanner.MalformedException, e.toString());
            assertEquals("line 3 column 3", ((CsvScanner.MalformedException) e).place());
            assertTrue(e.getMessage().contains("at most " + Limits.MAX_STRING_LENGTH + " characters"), e.getMessage());
        }
    }

    @Test
    void badTextIsRefusedWithItsLineEvenAcrossBlockEnds() {
        byte[] head = bytes("a,b\n\"1\n2\",字字字字字字\n");
        for (byte[] bad : List.of(new byte[] {(byte) 0xE5, (byte) 0xAD}, new byte[] {0}, new byte[] {(byte) 0xB0})) {
            byte[] input = new byte[head.length + bad.length];
            System.arraycopy(head, 0, input, 0, head.length);
            System.arraycopy(bad, 0, input, head.length, bad.length);
            IOException e = assertThrows(Utf8Reader.BadTextException.class, () -> {
                CsvScanner s = new CsvScanner(new ByteArrayInputStream(input), 16);
                while (s.next()) {
                    continue;
                }
            });
            assertEquals(4, ((Utf8Reader.BadTextException) e).line());
            assertEquals(bad[0] == 0 ? Utf8Reader.NUL : Utf8Reader.NOT_UTF8, e.getMessage());
        }
    }
}
