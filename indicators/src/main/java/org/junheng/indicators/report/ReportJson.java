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

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junheng.core.value.Label;
import org.junheng.core.value.Language;
import org.junheng.indicators.rules.Finding;
import org.junheng.indicators.rules.Measure;
import org.junheng.indicators.rules.Unit;
import org.junheng.indicators.rules.Verdict;

/**
 * The typed JSON report ({@code "format": "junheng-report"}, version 2; its schema is the resource
 * {@code report.schema.json} beside this class): numbers as exact JSON numbers, rows as objects keyed by
 * column, verdicts as a code and a label, each section's findings with their numbers and facts.
 */
final class ReportJson {
    /** Version of the document's shape; raised when a field changes meaning or goes away. */
    static final int VERSION = 2;

    // plain notation: a BigDecimal such as 1E+3 would otherwise be written in scientific form
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private ReportJson() {
    }

    static String render(Report r, Language l) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", "junheng-report");
            g.writeNumberField("version", VERSION);
            g.writeStringField("language", l.name().toLowerCase(Locale.ROOT));
            g.writeStringField("title", r.title().in(l));
            g.writeStringField("dataSet", r.dataSet());
            g.writeStringField("asOf", r.asOf().toString());
            g.writeStringField("policy", r.policy());
            g.writeArrayFieldStart("sections");
            for (Section section : r.sections()) {
                g.writeStartObject();
                g.writeStringField("title", section.title().in(l));
                g.writeArrayFieldStart("tables");
                for (Table t : section.tables()) {
                    table(g, t, l);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("notes");
                for (Label n : section.notes()) {
                    g.writeString(n.in(l));
                }
                g.writeEndArray();
                g.writeArrayFieldStart("findings");
                for (Finding f : section.findings()) {
                    finding(g, f, l);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w + "\n";
    }

    private static void table(JsonGenerator g, Table t, Language l) throws IOException {
        List<String> keys = TableKeys.columnKeys(t);
        g.writeStartObject();
        g.writeStringField("title", t.title().in(l));
        g.writeArrayFieldStart("columns");
        for (int i = 0; i < keys.size(); i++) {
            g.writeStartObject();
            g.writeStringField("key", keys.get(i));
            g.writeStringField("label", t.columns().get(i).in(l));
            Optional<Unit> unit = TableKeys.columnUnit(t, i);
            if (unit.isPresent()) {
                g.writeStringField("unit", unitCode(unit.get()));
            } else {
                g.writeNullField("unit");
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rows");
        for (List<Cell> row : t.cells()) {
            g.writeStartObject();
            for (int i = 0; i < keys.size(); i++) {
                g.writeFieldName(keys.get(i));
                cell(g, row.get(i), l);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void cell(JsonGenerator g, Cell c, Language l) throws IOException {
        if (c instanceof Cell.Number n) {
            g.writeNumber(n.value());
        } else if (c instanceof Cell.Judged j) {
            verdict(g, j.verdict(), l);
        } else if (c instanceof Cell.Empty) {
            g.writeNull();
        } else {
            g.writeString(c.in(l));
        }
    }

    private static void verdict(JsonGenerator g, Verdict v, Language l) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", v.name());
        g.writeStringField("label", v.label().in(l));
        g.writeEndObject();
    }

    private static void finding(JsonGenerator g, Finding f, Language l) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", f.rule());
        g.writeStringField("subject", f.subject());
        g.writeFieldName("verdict");
        verdict(g, f.verdict(), l);
        g.writeStringField("explanation", f.explanation().in(l));
        Optional<Measure> m = f.measure();
        number(g, "value", m.map(Measure::value));
        number(g, "threshold", m.flatMap(Measure::threshold));
        number(g, "shortfall", m.flatMap(Measure::shortfall));
        if (m.isPresent()) {
            g.writeStringField("unit", unitCode(m.get().unit()));
        } else {
            g.writeNullField("unit");
        }
        g.writeObjectFieldStart("facts");
        for (Map.Entry<String, String> fact : f.facts().entrySet()) {
            g.writeStringField(fact.getKey(), fact.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String field, Optional<BigDecimal> value) throws IOException {
        g.writeFieldName(field);
        if (value.isPresent()) {
            g.writeNumber(value.get());
        } else {
            g.writeNull();
        }
    }

    /** {@code yuan}, {@code count}, {@code percent} or {@code plain}: stable codes for programs. */
    static String unitCode(Unit unit) {
        return unit.name().toLowerCase(Locale.ROOT);
    }
}
