package org.junheng.indicators.report;

import java.util.List;
import org.junheng.core.internal.Checks;
import org.junheng.core.value.Label;

/**
 * One section of a report, for one area of its tables, then notes that say what the numbers
 * rest on. Immutable and thread-safe.
 *
 * @param title the section's title
 * @param tables the tables
 * @param notes sentences for people, in both languages
 */
public record Section(Label title, List<Table> tables, List<Label> notes) {

    public Section {
        Checks.notNull(title, "title");
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
    }
}
