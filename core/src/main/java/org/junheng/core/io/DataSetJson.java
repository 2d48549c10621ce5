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

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junheng.core.internal.Checks;
import org.junheng.core.internal.Utf8Reader;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.InvalidDataException;
import org.junheng.core.model.RecordType;
import org.junheng.core.value.Money;

/**
 * A data set as one JSON document, read and written as a stream so that a province fits in memory as
 * records, never as a tree.
 *
 * <pre>{@code
 * {"format": "junheng-dataset", "version": 1, "name": "示例县", "asOf": "2025-09-01",
 *  "jurisdictions": [{"code": "210199", "name": "示例县", "parent": "210100"}, …],
 *  "schools": [ … ], "resources": [ … ], "classes": [ … ], "teachers": [ … ],
 *  "servicePeriods": [ … ], "students": [ … ], "funding": [ … ], "schoolFunding": [ … ], "posts": [ … ]}
 * }</pre>
 *
 * <p>Records are flat objects whose fields are those of the CSV files of {@link DataSetCsv}: text for IDs,
 * names, codes, enum names and dates; JSON numbers for counts and amounts (yuan, exact to the fen);
 * JSON booleans for flags; an absent field or {@code null} for an optional value left out. A set of names
 * (a school's features) is one string, {@code "PARENT_SCHOOL;PRACTICE_CLASSROOM"}.
 *
 * <p>Text is UTF-8 (a leading byte-order mark is allowed); bytes that are not UTF-8 and NUL characters
 * are refused with their line. Every array must be there, {@code []} when a type has no records, as every
 * file of {@link DataSetCsv} must be: a missing array is reported, not read as "no records". IDs are
 * case-sensitive ({@code S1} and {@code s1} are two schools) and may not begin or end with a blank or
 * hold invisible characters.
 *
 * <p>Reading is all-or-problems: an {@link InvalidDataException} lists every problem with its record
 * index and line: malformed JSON, wrong kinds of value, unknown or missing fields, duplicate IDs, broken
 * references, impossible values and dates. Input beyond sane limits (nesting, number and string length)
 * is refused. Writing then reading gives back an equal data set.
 */
public final class DataSetJson {
    /** The value of the {@code format} field. */
    public static final String FORMAT = "junheng-dataset";
    /** The version of the format this class reads and writes. */
    public static final int VERSION = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder().streamReadConstraints(Limits.CONSTRAINTS).build();

    private DataSetJson() {
    }

