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
package org.junheng.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junheng.Junheng;
import org.junheng.core.io.DataSetCsv;
import org.junheng.core.io.DataSetJson;
import org.junheng.core.io.DataSetSeriesCsv;
import org.junheng.core.io.DataSetSeriesJson;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DataSetSeries;
import org.junheng.core.policy.Policies;
import org.junheng.core.value.Language;
import org.junheng.indicators.report.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample series' report (the main job) pinned byte for byte in text, Markdown and JSON, and the
 * same bytes whether a data set or a series is read from JSON, from CSV or built in memory, run after run. Regenerate the files after a deliberate change
 * with {@code mvn -B -ntp -q -Dquick verify -Djunheng.updateGolden=true} and review the diff.
 */
class GoldenReportTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final boolean UPDATE = Boolean.getBoolean("junheng.updateGolden");

    @TempDir
    Path dir;

    private static String render(DataSet data, ReportFormat format) {
        return Junheng.report(data, Policies.shenyang()).render(format, Language.EN);
    }

    /** The main job's report: the sample series under the Shenyang profile. */
    private static String render(DataSetSeries series, ReportFormat format) {
        return Junheng.report(series, Policies.shenyang()).render(format, Language.EN);
    }

    private static String fileName(ReportFormat format) {
        return "sample-report." + switch (format) {
            case TEXT -> "txt";
            case MARKDOWN -> "md";
            case JSON -> "json";
        };
    }

    @Test
    void theSampleReportMatchesTheGoldenFilesInEveryFormat() throws IOException {
        for (ReportFormat format : ReportFormat.values()) {
            Path file = GOLDEN.resolve(fileName(format));
            String actual = render(Junheng.sampleSeries(), format);
            if (UPDATE) {
                Files.createDirectories(GOLDEN);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                continue;
            }
            assertTrue(Files.isRegularFile(file), file + " is missing: run with -Djunheng.updateGolden=true");
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            assertEquals(expected, actual, "the " + format + " report changed: "
                    + "if on purpose, regenerate with -Djunheng.updateGolden=true");
        }
    }

    @Test
    void theSameDataSetGivesTheSameBytesFromJsonCsvAndMemoryRunAfterRun() throws IOException {
        DataSet memory = Junheng.sample();
        DataSetJson.write(memory, dir.resolve("s.json"));
        DataSetCsv.write(memory, dir.resolve("csv"));
        DataSet fromJson = Junheng.load(dir.resolve("s.json"));
        DataSet fromCsv = Junheng.load(dir.resolve("csv"));
        for (ReportFormat format : ReportFormat.values()) {
            String expected = render(memory, format);
            assertEquals(expected, render(fromJson, format), format + " from JSON");
            assertEquals(expected, render(fromCsv, format), format + " from CSV");
            assertEquals(expected, render(Junheng.sample(), format), format + " run again");
        }
    }

    @Test
    void theSameSeriesGivesTheSameBytesFromJsonCsvAndMemoryRunAfterRun() throws IOException {
        DataSetSeries memory = Junheng.sampleSeries();
        DataSetSeriesJson.write(memory, dir.resolve("series.json"));
        DataSetSeriesCsv.write(memory, dir.resolve("series-csv"));
        DataSetSeries fromJson = Junheng.loadSeries(dir.resolve("series.json"));
        DataSetSeries fromCsv = Junheng.loadSeries(dir.resolve("series-csv"));
        for (ReportFormat format : ReportFormat.values()) {
            String expected = render(memory, format);
            assertEquals(expected, render(fromJson, format), format + " from JSON");
            assertEquals(expected, render(fromCsv, format), format + " from CSV");
            assertEquals(expected, render(Junheng.sampleSeries(), format), format + " run again");
        }
    }
}
