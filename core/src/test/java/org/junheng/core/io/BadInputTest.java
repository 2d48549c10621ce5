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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junheng.core.model.DataProblem;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.InvalidDataException;
import org.junheng.core.sample.SampleCounty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad inputs, each refused with its place: a problem naming the file, the line or record, and the field,
 * never an exception of another kind, an accepted mistake, or a refusal that does not say where.
 */
class BadInputTest {
    private static final DataSet SAMPLE = SampleCounty.dataSet();
    private static final String JSON = DataSetJson.toJson(SAMPLE);
    private static final String TEACHER = "\"id\":\"210199-S001-T003\",\"schoolId\":\"210199-S001\",\"gender\":\"FEMALE\","
            + "\"birthDate\":\"1979-07-08\"";

    @TempDir
    Path dir;

    private static String first(String text, String regex, String replacement) {
        String changed = text.replaceFirst(regex, replacement);
        assertTrue(!changed.equals(text), "the sample no longer holds " + regex);
        return changed;
    }

    private static List<DataProblem> problems(byte[] bytes) {
        return assertThrows(InvalidDataException.class,
                () -> DataSetJson.read(new ByteArrayInputStream(bytes), "county.json")).problems();
    }

    static Stream<Arguments> badJson() {
        return Stream.of(
                // name, mutation, location prefix, field
                Arguments.of("an amount past what Money holds", (UnaryOperator<String>) s -> first(s,
                        "\"expenditure\":1620000000.00", "\"expenditure\":99999999999999999999.00"), "funding[0]", "expenditure"),
                Arguments.of("an amount of 1e400", (UnaryOperator<String>) s -> first(s,
                        "\"expenditure\":1620000000.00", "\"expenditure\":1e400"), "funding[0]", "expenditure"),
                Arguments.of("an amount with a huge exponent as text", (UnaryOperator<String>) s -> first(s,
                        "\"expenditure\":1620000000.00", "\"expenditure\":\"1e999999999万元\""), "funding[0]", "expenditure"),
                Arguments.of("an area of 1e400", (UnaryOperator<String>) s -> first(s,
                        "\"teachingRoomArea\":1554", "\"teachingRoomArea\":1e400"), "resources[0]", "teachingRoomArea"),
                Arguments.of("an area of 1e-999999999", (UnaryOperator<String>) s -> first(s,
                        "\"teachingRoomArea\":1554", "\"teachingRoomArea\":1e-999999999"), "resources[0]", "teachingRoomArea"),
                Arguments.of("an ID with a trailing blank", (UnaryOperator<String>) s -> first(s,
                        "\\{\"id\":\"210199-S001-01-1\"", "{\"id\":\"210199-S001-01-1 \""), "classes[0]", "id"),
                Arguments.of("an ID with a zero-width space", (UnaryOperator<String>) s -> first(s,
                        "\\{\"id\":\"210199-S001-01-1\"", "{\"id\":\"210199-S001\u200B-01-1\""), "classes[0]", "id"),
                Arguments.of("a reference with a byte-order mark", (UnaryOperator<String>) s -> first(s,
                        "\"schoolId\":\"210199-S001\",\"stage\":\"PRESCHOOL\",\"teachingRoomArea\"",
                        "\"schoolId\":\"\uFEFF210199-S001\",\"stage\":\"PRESCHOOL\",\"teachingRoomArea\""), "resources[0]", "schoolId"),
                Arguments.of("a service period before the teacher's birth", (UnaryOperator<String>) s -> first(s,
                        "\\{\"teacherId\":\"210199-S001-T003\",\"from\":\"2002-04-12\"",
                        "{\"teacherId\":\"210199-S001-T003\",\"from\":\"1970-04-12\""), "servicePeriods[0]", "from"),
                Arguments.of("a service period after the reference date", (UnaryOperator<String>) s -> first(s,
                        "\\{\"teacherId\":\"210199-S001-T003\",\"from\":\"2002-04-12\",\"until\":\"2003-05-21\"",
                        "{\"teacherId\":\"210199-S001-T003\",\"from\":\"2027-04-12\""), "servicePeriods[0]", "from"),
                Arguments.of("an end before its start", (UnaryOperator<String>) s -> first(s,
                        "\"from\":\"2002-04-12\",\"until\":\"2003-05-21\"", "\"from\":\"2002-04-12\",\"until\":\"2001-05-21\""),
                        "servicePeriods[0]", ""),
                Arguments.of("a missing record array", (UnaryOperator<String>) s -> first(s, "\"rotations\":\\[", "\"rotationz\":["),
                        "", "rotations"),
                Arguments.of("a string past the length limit", (UnaryOperator<String>) s -> first(s,
                        "\"name\":\"示例县 Sample County\"", "\"name\":\"" + "x".repeat(20_000) + "\""), "line 4 column", ""),
                Arguments.of("a number past the length limit", (UnaryOperator<String>) s -> first(s,
                        "\"teachingRoomArea\":1554", "\"teachingRoomArea\":" + "1".repeat(100)), "line ", ""),
                Arguments.of("nesting past the limit", (UnaryOperator<String>) s -> first(s,
                        "\"rotations\":\\[", "\"rotations\":" + "[".repeat(50)), "line ", ""),
                Arguments.of("a missing name", (UnaryOperator<String>) s -> first(s, "\"name\":\"示例县 Sample County\",\n", ""),
                        "", "name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badJson")
    void aBadJsonDocumentIsRefusedWithItsPlace(String name, UnaryOperator<String> mutation, String location, String field) {
        List<DataProblem> problems = problems(mutation.apply(JSON).getBytes(StandardCharsets.UTF_8));
        assertTrue(problems.stream().allMatch(p -> p.source().equals("county.json")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.location().startsWith(location) && p.field().equals(field)),
                name + ": expected a problem at '" + location + "', field '" + field + "': " + problems);
    }

    @Test
    void textThatIsNotUtf8IsAProblemNamingTheLine() {
        byte[] gbk = JSON.getBytes(Charset.forName("GBK"));
        DataProblem p = problems(gbk).get(0);
        assertEquals("line 4", p.location(), "the name, on line 4, is the first text that is not ASCII: " + p);
        assertTrue(p.expected().contains("UTF-8"), p.toString());
        DataProblem utf16 = problems(JSON.getBytes(StandardCharsets.UTF_16LE)).get(0);
        assertEquals("line 1", utf16.location(), utf16.toString());
        assertTrue(utf16.expected().contains("UTF-16"), utf16.toString());
    }

    @Test
    void aByteOrderMarkIsAcceptedInJsonAndCsv() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] json = JSON.getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[bom.length + json.length];
        System.arraycopy(bom, 0, both, 0, 3);
        System.arraycopy(json, 0, both, 3, json.length);
        assertEquals(SAMPLE, DataSetJson.read(new ByteArrayInputStream(both), "bom.json"));
        DataSetCsv.write(SAMPLE, dir);
        for (Path f : List.of(dir.resolve("dataset.csv"), dir.resolve("schools.csv"))) {
            byte[] text = Files.readAllBytes(f);
            byte[] withBom = new byte[text.length + 3];
            System.arraycopy(bom, 0, withBom, 0, 3);
            System.arraycopy(text, 0, withBom, 3, text.length);
            Files.write(f, withBom);
        }
        assertEquals(SAMPLE, DataSetCsv.read(dir));
    }