    /**
     * Reads a data set from a file. A large array of records is read in parts on several threads; the
     * data set, or the problems and their places, are the same as a reading in one pass gives.
     */
    public static DataSet read(Path file) throws IOException {
        Checks.notNull(file, "file");
        // a channel, not a stream: the parts of an array are read from their own offsets
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            JsonArrayParts parts = new JsonArrayParts(new FileParts(channel));
            return read(channel, file.getFileName().toString(), parts);
        }
    }

    /** Reads a file, its large arrays of records in parts as {@code parts} says. */
    static DataSet read(FileChannel file, String sourceName, JsonArrayParts parts) throws IOException {
        return read(new JsonScanner(file), parts, sourceName);
    }

    /**
     * Reads a data set from a stream of UTF-8 JSON.
     *
     * @param sourceName the name to place problems by, such as the file name
     * @throws InvalidDataException listing every problem
     */
    public static DataSet read(InputStream in, String sourceName) throws IOException {
        Checks.notNull(in, "in");
        Checks.notNull(sourceName, "sourceName");
        return read(new JsonScanner(in), null, sourceName);
    }

    /** @param parts how to read large arrays in parts; null to read everything in one pass */
    private static DataSet read(JsonScanner scanner, JsonArrayParts parts, String sourceName) throws IOException {
        DataSetAssembly assembly = new DataSetAssembly(false);
        for (RecordType t : RecordType.values()) {
            assembly.source(t, sourceName);
        }
        try {
            readDocument(scanner, parts, assembly, sourceName);
        } catch (JsonScanner.MalformedException e) {
            assembly.problem(sourceName, e.place(), "", "", "well-formed JSON within limits: " + e.getMessage());
            throw new InvalidDataException(assembly.problems);
        } catch (Utf8Reader.BadTextException e) {
            assembly.problem(sourceName, "line " + e.line(), "", "", e.getMessage());
            throw new InvalidDataException(assembly.problems);
        }
        return assembly.finish(sourceName);
    }

    /** Reads a data set from JSON text. */
    public static DataSet parse(String json, String sourceName) {
        Checks.notNull(json, "json");
        try {
            return read(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), sourceName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Map<String, RecordType> TYPES = new HashMap<>();

    static {
        for (RecordType t : RecordType.values()) {
            TYPES.put(t.key(), t);
        }
    }

    private static void readDocument(JsonScanner s, JsonArrayParts parts, DataSetAssembly a, String source)
            throws IOException {
        if (s.peek() != '{') {
            a.problem(source, "line 1", "", "", "a JSON object holding the data set");
            throw new InvalidDataException(a.problems);
        }
        s.open();
        List<String> seen = new ArrayList<>();
        java.util.Set<RecordType> missing = java.util.EnumSet.allOf(RecordType.class);
        boolean first = true;
        while (true) {
            int c = s.peek();
            if (c == '}') {
                s.close();
                break;
            }
            if (!first) {
                s.expect(',', "',' or '}' after a field of the data set");
            }
            first = false;
            s.name();
            String field = s.text();
            s.expect(':', "':' after a field name");
            s.peek();
            String where = "line " + s.line();
            JsonScanner.Value value = s.value();
            if (seen.contains(field)) {
                a.problem(source, where, field, "", "each top-level field once");
            }
            seen.add(field);
            RecordType type = TYPES.get(field);
            if (type != null) {
                missing.remove(type);
                readRecords(s, parts, a, type, value, source, where);
                continue;
            }
            boolean scalar = value != JsonScanner.Value.OBJECT && value != JsonScanner.Value.ARRAY;
            String text = switch (value) {
                case STRING, INTEGER, DECIMAL -> s.text();
                case TRUE -> "true";
                case FALSE -> "false";
                case NULL -> "null";
                default -> null;
            };
            switch (field) {
                case "format" -> {
                    if (value != JsonScanner.Value.STRING || !FORMAT.equals(text)) {
                        a.problem(source, where, field, String.valueOf(text), "\"" + FORMAT + "\"");
                    }
                }
                case "version" -> {
                    if (value != JsonScanner.Value.INTEGER || !String.valueOf(VERSION).equals(text)) {
                        a.problem(source, where, field, String.valueOf(text), "version " + VERSION);
                    }
                }
                case "name" -> {
                    if (value == JsonScanner.Value.STRING && !text.isBlank()) {
                        a.name = text;
                    } else {
                        a.problem(source, where, field, String.valueOf(text), "the data set's name, non-blank text");
                    }
                }
                case "asOf" -> {
                    try {
                        a.asOf = value == JsonScanner.Value.STRING ? LocalDate.parse(text) : null;
                    } catch (DateTimeParseException e) {
                        a.asOf = null;
                    }
                    if (a.asOf == null) {
                        a.problem(source, where, field, String.valueOf(text), "the reference date, yyyy-mm-dd");
                    }
                }
                default -> a.problem(source, where, field, "", "a known field: format, version, name, asOf, or one of "
                        + Arrays.stream(RecordType.values()).map(RecordType::key).toList());
            }
            if (!scalar) {
                s.skipRest(value);
            }
        }
        if (s.peek() != -1) {
            a.problem(source, "line " + s.line(), "", "", "nothing after the data set's object");
        }
        for (String required : List.of("name", "asOf")) {
            if (!seen.contains(required)) {
                a.problem(source, "", required, "", "a value (the field is required)");
            }
        }
        // as a CSV folder must hold every file, a document holds every array: a missing one is a mistake
        for (RecordType t : missing) {
            a.problem(source, "", t.key(), "", "the array of " + t.key() + " (write [] when there are none)");
        }
    }

    private static void readRecords(JsonScanner s, JsonArrayParts parts, DataSetAssembly a, RecordType type,
            JsonScanner.Value start, String source, String where) throws IOException {
        if (start != JsonScanner.Value.ARRAY) {
            a.problem(source, where, type.key(), "", "an array of records");
            if (start == JsonScanner.Value.OBJECT) {
                s.skipRest(start);
            }
            return;
        }
        // in one pass this thread scans and worker threads make the records; in parts each worker does both;
        // either way the results are merged back in order
        RecordBatches out = new RecordBatches(a, type);
        try {
            if (parts != null && parts.worthIt(s)) {
                parts.read(s, a, type, out);
            } else {
                readArray(s, type, out);
            }
        } catch (Error e) {
            out.abandon(); // the error itself reaches the caller, not one that merging on would cause
            throw e;
        } finally {
            out.finish();
        }
    }

    /** Reads the elements of an array of records just entered, and its end. */
    static void readArray(JsonScanner s, RecordType type, RecordSink out) throws IOException {
        if (s.peek() == ']') {
            s.close();
            return;
        }
        readElements(s, type, out, 0, Long.MAX_VALUE);
    }

    /**
     * Reads elements of an array of records, numbered from {@code index}, from one that comes next: to the
     * end of the array, or until the next element would begin at offset {@code stopAt} or later.
     *
     * @return whether the array ended (its closing bracket taken); otherwise the scan is at the next element
     */
    static boolean readElements(JsonScanner s, RecordType type, RecordSink out, int index, long stopAt)
            throws IOException {
        JsonRecord.Layout layout = JsonRecord.layout(type);
        JsonRecord.Arena arena = new JsonRecord.Arena();
        // the slot that followed each slot last time (index 0: the first field): records repeat an order
        int[] follows = new int[layout.names.length + 1];
        while (true) {
            int c = s.peek();
            if (s.offset() >= stopAt) {
                return false;
            }
            int line = s.line();
            int at = index++;
            if (c != '{') {
                JsonScanner.Value v = s.value();
                boolean scalar = v != JsonScanner.Value.OBJECT && v != JsonScanner.Value.ARRAY;
                out.problem(at, line, "", scalar ? textOf(v, s) : "", "an object");
                if (!scalar) {
                    s.skipRest(v);
                }
            } else {
                s.open();
                JsonRecord fields = readRecord(s, layout, arena, follows, out, at, line);
                if (fields != null) {
                    out.record(fields, at, line);
                }
            }
            if (!s.nextMember(']', "',' or ']' after a record")) {
                return true;
            }
        }
    }

    /** The record's fields, or null when a field is repeated or not a plain value (reported in order). */
    private static JsonRecord readRecord(JsonScanner s, JsonRecord.Layout layout, JsonRecord.Arena arena, int[] follows,
            RecordSink out, int at, int line) throws IOException {
        JsonRecord fields = new JsonRecord(layout, arena);
        boolean wellFormed = true;
        int slot = -1;
        if (s.peek() == '}') {
            s.close();
            return fields;
        }
        while (true) {
            int guess = follows[slot + 1];
            int second = follows[guess + 1];
            int found;
            String unknown = null;
            if (s.nameIs(layout.nameColons[guess])) {
                found = guess;
            } else if (s.nameIs(layout.nameColons[second])) {
                // an optional field left out: the one after it comes instead
                found = second;
                follows[slot + 1] = second;
            } else {
                s.name();
                found = layout.slotOf(s, slot);
                if (found >= 0) {
                    follows[slot + 1] = found;
                } else {
                    unknown = s.text(); // before the scanner moves on and its buffer shifts
                }
                s.expect(':', "':' after a field name");
            }
            String name = found < 0 ? unknown : layout.names[found];
            if (found >= 0) {
                slot = found;
            }
            JsonScanner.Value v = s.value();
            if (v == JsonScanner.Value.OBJECT || v == JsonScanner.Value.ARRAY) {
                out.problem(at, line, name, "", "a plain value, not an object or array");
                s.skipRest(v);
                wellFormed = false;
            } else if (!fields.add(found, name, v, s, arena)) {
                out.problem(at, line, name, "", "each field once");
                wellFormed = false;
            }
            if (!s.nextMember('}', "',' or '}' after a field")) {
                break;
            }
        }
        return wellFormed ? fields : null;
    }

    private static String textOf(JsonScanner.Value v, JsonScanner s) {
        return switch (v) {
            case STRING, INTEGER, DECIMAL -> s.text();
            case TRUE -> "true";
            case FALSE -> "false";
            default -> "null";
        };
    }

    /** Writes a data set to a file, one record a line. */
    public static void write(DataSet data, Path file) throws IOException {
        Checks.notNull(file, "file");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            write(data, out);
        }
    }

    /** Writes a data set as UTF-8 JSON, one record a line. */
    public static void write(DataSet data, OutputStream out) throws IOException {
        Checks.notNull(data, "data");
        Checks.notNull(out, "out");
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(data, g);
        }
    }

    /** The data set as JSON text. */
    public static String toJson(DataSet data) {
        Checks.notNull(data, "data");
        StringWriter w = new StringWriter();
        try (Writer writer = w; JsonGenerator g = FACTORY.createGenerator(writer)) {
            write(data, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static void write(DataSet data, JsonGenerator g) throws IOException {
        g.setPrettyPrinter(new LinePerRecord());
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeNumberField("version", VERSION);
        g.writeStringField("name", data.name());
        g.writeStringField("asOf", data.asOf().toString());
        for (RecordType type : RecordType.values()) {
            RecordCodec<?> codec = Codecs.of(type);
            List<String> fields = codec.fields();
            g.writeArrayFieldStart(type.key());
            for (Object record : data.records(type)) {
                Object[] values = codec.values(record);
                g.writeStartObject();
                for (int i = 0; i < values.length; i++) {
                    writeValue(g, fields.get(i), values[i]);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeRaw('\n');
    }

    private static void writeValue(JsonGenerator g, String field, Object value) throws IOException {
        if (value == null) {
            return;
        }
        g.writeFieldName(field);
        if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer n) {
            g.writeNumber(n);
        } else if (value instanceof Long n) {
            g.writeNumber(n);
        } else if (value instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (value instanceof Money m) {
            g.writeNumber(m.yuan());
        } else {
            g.writeString(FieldValues.text(value));
        }
    }

    /** Top-level fields and array elements each on a line of their own; records compact. */
    private static final class LinePerRecord extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        /** Whether the object being written is the document itself (its parent is the root). */
        private static boolean topLevel(JsonGenerator g) {
            var context = g.getOutputContext();
            return context.inObject() && context.getParent() != null && context.getParent().inRoot();
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(topLevel(g) ? ",\n" : ",");
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) throws IOException {
            if (topLevel(g)) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            g.writeRaw('[');
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            g.writeRaw('\n');
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(",\n");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            g.writeRaw(values == 0 ? "]" : "\n]");
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) throws IOException {
            g.writeRaw(topLevel(g) ? "\n}" : "}");
        }
    }
}
