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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junheng.core.internal.Checks;
import org.junheng.core.internal.Utf8Reader;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.InvalidDataException;
import org.junheng.core.model.RecordType;

/**
 * A data set as a folder of CSV files, one per record type, with the field names of {@link DataSetJson}
 * as the header: {@code dataset.csv} (one row: format, version, name, asOf), {@code jurisdictions.csv},
 * {@code schools.csv}, {@code resources.csv}, {@code classes.csv}, {@code teachers.csv},
 * {@code servicePeriods.csv}, {@code rotations.csv}, {@code students.csv}, {@code funding.csv}, {@code schoolFunding.csv}, {@code posts.csv}.
 *
 * <p>Files are UTF-8 (a leading byte-order mark is allowed; other bytes and NUL characters are refused
 * with their line). Every file has every column in its header. An empty cell is an absent optional value;
 * amounts are yuan ({@code 1000.00}, or {@code 12.5万元}); flags are {@code true} or {@code false}.
 * Every file must be there, with a header only when a type has no records, so that a missing or
 * misnamed file is reported rather than read as "no records". Reading is all-or-problems, with file and
 * line; writing then reading gives back an equal data set.
 */
public final class DataSetCsv {
    /** The metadata file. */
    public static final String METADATA_FILE = "dataset.csv";
    private static final List<String> METADATA_FIELDS = List.of("format", "version", "name", "asOf");
    private static final CsvFactory FACTORY = CsvFactory.builder().streamReadConstraints(Limits.CONSTRAINTS).build();

    private DataSetCsv() {
    }

    /** The file name of a record type, such as {@code schools.csv}. */
    public static String fileName(RecordType type) {
        return type.key() + ".csv";
    }

