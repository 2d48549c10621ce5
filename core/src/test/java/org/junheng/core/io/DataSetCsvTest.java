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
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

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
import org.junheng.core.model.Jurisdiction;
import org.junheng.core.model.RecordType;
import org.junheng.core.model.School;
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

    /** Pieces of awkward text: the CSV syntax itself, blanks, line ends, non-ASCII and a character past the BMP. */
    private static final List<String> AWKWARD = List.of(",", "\"", "\"\"", "\r", "\n", "\r\n", " ", "\t", "字", "\uD834\uDD1E",
            "a", "'", ";", "\uFEFF");

    private static String awkward(List<Integer> pieces) {
        StringBuilder sb = new StringBuilder("名");
        pieces.forEach(p -> sb.append(AWKWARD.get(Math.floorMod(p, AWKWARD.size()))));
        return sb.toString();
    }

    /** The data set with the names of it, its jurisdictions and its schools made of awkward text. */
    private static DataSet renamed(DataSet d, List<Integer> pieces) {
        DataSet.Builder b = DataSet.builder(awkward(pieces), d.asOf());
        int[] k = {0};
        d.jurisdictions().forEach(j -> b.add(new Jurisdiction(j.code(), awkward(pieces.subList(k[0]++ % (pieces.size() + 1),
                pieces.size())), j.parent())));
        d.schools().forEach(s -> b.add(new School(s.id(), awkward(pieces.subList(0, k[0]++ % (pieces.size() + 1))),
                s.jurisdiction(), s.type(), s.ownership(), s.inclusive(), s.location(), s.weak(), s.teachingPoint(),
                s.groupId(), s.allianceId(), s.pairedWith(), s.features())));
        d.resources().forEach(b::add);
        d.classes().forEach(b::add);
        d.teachers().forEach(b::add);
        d.servicePeriods().forEach(b::add);
        d.rotations().forEach(b::add);
        d.students().forEach(b::add);
        d.funding().forEach(b::add);
        d.schoolFunding().forEach(b::add);
        d.posts().forEach(b::add);
        return b.build();
    }

    @Test
    void propertyNamesHoldingQuotesCommasAndLineEndsReadBackEqual() {
        int[] n = {0};
        qt().withExamples(60).forAll(DomainGens.dataSets(), lists().of(integers().all()).ofSizeBetween(0, 30)).check((d, p) -> {
            try {
                DataSet awkward = renamed(d, p);
                Path folder = dir.resolve("a" + n[0]++);
                DataSetCsv.write(awkward, folder);
                return DataSetCsv.read(folder).equals(awkward);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private List<DataProblem> problemsAfter(String file, String text) throws IOException {
        DataSetCsv.write(SampleCounty.dataSet(), dir);
        Files.writeString(dir.resolve(file), text);
        return assertThrows(InvalidDataException.class, () -> DataSetCsv.read(dir)).problems();
    }

    @Test
    void aBlankLineIsARowWithNoCells() throws IOException {
        List<DataProblem> problems = problemsAfter("posts.csv", postsHeader() + "\n\n");
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("line 2", problems.get(0).location());
        assertEquals("0", problems.get(0).value());
    }

    private String postsHeader() {
        return String.join(",", Codecs.of(RecordType.POSTS).fields());
    }

    @Test
    void malformedCsvIsOneProblemWithLineAndColumn() throws IOException {
        List<DataProblem> problems = problemsAfter("posts.csv", postsHeader() + "\n\"210199\"x\n");
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("line 2 column 9", problems.get(0).location());
        assertTrue(problems.get(0).expected().startsWith("well-formed CSV within limits: "), problems.toString());

        problems = problemsAfter("posts.csv", postsHeader() + "\n210199,\"2026\n");
        assertEquals("line 2 column 8", problems.get(0).location(), problems.toString());
    }

    @Test
    void aRowIsPlacedOnTheLineWhereItBeginsAndCrLfEndsLines() throws IOException {
        DataSet sample = SampleCounty.dataSet();
        DataSetCsv.write(sample, dir);
        Path schools = dir.resolve("schools.csv");
        List<String> lines = Files.readAllLines(schools, StandardCharsets.UTF_8);
        // a name over two lines in the second row, the ownership wrong in the third; CR LF line ends
        lines.set(1, lines.get(1).replaceFirst(",([^,]*),", ",\"$1\r\n(二)\","));
        lines.set(2, lines.get(2).replaceFirst(",(PUBLIC|PRIVATE),", ",NOPE,"));
        Files.writeString(schools, String.join("\r\n", lines));
        List<DataProblem> problems = assertThrows(InvalidDataException.class, () -> DataSetCsv.read(dir)).problems();
        assertEquals("schools.csv line 4 ownership NOPE", problems.get(0).source() + " " + problems.get(0).location() + " "
                + problems.get(0).field() + " " + problems.get(0).value(), problems.toString());
    }
}
