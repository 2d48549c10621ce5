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

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junheng.core.internal.Checks;
import org.junheng.core.model.DataProblem;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DataSetSeries;
import org.junheng.core.model.DatedValue;
import org.junheng.core.model.InvalidDataException;
import org.junheng.core.value.SchoolYear;

/**
 * A {@link DataSetSeries} as a folder: {@value #METADATA_FILE} (format, version, name), one sub-folder
 * per school year (such as {@code 2025-2026}) holding that year's snapshot in the CSV form of
 * {@link DataSetCsv}, and {@value #OBSERVATIONS_FILE} (indicator, value, date, source) for the dated
 * values. Reading is all or problems: every problem of every year is listed with its place (the year's
 * folder and file). Stateless and thread-safe.
 */
public final class DataSetSeriesCsv {
    /** The series' own metadata file. */
    public static final String METADATA_FILE = "series.csv";
    /** The dated values. */
    public static final String OBSERVATIONS_FILE = "observations.csv";

    private static final List<String> METADATA_FIELDS = List.of("format", "version", "name");
    private static final List<String> OBSERVATION_FIELDS = List.of("indicator", "value", "date", "source");

    private DataSetSeriesCsv() {
    }

    /** Whether {@code folder} is a series folder: it holds {@value #METADATA_FILE}. */
    public static boolean isSeries(Path folder) {
        Checks.notNull(folder, "folder");
        return Files.isRegularFile(folder.resolve(METADATA_FILE));
    }

    /**
     * Reads a series from its folder.
     *
     * @throws InvalidDataException listing every problem of every year with its place
     */
    public static DataSetSeries read(Path folder) throws IOException {
        Checks.notNull(folder, "folder");
        List<DataProblem> problems = new ArrayList<>();
        String name = metadata(folder.resolve(METADATA_FILE), problems);
        List<Path> years;
        try (Stream<Path> children = Files.list(folder)) {
            years = children.filter(Files::isDirectory).sorted().toList();
        }
        List<DataSet> snapshots = new ArrayList<>();
        for (Path year : years) {
            String label = year.getFileName().toString();
            try {
                SchoolYear.parse(label);
            } catch (IllegalArgumentException e) {
                problems.add(new DataProblem(label, "", "", label, "a school year's folder, such as 2025-2026"));
                continue;
            }
            try {
                DataSet d = DataSetCsv.read(year);
                if (!SchoolYear.containing(d.asOf()).equals(SchoolYear.parse(label))) {
                    problems.add(new DataProblem(label + "/" + DataSetCsv.METADATA_FILE, "", "asOf", d.asOf().toString(),
                            "a date in school year " + label));
                }
                snapshots.add(d);
            } catch (InvalidDataException e) {
                for (DataProblem q : e.problems()) {
                    problems.add(new DataProblem(label + "/" + q.source(), q.location(), q.field(), q.value(), q.expected()));
                }
            }
        }
        if (years.isEmpty()) {
            problems.add(new DataProblem(folder.getFileName() == null ? "" : folder.getFileName().toString(), "", "", "",
                    "one sub-folder per school year, such as 2025-2026"));
        }
        List<DatedValue> values = observations(folder.resolve(OBSERVATIONS_FILE), problems);
        return DataSetSeriesJson.finish(name, snapshots, values, problems, METADATA_FILE);
    }

    private static List<Map<String, String>> rows(Path file, List<String> fields, List<DataProblem> problems) throws IOException {
        String source = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            problems.add(new DataProblem(source, "", "", "", "the file, with the header " + String.join(",", fields)));
            return List.of();
        }
        CsvMapper mapper = new CsvMapper();
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            while (it.hasNextValue()) {
                Map<String, String> row = it.nextValue();
                for (String key : row.keySet()) {
                    if (!fields.contains(key)) {
                        problems.add(new DataProblem(source, "line 1", key, "", "one of the columns " + String.join(", ", fields)));
                        return List.of();
                    }
                }
                rows.add(row);
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var loc = e.getLocation();
            problems.add(new DataProblem(source, loc == null ? "" : "line " + loc.getLineNr(), "", "",
                    "well-formed CSV: " + e.getOriginalMessage()));
        }
        return rows;
    }

    private static String metadata(Path file, List<DataProblem> problems) throws IOException {
        List<Map<String, String>> rows = rows(file, METADATA_FIELDS, problems);
        if (rows.size() != 1) {
            if (Files.isRegularFile(file)) {
                problems.add(new DataProblem(METADATA_FILE, "", "", String.valueOf(rows.size()), "one row of metadata"));
            }
            return null;
        }
        Map<String, String> row = rows.get(0);
        if (!DataSetSeriesJson.FORMAT.equals(row.get("format"))) {
            problems.add(new DataProblem(METADATA_FILE, "line 2", "format", String.valueOf(row.get("format")),
                    DataSetSeriesJson.FORMAT));
        }
        if (!String.valueOf(DataSetSeriesJson.VERSION).equals(row.get("version"))) {
            problems.add(new DataProblem(METADATA_FILE, "line 2", "version", String.valueOf(row.get("version")),
                    String.valueOf(DataSetSeriesJson.VERSION)));
        }
        String name = row.get("name");
        if (name == null || name.isBlank()) {
            problems.add(new DataProblem(METADATA_FILE, "line 2", "name", "", "the series' name"));
            return null;
        }
        return name;
    }

    private static List<DatedValue> observations(Path file, List<DataProblem> problems) throws IOException {
        List<DatedValue> values = new ArrayList<>();
        List<Map<String, String>> rows = rows(file, OBSERVATION_FIELDS, problems);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> r = rows.get(i);
            DatedValue v = DataSetSeriesJson.datedValue(OBSERVATIONS_FILE, "line " + (i + 2), r.get("indicator"), r.get("value"),
                    r.get("date"), r.get("source"), problems);
            if (v != null) {
                values.add(v);
            }
        }
        return values;
    }

    /** Writes a series to a folder (created if needed): the metadata, one sub-folder a school year, the dated values. */
    public static void write(DataSetSeries series, Path folder) throws IOException {
        Checks.notNull(series, "series");
        Checks.notNull(folder, "folder");
        Files.createDirectories(folder);
        writeRows(folder.resolve(METADATA_FILE), METADATA_FIELDS,
                List.of(List.of(DataSetSeriesJson.FORMAT, String.valueOf(DataSetSeriesJson.VERSION), series.name())));
        for (DataSet d : series.snapshots()) {
            DataSetCsv.write(d, folder.resolve(SchoolYear.containing(d.asOf()).toString()));
        }
        List<List<String>> rows = new ArrayList<>();
        for (DatedValue v : series.observations()) {
            rows.add(List.of(v.indicator(), v.value().toPlainString(), v.date().toString(), v.source()));
        }
        writeRows(folder.resolve(OBSERVATIONS_FILE), OBSERVATION_FIELDS, rows);
    }

    private static void writeRows(Path file, List<String> fields, List<List<String>> rows) throws IOException {
        CsvSchema schema = CsvSchema.builder().addColumns(fields, CsvSchema.ColumnType.STRING).setUseHeader(true).build();
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            new CsvMapper().writer(schema).writeValues(w).writeAll(rows).close();
        }
    }
}