    /**
     * Reads a data set from a folder.
     *
     * @throws InvalidDataException listing every problem, with file and line
     */
    public static DataSet read(Path folder) throws IOException {
        Checks.notNull(folder, "folder");
        Checks.check(Files.isDirectory(folder), "folder (%s) must be a directory of CSV files", folder);
        DataSetAssembly a = new DataSetAssembly(true);
        List<String> expected = new ArrayList<>(List.of(METADATA_FILE));
        for (RecordType t : RecordType.values()) {
            expected.add(fileName(t));
            a.source(t, fileName(t));
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.csv")) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (!expected.contains(name)) {
                    a.problem(name, "", "", "", "a known file, one of " + expected);
                }
            }
        }
        readMetadata(folder.resolve(METADATA_FILE), a);
        for (RecordType t : RecordType.values()) {
            Path file = folder.resolve(fileName(t));
            if (!Files.isRegularFile(file)) {
                a.problem(fileName(t), "", "", "", "the file (write a header only when there are no " + t.key() + ")");
                continue;
            }
            readFile(file, t, a);
        }
        return a.finish(METADATA_FILE);
    }

    private static void readMetadata(Path file, DataSetAssembly a) throws IOException {
        if (!Files.isRegularFile(file)) {
            a.problem(METADATA_FILE, "", "", "", "the file, with columns " + METADATA_FIELDS + " and one row");
            return;
        }
        List<Row> rows = rows(file, METADATA_FILE, METADATA_FIELDS, a);
        if (rows == null) {
            return;
        }
        if (rows.size() != 1) {
            a.problem(METADATA_FILE, "", "", String.valueOf(rows.size()), "exactly one row after the header");
            return;
        }
        Row row = rows.get(0);
        String where = "line " + row.line;
        if (!DataSetJson.FORMAT.equals(row.get("format"))) {
            a.problem(METADATA_FILE, where, "format", row.get("format"), DataSetJson.FORMAT + " (the field is required)");
        }
        if (!String.valueOf(DataSetJson.VERSION).equals(row.get("version"))) {
            a.problem(METADATA_FILE, where, "version", row.get("version"), "version " + DataSetJson.VERSION + " (the field is required)");
        }
        String name = row.get("name");
        if (name == null || name.isBlank()) {
            a.problem(METADATA_FILE, where, "name", "", "the data set's name");
        } else {
            a.name = name;
        }
        try {
            String asOf = row.get("asOf");
            a.asOf = asOf == null ? null : LocalDate.parse(asOf);
            if (asOf == null) {
                a.problem(METADATA_FILE, where, "asOf", "", "the reference date, yyyy-mm-dd (the field is required)");
            }
        } catch (DateTimeParseException e) {
            a.problem(METADATA_FILE, where, "asOf", row.get("asOf"), "the reference date, yyyy-mm-dd");
        }
    }

    /** One CSV row with its header. */
    private static final class Row implements Fields {
        private final Map<String, Integer> header;
        private final List<String> names;
        private final String[] cells;
        final int line;

        Row(Map<String, Integer> header, List<String> names, String[] cells, int line) {
            this.header = header;
            this.names = names;
            this.cells = cells;
            this.line = line;
        }

        String get(String field) {
            Integer i = header.get(field);
            return i == null || cells[i].isEmpty() ? null : cells[i];
        }

        @Override
        public List<String> names() {
            List<String> present = new ArrayList<>();
            for (int i = 0; i < cells.length; i++) {
                if (!cells[i].isEmpty()) {
                    present.add(names.get(i));
                }
            }
            return present;
        }

        /** None: the header was checked to hold only known columns before any row was read. */
        @Override
        public List<String> unknownNames(java.util.Set<String> known) {
            return List.of();
        }

        @Override
        public Kind kind(String field) {
            return get(field) == null ? Kind.ABSENT : Kind.TEXT;
        }

        @Override
        public String text(String field) {
            return get(field);
        }

        @Override
        public boolean textOnly() {
            return true;
        }
    }

    private static void readFile(Path file, RecordType type, DataSetAssembly a) throws IOException {
        String source = fileName(type);
        List<String> known = Codecs.of(type).fields();
        try (Reader reader = reader(file); CsvParser p = FACTORY.createParser(reader)) {
            p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            p.nextToken(); // the whole file is one array of rows
            List<String> header = header(p, source, known, a);
            if (header == null) {
                return;
            }
            Map<String, Integer> positions = positions(header);
            // this thread splits the rows; worker threads make the records, merged back in order
            RecordBatches steps = new RecordBatches(a, type);
            try {
                int index = 0;
                String[] cells;
                while ((cells = row(p)) != null) {
                    int line = p.currentTokenLocation().getLineNr();
                    int at = index++;
                    if (cells.length != header.size()) {
                        String count = String.valueOf(cells.length);
                        steps.problem(at, line, "", count, header.size() + " cells, one per column of the header");
                    } else {
                        Row row = new Row(positions, header, cells, line);
                        steps.record(row, at, line);
                    }
                }
            } finally {
                steps.finish();
            }
        } catch (Utf8Reader.BadTextException e) {
            a.problem(source, "line " + e.line(), "", "", e.getMessage());
        } catch (JsonProcessingException e) {
            a.problem(source, place(e), "", "", "well-formed CSV within limits: " + e.getOriginalMessage());
        }
    }

    private static List<Row> rows(Path file, String source, List<String> known, DataSetAssembly a) throws IOException {
        try (Reader reader = reader(file); CsvParser p = FACTORY.createParser(reader)) {
            p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            p.nextToken(); // the whole file is one array of rows
            List<String> header = header(p, source, known, a);
            if (header == null) {
                return null;
            }
            Map<String, Integer> positions = positions(header);
            List<Row> rows = new ArrayList<>();
            String[] cells;
            while ((cells = row(p)) != null) {
                int line = p.currentTokenLocation().getLineNr();
                if (cells.length != header.size()) {
                    a.problem(source, "line " + line, "", String.valueOf(cells.length), header.size() + " cells");
                    return null;
                }
                rows.add(new Row(positions, header, cells, line));
            }
            return rows;
        } catch (Utf8Reader.BadTextException e) {
            a.problem(source, "line " + e.line(), "", "", e.getMessage());
            return null;
        } catch (JsonProcessingException e) {
            a.problem(source, place(e), "", "", "well-formed CSV within limits: " + e.getOriginalMessage());
            return null;
        }
    }

    /** The line and column where the parser stopped; a limit exceeded names the parser's place. */
    private static String place(JsonProcessingException e) {
        var loc = e.getLocation();
        if (loc == null && e.getProcessor() instanceof CsvParser p) {
            loc = p.currentLocation();
        }
        return loc == null ? "" : "line " + loc.getLineNr() + " column " + loc.getColumnNr();
    }

    private static Map<String, Integer> positions(List<String> header) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            positions.put(header.get(i), i);
        }
        return positions;
    }

    /**
     * The header, checked: known columns, each once, and every column there (a missing column is one
     * problem, not an empty value in every row).
     */
    private static List<String> header(CsvParser p, String source, List<String> known, DataSetAssembly a)
            throws IOException {
        String[] names = row(p);
        if (names == null) {
            a.problem(source, "line 1", "", "", "a header row naming the columns " + known);
            return null;
        }
        List<String> header = new ArrayList<>();
        boolean ok = true;
        for (String n : names) {
            String name = n.strip();
            if (!known.contains(name)) {
                a.problem(source, "line 1", name, "", "a known column, one of " + known);
                ok = false;
            } else if (header.contains(name)) {
                a.problem(source, "line 1", name, "", "each column once");
                ok = false;
            }
            header.add(name);
        }
        for (String k : known) {
            if (!header.contains(k)) {
                a.problem(source, "line 1", k, "", "the column '" + k + "' in the header (leave its cells empty when unknown)");
                ok = false;
            }
        }
        return ok ? header : null;
    }

    /** The next row's cells, or null at the end. */
    private static String[] row(CsvParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t != JsonToken.START_ARRAY) {
            return null;
        }
        List<String> cells = new ArrayList<>(20);
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            cells.add(p.getText());
        }
        return cells.toArray(new String[0]);
    }

    private static Reader reader(Path file) throws IOException {
        return new Utf8Reader(Files.newInputStream(file), Long.MAX_VALUE);
    }

    /** Writes a data set to a folder, one file per record type; the folder is created if needed. */
    public static void write(DataSet data, Path folder) throws IOException {
        Checks.notNull(data, "data");
        Checks.notNull(folder, "folder");
        Files.createDirectories(folder);
        writeFile(folder.resolve(METADATA_FILE), METADATA_FIELDS,
                List.<Object[]>of(new Object[] {DataSetJson.FORMAT, DataSetJson.VERSION, data.name(), data.asOf()}));
        for (RecordType t : RecordType.values()) {
            RecordCodec<?> codec = Codecs.of(t);
            writeFile(folder.resolve(fileName(t)), codec.fields(),
                    () -> data.records(t).stream().map(codec::values).iterator());
        }
    }

    private static void writeFile(Path file, List<String> fields, Iterable<Object[]> rows) throws IOException {
        CsvSchema schema = CsvSchema.builder().addColumns(fields, CsvSchema.ColumnType.STRING).setUseHeader(true).build();
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
                CsvGenerator g = FACTORY.createGenerator(w)) {
            g.setSchema(schema);
            for (Object[] values : rows) {
                g.writeStartArray();
                for (Object v : values) {
                    String text = FieldValues.text(v);
                    // an absent value is an empty cell; the reader reads it back as absent
                    g.writeString(text == null ? "" : text);
                }
                g.writeEndArray();
            }
        }
    }
}
