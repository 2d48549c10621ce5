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
import org.junheng.core.internal.Checks;
import org.junheng.core.value.Label;
import org.junheng.core.value.Language;
import org.junheng.indicators.rules.Finding;

/**
 * A table of a report: labelled columns and rows of typed {@link Cell}s (numbers with their stated rounding,
 * money as yuan, words in both languages). Immutable and thread-safe.
 *
 * @param title the table's title
 * @param columns the column labels
 * @param cells the rows, each with one cell per column
 */
public record Table(Label title, List<Label> columns, List<List<Cell>> cells) {

    /** Copies the columns and rows; every row has one cell per column. */
    public Table {
        Checks.notNull(title, "title");
        columns = List.copyOf(columns);
        cells = cells.stream().map(List::copyOf).toList();
        for (int i = 0; i < cells.size(); i++) {
            Checks.check(cells.get(i).size() == columns.size(), "row %d has %d cells for %d columns", i,
                    cells.get(i).size(), columns.size());
        }
    }

    /** A table whose cells are all verbatim text, the same in every language. */
    public static Table ofText(Label title, List<Label> columns, List<List<String>> rows) {
        return new Table(title, columns, rows.stream().map(r -> r.stream().map(Cell::text).toList()).toList());
    }

    /**
     * The findings as a table of rule, subject, verdict and explanation, one row a finding, in the order
     * given; the subject is shown as the calculator names it (codes and IDs).
     */
    public static Table ofFindings(Label title, List<Finding> findings) {
        return new Table(title, FINDING_COLUMNS, findingRows(findings));
    }

    /** One row a finding: rule, subject, verdict, explanation, as in {@link #ofFindings}. */
    public static List<List<Cell>> findingRows(List<Finding> findings) {
        return findings.stream().map(f -> List.of(Cell.text(f.rule()), subject(f.subject()), Cell.verdict(f.verdict()),
                Cell.words(f.explanation()))).toList();
    }

    /**
     * A finding's subject as a cell: codes and IDs as they are; a subject that names its part in both
     * languages ({@code "210199 2024: 教育附加 / surcharges"}) shows the part in the reader's language.
     */
    public static Cell subject(String subject) {
        int colon = subject.lastIndexOf(": ");
        int slash = subject.lastIndexOf(" / ");
        if (colon < 0 || slash < colon) {
            return Cell.text(subject);
        }
        String head = subject.substring(0, colon + 2);
        return Cell.words(head + subject.substring(colon + 2, slash), head + subject.substring(slash + 3));
    }

    /** The columns of {@link #ofFindings}: rule, subject, verdict, explanation. */
    public static final List<Label> FINDING_COLUMNS = List.of(Label.of("规则", "rule"), Label.of("对象", "subject"),
            Label.of("结论", "verdict"), Label.of("说明", "explanation"));

    /** The rows as people read them in {@code language}. */
    public List<List<String>> rows(Language language) {
        Checks.notNull(language, "language");
        return cells.stream().map(r -> r.stream().map(c -> c.in(language)).toList()).toList();
    }

    /** The rows as people read them in English. */
    public List<List<String>> rows() {
        return rows(Language.EN);
    }
}
