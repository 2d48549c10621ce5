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
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.junheng.core.internal.Checks;
import org.junheng.core.model.DataProblem;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DataSetSeries;
import org.junheng.core.model.DatedValue;
import org.junheng.core.model.InvalidDataException;

/**
 * A {@link DataSetSeries} as one JSON document:
 *
 * <pre>{@code
 * {"format": "junheng-series", "version": 1, "name": "示例县",
 *  "snapshots": [ <a data set document of DataSetJson>, ... ],
 *  "observations": [{"indicator": "disabledAidCoverage", "value": 97.0, "date": "2025-12-31", "source": "…"}]}
 * }</pre>
 *
 * <p>Reading is all or problems, like {@link DataSetJson}: every problem of every snapshot and dated value
 * is listed with its place (a snapshot's problems name {@code snapshots[i]}). Stateless and thread-safe.
 */
public final class DataSetSeriesJson {
    /** The value of the {@code format} field. */
    public static final String FORMAT = "junheng-series";
    /** The version written and read. */
    public static final int VERSION = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder().streamReadConstraints(Limits.CONSTRAINTS).build();

    private DataSetSeriesJson() {
    }

    /** Whether {@code file} holds a series document rather than a data set: its {@code format} says so. */
    public static boolean isSeries(Path file) throws IOException {
        Checks.notNull(file, "file");
        try (JsonParser p = FACTORY.createParser(Files.newInputStream(file))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("format".equals(field)) {
                    return value == JsonToken.VALUE_STRING && FORMAT.equals(p.getText());
                }
                p.skipChildren();
            }
        } catch (JsonProcessingException e) {
            return false;
        }
        return false;
    }

    /** Reads a series from a file. */
    public static DataSetSeries read(Path file) throws IOException {
        Checks.notNull(file, "file");
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
    }

    /**
     * Reads a series from JSON text.
     *
     * @param sourceName the name to place problems by, such as the file name
     * @throws InvalidDataException listing every problem
     */
    public static DataSetSeries parse(String json, String sourceName) {
        Checks.notNull(json, "json");
        Checks.notNull(sourceName, "sourceName");
        List<DataProblem> problems = new ArrayList<>();
        List<DataSet> snapshots = new ArrayList<>();
        List<DatedValue> values = new ArrayList<>();
        String name = null;
        boolean sawFormat = false;
        boolean sawSnapshots = false;
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                problems.add(new DataProblem(sourceName, "line 1", "", "", "a JSON object holding the series"));
                throw new InvalidDataException(problems);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken token = p.nextToken();
                String where = "line " + p.currentTokenLocation().getLineNr();
                switch (field) {
                    case "format" -> {
                        sawFormat = true;
                        if (token != JsonToken.VALUE_STRING || !FORMAT.equals(p.getText())) {
                            problems.add(new DataProblem(sourceName, where, "format", p.getText(), "\"" + FORMAT + "\""));
                        }
                    }
                    case "version" -> {
                        if (token != JsonToken.VALUE_NUMBER_INT || p.getIntValue() != VERSION) {
                            problems.add(new DataProblem(sourceName, where, "version", p.getText(), String.valueOf(VERSION)));
                        }
                    }
                    case "name" -> {
                        if (token != JsonToken.VALUE_STRING || p.getText().isBlank()) {
                            problems.add(new DataProblem(sourceName, where, "name", p.getText(), "a non-blank string"));
                        } else {
                            name = p.getText();
                        }
                    }
                    case "snapshots" -> {
                        sawSnapshots = true;
                        snapshots(p, token, json, sourceName, snapshots, problems);
                    }
                    case "observations" -> observations(p, token, sourceName, values, problems);
                    default -> {
                        problems.add(new DataProblem(sourceName, where, field, "", "one of format, version, name, snapshots, observations"));
                        p.skipChildren();
                    }
                }
            }
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            problems.add(new DataProblem(sourceName, loc == null ? "" : "line " + loc.getLineNr() + " column " + loc.getColumnNr(),
                    "", "", "well-formed JSON within limits: " + e.getOriginalMessage()));
            throw new InvalidDataException(problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!sawFormat) {
            problems.add(new DataProblem(sourceName, "", "format", "", "\"" + FORMAT + "\""));
        }
        if (name == null && problems.stream().noneMatch(q -> q.field().equals("name"))) {
            problems.add(new DataProblem(sourceName, "", "name", "", "the series' name"));
        }
        if (!sawSnapshots || (snapshots.isEmpty() && problems.isEmpty())) {
            problems.add(new DataProblem(sourceName, "", "snapshots", "", "at least one data set snapshot"));
        }
        return finish(name, snapshots, values, problems, sourceName);
    }

    /** Checks the assembled series (one snapshot per school year) and throws every problem found. */
    static DataSetSeries finish(String name, List<DataSet> snapshots, List<DatedValue> values, List<DataProblem> problems,
            String sourceName) {
        if (problems.isEmpty()) {
            try {
                return new DataSetSeries(name, snapshots, values);
            } catch (IllegalArgumentException e) {
                problems.add(new DataProblem(sourceName, "", "snapshots", "", e.getMessage()));
            }
        }
        throw new InvalidDataException(problems);
    }

    private static void snapshots(JsonParser p, JsonToken token, String json, String sourceName, List<DataSet> into,
            List<DataProblem> problems) throws IOException {
        if (token != JsonToken.START_ARRAY) {
            problems.add(new DataProblem(sourceName, "line " + p.currentTokenLocation().getLineNr(), "snapshots", p.getText(),
                    "an array of data set documents"));
            p.skipChildren();
            return;
        }
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            int start = (int) p.currentTokenLocation().getCharOffset();
            p.skipChildren();
            int end = (int) p.currentLocation().getCharOffset();
            String place = sourceName + " snapshots[" + i + "]";
            try {
                into.add(DataSetJson.parse(json.substring(start, end), place));
            } catch (InvalidDataException e) {
                problems.addAll(e.problems());
            }
            i++;
        }
    }

    private static void observations(JsonParser p, JsonToken token, String sourceName, List<DatedValue> into,
            List<DataProblem> problems) throws IOException {
        if (token != JsonToken.START_ARRAY) {
            problems.add(new DataProblem(sourceName, "line " + p.currentTokenLocation().getLineNr(), "observations", p.getText(),
                    "an array of dated values"));
            p.skipChildren();
            return;
        }
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String where = "observations[" + i + "] line " + p.currentTokenLocation().getLineNr();
            if (p.currentToken() != JsonToken.START_OBJECT) {
                problems.add(new DataProblem(sourceName, where, "", p.getText(), "an object: indicator, value, date, source"));
                p.skipChildren();
                i++;
                continue;
            }
            String indicator = null;
            String value = null;
            String date = null;
            String source = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                String text = t.isScalarValue() ? p.getText() : null;
                p.skipChildren();
                switch (field) {
                    case "indicator" -> indicator = text;
                    case "value" -> value = text;
                    case "date" -> date = text;
                    case "source" -> source = text;
                    default -> problems.add(new DataProblem(sourceName, where, field, "", "one of indicator, value, date, source"));
                }
            }
            DatedValue v = datedValue(sourceName, where, indicator, value, date, source, problems);
            if (v != null) {
                into.add(v);
            }
            i++;
        }
    }

    /** A dated value from its four fields as text, or null with its problems added. */
    static DatedValue datedValue(String sourceName, String where, String indicator, String value, String date, String source,
            List<DataProblem> problems) {
        int before = problems.size();
        if (indicator == null || indicator.isBlank()) {
            problems.add(new DataProblem(sourceName, where, "indicator", indicator == null ? "" : indicator, "an indicator name"));
        }
        BigDecimal number = null;
        try {
            number = value == null ? null : new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            number = null;
        }
        if (number == null) {
            problems.add(new DataProblem(sourceName, where, "value", value == null ? "" : value, "a decimal number, such as 85.3"));
        }
        LocalDate day = null;
        try {
            day = date == null ? null : LocalDate.parse(date.trim());
        } catch (DateTimeParseException e) {
            day = null;
        }
        if (day == null) {
            problems.add(new DataProblem(sourceName, where, "date", date == null ? "" : date, "a date as yyyy-mm-dd"));
        }
        if (source == null || source.isBlank()) {
            problems.add(new DataProblem(sourceName, where, "source", source == null ? "" : source,
                    "where the value comes from (a bulletin, a report)"));
        }
        return problems.size() == before ? new DatedValue(indicator, number, day, source) : null;
    }

    /** Writes a series to a file. */
    public static void write(DataSetSeries series, Path file) throws IOException {
        Checks.notNull(file, "file");
        Files.writeString(file, toJson(series), StandardCharsets.UTF_8);
    }

    /** The series as JSON text: each snapshot as {@link DataSetJson} writes it. */
    public static String toJson(DataSetSeries series) {
        Checks.notNull(series, "series");
        StringWriter w = new StringWriter();
        try (Writer writer = w; JsonGenerator g = FACTORY.createGenerator(writer)) {
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", VERSION);
            g.writeStringField("name", series.name());
            g.writeFieldName("snapshots");
            g.writeStartArray();
            for (DataSet d : series.snapshots()) {
                g.writeRaw('\n');
                g.writeRawValue(DataSetJson.toJson(d));
            }
            g.writeEndArray();
            g.writeFieldName("observations");
            g.writeStartArray();
            for (DatedValue v : series.observations()) {
                g.writeRaw('\n');
                g.writeStartObject();
                g.writeStringField("indicator", v.indicator());
                g.writeFieldName("value");
                g.writeNumber(v.value().toPlainString());
                g.writeStringField("date", v.date().toString());
                g.writeStringField("source", v.source());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString() + "\n";
    }
}
