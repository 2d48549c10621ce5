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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junheng.core.gen.Properties.qt;

import java.util.List;
import org.junheng.core.gen.DomainGens;
import org.junheng.core.model.DataProblem;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.InvalidDataException;
import org.junheng.core.sample.SampleCounty;
import org.junit.jupiter.api.Test;

class DataSetJsonTest {

    private static final String HEAD = "{\"format\":\"junheng-dataset\",\"version\":1,\"name\":\"t\",\"asOf\":\"2026-09-01\",\n";
    private static final String JURISDICTIONS = "\"jurisdictions\":[{\"code\":\"210100\",\"name\":\"沈阳市\"},\n"
            + "{\"code\":\"210199\",\"name\":\"示例县\",\"parent\":\"210100\"}]";

    private static List<DataProblem> problems(String json) {
        return assertThrows(InvalidDataException.class, () -> DataSetJson.parse(complete(json), "t.json")).problems();
    }

    /** The document with an empty array for each type it leaves out, before its closing brace. */
    static String complete(String json) {
        if (!json.strip().endsWith("}")) {
            return json;
        }
        StringBuilder s = new StringBuilder(json.substring(0, json.lastIndexOf('}')));
        for (org.junheng.core.model.RecordType t : org.junheng.core.model.RecordType.values()) {
            if (!json.contains("\"" + t.key() + "\":")) {
                s.append(s.toString().strip().endsWith("{") ? "" : ",").append('"').append(t.key()).append("\":[]");
            }
        }
        return s.append('}').toString();
    }

    @Test
    void theSampleRoundTrips() {
        DataSet sample = SampleCounty.dataSet();
        assertEquals(sample, DataSetJson.parse(DataSetJson.toJson(sample), "sample.json"));
    }

    @Test
    void propertyWritingThenReadingGivesAnEqualDataSet() {
        qt().withExamples(100).forAll(DomainGens.dataSets())
                .check(d -> DataSetJson.parse(DataSetJson.toJson(d), "generated.json").equals(d));
    }

    @Test
    void aDocumentWrittenAnotherWayReadsTheSame() throws Exception {
        // blanks around colons, fields in another order, escapes: every record takes the reader's slow path
        DataSet sample = SampleCounty.dataSet();
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper()
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(DataSetJson.toJson(sample));
        for (var records : (Iterable<com.fasterxml.jackson.databind.JsonNode>) () -> tree.elements()) {
            for (var record : records) {
                if (record instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
                    var names = new java.util.ArrayList<String>();
                    o.fieldNames().forEachRemaining(names::add);
                    java.util.Collections.reverse(names);
                    var reversed = mapper.createObjectNode();
                    names.forEach(n -> reversed.set(n, o.get(n)));
                    o.removeAll();
                    o.setAll(reversed);
                }
            }
        }
        String pretty = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(tree)
                .replace("\"id\" :", "\"\\u0069d\" :");
        assertTrue(pretty.contains("\"\\u0069d\" : "), pretty.substring(0, 300));
        assertEquals(sample, DataSetJson.parse(pretty, "pretty.json"));
    }

    @Test
    void oneRecordALine() {
        String json = DataSetJson.toJson(DataSetJson.parse(complete(HEAD + JURISDICTIONS + "}"), "t.json"));
        assertTrue(json.contains("\"jurisdictions\":[\n{\"code\":\"210100\",\"name\":\"沈阳市\"},\n{\"code\""), json);
    }

    @Test
    void everyProblemIsReportedWithItsPlace() {
        String json = HEAD + JURISDICTIONS + ",\n\"schools\":[\n"
                + "{\"id\":\"S1\",\"name\":\"一小\",\"jurisdiction\":\"210199\",\"type\":\"PRIMRY\",\"ownership\":\"PUBLIC\","
                + "\"inclusive\":true,\"location\":\"URBAN\",\"weak\":false,\"teachingPoint\":false},\n"
                + "{\"id\":\"S2\",\"name\":\"二小\",\"jurisdiction\":\"210199\",\"type\":\"PRIMARY\",\"ownership\":\"PUBLIC\","
                + "\"inclusive\":\"yes\",\"location\":\"URBAN\",\"weak\":false,\"teachingPoint\":false,\"colour\":\"red\"}],\n"
                + "\"classes\":[{\"id\":\"C1\",\"schoolId\":\"S9\",\"stage\":\"PRIMARY\",\"grade\":1,\"size\":-4}]}";
        List<DataProblem> problems = problems(json);
        assertEquals(4, problems.size(), problems.toString());
        DataProblem type = problems.get(0);
        assertEquals("t.json", type.source());
        assertEquals("schools[0] (line 5)", type.location());
        assertEquals("type", type.field());
        assertEquals("PRIMRY", type.value());
        assertEquals("colour", problems.get(1).field(), "an unknown field is usually a typo");
        assertEquals("inclusive", problems.get(2).field());
        assertEquals("size", problems.get(3).field());
        assertEquals("classes[0] (line 7)", problems.get(3).location());
    }

