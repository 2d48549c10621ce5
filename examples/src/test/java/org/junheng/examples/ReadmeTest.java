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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/**
 * Runs every {@code jshell} block of the README, after the JShell startup script, so that the
 * documentation cannot rot: a snippet that does not compile or throws fails the build.
 */
class ReadmeTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    static List<String> blocks(String markdown, String language) {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    /** Evaluates source snippet by snippet, failing on a rejected snippet or an exception. */
    static String run(JShell shell, String source) {
        StringBuilder values = new StringBuilder();
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String rest = source;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            String snippet = info.source();
            if (snippet == null || snippet.isBlank()) {
                fail("incomplete snippet: " + rest);
            }
            for (SnippetEvent e : shell.eval(snippet)) {
                if (e.status() == Snippet.Status.REJECTED) {
                    fail("rejected: " + snippet + "\n" + shell.diagnostics(e.snippet()).map(d -> d.getMessage(null))
                            .toList());
                }
                if (e.exception() != null) {
                    fail("threw: " + snippet + "\n" + e.exception());
                }
                if (e.value() != null) {
                    values.append(e.value()).append('\n');
                }
            }
            rest = info.remaining();
        }
        return values.toString();
    }

    @Test
    void everyJshellBlockOfTheReadmeRuns() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        List<String> blocks = blocks(readme, "jshell");
        assertFalse(blocks.isEmpty(), "the README has jshell blocks");
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                shell.addToClasspath(entry);
            }
            run(shell, Files.readString(ROOT.resolve("examples/jshell/startup.jsh"), StandardCharsets.UTF_8));
            StringBuilder values = new StringBuilder();
            for (String block : blocks) {
                values.append(run(shell, block));
            }
            assertTrue(values.length() > 0, "the README's snippets show results");
        }
    }

    @Test
    void theReadmeGivesTheTwoCommandsAndCiRunsTheTestOne() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        String ci = Files.readString(ROOT.resolve(".ci/run"), StandardCharsets.UTF_8);
        List<String> shell = blocks(readme, "sh");
        assertTrue(shell.stream().anyMatch(b -> b.contains("java -jar examples/target/junheng.jar")), "main job");
        String testCommand = "scripts/test.sh";
        assertTrue(shell.stream().anyMatch(b -> b.strip().equals(testCommand)), "test command in the README");
        assertTrue(ci.lines().anyMatch(l -> l.strip().equals(testCommand)), ".ci/run runs the README's test command");
        String script = Files.readString(ROOT.resolve(testCommand), StandardCharsets.UTF_8);
        assertTrue(script.contains("mvn -B -ntp verify"), "the test command runs Maven's verify");
    }
}
