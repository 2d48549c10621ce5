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

import static org.junheng.core.gen.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junheng.core.gen.DomainGens;
import org.junheng.core.internal.StudentRow;
import org.junheng.core.model.DataProblem;
import org.junheng.core.model.RecordType;
import org.junheng.core.model.Student;
import org.junheng.core.model.StudentList;
import org.junit.jupiter.api.Test;

/**
 * The direct way of reading students ({@link StudentDecoder} with {@link StudentRow}) against the ordinary
 * way ({@link RecordReader}, the codec and the {@link Student} constructor): it may leave a record to the
 * ordinary way, but a record it takes must be the very student the ordinary way makes.
 */
class StudentDecoderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FIELDS = Codecs.of(RecordType.STUDENTS).fields();
    private static final String ABSENT = "<absent>";
    private static final List<String> DATES = List.of(ABSENT, "null", "\"2010-05-31\"", "\"2012-02-29\"",
            "\"2010-02-29\"", "\"2010-04-31\"", "\"2010-04-30\"", "\"1899-12-31\"", "\"1900-01-01\"", "\"2149-12-31\"",
            "\"2150-01-01\"", "\"0001-01-01\"", "\"2010-13-01\"", "\"2010-00-10\"", "\"2010-05-00\"", "\"2010-5-31\"",
            "\"20100531\"", "\"2010-05-3\\u0031\"", "\"2016-09-01\"", "\"2003-01-01\"", "2010");
    /** The same, a usual birth date first. */
    private static final List<String> BIRTH_DATES = List.of("\"2010-05-31\"", "\"2016-09-01\"", ABSENT, "null",
            "\"1900-01-01\"", "\"2010-02-29\"", "\"2150-01-01\"", "\"2010-5-31\"", "2010");
    private static final List<String> FLAGS = List.of("true", "false", "true", "false", "\"true\"", "\"false\"", "1",
            "null", ABSENT, "\"TRUE\"");
    /** Values per field, in the codec's order: the usual ones and those at and past every edge of the direct way. */
    private static final List<List<String>> VALUES = List.of(
            List.of("\"P1\"", "\"S1-P2\"", "\"P1\"", "\" P1\"", "\"P1 \"", "\"P 1\"", "\"学1\"", "\"\"", "\"P\u00e9\"",
                    "\"P\\u0031\"", "\"\\u200bP\"", "\"P\\u007f\"", "7", "true", "null", ABSENT),
            List.of(ABSENT, "\"张三\"", "\"Ann\"", "\" \"", "\"\"", "\"\\t\"", "\"A\\u0001\"", "\"\\u001f\"",
                    "\"\u00e9\"", "\"\u3000\"", "\"A\\\"B\"", "\"A,B\"", "5", "null",
                    "\"\\r\"", "\"\\u000b\"", "\"\\u000c\"", "\"\\u001c\"", "\"\\u0008\"", "\"\\u000e\""),
            List.of("\"S1\"", ABSENT, "\"S1\"", "\"S2\"", "\" S1\"", "\"学校\"", "\"\"", "\"S\\u0031\"", "3", "null"),
            List.of("\"PRIMARY\"", "\"PRESCHOOL\"", "\"JUNIOR\"", "\"SENIOR_HIGH\"", "\"UNDERGRADUATE\"",
                    "\"NOT_ENROLLED\"", "\"JUNIOR_COLLEGE\"", "\"primary\"", "\"PRIMARYX\"",
                    "\"SECONDARY_VOCATIONALX\"", "\"\"", "\"PRIM\\u0041RY\"", "1",
                    "null", ABSENT),
            List.of("3", ABSENT, "0", "1", "6", "7", "12", "13", "-1", "3.0", "\"3\"", "4294967297",
                    "1234567890123456789", "null"),
            List.of("\"MALE\"", "\"FEMALE\"", "\"FEMALEX\"", "\"male\"", "\"\"", "1", "null", ABSENT),
            BIRTH_DATES, DATES,
            List.of(ABSENT, "\"210199\"", "\"010000\"", "\"009999\"", "\"21019\"", "\"2101990\"", "210199",
                    "\"21O199\"", "null"),
            FLAGS, FLAGS, DATES, DATES,
            List.of("\"NONE\"", "\"MINIMUM_LIVING\"", "\"POVERTY_MONITORING\"", "\"MINIMUM_LIVING_MARGINX\"", "\"none\"", "\"\"", "0", "null", ABSENT),
            FLAGS, FLAGS, FLAGS, DATES);

    /** The record as a JSON object, field by field; {@code unknown} adds a field of no student. */
    private static String json(List<String> values, boolean unknown) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < FIELDS.size(); i++) {
            if (!values.get(i).equals(ABSENT)) {
                json.append(json.length() == 1 ? "" : ",").append('"').append(FIELDS.get(i)).append("\":")
                        .append(values.get(i));
            }
        }
        return json.append(unknown ? ",\"age\":7}" : "}").toString();
    }

    /** The record as the reader keeps it, scanned from a CSV row under a header of every field; quoted or not. */
    private static CsvRow csvRow(List<String> values, boolean quoted) {
        List<String> cells = new ArrayList<>();
        for (String v : values) {
            String text;
            try {
                text = v.equals(ABSENT) || v.equals("null") ? "" : v.startsWith("\"") ? JSON.readValue(v, String.class) : v;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            boolean quote = !text.isEmpty() && (quoted || text.matches("(?s).*[\",\r\n].*"));
            cells.add(quote ? '"' + text.replace("\"", "\"\"") + '"' : text);
        }
        try {
            CsvScanner s = new CsvScanner(new ByteArrayInputStream(String.join(",", cells).getBytes(StandardCharsets.UTF_8)));
            assertTrue(s.next());
            assertEquals(FIELDS.size(), s.cells());
            return new CsvRow.Keeper(new CsvRow.Columns(FIELDS, FIELDS)).keep(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The student the ordinary way makes of the record; null when it reports a problem. */
    private static Student ordinary(Fields fields) {
        List<DataProblem> problems = new ArrayList<>();
        RecordReader reader = new RecordReader("students", (index, line) -> "here", problems,
                new RecordReader.Canonical());
        Student s = (Student) Codecs.of(RecordType.STUDENTS).read(reader.start(fields, 0, 1));
        assertEquals(s == null, !problems.isEmpty(), problems::toString);
        return s;
    }

    /** The students the direct way adds of the record: none or one. */
    private static StudentList direct(Fields fields) {
        StudentList.Builder students = StudentList.builder();
        StudentRow row = new StudentRow();
        if (new StudentDecoder(new RecordReader.Canonical()).read(fields, row)) {
            row.addTo(students);
        }
        return students.build();
    }

    /** Counts of records taken the direct way and left to the ordinary one, to show both were tried. */
    private final int[] ways = new int[2];

    private void assertTheSameStudent(Fields fields, String record) {
        StudentList direct = direct(fields);
        if (direct.isEmpty()) {
            ways[1]++;
            return;
        }
        ways[0]++;
        Student ordinary = ordinary(fields);
        assertNotNull(ordinary, () -> "taken directly, refused the ordinary way: " + record);
        assertEquals(List.of(ordinary), direct, record);
        assertEquals(StudentList.copyOf(List.of(ordinary)), direct, record);
    }

    @Test
    void propertyAStudentReadDirectlyIsTheOneTheOrdinaryWayMakes() {
        qt().withExamples(3000).forAll(lists().of(integers().between(0, 1 << 20)).ofSize(FIELDS.size() + 1))
                .checkAssert(picks -> {
                    List<String> values = new ArrayList<>();
                    for (int i = 0; i < FIELDS.size(); i++) {
                        // the first value of each field, the usual one, seven times in eight: whole records get through
                        List<String> choices = VALUES.get(i);
                        int pick = picks.get(i);
                        values.add(choices.get(pick % 8 != 0 ? 0 : pick / 8 % choices.size()));
                    }
                    int extra = picks.get(FIELDS.size());
                    String json = json(values, extra % 7 == 0);
                    assertTheSameStudent(ScannedRecords.student(json), json);
                    assertTheSameStudent(csvRow(values, extra % 2 == 0), "CSV of " + json);
                });
        assertTrue(ways[0] > 100 && ways[1] > 100, () -> "direct " + ways[0] + ", ordinary " + ways[1]);
    }

    /** A student at a graded stage, one in higher education without a school, one not enrolled. */
    private static final List<List<String>> BASES = List.of(usual(Map.of()),
            usual(Map.of(2, ABSENT, 3, "\"UNDERGRADUATE\"", 4, ABSENT)),
            usual(Map.of(2, ABSENT, 3, "\"NOT_ENROLLED\"", 4, "0")));

    /** Every field's usual value (the first of its list), some replaced by position. */
    private static List<String> usual(Map<Integer, String> replaced) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < FIELDS.size(); i++) {
            values.add(replaced.getOrDefault(i, VALUES.get(i).get(0)));
        }
        return values;
    }

    @Test
    void everyValueOfEveryFieldAloneInAUsualStudentIsReadAsTheOrdinaryWayReadsIt() {
        for (List<String> base : BASES) {
            for (int i = 0; i < FIELDS.size(); i++) {
                for (String value : VALUES.get(i)) {
                    List<String> values = new ArrayList<>(base);
                    values.set(i, value);
                    String json = json(values, false);
                    assertTheSameStudent(ScannedRecords.student(json), json);
                    assertTheSameStudent(csvRow(values, false), "CSV of " + json);
                    assertTheSameStudent(csvRow(values, true), "quoted CSV of " + json);
                }
            }
        }
        assertTrue(ways[0] > 300 && ways[1] > 300, () -> "direct " + ways[0] + ", ordinary " + ways[1]);
    }

    /** Values at the edges of what the direct way takes, by field position; each must be taken directly. */
    private static final List<Map.Entry<Integer, String>> EDGES = List.of(Map.entry(6, "\"1900-01-01\""),
            Map.entry(6, "\"2149-12-31\""), Map.entry(6, "\"2012-02-29\""), Map.entry(6, "\"2010-01-01\""),
            Map.entry(6, "\"2010-11-30\""), Map.entry(7, "\"2149-12-31\""), Map.entry(11, "\"2010-05-31\""),
            Map.entry(17, "\"2010-06-01\""), Map.entry(8, "\"010000\""), Map.entry(8, "\"999999\""), Map.entry(4, "1"),
            Map.entry(4, "6"), Map.entry(0, "\"P~1\""), Map.entry(0, "\"!\""), Map.entry(0, "\"P 1\""),
            Map.entry(2, "\"S~1\""), Map.entry(1, "\"~\""), Map.entry(1, "\"Ann Lee\""), Map.entry(1, "\" A\""),
            Map.entry(1, "\"\u00e9\""), Map.entry(3, "\"SENIOR_HIGH\""), Map.entry(13, "\"POVERTY_MONITORING\""));
    /** Names that JSON writes with an escape (so it leaves them) but CSV holds as they are: none is blank. */
    private static final List<String> CSV_NAMES = List.of("A\\b", "\\u0008", "\\u000e", "\\u001b", "\\u007f", "A\\t");

    @Test
    void theDirectWayTakesEveryValueAtTheEdgesOfItsRange() {
        for (Map.Entry<Integer, String> edge : EDGES) {
            List<String> values = usual(edge.getKey() == 3 ? Map.of(3, edge.getValue(), 4, "2")
                    : Map.of(edge.getKey(), edge.getValue()));
            String json = json(values, false);
            for (Fields fields : List.of(ScannedRecords.student(json), csvRow(values, false), csvRow(values, true))) {
                assertEquals(List.of(ordinary(fields)), direct(fields), json);
            }
        }
        for (String name : CSV_NAMES) {
            List<String> values = usual(Map.of(1, '"' + name + '"'));
            CsvRow row = csvRow(values, false);
            assertEquals(List.of(ordinary(row)), direct(row), name);
        }
    }

    @Test
    void theStudentsOfASchoolInARowShareItsIdString() {
        StudentDecoder decoder = new StudentDecoder(new RecordReader.Canonical());
        StudentList.Builder students = StudentList.builder();
        StudentRow row = new StudentRow();
        for (String id : List.of("\"P1\"", "\"P2\"", "\"P3\"")) {
            assertTrue(decoder.read(ScannedRecords.student(json(usual(Map.of(0, id)), false)), row), id);
            assertTrue(row.addTo(students), id);
        }
        StudentList list = students.build();
        assertEquals(List.of("P1", "P2", "P3"), list.stream().map(Student::id).toList());
        assertTrue(list.get(0).schoolId() == list.get(2).schoolId(), "one string for the school");
    }

    @Test
    void propertyEveryPlainStudentWrittenByTheLibraryIsReadDirectly() {
        RecordCodec<?> codec = Codecs.of(RecordType.STUDENTS);
        qt().forAll(DomainGens.students()).checkAssert(student -> {
            List<String> values = new ArrayList<>();
            for (Object v : codec.values(student)) {
                try {
                    values.add(v == null ? ABSENT : v instanceof Boolean || v instanceof Number ? v.toString()
                            : JSON.writeValueAsString(v.toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            for (Fields fields : List.of(ScannedRecords.student(json(values, false)), csvRow(values, false), csvRow(values, true))) {
                assertEquals(List.of(student), direct(fields), student::toString);
            }
        });
    }
}
