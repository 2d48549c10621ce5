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
package org.junheng.examples.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junheng.Junheng;
import org.junheng.core.policy.Policies;
import org.junheng.core.value.Language;
import org.junheng.indicators.report.html.HtmlReport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML report of the sample series (the main job's data, Shenyang profile) in a real browser: headless
 * Chromium loads it without a console error or a failed load, its DOM holds every chart, and it renders to a
 * non-trivial PNG (left in {@code target/html-browser/} to look at). Skipped when Chromium is missing (install
 * it with {@code examples/scripts/install-browser.sh}) unless {@code -Djunheng.requireTools=true}, which
 * makes a missing browser a failure.
 */
class HtmlReportBrowserTest {
    private static final Path OUT = Path.of("target", "html-browser");
    private static final long TIMEOUT_SECONDS = 180;
    private static Path chromium;

    @BeforeAll
    static void findBrowser() {
        Optional<Path> found = locate();
        if (found.isEmpty()) {
            String why = "chromium not found (set -Djunheng.chromium=PATH or run examples/scripts/install-browser.sh)";
            if (Boolean.getBoolean("junheng.requireTools")) {
                fail(why + "; junheng.requireTools=true requires it");
            }
            Assumptions.assumeTrue(false, why);
        }
        chromium = found.get();
    }

    private static Optional<Path> locate() {
        String configured = System.getProperty("junheng.chromium");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** The output of one headless run. */
    private record Run(int exit, String stdout, String stderr) {
    }

    private static Run chromium(Path profile, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath(),
                "--enable-logging=stderr", "--v=0"));
        command.addAll(List.of(args));
        Path stdout = Files.createTempFile(OUT, "stdout", ".txt");
        Path stderr = Files.createTempFile(OUT, "stderr", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
        }
        Run run = new Run(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
        Files.delete(stdout);
        Files.delete(stderr);
        deleteTree(profile);
        return run;
    }

    /** Removes a browser profile: deepest entries first. */
    private static void deleteTree(Path root) throws IOException {
        try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Console messages and failed loads in Chromium's log; its own D-Bus and GPU noise is not the page's. */
    private static List<String> pageErrors(String log) {
        List<String> errors = new ArrayList<>();
        for (String line : log.split("\n")) {
            if (line.contains("CONSOLE") || line.contains("Uncaught") || line.contains("Failed to load resource")
                    || line.contains("net::ERR_")) {
                errors.add(line);
            }
        }
        return errors;
    }

    private static Path page(Language language) throws IOException {
        Files.createDirectories(OUT);
        Path file = OUT.resolve("sample-series-" + language.name().toLowerCase(java.util.Locale.ROOT) + ".html");
        Files.writeString(file, HtmlReport.render(Junheng.sampleSeries(), Policies.shenyang(), language), StandardCharsets.UTF_8);
        return file;
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    @Test
    void pageLoadsWithoutErrorsAndItsDomHoldsTheCharts() throws Exception {
        Path file = page(Language.EN);
        String source = Files.readString(file, StandardCharsets.UTF_8);
        Run run = chromium(Files.createTempDirectory(OUT, "profile"), "--dump-dom", file.toUri().toString());
        assertEquals(0, run.exit(), run.stderr());
        assertEquals(List.of(), pageErrors(run.stderr()), "the page logs no console error and no failed load");
        String dom = run.stdout();
        assertTrue(dom.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">"), dom.substring(0, Math.min(400, dom.length())));
        int charts = count(source, "<svg ");
        assertTrue(charts >= 6, "the sample has funding, BAL-3, Lorenz and target charts: " + charts);
        assertEquals(charts, count(dom, "<svg "), "every chart is in the DOM as an SVG element");
        assertEquals(charts, count(dom, "role=\"img\""), "every chart is announced as an image");
        assertTrue(dom.contains("id=\"summary\"") && dom.contains("id=\"charts\""));
        assertTrue(dom.contains("line of equality") && dom.contains("(BAL-3)") && dom.contains("FIN-1, FIN-2"));
        assertTrue(dom.trim().endsWith("</html>"), "the whole page was parsed");
    }

    @Test
    void pageRendersToANonTrivialPng() throws Exception {
        for (Language language : Language.values()) {
            Path file = page(language);
            Path png = OUT.resolve("sample-series-" + language.name().toLowerCase(java.util.Locale.ROOT) + ".png");
            Files.deleteIfExists(png);
            Run run = chromium(Files.createTempDirectory(OUT, "profile"), "--screenshot=" + png.toAbsolutePath(),
                    "--window-size=1280,4000", "--hide-scrollbars", file.toUri().toString());
            assertEquals(0, run.exit(), run.stderr());
            assertEquals(List.of(), pageErrors(run.stderr()), language + ": no console error and no failed load");
            assertTrue(Files.size(png) > 50_000, language + ": a real page, not a blank: " + Files.size(png) + " bytes");
            BufferedImage image = ImageIO.read(png.toFile());
            assertEquals(1280, image.getWidth());
            assertEquals(4000, image.getHeight());
            Set<Integer> colours = new HashSet<>();
            long ink = 0;
            for (int y = 0; y < image.getHeight(); y += 2) {
                for (int x = 0; x < image.getWidth(); x += 2) {
                    int rgb = image.getRGB(x, y) & 0xFFFFFF;
                    colours.add(rgb);
                    if (rgb != 0xFFFFFF) {
                        ink++;
                    }
                }
            }
            long sampled = (long) (image.getWidth() / 2) * (image.getHeight() / 2);
            assertTrue(colours.size() > 20, language + ": text and tables in several colours: " + colours.size());
            assertTrue(ink > sampled / 50, language + ": at least 2% of the page is not white: " + ink + " of " + sampled);
        }
    }
}
