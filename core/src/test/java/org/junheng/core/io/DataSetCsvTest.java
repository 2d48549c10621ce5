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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junheng.core.gen.DomainGens;
import org.junheng.core.model.DataProblem;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.InvalidDataException;
import org.junheng.core.model.RecordType;
import org.junheng.core.sample.SampleCounty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSetCsvTest {
    @TempDir
    Path dir;

    @Test
    void theSampleRoundTripsAndAgreesWithJson() throws IOException {
        DataSet sample = SampleCounty.dataSet();
        DataSetCsv.write(sample, dir);
        DataSet back = DataSetCsv.read(dir);
        assertEquals(sample, back);
        assertEquals(DataSetJson.toJson(sample), DataSetJson.toJson(back));
    }

    @Test
    void propertyWritingThenReadingGivesAnEqualDataSet() {
        int[] n = {0};
        qt().withExamples(60).forAll(DomainGens.dataSets()).check(d -> {
            try {
                Path folder = dir.resolve("d" + n[0]++);
                DataSetCsv.write(d, folder);
                return DataSetCsv.read(folder).equals(d);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void problemsArePlacedByFileAndLine() throws IOException {
        DataSetCsv.write(SampleCounty.dataSet(), dir);
        Path schools = dir.resolve("schools.csv");
        List<String> lines = Files.readAllLines(schools, StandardCharsets.UTF_8);
        lines.set(3, lines.get(3).replace(",PUBLIC,", ",PUBLICK,"));
        Files.write(schools, lines, StandardCharsets.UTF_8);
        Path classes = dir.resolve("classes.csv");
        List<String> classLines = Files.readAllLines(classes, StandardCharsets.UTF_8);
        classLines.add("X1,NO-SUCH-SCHOOL,PRIMARY,1,30");
        Files.write(classes, classLines, StandardCharsets.UTF_8);

        List<DataProblem> problems = assertThrows(InvalidDataException.class, () -> DataSetCsv.read(dir)).problems();
        DataProblem first = problems.get(0);
        assertEquals("schools.csv", first.source());
        assertEquals("line 4", first.location());
        assertEquals("ownership", first.field());
        assertEquals("PUBLICK", first.value());
        assertTrue(problems.stream().anyMatch(p -> p.source().equals("classes.csv")
                && p.location().equals("line " + classLines.size()) && p.value().equals("NO-SUCH-SCHOOL")), problems.toString());
    }

    @Test
    void aMissingOrUnknownFileIsReportedNotReadAsEmpty() throws IOException {
        DataSetCsv.write(SampleCounty.dataSet(), dir);
        Files.move(dir.resolve(DataSetCsv.fileName(RecordType.STUDENTS)), dir.resolve("studnets.csv"));
        List<DataProblem> problems = assertThrows(InvalidDataException.class, () -> DataSetCsv.read(dir)).problems();
        assertTrue(problems.stream().anyMatch(p -> p.source().equals("studnets.csv")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.source().equals("students.csv")), problems.toString());
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsReported() throws IOException {
        DataSetCsv.write(SampleCounty.dataSet(), dir);
        Path funding = dir.resolve("funding.csv");
        Files.writeString(funding, Files.readString(funding) + "210199,2026\n");
        List<DataProblem> problems = assertThrows(InvalidDataException.class, () -> DataSetCsv.read(dir)).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("line 8", problems.get(0).location());
    }
}