    @Test
    void brokenReferencesAndDuplicateIdsAreProblemsToo() {
        String school = "{\"id\":\"S1\",\"name\":\"一小\",\"jurisdiction\":\"210199\",\"type\":\"PRIMARY\","
                + "\"ownership\":\"PUBLIC\",\"inclusive\":true,\"location\":\"URBAN\",\"weak\":false,\"teachingPoint\":false}";
        String json = HEAD + JURISDICTIONS + ",\n\"schools\":[\n" + school + ",\n" + school + "],\n"
                + "\"classes\":[{\"id\":\"C1\",\"schoolId\":\"S9\",\"stage\":\"PRIMARY\",\"grade\":1,\"size\":40},\n"
                + "{\"id\":\"C2\",\"schoolId\":\"S1\",\"stage\":\"JUNIOR\",\"grade\":1,\"size\":40}]}";
        List<DataProblem> problems = problems(json);
        assertEquals(3, problems.size(), problems.toString());
        assertEquals("schools[1] (line 6)", problems.get(0).location());
        assertEquals("id", problems.get(0).field());
        assertEquals("schoolId", problems.get(1).field());
        assertEquals("S9", problems.get(1).value());
        assertEquals("stage", problems.get(2).field());
    }

    @Test
    void malformedJsonIsOneProblemWithLineAndColumn() {
        List<DataProblem> problems = problems(HEAD + "\"jurisdictions\":[{\"code\":}");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).location().startsWith("line 2 column"), problems.toString());
    }

    @Test
    void inputBeyondSaneLimitsIsRefused() {
        String deep = HEAD + "\"jurisdictions\":" + "[".repeat(20) + "]".repeat(20) + "}";
        assertTrue(problems(deep).stream().anyMatch(p -> p.expected().contains("within limits")), problems(deep).toString());
        String longNumber = HEAD + JURISDICTIONS + ",\"funding\":[{\"year\":" + "9".repeat(100) + "}]}";
        assertTrue(problems(longNumber).stream().anyMatch(p -> p.expected().contains("within limits")),
                problems(longNumber).toString());
    }

    @Test
    void missingNameAndDateAreReported() {
        List<DataProblem> problems = problems("{\"format\":\"junheng-dataset\",\"version\":1}");
        assertEquals("name", problems.get(0).field());
    }

    @Test
    void unknownTopLevelFieldsAreReported() {
        List<DataProblem> problems = problems(HEAD + JURISDICTIONS + ",\"studnets\":[]}");
        assertEquals("studnets", problems.get(0).field());
    }

    @Test
    void propertyEveryInjectedDefectIsReportedAtItsRecord() {
        qt().withExamples(100).forAll(DomainGens.dataSets(), org.quicktheories.generators.SourceDSL.integers().between(0, 7))
                .check((d, pick) -> {
                    if (d.schools().isEmpty()) {
                        return true;
                    }
                    int k = pick % d.schools().size();
                    String[] lines = DataSetJson.toJson(d).split("\n", -1);
                    int seen = -1;
                    boolean inSchools = false;
                    for (int i = 0; i < lines.length; i++) {
                        inSchools = lines[i].startsWith("\"schools\":") || (inSchools && !lines[i].startsWith("\""));
                        if (inSchools && lines[i].startsWith("{") && ++seen == k) {
                            lines[i] = lines[i].replaceFirst("\"type\":\"[A-Z_]+\"", "\"type\":\"NOPE\"");
                        }
                    }
                    List<DataProblem> problems = assertThrows(InvalidDataException.class,
                            () -> DataSetJson.parse(String.join("\n", lines), "d.json")).problems();
                    return problems.stream().anyMatch(p -> p.location().startsWith("schools[" + k + "]")
                            && p.field().equals("type") && p.value().equals("NOPE"));
                });
    }
}
