package org.junheng.indicators.report;

import java.util.List;
import org.junheng.core.internal.Checks;
import org.junheng.core.value.Label;
import org.junheng.core.value.Language;

/**
 * A table of a report: labelled columns and rows of typed {@link Cell}s (numbers with their stated rounding,
 * money as yuan, words in both languages). Immutable and thread-safe.
 *
 * @param title the table's title
 * @param columns the column labels
 * @param cells the rows, each with one cell per column
 */
public record Table(Label title, List<Label> columns, List<List<Cell>> cells) {

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
