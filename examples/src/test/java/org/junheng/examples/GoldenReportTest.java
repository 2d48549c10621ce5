package org.junheng.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junheng.Junheng;
import org.junheng.core.io.DataSetCsv;
import org.junheng.core.io.DataSetJson;
import org.junheng.core.model.DataSet;
import org.junheng.core.policy.Policies;
import org.junheng.core.value.Language;
import org.junheng.indicators.report.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's report pinned byte for byte in text, Markdown and JSON, and the same bytes whether the
 * data set is read from JSON, from CSV or built in memory. Regenerate the files after a deliberate change
 * with {@code mvn -B -ntp -q -Dquick verify -Djunheng.updateGolden=true} and review the diff.
 */
class GoldenReportTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final boolean UPDATE = Boolean.getBoolean("junheng.updateGolden");

    /**
     * The aid section's two tables whose row order still changes between runs (the aid area fixes it):
     * their rows are compared as sets until then. Delete this list, and {@link #normalized}, once the
     * order is fixed.
     */
    private static final List<String> UNORDERED_TABLES = List.of("Aid budget by district and stage", "Reasons for refusal");

    @TempDir
    Path dir;

    private static String render(DataSet data, ReportFormat format) {
        return Junheng.report(data, Policies.shenyang()).render(format, Language.EN);
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
            String actual = render(Junheng.sample(), format);
            if (UPDATE) {
                Files.createDirectories(GOLDEN);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                continue;
            }
            assertTrue(Files.isRegularFile(file), file + " is missing: run with -Djunheng.updateGolden=true");
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            assertEquals(normalized(expected, format), normalized(actual, format), "the " + format + " report changed: "
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

    /** The report with the rows of {@link #UNORDERED_TABLES} sorted; everything else as it is. */
    static String normalized(String report, ReportFormat format) {
        List<String> lines = new ArrayList<>(Arrays.asList(report.split("\n", -1)));
        for (String title : UNORDERED_TABLES) {
            int at = -1;
            for (int i = 0; i < lines.size() && at < 0; i++) {
                String line = lines.get(i).strip();
                if (line.equals(title) || line.equals("### " + title) || line.equals("\"title\" : \"" + title + "\",")) {
                    at = i;
                }
            }
            if (at < 0) {
                continue;
            }
            if (format == ReportFormat.JSON) {
                int rows = at + 2;
                String line = lines.get(rows);
                int open = line.indexOf("[ [");
                int close = line.lastIndexOf("] ]");
                if (open >= 0 && close > open) {
                    List<String> cells = new ArrayList<>(Arrays.asList(line.substring(open + 3, close).strip().split(" \\], \\[ ", -1)));
                    cells.sort(null);
                    lines.set(rows, line.substring(0, open + 3) + " " + String.join(" ], [ ", cells) + " " + line.substring(close));
                }
                continue;
            }
            // text: the header follows the title; Markdown: a blank line, the header and the rule
            int first = format == ReportFormat.TEXT ? at + 2 : at + 4;
            int end = first;
            while (end < lines.size() && (format == ReportFormat.TEXT ? lines.get(end).startsWith("  ") : lines.get(end).startsWith("|"))) {
                end++;
            }
            if (first < end) {
                List<String> block = new ArrayList<>(lines.subList(first, end));
                block.sort(null);
                for (int i = first; i < end; i++) {
                    lines.set(i, block.get(i - first));
                }
            }
        }
        return String.join("\n", lines);
    }
}
