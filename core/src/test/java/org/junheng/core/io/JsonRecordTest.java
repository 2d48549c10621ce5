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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junheng.core.model.Gender;
import org.junit.jupiter.api.Test;

/**
 * A JSON record's fast paths answer from the bytes when the value is plain, and agree with its text
 * whenever they answer; what they cannot tell they leave to the text.
 */
class JsonRecordTest {
    /** Values near the fast paths' edges: names, dates, digits, escapes, non-ASCII, other kinds. */
    private static final List<String> VALUES = List.of("\"MALE\"", "\"FEMALE\"", "\"MALEX\"", "\"male\"",
            "\"M\\u0041LE\"", "\"2024-02-29\"", "\"2024-2-29\"", "\"2024-02-3x\"", "\"210199\"", "\"0210199\"", "7", "0",
            "1234567890123456789", "12.5", "-3", "\"12\"", "\"字\"", "\"S1-P1\"", "true", "false", "null");
    private static final List<String> FIELDS = List.of("id", "name", "schoolId");

    /** The student record {@code {"id":v0,"name":v1,"schoolId":v2}} as the reader keeps it. */
    private static JsonRecord record(List<String> values) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            json.append(i == 0 ? "" : ",").append('"').append(FIELDS.get(i)).append("\":").append(values.get(i));
        }
        return ScannedRecords.student(json.append('}').toString());
    }

    @Test
    void propertyTheFastPathsAgreeWithTheText() {
        qt().withExamples(500).forAll(lists().of(integers().between(0, VALUES.size() - 1)).ofSize(3)).checkAssert(picks -> {
            JsonRecord r = record(picks.stream().map(VALUES::get).toList());
            for (int i = 0; i < FIELDS.size(); i++) {
                String field = FIELDS.get(i);
                String text = r.text(field);
                Fields.Kind kind = r.kind(field);
                // an escaped value is left to the text's path; a plain one is answered from its bytes
                boolean plain = !VALUES.get(picks.get(i)).contains("\\");
                Gender g = r.constant(field, Gender.class);
                assertEquals(plain && kind == Fields.Kind.TEXT && (text.equals("MALE") || text.equals("FEMALE"))
                        ? Gender.valueOf(text) : null, g, text);
                int date = r.packedDate(field);
                boolean plainDate = kind == Fields.Kind.TEXT && text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}");
                assertEquals(plainDate ? Integer.parseInt(text.replace("-", "")) : -1, date, text);
                long digits = r.plainDigits(field, Fields.Kind.NUMBER, 0);
                assertEquals(kind == Fields.Kind.NUMBER && text.matches("[0-9]{1,18}") ? Long.parseLong(text) : -1,
                        digits, text);
                long six = r.plainDigits(field, Fields.Kind.TEXT, 6);
                assertEquals(kind == Fields.Kind.TEXT && text.matches("[0-9]{6}") ? Long.parseLong(text) : -1, six, text);
                for (String other : List.of("S1-P1", "MALE", "字", "")) {
                    assertEquals(kind == Fields.Kind.TEXT && other.equals(text), r.textEquals(field, other), text);
                }
            }
        });
    }

    @Test
    void plainValuesAreAnsweredFromTheBytes() {
        JsonRecord r = record(List.of("\"MALE\"", "\"2024-02-29\"", "\"210199\""));
        assertEquals(Gender.MALE, r.constant("id", Gender.class));
        assertEquals(20240229, r.packedDate("name"));
        assertEquals(210199, r.plainDigits("schoolId", Fields.Kind.TEXT, 6));
        assertEquals(-1, r.plainDigits("schoolId", Fields.Kind.TEXT, 5));
        assertEquals(-1, r.plainDigits("schoolId", Fields.Kind.NUMBER, 0), "text is not a JSON number");
        assertTrue(r.textEquals("schoolId", "210199"));
        assertFalse(r.textEquals("schoolId", "210198"));
        assertEquals(List.of("id", "name", "schoolId"), r.names());
    }

    @Test
    void escapedAndUnknownValuesAreKeptAsText() throws IOException {
        JsonRecord r = record(List.of("\"M\\u0041LE\"", "\"\\\"x\\\"\"", "7"));
        assertNull(r.constant("id", Gender.class), "an escaped value takes the text's path");
        assertEquals("MALE", r.text("id"));
        assertTrue(r.textEquals("id", "MALE"));
        assertEquals("\"x\"", r.text("name"));
        assertEquals(Fields.Kind.NUMBER, r.kind("schoolId"));
        assertEquals(7, r.plainDigits("schoolId", Fields.Kind.NUMBER, 0));

        JsonScanner s = new JsonScanner(new ByteArrayInputStream("\"colour\":\"red\"".getBytes(StandardCharsets.UTF_8)));
        s.name();
        s.expect(':', "':'");
        assertTrue(r.add(-1, "colour", s.value(), s, new JsonRecord.Arena()));
        assertEquals(List.of("colour"), r.unknownNames(java.util.Set.of()));
        assertEquals("red", r.text("colour"));
        assertEquals(Fields.Kind.TEXT, r.kind("colour"));
        assertEquals(List.of("id", "name", "schoolId", "colour"), r.names());
    }

    @Test
    void aRepeatedFieldIsRefused() throws IOException {
        JsonRecord r = record(List.of("\"P1\""));
        JsonScanner s = new JsonScanner(new ByteArrayInputStream("\"P2\"".getBytes(StandardCharsets.UTF_8)));
        assertFalse(r.add(0, "id", s.value(), s, new JsonRecord.Arena()));
        assertEquals("P1", r.text("id"));
    }
}
