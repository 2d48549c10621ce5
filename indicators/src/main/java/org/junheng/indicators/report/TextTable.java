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

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junheng.core.internal.Checks;
import org.junheng.indicators.rules.Finding;

/**
 * A small plain-text table with aligned columns, as the results print in JShell and logs. Columns are
 * aligned by display width: a Chinese character takes two columns, as in a terminal. Build it with
 * {@link #of} and {@link #row}; {@code toString} is the table. Not thread-safe while rows are added.
 *
 * <pre>
 * FIN-1/FIN-2 210199
 * year  students  per student  FIN-1  FIN-2
 * ----  --------  -----------  -----  -------
 * 2023  120000    14505.67     met    not met
 * </pre>
 */
public final class TextTable {
    private final String title;
    private final List<String> columns;
    private final List<List<String>> rows = new ArrayList<>();

    private TextTable(String title, List<String> columns) {
        this.title = title;
        this.columns = List.copyOf(columns);
    }

    /**
     * An empty table.
     *
     * @param title the line above the table; empty for none
     * @param columns the column headings
     * @return the table, without rows
     */
    public static TextTable of(String title, String... columns) {
        Checks.notNull(title, "title");
        Checks.check(columns.length > 0, "a table needs at least one column");
        return new TextTable(title, List.of(columns));
    }

    /**
     * Adds a row; {@code null} cells print as empty.
     *
     * @param cells one value per column, printed with {@code String.valueOf}
     * @return this table
     * @throws IllegalArgumentException when the number of cells is not the number of columns
     */
    public TextTable row(Object... cells) {
        Checks.check(cells.length == columns.size(), "a row of %d cells for %d columns", cells.length, columns.size());
        List<String> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            // one line per row: a line break inside a cell would break the alignment
            row.add(cell == null ? "" : String.valueOf(cell).replace('\n', ' '));
        }
        rows.add(row);
        return this;
    }

    /** The number of rows added. */
    public int size() {
        return rows.size();
    }

    /**
     * Findings as a table: rule, subject, verdict and the English explanation, one row each, in order.
     *
     * @param title the line above the table
     * @param findings the findings
     * @return the table
     */
    public static TextTable findings(String title, Collection<Finding> findings) {
        TextTable table = of(title, "rule", "subject", "verdict", "explanation");
        for (Finding f : findings) {
            table.row(f.rule(), f.subject(), f.verdict().label().en(), f.explanation().en());
        }
        return table;
    }

    /** The title line, the headings, a rule of dashes and the rows, columns two spaces apart. */
    @Override
    public String toString() {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = width(columns.get(c));
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        StringBuilder out = new StringBuilder();
        if (!title.isEmpty()) {
            out.append(title).append('\n');
        }
        line(out, columns, widths);
        List<String> dashes = new ArrayList<>();
        for (int w : widths) {
            dashes.add("-".repeat(w));
        }
        line(out, dashes, widths);
        for (List<String> row : rows) {
            line(out, row, widths);
        }
        return out.substring(0, out.length() - 1);
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        int start = out.length();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            out.append(cell);
            if (c < cells.size() - 1) {
                out.append(" ".repeat(widths[c] - width(cell) + 2));
            }
        }
        // no trailing spaces: the last column is not padded, and an empty last cell leaves none
        int end = out.length();
        while (end > start && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
        out.append('\n');
    }

    /** Display width in a terminal: East Asian wide and full-width characters take two columns. */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    private static boolean wide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F
                || cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000 && cp <= 0x3FFFD;
    }
}
