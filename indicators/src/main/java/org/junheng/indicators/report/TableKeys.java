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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junheng.core.value.Label;
import org.junheng.indicators.rules.Unit;

/**
 * Stable names for the machine-readable outputs: a key per column (JSON), a file name per table (CSV), a
 * sheet name per table (XLSX). All come from the English labels, so that they do not change with
 * {@code --lang}.
 */
final class TableKeys {
    /** Longest slug in a file name, so that paths stay short on every file system. */
    private static final int MAX_SLUG = 48;
    /** Excel refuses longer sheet names. */
    static final int MAX_SHEET_NAME = 31;

    private TableKeys() {
    }

    /**
     * One key per column: the English label in lower case, runs of anything but ASCII letters and digits
     * made one {@code _} ({@code "amount (yuan)"} is {@code amount_yuan}); a key already taken gets
     * {@code _2}, {@code _3}, … in column order; a label with no ASCII letter or digit is {@code column_N}.
     */
    static List<String> columnKeys(Table table) {
        List<String> keys = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < table.columns().size(); i++) {
            String base = words(table.columns().get(i).en(), "_");
            if (base.isEmpty()) {
                base = "column_" + (i + 1);
            }
            String key = base;
            for (int n = 2; !taken.add(key); n++) {
                key = base + "_" + n;
            }
            keys.add(key);
        }
        return keys;
    }

    /** {@code "Two no-decreases (FIN-1)"} is {@code two-no-decreases-fin-1}; empty text gives {@code fallback}. */
    static String slug(Label label, String fallback) {
        String s = words(label.en(), "-");
        if (s.length() > MAX_SLUG) {
            // cut at a word's end where there is one
            int cut = s.lastIndexOf('-', MAX_SLUG);
            s = s.substring(0, cut > 0 ? cut : MAX_SLUG);
        }
        return s.isEmpty() ? fallback : s;
    }

    /**
     * The table's name in every machine-readable output: two-digit section and table numbers and the
     * slugs of their English titles, {@code 03-funding-01-two-no-decreases-fin-1-fin-2}.
     */
    static String tableName(int section, Section s, int table, Table t) {
        return String.format(Locale.ROOT, "%02d-%s-%02d-%s", section, slug(s.title(), "section"), table,
                slug(t.title(), "table"));
    }

    /** The unit of every number in a column, if they share one (and there is at least one number). */
    static Optional<Unit> columnUnit(Table table, int column) {
        Unit unit = null;
        for (List<Cell> row : table.cells()) {
            if (row.get(column) instanceof Cell.Number n) {
                if (unit != null && unit != n.unit()) {
                    return Optional.empty();
                }
                unit = n.unit();
            }
        }
        return Optional.ofNullable(unit);
    }

    /** Lower-case ASCII words of {@code text} joined by {@code separator}. */
    private static String words(String text, String separator) {
        StringBuilder s = new StringBuilder();
        boolean gap = false;
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && !s.isEmpty()) {
                    s.append(separator);
                }
                s.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return s.toString();
    }
}
