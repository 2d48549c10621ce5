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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junheng.core.model.DataProblem;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.InvalidDataException;
import org.junheng.core.sample.SyntheticDataSets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs of many batches of records, so that records are made on the reader's worker threads: every
 * problem still comes with its place, in the order of the input.
 */
class ReadingManyRecordsTest {
    private static DataSet county;
    private static String json;

    @BeforeAll
    static void generate() {
        county = SyntheticDataSets.generate(SyntheticDataSets.Scale.COUNTY, 1);
        json = DataSetJson.toJson(county);
        assertTrue(county.students().size() > 4 * RecordBatches.BATCH, "the input spans several batches");
    }

    @Test
    void aLargeDataSetReadsBackEqualFromJsonAndCsv(@TempDir Path dir) throws IOException {
        assertEquals(county, DataSetJson.parse(json, "county.json"));
        DataSetCsv.write(county, dir);
        assertEquals(county, DataSetCsv.read(dir));
    }

    @Test
    void problemsInEveryBatchAreNamedWithTheirPlaceInInputOrder() {
        List<String> lines = new ArrayList<>(Arrays.asList(json.split("\n", -1)));
        int first = lines.indexOf("\"students\":[") + 1;
        int[] broken = {100, 5000, 9000, 11000};
        lines.set(first + broken[0], badGender(lines.get(first + broken[0])));
        lines.set(first + broken[1], badGender(lines.get(first + broken[1])));
        lines.set(first + broken[2], lines.get(first + broken[2]).replaceFirst("\\{", "{\"boarding\":false,"));
        lines.set(first + broken[3], "7,");

        List<DataProblem> problems = assertThrows(InvalidDataException.class,
                () -> DataSetJson.parse(String.join("\n", lines), "county.json")).problems();

        List<String> students = problems.stream().filter(p -> p.location().startsWith("students["))
                .map(p -> p.location() + " " + p.field() + " " + p.value()).toList();
        assertEquals(List.of(
                "students[100] (line " + (first + broken[0] + 1) + ") gender X",
                "students[5000] (line " + (first + broken[1] + 1) + ") gender X",
                "students[9000] (line " + (first + broken[2] + 1) + ") boarding ",
                "students[11000] (line " + (first + broken[3] + 1) + ")  7"), students);
        assertTrue(problems.get(2).expected().contains("each field once"), problems.get(2).toString());
        assertTrue(problems.get(3).expected().contains("an object"), problems.get(3).toString());
    }

    @Test
    void csvProblemsInEveryBatchAreNamedWithTheirLineInInputOrder(@TempDir Path dir) throws IOException {
        DataSetCsv.write(county, dir);
        Path file = dir.resolve("students.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        int[] broken = {100, 5000, 9000};
        lines.set(broken[0], badGender(lines.get(broken[0])));
        lines.set(broken[1], lines.get(broken[1]) + ",extra");
        lines.set(broken[2], badGender(lines.get(broken[2])));
        Files.write(file, lines, StandardCharsets.UTF_8);

        List<DataProblem> problems = assertThrows(InvalidDataException.class, () -> DataSetCsv.read(dir)).problems();

        List<String> found = problems.stream().map(p -> p.source() + " " + p.location() + " " + p.field()).toList();
        assertEquals(List.of(
                "students.csv line " + (broken[0] + 1) + " gender",
                "students.csv line " + (broken[1] + 1) + " ",
                "students.csv line " + (broken[2] + 1) + " gender"), found);
    }

    private static String badGender(String record) {
        String changed = record.replaceFirst("\"gender\":\"(MALE|FEMALE)\"", "\"gender\":\"X\"")
                .replaceFirst(",(MALE|FEMALE),", ",X,");
        assertTrue(!changed.equals(record), record);
        return changed;
    }
}
