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
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Reads a data set from a file. */
    public static DataSet read(Path file) throws IOException {
        Checks.notNull(file, "file");
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return read(in, file.getFileName().toString());
        }
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
        DataSetAssembly assembly = new DataSetAssembly(false);
        for (RecordType t : RecordType.values()) {
            assembly.source(t, sourceName);
        }
        try (JsonParser p = FACTORY.createParser(new Utf8Reader(in, Long.MAX_VALUE))) {
            try {
                readDocument(p, assembly, sourceName);
            } catch (JsonProcessingException e) {
                // a limit exceeded carries no location of its own: the parser's is where it stopped
                var loc = e.getLocation() != null ? e.getLocation() : p.currentLocation();
                assembly.problem(sourceName, "line " + loc.getLineNr() + " column " + loc.getColumnNr(),
                        "", "", "well-formed JSON within limits: " + e.getOriginalMessage());
                throw new InvalidDataException(assembly.problems);
            }
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

    private static void readDocument(JsonParser p, DataSetAssembly a, String source) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            a.problem(source, "line 1", "", "", "a JSON object holding the data set");
            throw new InvalidDataException(a.problems);
        }
        List<String> seen = new ArrayList<>();
        java.util.Set<RecordType> missing = java.util.EnumSet.allOf(RecordType.class);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            String where = "line " + p.currentTokenLocation().getLineNr();
            if (seen.contains(field)) {
                a.problem(source, where, field, "", "each top-level field once");
            }
            seen.add(field);
            RecordType type = typeOf(field);
            if (type != null) {
                missing.remove(type);
                readRecords(p, a, type, value, source);
                continue;
            }
            String text = value.isScalarValue() ? p.getText() : null;
            switch (field) {
                case "format" -> {
                    if (!FORMAT.equals(text)) {
                        a.problem(source, where, field, String.valueOf(text), "\"" + FORMAT + "\"");
                    }
                }
                case "version" -> {
                    if (value != JsonToken.VALUE_NUMBER_INT || p.getIntValue() != VERSION) {
                        a.problem(source, where, field, String.valueOf(text), "version " + VERSION);
                    }
                }
                case "name" -> {
                    if (value == JsonToken.VALUE_STRING && !text.isBlank()) {
                        a.name = text;
                    } else {
                        a.problem(source, where, field, String.valueOf(text), "the data set's name, non-blank text");
                    }
                }
                case "asOf" -> {
                    try {
                        a.asOf = value == JsonToken.VALUE_STRING ? LocalDate.parse(text) : null;
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
            if (!value.isScalarValue()) {
                p.skipChildren();
            }
        }
        if (p.nextToken() != null) {
            a.problem(source, "line " + p.currentTokenLocation().getLineNr(), "", "", "nothing after the data set's object");
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

    private static RecordType typeOf(String key) {
        for (RecordType t : RecordType.values()) {
            if (t.key().equals(key)) {
                return t;
            }
        }
        return null;
    }

    private static void readRecords(JsonParser p, DataSetAssembly a, RecordType type, JsonToken start, String source)
            throws IOException {
        if (start != JsonToken.START_ARRAY) {
            a.problem(source, "line " + p.currentTokenLocation().getLineNr(), type.key(), "", "an array of records");
            if (!start.isScalarValue()) {
                p.skipChildren();
            }
            return;
        }
        // this thread tokenises; the records are made, and every problem recorded, in order on another
        InOrder steps = new InOrder();
        try {
            readArray(p, a, type, source, steps);
        } finally {
            steps.finish();
        }
    }

    private static void readArray(JsonParser p, DataSetAssembly a, RecordType type, String source, InOrder steps)
            throws IOException {
        Map<String, Integer> slots = slotsOf(type);
        int index = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            int line = p.currentTokenLocation().getLineNr();
            int at = index++;
            if (t != JsonToken.START_OBJECT) {
                String value = t.isScalarValue() ? p.getText() : "";
                steps.submit(() -> a.problem(source, a.location(type, at, line), "", value, "an object"));
                if (!t.isScalarValue()) {
                    p.skipChildren();
                }
                continue;
            }
            JsonFields fields = new JsonFields(slots);
            boolean wellFormed = true;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                Fields.Kind kind = switch (v) {
                    case VALUE_STRING -> Fields.Kind.TEXT;
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Fields.Kind.NUMBER;
                    case VALUE_TRUE, VALUE_FALSE -> Fields.Kind.BOOLEAN;
                    case VALUE_NULL -> Fields.Kind.ABSENT;
                    default -> null;
                };
                if (kind == null) {
                    steps.submit(() -> a.problem(source, a.location(type, at, line), name, "",
                            "a plain value, not an object or array"));
                    p.skipChildren();
                    wellFormed = false;
                } else if (!fields.add(name, kind, kind == Fields.Kind.ABSENT ? null : p.getText())) {
                    steps.submit(() -> a.problem(source, a.location(type, at, line), name, "", "each field once"));
                    wellFormed = false;
                }
            }
            if (wellFormed) {
                steps.submit(() -> a.read(type, fields, at, line));
            }
        }
    }

    private static final Map<RecordType, Map<String, Integer>> SLOTS = new java.util.EnumMap<>(RecordType.class);

    static {
        for (RecordType type : RecordType.values()) {
            List<String> known = Codecs.of(type).fields();
            Map<String, Integer> slots = new HashMap<>(known.size() * 2);
            for (int i = 0; i < known.size(); i++) {
                slots.put(known.get(i), i);
            }
            SLOTS.put(type, slots);
        }
    }

    /** The slot of each of a record type's fields, by name. */
    private static Map<String, Integer> slotsOf(RecordType type) {
        return SLOTS.get(type);
    }

    /**
     * The fields of one JSON object. The record type's own fields go to fixed slots (a field name is found
     * by one hash lookup, not by comparing it with every name read so far); other names are kept in order
     * to be reported.
     */
    private static final class JsonFields implements Fields {
        private final Map<String, Integer> slots;
        private final Kind[] kinds;
        private final String[] texts;
        private List<String> unknownNames;
        private List<Kind> unknownKinds;
        private List<String> unknownTexts;

        JsonFields(Map<String, Integer> slots) {
            this.slots = slots;
            kinds = new Kind[slots.size()];
            texts = new String[slots.size()];
        }

        /** Adds a field; false when the record already has it. */
        boolean add(String name, Kind kind, String text) {
            Integer slot = slots.get(name);
            if (slot != null) {
                if (kinds[slot] != null) {
                    return false;
                }
                kinds[slot] = kind;
                texts[slot] = text;
            } else {
                if (unknownNames == null) {
                    unknownNames = new ArrayList<>();
                    unknownKinds = new ArrayList<>();
                    unknownTexts = new ArrayList<>();
                } else if (unknownNames.contains(name)) {
                    return false;
                }
                unknownNames.add(name);
                unknownKinds.add(kind);
                unknownTexts.add(text);
            }
            return true;
        }

        /** The record type's fields present, in the type's order, then the others in the object's order. */
        @Override
        public List<String> names() {
            List<String> names = new ArrayList<>();
            slots.forEach((name, slot) -> {
                if (kinds[slot] != null) {
                    names.add(name);
                }
            });
            names.sort(java.util.Comparator.comparing(slots::get));
            if (unknownNames != null) {
                names.addAll(unknownNames);
            }
            return names;
        }

        /** The names outside the record type's fields, which are {@code known}; none in a well-made file. */
        @Override
        public List<String> unknownNames(java.util.Set<String> known) {
            return unknownNames == null ? List.of() : List.copyOf(unknownNames);
        }

        @Override
        public Kind kind(String field) {
            Integer slot = slots.get(field);
            if (slot != null) {
                Kind k = kinds[slot];
                return k == null ? Kind.ABSENT : k;
            }
            int i = unknownNames == null ? -1 : unknownNames.indexOf(field);
            return i < 0 ? Kind.ABSENT : unknownKinds.get(i);
        }

        @Override
        public String text(String field) {
            Integer slot = slots.get(field);
            if (slot != null) {
                return texts[slot];
            }
            int i = unknownNames == null ? -1 : unknownNames.indexOf(field);
            return i < 0 ? null : unknownTexts.get(i);
        }

        @Override
        public boolean textOnly() {
            return false;
        }
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
