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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junheng.core.internal.Utf8Reader;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The byte scanner against a reference: Jackson's tokenizer reading through the strict UTF-8 reader, as
 * data sets were read before. On random documents built from JSON's tokens and from bytes at its edges,
 * both accept the same documents with the same values, and refuse the same ones for the same kind of
 * reason.
 */
class JsonScannerTest {
    private static final JsonFactory JACKSON = JsonFactory.builder().streamReadConstraints(Limits.CONSTRAINTS).build();

    /** Pieces of JSON and of what is not JSON: escapes, non-ASCII, bad UTF-8, control bytes, bad numbers. */
    private static final List<byte[]> PIECES = List.of(bytes("{"), bytes("}"), bytes("["), bytes("]"), bytes(":"),
            bytes(","), bytes(" "), bytes("\n"), bytes("\r\n"), bytes("\t"), bytes("\"id\""), bytes("\"\""),
            bytes("\"沈阳\""), bytes("\"a\\\"b\\\\c\\/\\n\""), bytes("\"\\u00e9\\ud83d\\ude00\""), bytes("\"\\q\""),
            bytes("\"\\u12\""), bytes("0"), bytes("-12"), bytes("3.25"), bytes("1e5"), bytes("-0.5E-3"), bytes("01"),
            bytes("1."), bytes("-"), bytes(".5"), bytes("true"), bytes("false"), bytes("null"), bytes("nul"),
            bytes("tru"), new byte[] {'"', 0x01, '"'}, new byte[] {'"', (byte) 0xC3, '"'},
            new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}, new byte[] {'"', (byte) 0xC0, (byte) 0xAF, '"'},
            new byte[] {(byte) 0xFF}, new byte[] {'"', 0, '"'}, bytes("\"x"), bytes("9".repeat(45)));

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A random document: mostly well-formed structure, with random pieces mixed in. */
    private static Gen<byte[]> documents() {
        return lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 14).map(picks -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(bytes("{\"a\":["));
            for (int pick : picks) {
                out.writeBytes(PIECES.get(pick));
            }
            out.writeBytes(bytes("]}"));
            return out.toByteArray();
        });
    }

    /** The values of a document in a plain form, or why it was refused: "text" or "json". */
    private static String byScanner(byte[] document) {
        try {
            JsonScanner s = new JsonScanner(new ByteArrayInputStream(document));
            StringBuilder out = new StringBuilder();
            value(s, out);
            if (s.peek() != -1) {
                return "json";
            }
            return out.toString();
        } catch (Utf8Reader.BadTextException e) {
            return "text";
        } catch (JsonScanner.MalformedException e) {
            return "json";
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void value(JsonScanner s, StringBuilder out) throws IOException {
        JsonScanner.Value v = s.value();
        switch (v) {
            case OBJECT -> {
                out.append('{');
                boolean first = true;
                while (s.peek() != '}') {
                    if (!first) {
                        s.expect(',', "','");
                    }
                    first = false;
                    s.name();
                    out.append(s.text()).append('=');
                    s.expect(':', "':'");
                    value(s, out);
                    out.append(';');
                }
                s.close();
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                boolean first = true;
                while (s.peek() != ']') {
                    if (!first) {
                        s.expect(',', "','");
                    }
                    first = false;
                    value(s, out);
                    out.append(';');
                }
                s.close();
                out.append(']');
            }
            case STRING -> out.append("s:").append(s.text());
            case INTEGER -> out.append("i:").append(s.text());
            case DECIMAL -> out.append("d:").append(s.text());
            default -> out.append(v);
        }
    }

    private static String byReference(byte[] document) {
        try (JsonParser p = JACKSON.createParser(new Utf8Reader(new ByteArrayInputStream(document), Long.MAX_VALUE))) {
            StringBuilder out = new StringBuilder();
            JsonToken t = p.nextToken();
            reference(p, t, out);
            if (p.nextToken() != null) {
                return "json";
            }
            return out.toString();
        } catch (Utf8Reader.BadTextException e) {
            return "text";
        } catch (JsonProcessingException e) {
            return "json";
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void reference(JsonParser p, JsonToken t, StringBuilder out) throws IOException {
        switch (t) {
            case START_OBJECT -> {
                out.append('{');
                while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                    out.append(p.currentName()).append('=');
                    reference(p, p.nextToken(), out);
                    out.append(';');
                }
                out.append('}');
            }
            case START_ARRAY -> {
                out.append('[');
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    reference(p, t, out);
                    out.append(';');
                }
                out.append(']');
            }
            case VALUE_STRING -> out.append("s:").append(p.getText());
            case VALUE_NUMBER_INT -> out.append("i:").append(p.getText());
            case VALUE_NUMBER_FLOAT -> out.append("d:").append(p.getText());
            case VALUE_TRUE -> out.append("TRUE");
            case VALUE_FALSE -> out.append("FALSE");
            case VALUE_NULL -> out.append("NULL");
            default -> throw new JsonProcessingException("unexpected " + t) { };
        }
    }

    @Test
    void propertyTheScannerAcceptsAndReadsWhatTheReferenceDoes() {
        int[] outcomes = new int[3]; // accepted, refused as JSON, refused as text
        qt().withExamples(3000).forAll(documents()).checkAssert(document -> {
            String expected = byReference(document);
            String actual = byScanner(document);
            outcomes[actual.equals("json") ? 1 : actual.equals("text") ? 2 : 0]++;
            if (expected.equals("text") || actual.equals("text")) {
                // the reference decodes ahead of parsing, so a text problem may show before a JSON one
                assertEquals(expected.equals("text") || expected.equals("json"), actual.equals("text") || actual.equals("json"),
                        () -> new String(document, StandardCharsets.ISO_8859_1) + ": " + expected + " / " + actual);
            } else {
                assertEquals(expected, actual, () -> new String(document, StandardCharsets.ISO_8859_1));
            }
        });
        // a generator that only made broken documents would test nothing
        for (int outcome : outcomes) {
            assertTrue(outcome > 100, () -> java.util.Arrays.toString(outcomes));
        }
    }

    @Test
    void aLongDocumentCrossesTheBufferAndKeepsLines() throws IOException {
        StringBuilder doc = new StringBuilder("[\n");
        for (int i = 0; i < 60_000; i++) {
            doc.append("{\"id\":\"S").append(i).append("\",\"name\":\"学校").append(i).append("\"},\n");
        }
        doc.append("{\"id\":x}]");
        byte[] bytes = bytes(doc.toString());
        assertTrue(bytes.length > 2 << 20, "more than the scanner's buffer");
        JsonScanner.MalformedException e = assertThrows(JsonScanner.MalformedException.class, () -> {
            JsonScanner s = new JsonScanner(new ByteArrayInputStream(bytes));
            value(s, new StringBuilder());
        });
        assertEquals("line 60002 column 7", e.place());
    }

    @Test
    void theColumnCountsCharactersNotBytes() {
        JsonScanner.MalformedException e = assertThrows(JsonScanner.MalformedException.class, () -> {
            JsonScanner s = new JsonScanner(new ByteArrayInputStream(bytes("[\"沈阳\", x]")));
            value(s, new StringBuilder());
        });
        assertEquals("line 1 column 8", e.place());
    }

    @Test
    void aByteOrderMarkIsSkippedAndAStrayOneIsNot() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        ByteArrayOutputStream doc = new ByteArrayOutputStream();
        doc.writeBytes(bom);
        doc.writeBytes(bytes("[1]"));
        assertEquals("[i:1;]", byScanner(doc.toByteArray()));
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        stray.writeBytes(bytes("[1,"));
        stray.writeBytes(bom);
        stray.writeBytes(bytes("]"));
        assertEquals("json", byScanner(stray.toByteArray()));
    }

    @Test
    void propertyNameIsTakesExactlyTheNameItIsGiven() {
        // every student field name, and texts that differ from them in one byte at any place, before or in the tail
        List<String> names = Codecs.of(org.junheng.core.model.RecordType.STUDENTS).fields();
        qt().withExamples(2000).forAll(integers().between(0, names.size() - 1), integers().between(0, names.size() - 1),
                integers().between(-1, 40), integers().between(0, 2)).checkAssert((expected, written, change, blank) -> {
                    byte[] nameColon = bytes('"' + names.get(expected) + "\":");
                    byte[] input = bytes((blank == 1 ? " " : "") + '"' + names.get(written) + "\":" + (blank == 2 ? "" : "1}"));
                    int first = blank == 1 ? 1 : 0;
                    if (change >= 0 && first + change < input.length) {
                        input[first + change] ^= 0x20;
                    }
                    boolean same = java.util.Arrays.equals(input, first, Math.min(input.length, first + nameColon.length),
                            nameColon, 0, nameColon.length);
                    try {
                        JsonScanner s = new JsonScanner(new ByteArrayInputStream(input));
                        assertEquals(same, s.nameIs(nameColon), () -> new String(input, StandardCharsets.UTF_8));
                        if (same) {
                            assertEquals(names.get(expected), s.text());
                        }
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }
}
