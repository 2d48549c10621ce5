package org.junheng.core.io;

import java.util.List;

/** The fields of one flat record as read, before conversion: from a JSON object or a CSV row. */
interface Fields {

    /** How a field's value was written. */
    enum Kind {
        /** Absent, JSON null, or an empty CSV cell. */
        ABSENT,
        TEXT,
        NUMBER,
        BOOLEAN
    }

    /** The field names present, in order. */
    List<String> names();

    Kind kind(String field);

    /** The value's text; null when absent. */
    String text(String field);

    /** Whether values are all text (CSV), so numbers and booleans are read from text. */
    boolean textOnly();
}