    private List<DataProblem> csvProblems() {
        return assertThrows(InvalidDataException.class, () -> DataSetCsv.read(dir)).problems();
    }

    private void rewrite(String file, UnaryOperator<String> change) {
        try {
            Path f = dir.resolve(file);
            Files.writeString(f, change.apply(Files.readString(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean has(List<DataProblem> problems, String source, String location, String field) {
        return problems.stream().anyMatch(p -> p.source().equals(source) && p.location().startsWith(location)
                && p.field().equals(field));
    }

    @Test
    void emptyMetadataCellsAreProblemsNotCrashes() throws IOException {
        DataSetCsv.write(SAMPLE, dir);
        Files.writeString(dir.resolve("dataset.csv"), "format,version,name,asOf\n,,,\n");
        List<DataProblem> problems = csvProblems();
        for (String field : List.of("format", "version", "name", "asOf")) {
            assertTrue(has(problems, "dataset.csv", "line 2", field), field + ": " + problems);
        }
    }

    @Test
    void aCsvFileLackingAColumnIsOneProblem() throws IOException {
        DataSetCsv.write(SAMPLE, dir);
        // drop the last column, features, from the header and every row
        rewrite("schools.csv", s -> String.join("\n", s.lines().map(l -> l.substring(0, l.lastIndexOf(','))).toList()) + "\n");
        List<DataProblem> problems = csvProblems();
        assertTrue(has(problems, "schools.csv", "line 1", "features"), problems.toString());
        assertEquals(1, problems.stream().filter(p -> p.source().equals("schools.csv")).count(), problems.toString());
    }

    @Test
    void badTextInOneFileIsNamedWithItsLineAndTheOtherFilesAreStillChecked() throws IOException {
        DataSetCsv.write(SAMPLE, dir);
        Path schools = dir.resolve("schools.csv");
        Files.write(schools, Files.readString(schools).getBytes(Charset.forName("GBK")));
        rewrite("funding.csv", s -> s.replaceFirst("GENERAL_BUDGET,1620000000.00", "GENERAL_BUDGET,1e400"));
        List<DataProblem> problems = csvProblems();
        assertTrue(has(problems, "schools.csv", "line 2", ""), problems.toString());
        assertTrue(has(problems, "funding.csv", "line 2", "expenditure"), problems.toString());
    }

    @Test
    void aMissingFileAndAMissingArrayAreReportedAlike() throws IOException {
        DataSetCsv.write(SAMPLE, dir);
        Files.delete(dir.resolve("rotations.csv"));
        assertTrue(has(csvProblems(), "rotations.csv", "", ""), csvProblems().toString());
        List<DataProblem> json = problems(first(JSON, "\"rotations\":\\[", "\"rotationz\":[").getBytes(StandardCharsets.UTF_8));
        assertTrue(json.stream().anyMatch(p -> p.field().equals("rotations") && p.expected().contains("write [] when")), json.toString());
    }

    @Test
    void oneMistakeIsReportedOnceNotAtEveryReference() {
        // the first school refused for its type: the classes, teachers and students that name it are not new problems
        String json = first(JSON, "\"type\":\"[A-Z_]+\"", "\"type\":\"NOPE\"");
        List<DataProblem> problems = problems(json.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("type", problems.get(0).field());
    }

    @Test
    void idsAreCaseSensitive() {
        String json = first(JSON, "\"schoolId\":\"210199-S001\",\"stage\":\"PRESCHOOL\",\"teachingRoomArea\"",
                "\"schoolId\":\"210199-s001\",\"stage\":\"PRESCHOOL\",\"teachingRoomArea\"");
        List<DataProblem> problems = problems(json.getBytes(StandardCharsets.UTF_8));
        assertTrue(problems.stream().anyMatch(p -> p.location().startsWith("resources[0]") && p.value().equals("210199-s001")),
                problems.toString());
    }

    @Test
    void devZeroIsRefusedAtOnce() {
        byte[] zeros = new byte[1 << 20];
        DataProblem p = problems(zeros).get(0);
        assertEquals("line 1", p.location(), p.toString());
        assertTrue(TEACHER.length() > 0);
    }
}
