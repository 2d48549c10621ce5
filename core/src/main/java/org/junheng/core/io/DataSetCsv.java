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

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.junheng.core.internal.Checks;
import org.junheng.core.internal.Utf8Reader;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.InvalidDataException;
import org.junheng.core.model.RecordType;

/**
 * A data set as a folder of CSV files, one per record type, with the field names of {@link DataSetJson}
 * as the header: {@code dataset.csv} (one row: format, version, name, asOf), {@code jurisdictions.csv},
 * {@code schools.csv}, {@code resources.csv}, {@code classes.csv}, {@code teachers.csv},
 * {@code servicePeriods.csv}, {@code rotations.csv}, {@code students.csv}, {@code funding.csv},
 * {@code schoolFunding.csv}, {@code posts.csv}.
 *
 * <p>Files are UTF-8 (a leading byte-order mark is allowed; other bytes and NUL characters are refused
 * with their line), quoted as RFC 4180 says (a cell in double quotes may hold commas, line ends and
 * doubled quotes), with lines ending in LF, CR LF or CR; a row is placed by the line where it begins.
 * Every file has every column in its header. An empty cell is an absent optional value; amounts are
 * yuan ({@code 1000.00}, or {@code 12.5万元}); flags are {@code true} or {@code false}.
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
        return read(folder, FileParts.PART_BYTES, Runtime.getRuntime().availableProcessors());
    }

    /** Reads a folder, its large files in parts of {@code partBytes} on {@code threads} threads. */
    static DataSet read(Path folder, long partBytes, int threads) throws IOException {
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
            readFile(file, t, a, partBytes, threads);
        }
        return a.finish(METADATA_FILE);
    }

    private static void readMetadata(Path file, DataSetAssembly a) throws IOException {
        if (!Files.isRegularFile(file)) {
            a.problem(METADATA_FILE, "", "", "", "the file, with columns " + METADATA_FIELDS + " and one row");
            return;
        }
        List<Line> rows = rows(file, METADATA_FILE, METADATA_FIELDS, a);
        if (rows == null) {
            return;
        }
        if (rows.size() != 1) {
            a.problem(METADATA_FILE, "", "", String.valueOf(rows.size()), "exactly one row after the header");
            return;
        }
        CsvRow row = rows.get(0).row();
        String where = "line " + rows.get(0).line();
        if (!DataSetJson.FORMAT.equals(row.text("format"))) {
            a.problem(METADATA_FILE, where, "format", row.text("format"), DataSetJson.FORMAT + " (the field is required)");
        }
        if (!String.valueOf(DataSetJson.VERSION).equals(row.text("version"))) {
            a.problem(METADATA_FILE, where, "version", row.text("version"), "version " + DataSetJson.VERSION + " (the field is required)");
        }
        String name = row.text("name");
        if (name == null || name.isBlank()) {
            a.problem(METADATA_FILE, where, "name", "", "the data set's name");
        } else {
            a.name = name;
        }
        try {
            String asOf = row.text("asOf");
            a.asOf = asOf == null ? null : LocalDate.parse(asOf);
            if (asOf == null) {
                a.problem(METADATA_FILE, where, "asOf", "", "the reference date, yyyy-mm-dd (the field is required)");
            }
        } catch (DateTimeParseException e) {
            a.problem(METADATA_FILE, where, "asOf", row.text("asOf"), "the reference date, yyyy-mm-dd");
        }
    }

    /** A row with the line it begins on. */
    private record Line(CsvRow row, int line) {
    }

    /** Reads a file of records: a large one in parts of {@code partBytes} on {@code threads} threads. */
    private static void readFile(Path file, RecordType type, DataSetAssembly a, long partBytes, int threads)
            throws IOException {
        String source = fileName(type);
        List<String> known = Codecs.of(type).fields();
        // a channel, not a stream: the parts of a large file are read from their own offsets
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            CsvScanner s = new CsvScanner(channel, 0, 1);
            s.skipByteOrderMark();
            List<String> header = header(s, source, known, a);
            if (header == null) {
                return;
            }
            CsvRow.Columns columns = new CsvRow.Columns(header, known);
            FileParts parts = new FileParts(channel, partBytes, threads);
            // in one pass this thread splits the rows and worker threads make the records; in parts each
            // worker does both; either way the results are merged back in order
            RecordBatches steps = new RecordBatches(a, type);
            try {
                if (parts.worthIt(s.offset())) {
                    FileParts.Stop stop = parts.read(new CsvFileParts(parts, columns), s.offset(), s.nextLine(),
                            s.lineStart(), a, type);
                    if (!stop.done()) {
                        CsvScanner rest = new CsvScanner(channel, stop.offset(), stop.line());
                        CsvFileParts.readRows(rest, new CsvRow.Keeper(columns), steps, stop.index(), Long.MAX_VALUE);
                    }
                } else {
                    CsvFileParts.readRows(s, new CsvRow.Keeper(columns), steps, 0, Long.MAX_VALUE);
                }
            } catch (Error e) {
                steps.abandon(); // the error itself reaches the caller, not one that merging on would cause
                throw e;
            } finally {
                steps.finish();
            }
        } catch (Utf8Reader.BadTextException e) {
            a.problem(source, "line " + e.line(), "", "", e.getMessage());
        } catch (CsvScanner.MalformedException e) {
            a.problem(source, e.place(), "", "", "well-formed CSV within limits: " + e.getMessage());
        }
    }

    private static List<Line> rows(Path file, String source, List<String> known, DataSetAssembly a) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            CsvScanner s = new CsvScanner(in);
            List<String> header = header(s, source, known, a);
            if (header == null) {
                return null;
            }
            CsvRow.Keeper keeper = new CsvRow.Keeper(new CsvRow.Columns(header, known));
            List<Line> rows = new ArrayList<>();
            while (s.next()) {
                if (s.cells() != header.size()) {
                    a.problem(source, "line " + s.line(), "", String.valueOf(s.cells()), header.size() + " cells");
                    return null;
                }
                rows.add(new Line(keeper.keep(s), s.line()));
            }
            return rows;
        } catch (Utf8Reader.BadTextException e) {
            a.problem(source, "line " + e.line(), "", "", e.getMessage());
            return null;
        } catch (CsvScanner.MalformedException e) {
            a.problem(source, e.place(), "", "", "well-formed CSV within limits: " + e.getMessage());
            return null;
        }
    }

    /**
     * The header, checked: known columns, each once, and every column there (a missing column is one
     * problem, not an empty value in every row).
     */
    private static List<String> header(CsvScanner s, String source, List<String> known, DataSetAssembly a)
            throws IOException {
        if (!s.next()) {
            a.problem(source, "line 1", "", "", "a header row naming the columns " + known);
            return null;
        }
        List<String> header = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < s.cells(); i++) {
            String name = s.text(i).strip();
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
