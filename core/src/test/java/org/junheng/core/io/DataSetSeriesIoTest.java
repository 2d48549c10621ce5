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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junheng.core.model.DataProblem;
import org.junheng.core.model.DataSetSeries;
import org.junheng.core.model.DatedValue;
import org.junheng.core.model.InvalidDataException;
import org.junheng.core.sample.SampleCounty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A series read and written as one JSON document and as a folder a school year (issue 10, item 1). */
class DataSetSeriesIoTest {
    @TempDir
    Path dir;

    private static final DataSetSeries SERIES = SampleCounty.series();

    private static String problems(InvalidDataException e) {
        return e.problems().stream().map(DataProblem::toString).reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void theSampleSeriesRoundTripsThroughOneJsonDocument() throws IOException {
        Path file = dir.resolve("series.json");
        DataSetSeriesJson.write(SERIES, file);
        assertTrue(DataSetSeriesJson.isSeries(file));
        assertEquals(SERIES, DataSetSeriesJson.read(file));
        Path single = dir.resolve("single.json");
        DataSetJson.write(SampleCounty.dataSet(), single);
        assertFalse(DataSetSeriesJson.isSeries(single));
    }

    @Test
    void theSampleSeriesRoundTripsThroughAFolderASchoolYear() throws IOException {
        Path folder = dir.resolve("series");
        DataSetSeriesCsv.write(SERIES, folder);
        assertTrue(DataSetSeriesCsv.isSeries(folder));
        assertTrue(Files.isRegularFile(folder.resolve("2024-2025").resolve(DataSetCsv.METADATA_FILE)));
        assertTrue(Files.isRegularFile(folder.resolve("2026-2027").resolve(DataSetCsv.METADATA_FILE)));
        assertEquals(SERIES, DataSetSeriesCsv.read(folder));
        assertFalse(DataSetSeriesCsv.isSeries(folder.resolve("2024-2025")));
    }

    @Test
    void everyProblemOfEverySnapshotAndValueIsListedWithItsPlace() throws IOException {
        String good = DataSetSeriesJson.toJson(SERIES);
        String bad = good.replaceFirst("\"value\":92\\.5", "\"value\":\"ninety\"")
                .replaceFirst("\"date\":\"2025-12-31\"", "\"date\":\"2025-13-31\"")
                .replaceFirst("\"stage\":\"PRIMARY\"", "\"stage\":\"PRIMRY\"");
        assertTrue(!bad.equals(good));
        var e = assertThrows(InvalidDataException.class, () -> DataSetSeriesJson.parse(bad, "s.json"));
        String all = problems(e);
        assertTrue(all.contains("s.json observations["), all);
        assertTrue(all.contains("field 'value', value 'ninety'"), all);
        assertTrue(all.contains("field 'date', value '2025-13-31'"), all);
        assertTrue(all.contains("s.json snapshots[0]"), all);
        assertTrue(all.contains("PRIMRY"), all);
    }

    @Test
    void aDocumentThatIsNotASeriesSaysWhatIsMissing() {
        var e = assertThrows(InvalidDataException.class, () -> DataSetSeriesJson.parse("{\"format\": \"junheng-dataset\", "
                + "\"version\": 2, \"extra\": 1, \"observations\": {}}", "x.json"));
        String all = problems(e);
        assertTrue(all.contains("field 'format'"), all);
        assertTrue(all.contains("field 'version'"), all);
        assertTrue(all.contains("field 'extra'"), all);
        assertTrue(all.contains("field 'observations'"), all);
        assertTrue(all.contains("field 'name'"), all);
        assertTrue(all.contains("field 'snapshots'"), all);
        assertThrows(InvalidDataException.class, () -> DataSetSeriesJson.parse("[1]", "x.json"));
        var broken = assertThrows(InvalidDataException.class, () -> DataSetSeriesJson.parse("{\"name\": ", "x.json"));
        assertTrue(problems(broken).contains("well-formed JSON"), problems(broken));
    }

    @Test
    void twoSnapshotsInOneSchoolYearAreRefused() {
        String json = DataSetSeriesJson.toJson(new DataSetSeries("s", List.of(SampleCounty.dataSet()), List.of()));
        String snapshot = DataSetJson.toJson(SampleCounty.dataSet());
        String twice = json.replace(snapshot, snapshot + ",\n" + snapshot.replace("2026-09-01", "2026-10-01"));
        var e = assertThrows(InvalidDataException.class, () -> DataSetSeriesJson.parse(twice, "s.json"));
        assertTrue(problems(e).contains("one per school year"), problems(e));
    }

    @Test
    void aSeriesFolderListsTheProblemsOfEachYearWithItsFolder() throws IOException {
        Path folder = dir.resolve("bad");
        DataSetSeriesCsv.write(SERIES, folder);
        Path schools = folder.resolve("2025-2026").resolve(DataSetCsv.fileName(org.junheng.core.model.RecordType.SCHOOLS));
        Files.writeString(schools, Files.readString(schools).replaceFirst(",PRIMARY", ",PRIMRY")
                .replaceFirst("\n([^,\n]*),", "\n,"), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(DataSetSeriesCsv.OBSERVATIONS_FILE),
                "indicator,value,date,source\nx,1.5,2025-01-01,\n,abc,2025-01-01,b\n", StandardCharsets.UTF_8);
        Files.createDirectories(folder.resolve("not-a-year"));
        var e = assertThrows(InvalidDataException.class, () -> DataSetSeriesCsv.read(folder));
        String all = problems(e);
        assertTrue(all.contains("2025-2026/schools.csv"), all);
        assertTrue(all.contains("observations.csv line 2, field 'source'"), all);
        assertTrue(all.contains("observations.csv line 3, field 'indicator'"), all);
        assertTrue(all.contains("observations.csv line 3, field 'value', value 'abc'"), all);
        assertTrue(all.contains("not-a-year"), all);
    }

    @Test
    void aSeriesFolderNeedsItsMetadataAndAYear() throws IOException {
        Path folder = dir.resolve("empty");
        Files.createDirectories(folder);
        var e = assertThrows(InvalidDataException.class, () -> DataSetSeriesCsv.read(folder));
        String all = problems(e);
        assertTrue(all.contains("series.csv"), all);
        assertTrue(all.contains("one sub-folder per school year"), all);
        assertTrue(all.contains("observations.csv"), all);
        Files.writeString(folder.resolve(DataSetSeriesCsv.METADATA_FILE), "format,version,name\njunheng-dataset,2,\n");
        all = problems(assertThrows(InvalidDataException.class, () -> DataSetSeriesCsv.read(folder)));
        assertTrue(all.contains("field 'format'"), all);
        assertTrue(all.contains("field 'version'"), all);
        assertTrue(all.contains("field 'name'"), all);
    }

    @Test
    void aYearsFolderMustHoldThatYearsSnapshot() throws IOException {
        Path folder = dir.resolve("moved");
        DataSetSeriesCsv.write(new DataSetSeries("s", List.of(SampleCounty.dataSet()),
                List.of(new DatedValue("x", BigDecimal.ONE, LocalDate.of(2026, 1, 1), "b"))), folder);
        Files.move(folder.resolve("2026-2027"), folder.resolve("2025-2026"));
        String all = problems(assertThrows(InvalidDataException.class, () -> DataSetSeriesCsv.read(folder)));
        assertTrue(all.contains("2025-2026/dataset.csv, field 'asOf', value '2026-09-01'"), all);
    }
}
