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
package org.junheng.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junheng.core.policy.Policies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Help, version and exit codes on every command, and the report's document and table outputs. */
class JunhengCommandHelpTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return JunhengCommand.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private static Set<String> subcommands() {
        return new CommandLine(new JunhengCommand()).getSubcommands().keySet();
    }

    @Test
    void everyCommandTakesHelpAndListsTheExitCodes() {
        assertTrue(subcommands().containsAll(Set.of("report", "validate", "policy", "rules", "export-sample", "generate")),
                subcommands().toString());
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("Exit codes:"), out.toString());
        for (String command : subcommands()) {
            assertEquals(0, run(command, "--help"), command + ": " + err);
            String help = out.toString();
            assertTrue(help.startsWith("Usage: junheng " + command), help);
            assertTrue(help.contains("Exit codes:\n  0   done\n  1   invalid input"), help);
            assertTrue(help.contains("  2   usage error") && help.contains("  3   out of memory"), help);
        }
    }

    @Test
    void theHelpOfEveryProfileOptionListsTheBuiltInProfiles() {
        String profiles = String.join(", ", Policies.BUILT_IN);
        for (String command : new String[] {"report", "policy", "rules"}) {
            assertEquals(0, run(command, "--help"));
            assertTrue(out.toString().replaceAll("\\s+", " ").contains("(" + profiles + ")"), command + ": " + out);
            assertFalse(out.toString().contains("()"), out.toString());
        }
        assertEquals(0, run("report", "--help"));
        String formats = out.toString().replaceAll("\\s+", " ");
        for (String format : new String[] {"text", "markdown", "json", "csv", "xlsx"}) {
            assertTrue(formats.contains(format + ",") || formats.contains(format + ". Default"), format + ": " + formats);
        }
    }

    @Test
    void theVersionIsTheBuildsOnEveryCommand() throws Exception {
        String version = JunhengCommand.BuildVersion.version();
        assertTrue(version.matches("[0-9]+\\.[0-9]+\\.[0-9]+(-SNAPSHOT)?"), version);
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("junheng " + version + "\n"), out.toString());
        assertEquals(0, run("report", "--version"));
        assertTrue(out.toString().startsWith("junheng " + version + "\n"), out.toString());
    }

    @Test
    void reportWritesJsonCsvHtmlAndXlsxToTheTarget() throws Exception {
        assertEquals(0, run("report", "--format", "json", dir.resolve("r.json").toString()));
        JsonNode json = new ObjectMapper().readTree(dir.resolve("r.json").toFile());
        assertEquals("junheng-report", json.get("format").asText());
        assertEquals(0, run("report", "--format", "CSV", "--lang", "zh", dir.resolve("tables").toString()));
        String index = Files.readString(dir.resolve("tables").resolve("index.csv"), StandardCharsets.UTF_8);
        assertTrue(index.startsWith("\uFEFF文件,部分,表,行数\r\n01-summary-01-"), index);
        assertTrue(index.contains("\r\n02-data-set-01-records.csv,"), index);
        assertTrue(out.toString().startsWith("wrote " + dir.resolve("tables")), out.toString());
        assertEquals(0, run("report", "--format", "html", "--lang", "zh", dir.resolve("r.html").toString()));
        String page = Files.readString(dir.resolve("r.html"), StandardCharsets.UTF_8);
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("lang=\"zh-CN\"") && page.contains("<svg"), page);
        assertEquals(0, run("report", "--format", "xlsx", dir.resolve("out").resolve("r.xlsx").toString()));
        byte[] xlsx = Files.readAllBytes(dir.resolve("out").resolve("r.xlsx"));
        assertEquals('P', xlsx[0]);
        assertEquals('K', xlsx[1]);
    }

    @Test
    void aTableFormatWithoutTargetAnUnknownFormatOrLanguageIsAUsageError() {
        assertEquals(2, run("report", "--format", "csv"));
        assertTrue(err.toString().contains("--format csv writes a folder"), err.toString());
        assertEquals(2, run("report", "--format", "pdf"));
        assertTrue(err.toString().contains("no format 'pdf': expected one of text, markdown, json"), err.toString());
        assertTrue(err.toString().contains("csv, xlsx"), err.toString());
        assertEquals(2, run("report", "--lang", "fr"));
        assertTrue(err.toString().contains("'fr' is not a language: zh or en"), err.toString());
        assertFalse(err.toString().contains("No enum constant"), err.toString());
    }
}
