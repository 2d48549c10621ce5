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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Executes the example notebooks headless with {@code examples/notebooks/run.sh}, on this build's class
 * path. Skipped when Jupyter or the junheng-java kernel is missing (install them with
 * {@code examples/notebooks/install-kernel.sh}), unless {@code -Djunheng.requireTools=true}, which makes a
 * missing tool a failure.
 */
class NotebookTest {
    private static final Path NOTEBOOKS = Path.of("notebooks").toAbsolutePath();
    private static final Path EXECUTED = Path.of("target", "notebooks").toAbsolutePath();

    @BeforeAll
    static void toolsPresent() throws Exception {
        boolean present = exitCode(List.of("jupyter-nbconvert", "--version")) == 0
                && output(List.of("jupyter-kernelspec", "list")).contains("junheng-java");
        if (Boolean.getBoolean("junheng.requireTools")) {
            assertTrue(present, "jupyter-nbconvert and the junheng-java kernel are required: "
                    + "run examples/notebooks/install-kernel.sh");
        }
        assumeTrue(present, "jupyter-nbconvert or the junheng-java kernel is missing");
    }

    @Test
    void sampleNotebookRunsEveryCellAndShowsTablesAndAChart() throws Exception {
        Run run = runSh(NOTEBOOKS.resolve("junheng-sample.ipynb"));
        assertEquals(0, run.exitCode, run.output);
        JsonNode executed = new ObjectMapper().readTree(EXECUTED.resolve("junheng-sample.ipynb").toFile());
        List<String> types = new ArrayList<>();
        StringBuilder plainText = new StringBuilder();
        int codeCells = 0;
        for (JsonNode cell : executed.get("cells")) {
            if (!cell.get("cell_type").asText().equals("code")) {
                continue;
            }
            codeCells++;
            for (JsonNode output : cell.get("outputs")) {
                assertNotEquals("error", output.get("output_type").asText(), output.toString());
                output.path("data").fieldNames().forEachRemaining(types::add);
                output.path("data").path("text/plain").forEach(line -> plainText.append(line.asText()));
            }
            assertFalse(cell.get("execution_count").isNull(), "every code cell ran: " + cell.get("source"));
        }
        assertTrue(codeCells >= 5, "code cells: " + codeCells);
        assertTrue(types.contains("text/markdown"), "tables: " + types);
        assertTrue(types.contains("image/svg+xml"), "a chart: " + types);
        assertTrue(plainText.indexOf("aid budget 2026-2027") >= 0 && plainText.indexOf("FIN-1/FIN-2") >= 0,
                "results printed as tables: " + plainText);
    }

    @Test
    void aCellThatThrowsFailsTheRun(@TempDir Path dir) throws Exception {
        Path notebook = dir.resolve("throws.ipynb");
        Files.writeString(notebook, """
                {"cells": [{"cell_type": "code", "execution_count": null, "id": "c1", "metadata": {}, "outputs": [],
                  "source": ["int x = 1;\\n", "if (x == 1) throw new IllegalStateException(\\"cell failed on purpose\\");"]}],
                 "metadata": {"kernelspec": {"display_name": "Java (junheng)", "language": "java", "name": "junheng-java"}},
                 "nbformat": 4, "nbformat_minor": 5}
                """, StandardCharsets.UTF_8);
        Run run = runSh(notebook);
        assertNotEquals(0, run.exitCode, run.output);
        assertTrue(run.output.contains("cell failed on purpose"), run.output);
    }

    @Test
    void aCellThatDoesNotCompileFailsTheRun(@TempDir Path dir) throws Exception {
        Path notebook = dir.resolve("rejected.ipynb");
        Files.writeString(notebook, """
                {"cells": [{"cell_type": "code", "execution_count": null, "id": "c1", "metadata": {}, "outputs": [],
                  "source": ["Junheng.noSuchMethod();"]}],
                 "metadata": {"kernelspec": {"display_name": "Java (junheng)", "language": "java", "name": "junheng-java"}},
                 "nbformat": 4, "nbformat_minor": 5}
                """, StandardCharsets.UTF_8);
        Run run = runSh(notebook);
        assertNotEquals(0, run.exitCode, run.output);
        assertTrue(run.output.contains("does not compile"), run.output);
    }

    private record Run(int exitCode, String output) {
    }

    private static Run runSh(Path notebook) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", NOTEBOOKS.resolve("run.sh").toString(), notebook.toString())
                .redirectErrorStream(true);
        // the cells run on this build's classes, not on a jar from an earlier package
        pb.environment().put("JUNHENG_CLASSPATH", System.getProperty("java.class.path"));
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "run.sh finished");
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private static int exitCode(List<String> command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor();
        } catch (IOException notInstalled) {
            return -1;
        }
    }

    private static String output(List<String> command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor() == 0 ? text : "";
        } catch (IOException notInstalled) {
            return "";
        }
    }
}
