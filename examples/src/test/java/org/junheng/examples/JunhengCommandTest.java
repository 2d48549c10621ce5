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

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junheng.examples.cli.JunhengCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JunhengCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return JunhengCommand.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void withNoArgumentsItPrintsTheReportOnTheSample() {
        assertEquals(0, run());
        assertTrue(out.toString().startsWith("junheng: education equity report\nData set: 示例县 Sample County"), out.toString());
    }

    @Test
    void reportInMarkdownAndChinese() {
        assertEquals(0, run("report", "--format", "markdown", "--lang", "zh", "--policy", "yingkou"));
        assertTrue(out.toString().startsWith("# 均衡: 教育公平指标报告"), out.toString());
        assertTrue(out.toString().contains("政策: yingkou"), out.toString());
    }

    @Test
    void exportedSampleValidatesInBothFormats() {
        assertEquals(0, run("export-sample", dir.resolve("sample.json").toString()));
        assertEquals(0, run("export-sample", "--format", "csv", dir.resolve("csv").toString()));
        assertEquals(0, run("validate", dir.resolve("sample.json").toString()));
        assertEquals(0, run("validate", dir.resolve("csv").toString()));
        assertTrue(out.toString().contains("valid: 示例县 Sample County as of 2026-09-01"), out.toString());
    }

    @Test
    void withNoArgumentsTheReportCoversTheSampleSeriesYearByYear() {
        assertEquals(0, run());
        assertTrue(out.toString().contains("== Year by year =="), out.toString());
        assertTrue(out.toString().contains("2024-09-01"), out.toString());
    }

    @Test
    void theExportedSampleSeriesIsReportedInBothForms() {
        assertEquals(0, run("export-sample", "--series", dir.resolve("series.json").toString()));
        assertEquals(0, run("export-sample", "--series", "--format", "csv", dir.resolve("series").toString()));
        assertTrue(Files.isDirectory(dir.resolve("series").resolve("2024-2025")));
        out.getBuffer().setLength(0);
        assertEquals(0, run("report", "--data", dir.resolve("series.json").toString()));
        String json = out.toString();
        assertTrue(json.contains("== Year by year =="), json);
        out.getBuffer().setLength(0);
        assertEquals(0, run("report", "--data", dir.resolve("series").toString()));
        assertEquals(json, out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("export-sample", dir.resolve("one.json").toString()));
        assertEquals(0, run("report", "--data", dir.resolve("one.json").toString()));
        assertTrue(!out.toString().contains("== Year by year =="), out.toString());
    }

    @Test
    void validatePrintsEveryProblemAndExitsWithOne() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\":\"junheng-dataset\",\"version\":2,\"name\":\"x\",\"asOf\":\"2026-02-30\""
                + java.util.Arrays.stream(org.junheng.core.model.RecordType.values())
                        .map(t -> ",\"" + t.key() + "\":[]").collect(java.util.stream.Collectors.joining()) + "}");
        assertEquals(1, run("validate", bad.toString()));
        assertTrue(err.toString().startsWith("invalid: 2 problems"), err.toString());
        assertTrue(err.toString().contains("bad.json line 1, field 'asOf', value '2026-02-30'"), err.toString());
    }

    @Test
    void policyPrintsParametersWithSources() {
        assertEquals(0, run("policy", "shenyang"));
        assertTrue(out.toString().contains("aid.disabled.universityYearly"), out.toString());
        assertTrue(out.toString().contains("AID-2 (SY24 措施18)"), out.toString());
    }

    @Test
    void anUnknownProfileIsAUsageError() {
        assertEquals(2, run("report", "--policy", "no-such-profile.json"));
        assertTrue(err.toString().startsWith("junheng: "), err.toString());
    }

    @Test
    void anUnknownProfileListsTheBuiltInOnes() {
        assertEquals(2, run("report", "--policy", "no-such-profile.json"));
        assertTrue(err.toString().contains("the built-in profiles are national, liaoning, shenyang, panjin, yingkou"),
                err.toString());
        assertTrue(err.toString().contains("file not found: no-such-profile.json"), err.toString());
    }

    @Test
    void aMissingDataFileIsNamed() {
        assertEquals(2, run("validate", "county.json"));
        assertTrue(err.toString().startsWith("junheng: file not found: county.json"), err.toString());
        assertEquals(2, run("report", "--data", "county.json"));
    }

    @Test
    void aPolicyFileThatIsNotTextIsAProblemWithItsLine() throws Exception {
        Path bad = dir.resolve("gbk.json");
        Files.write(bad, "{\"name\": \"浑南\"}".getBytes(java.nio.charset.Charset.forName("GBK")));
        assertEquals(1, run("policy", bad.toString()));
        assertTrue(err.toString().contains("gbk.json line 1: UTF-8 text"), err.toString());
    }
}
