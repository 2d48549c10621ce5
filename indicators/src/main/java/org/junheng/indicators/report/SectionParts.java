package org.junheng.indicators.report;

import java.util.List;
import org.junheng.core.internal.Checks;

/**
 * A section whose per-county tables are kept apart, so that a report on many counties can put them in an
 * appendix and keep one summary row per county in the section itself. Immutable and thread-safe.
 *
 * @param section the section, with its summary tables and all its findings
 * @param detail the per-county tables, in order; empty when the area has none
 */
public record SectionParts(Section section, List<Table> detail) {

    /** Copies the detail tables; the section is required. */
    public SectionParts {
        Checks.notNull(section, "section");
        detail = List.copyOf(detail);
    }
}
