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
package org.junheng.indicators.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junheng.core.internal.Checks;
import org.junheng.core.value.Label;
import org.junheng.core.value.Language;
import org.junheng.indicators.rules.Unit;

/**
 * A report as a folder of CSV files for spreadsheets and data frames: one file per table, named
 * {@code 03-funding-01-two-no-decreases-fin-1-fin-2.csv} (section and table numbers, then slugs of the
 * English titles: the same names in both languages), plus {@code index.csv} (every table file with its
 * section, title and row count), {@code findings.csv} (every finding with rule ID, verdict code and label,
 * value, threshold, shortfall, unit, explanation and facts) and {@code notes.csv}.
 *
 * <p>Every file is UTF-8 with a byte-order mark, so that Excel opens Chinese correctly, and follows
 * RFC 4180: CRLF line ends; a field with a comma, quote or line break in double quotes, a quote doubled.
 * Numbers are written exactly, in plain notation and without units ({@code 12.5} for 12.5%); a column whose
 * numbers are all percentages says {@code (%)} in its header. An empty cell stays empty. The bytes depend
 * only on the report and the language.
 */
public final class ReportCsv {
    /** The index of the table files. */
    public static final String INDEX = "index.csv";
    /** Every finding of every section. */
    public static final String FINDINGS = "findings.csv";
    /** Every note of every section. */
    public static final String NOTES = "notes.csv";

    private ReportCsv() {
    }

    /**
     * Writes the report's tables into {@code directory} (made if missing; files of the same names are
     * replaced) and returns the files written: the index, the tables in report order, the findings and
     * the notes.
     *
     * @throws IllegalArgumentException if {@code directory} is a file
     * @throws IOException if a file cannot be written; the exception names it
     */
    public static List<Path> write(Report report, Language language, Path directory) throws IOException {
        Checks.notNull(report, "report");
        Checks.notNull(language, "language");
        Checks.notNull(directory, "directory");
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new IllegalArgumentException("CSV output " + directory + " is a file, not a folder");
        }
        Files.createDirectories(directory);
        List<String> names = ReportTables.tableNames(report);
        List<String> files = names.stream().map(n -> n + ".csv").toList();
        List<Path> written = new ArrayList<>();
        written.add(write(directory.resolve(INDEX),
                ReportTables.index(report, Label.of("文件", "file"), files), language));
        int n = 0;
        for (Section s : report.sections()) {
            for (Table t : s.tables()) {
                written.add(write(directory.resolve(files.get(n++)), t, language));
            }
        }
        written.add(write(directory.resolve(FINDINGS), ReportTables.findings(report), language));
        written.add(write(directory.resolve(NOTES), ReportTables.notes(report), language));
        return List.copyOf(written);
    }

    private static Path write(Path file, Table table, Language language) throws IOException {
        Files.writeString(file, csv(table, language), StandardCharsets.UTF_8);
        return file;
    }

    /** The table as CSV text: a byte-order mark, the header, then one line per row. */
    static String csv(Table table, Language language) {
        StringBuilder s = new StringBuilder("\uFEFF");
        for (int i = 0; i < table.columns().size(); i++) {
            String label = table.columns().get(i).in(language);
            boolean percent = TableKeys.columnUnit(table, i).orElse(null) == Unit.PERCENT;
            field(s, i, percent && !label.contains("%") ? label + " (%)" : label);
        }
        s.append("\r\n");
        for (List<Cell> row : table.cells()) {
            for (int i = 0; i < row.size(); i++) {
                Cell c = row.get(i);
                field(s, i, c instanceof Cell.Number n ? n.value().toPlainString()
                        : c instanceof Cell.Empty ? "" : c.in(language));
            }
            s.append("\r\n");
        }
        return s.toString();
    }

    private static void field(StringBuilder s, int column, String field) {
        if (column > 0) {
            s.append(',');
        }
        s.append(quote(field));
    }

    /** The field as is, or in double quotes with quotes doubled where it holds a comma, a quote or a line break. */
    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
