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

import java.util.List;
import org.junheng.core.value.Label;
import org.junheng.core.value.Language;

/**
 * How a report is written as one document: plain text for a terminal, Markdown for a document, JSON for a
 * program. Tables for spreadsheets are written by {@link ReportCsv} (a folder of CSV files) and
 * {@link ReportXlsx} (one workbook).
 */
public enum ReportFormat {
    /** Aligned columns for a terminal. */
    TEXT {
        @Override
        String render(Report r, Language l) {
            StringBuilder s = new StringBuilder();
            s.append(r.title().in(l)).append('\n');
            s.append(header(r, l)).append('\n');
            for (Section section : r.sections()) {
                s.append('\n').append("== ").append(section.title().in(l)).append(" ==\n");
                for (Table t : section.tables()) {
                    s.append('\n').append(t.title().in(l)).append('\n');
                    List<String> head = t.columns().stream().map(c -> c.in(l)).toList();
                    int[] widths = new int[head.size()];
                    for (int i = 0; i < widths.length; i++) {
                        widths[i] = width(head.get(i));
                        for (List<String> row : t.rows(l)) {
                            widths[i] = Math.max(widths[i], width(row.get(i)));
                        }
                    }
                    line(s, head, widths);
                    for (List<String> row : t.rows(l)) {
                        line(s, row, widths);
                    }
                }
                for (Label note : section.notes()) {
                    s.append("* ").append(note.in(l)).append('\n');
                }
            }
            return s.toString();
        }

        private void line(StringBuilder s, List<String> cells, int[] widths) {
            for (int i = 0; i < cells.size(); i++) {
                String c = cells.get(i);
                s.append(i == 0 ? "  " : "  ").append(c).append(" ".repeat(widths[i] - width(c)));
            }
            s.append('\n');
        }

        /** Display width: CJK characters take two columns in a terminal. */
        private int width(String text) {
            return text.codePoints().map(c -> c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF)
                    || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
                    || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6)) ? 2 : 1).sum();
        }
    },
    /** GitHub-flavoured Markdown tables. */
    MARKDOWN {
        @Override
        String render(Report r, Language l) {
            StringBuilder s = new StringBuilder();
            s.append("# ").append(r.title().in(l)).append("\n\n").append(header(r, l)).append('\n');
            for (Section section : r.sections()) {
                s.append("\n## ").append(section.title().in(l)).append('\n');
                for (Table t : section.tables()) {
                    s.append("\n### ").append(t.title().in(l)).append("\n\n");
                    s.append('|');
                    t.columns().forEach(c -> s.append(' ').append(escape(c.in(l))).append(" |"));
                    s.append("\n|");
                    t.columns().forEach(c -> s.append(" --- |"));
                    s.append('\n');
                    for (List<String> row : t.rows(l)) {
                        s.append('|');
                        row.forEach(c -> s.append(' ').append(escape(c)).append(" |"));
                        s.append('\n');
                    }
                }
                if (!section.notes().isEmpty()) {
                    s.append('\n');
                    section.notes().forEach(n -> s.append("- ").append(n.in(l)).append('\n'));
                }
            }
            return s.toString();
        }

        private String escape(String cell) {
            return cell.replace("|", "\\|");
        }
    },
    /**
     * One JSON document for programs: numbers as exact numbers, rows as objects keyed by column, verdicts
     * as a code and a label, and each section's findings with value, threshold, shortfall, unit and facts.
     * The shape is described by the resource {@code report.schema.json} of this package.
     */
    JSON {
        @Override
        String render(Report r, Language l) {
            return ReportJson.render(r, l);
        }
    };

    abstract String render(Report report, Language language);

    private static String header(Report r, Language l) {
        return l == Language.ZH
                ? "数据集: " + r.dataSet() + "; 统计时点: " + r.asOf() + "; 政策: " + r.policy()
                : "Data set: " + r.dataSet() + "; as of: " + r.asOf() + "; policy: " + r.policy();
    }
}
