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
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every command line of the README's {@code sh} blocks, in the order given, in a fresh folder: each
 * {@code java -jar examples/target/junheng.jar …} runs as its own Java process (on this build's class
 * path, which is what the jar holds) and must exit with 0, so that a command that needs a file no earlier
 * command makes fails here. The other lines are checked as far as a test can: {@code mvn} is the build
 * that runs this test, {@code jshell} lines start the shell whose snippets {@link ReadmeTest} runs, and a
 * JMH line must name benchmarks that the jar lists (running them takes minutes). Any other command fails.
 */
class ReadmeCommandsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String JAR = "examples/target/junheng.jar";
    private static final String MAIN = "org.junheng.examples.cli.JunhengCommand";
    private static final long TIMEOUT_MINUTES = 5;

    @TempDir
    Path dir;

    /** The commands of the README's {@code sh} blocks in order, as words: comments dropped, {@code &&} chains split. */
    static List<List<String>> commands(String readme) {
        List<List<String>> commands = new ArrayList<>();
        for (String block : ReadmeTest.blocks(readme, "sh")) {
            for (String line : block.split("\n")) {
                List<String> command = new ArrayList<>();
                for (String word : words(line)) {
                    if (word.equals("&&")) {
                        commands.add(command);
                        command = new ArrayList<>();
                    } else {
                        command.add(word);
                    }
                }
                if (!command.isEmpty()) {
                    commands.add(command);
                }
            }
        }
        return commands;
    }

    /**
     * The words of a shell line as {@code sh} splits them: whitespace separates, single and double quotes
     * group, {@code #} at the start of a word begins a comment.
     */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else if (c == '#' && word == null) {
                break;
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        assertEquals(0, quote, "unclosed quote in: " + line);
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    @Test
    void everyCommandOfTheReadmeRunsAsWrittenInOrderInAFreshFolder() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int ran = 0;
        String benchmarks = null;
        for (List<String> w : commands(readme)) {
            String command = String.join(" ", w);
            int jar = w.indexOf("-jar");
            if (w.get(0).equals("java") && jar > 0 && w.get(jar + 1).equals(JAR)) {
                // the README's own JVM options, plus two that only make short runs start faster
                List<String> process = new ArrayList<>(List.of(java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
                process.addAll(w.subList(1, jar));
                process.addAll(List.of("-cp", System.getProperty("java.class.path"), MAIN));
                process.addAll(w.subList(jar + 2, w.size()));
                run(command, process);
                ran++;
            } else if (w.get(0).equals("java") && w.contains("org.openjdk.jmh.Main")) {
                if (benchmarks == null) {
                    benchmarks = run("JMH -l", List.of(java(), "-cp", System.getProperty("java.class.path"),
                            "org.openjdk.jmh.Main", "-l"));
                }
                String benchmark = w.get(w.indexOf("org.openjdk.jmh.Main") + 1);
                assertTrue(benchmarks.contains("." + benchmark + "."), "no benchmark " + benchmark + " in the jar: " + command);
            } else if (w.get(0).equals("mvn")) {
                assertTrue(w.contains("-B") && w.contains("-ntp"), "a README build runs in batch mode: " + command);
            } else if (w.get(0).startsWith("scripts/") || w.get(0).startsWith("examples/")) {
                // the project's own scripts install system packages: they must exist and be runnable
                Path script = ROOT.resolve(w.get(0));
                assertTrue(Files.isRegularFile(script) && Files.isExecutable(script), "no runnable script: " + command);
            } else if (w.get(0).equals("jshell")) {
                assertTrue(command.contains(JAR) && command.contains("examples/jshell/startup.jsh"), command);
                assertTrue(Files.isRegularFile(ROOT.resolve("examples/jshell/startup.jsh")), "the startup script");
            } else {
                fail("a README command this test does not know how to check: " + command);
            }
        }
        assertTrue(ran >= 10, "the README's command lines were run: " + ran);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs one process in the fresh folder; fails with its output unless it exits with 0. */
    private String run(String command, List<String> process) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir.getParent(), "out", ".txt");
        Path err = Files.createTempFile(dir.getParent(), "err", ".txt");
        Process p = new ProcessBuilder(process).directory(dir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("README command ran over " + TIMEOUT_MINUTES + " minutes: " + command);
        }
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), () -> "README command failed: " + command + "\n" + stderr);
        return stdout;
    }
}
