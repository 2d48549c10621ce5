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

import static org.junheng.core.gen.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junheng.Junheng;
import org.junheng.core.policy.Policies;
import org.junheng.core.value.Label;
import org.junheng.core.value.Language;
import org.junit.jupiter.api.Test;

/** The typed JSON report: numbers as exact numbers, rows keyed by column, verdict codes, findings, its schema. */
class ReportJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static JsonNode json(Report report, Language language) throws IOException {
        return MAPPER.readTree(report.render(ReportFormat.JSON, language));
    }

    @Test
    void numbersAreExactJsonNumbersAndRowsAreKeyedByColumn() throws IOException {
        JsonNode table = json(ReportOutputsFixture.report(), Language.EN).at("/sections/0/tables/0");
        assertEquals(List.of("year", "per_student_yuan", "growth", "fin_2", "shortfall_yuan", "note"),
                keys(table.get("columns")));
        JsonNode row = table.at("/rows/1");
        assertTrue(row.get("per_student_yuan").isNumber(), row.toString());
        assertEquals(new BigDecimal("14505.67"), row.get("per_student_yuan").decimalValue());
        assertEquals(new BigDecimal("-1.35"), row.get("growth").decimalValue());
        assertEquals(ReportOutputsFixture.SHORTFALL, row.get("shortfall_yuan").decimalValue());
        assertEquals("2023", row.get("year").asText());
        assertTrue(table.at("/rows/0/shortfall_yuan").isNull(), "an empty cell is null");
        assertEquals("yuan", table.at("/columns/1/unit").asText());
        assertEquals("percent", table.at("/columns/2/unit").asText());
        assertTrue(table.at("/columns/0/unit").isNull(), "a column of text has no unit");
    }

    @Test
    void aLargeNumberIsWrittenInPlainNotation() {
        String json = ReportOutputsFixture.report().render(ReportFormat.JSON, Language.EN);
        assertTrue(json.contains("\"value\" : 10000000,"), json);
        assertTrue(!json.contains("1E+7"), json);
    }

    @Test
    void verdictsAreACodeAndALabelInTheLanguage() throws IOException {
        JsonNode en = json(ReportOutputsFixture.report(), Language.EN);
        JsonNode zh = json(ReportOutputsFixture.report(), Language.ZH);
        assertEquals("NOT_MET", en.at("/sections/0/tables/0/rows/1/fin_2/code").asText());
        assertEquals("not met", en.at("/sections/0/tables/0/rows/1/fin_2/label").asText());
        assertEquals("NOT_MET", zh.at("/sections/0/tables/0/rows/1/fin_2/code").asText());
        assertEquals("未达标", zh.at("/sections/0/tables/0/rows/1/fin_2/label").asText());
        assertEquals("SHORT_OF_AIM", en.at("/sections/1/tables/0/rows/0/aim/code").asText());
        assertEquals("zh", zh.get("language").asText());
        assertEquals(keys(en.at("/sections/0/tables/0/columns")), keys(zh.at("/sections/0/tables/0/columns")),
                "keys do not change with the language");
    }

    @Test
    void repeatedAndNonAsciiLabelsGetUniqueKeys() throws IOException {
        JsonNode table = json(ReportOutputsFixture.report(), Language.ZH).at("/sections/1/tables/0");
        assertEquals(List.of("value", "value_2", "column_3", "aim"), keys(table.get("columns")));
        assertEquals(12, table.at("/rows/0/value_2").intValue());
    }

    @Test
    void findingsCarryRuleVerdictNumbersUnitAndFacts() throws IOException {
        JsonNode findings = json(ReportOutputsFixture.report(), Language.EN).at("/sections/0/findings");
        assertEquals(2, findings.size());
        JsonNode fin2 = findings.get(0);
        assertEquals("FIN-2", fin2.get("rule").asText());
        assertEquals("210199 2023", fin2.get("subject").asText());
        assertEquals("NOT_MET", fin2.at("/verdict/code").asText());
        assertEquals(new BigDecimal("14505.67"), fin2.get("value").decimalValue());
        assertEquals(new BigDecimal("14704.41"), fin2.get("threshold").decimalValue());
        assertEquals(ReportOutputsFixture.SHORTFALL, fin2.get("shortfall").decimalValue());
        assertEquals("yuan", fin2.get("unit").asText());
        assertEquals(List.of("perStudent2023", "perStudent2022"), names(fin2.get("facts")));
        JsonNode rot8 = findings.get(1);
        assertEquals("REPORTED", rot8.at("/verdict/code").asText());
        assertTrue(rot8.get("value").isNull() && rot8.get("threshold").isNull() && rot8.get("unit").isNull(), rot8.toString());
    }

    /** Every object the writer makes has exactly the properties the schema resource requires of it. */
    @Test
    void theDocumentHasTheFieldsItsSchemaNames() throws IOException {
        JsonNode schema;
        try (InputStream in = ReportFormat.class.getResourceAsStream("report.schema.json")) {
            schema = MAPPER.readTree(in);
        }
        JsonNode doc = json(ReportOutputsFixture.report(), Language.EN);
        assertEquals(required(schema), new TreeSet<>(names(doc)));
        JsonNode defs = schema.get("$defs");
        assertEquals(required(defs.get("section")), new TreeSet<>(names(doc.at("/sections/0"))));
        assertEquals(required(defs.get("table")), new TreeSet<>(names(doc.at("/sections/0/tables/0"))));
        assertEquals(required(defs.at("/table/properties/columns/items")),
                new TreeSet<>(names(doc.at("/sections/0/tables/0/columns/0"))));
        assertEquals(required(defs.get("finding")), new TreeSet<>(names(doc.at("/sections/0/findings/0"))));
        assertEquals(required(defs.get("verdict")), new TreeSet<>(names(doc.at("/sections/0/findings/0/verdict"))));
        assertEquals(ReportJson.VERSION, schema.at("/properties/version/const").intValue());
    }

    /** Whatever the labels, every column gets a key of the documented pattern, unique in its table. */
    @Test
    void anyColumnLabelsGetUniqueKeysOfThePattern() {
        qt().forAll(lists().of(strings().allPossible().ofLengthBetween(1, 12)).ofSizeBetween(1, 8)).checkAssert(labels -> {
            List<Label> columns = labels.stream().map(l -> Label.of("列", l.isBlank() ? "-" : l)).toList();
            List<String> keys = TableKeys.columnKeys(Table.ofText(Label.of("表", "t"), columns, List.of()));
            assertEquals(columns.size(), new TreeSet<>(keys).size(), keys.toString());
            keys.forEach(k -> assertTrue(k.matches("[a-z0-9]+(_[a-z0-9]+)*"), k));
        });
    }

    @Test
    void theSampleReportIsTheSameBytesRunAfterRun() {
        String first = Junheng.report(Junheng.sampleSeries(), Policies.shenyang()).render(ReportFormat.JSON, Language.ZH);
        String second = Junheng.report(Junheng.sampleSeries(), Policies.shenyang()).render(ReportFormat.JSON, Language.ZH);
        assertEquals(first, second);
    }

    private static Set<String> required(JsonNode schema) {
        Set<String> names = new TreeSet<>();
        schema.get("required").forEach(n -> names.add(n.asText()));
        return names;
    }

    private static List<String> keys(JsonNode columns) {
        List<String> keys = new ArrayList<>();
        columns.forEach(c -> keys.add(c.get("key").asText()));
        return keys;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
