package org.junheng.indicators.report;

import java.util.List;
import org.junheng.core.internal.Checks;
import org.junheng.core.value.Label;

/**
 * A table of a report: labelled columns and rows of cells already formatted for people (numbers with
 * their stated rounding, money as yuan). Immutable and thread-safe.
 *
 * @param title the table's title
 * @param columns the column labels
 * @param rows the rows, each with one cell per column
 */
public record Table(Label title, List<Label> columns, List<List<String>> rows) {

    public Table {
        Checks.notNull(title, "title");
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (int i = 0; i < rows.size(); i++) {
            Checks.check(rows.get(i).size() == columns.size(), "row %d has %d cells for %d columns", i,
                    rows.get(i).size(), columns.size());
        }
    }
}
