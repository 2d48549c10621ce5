package org.junheng.core.model;

import java.util.ArrayList;
import java.util.List;

/** The required-field check of the record builders: one message naming every field not set. */
final class Required {
    private Required() {
    }

    /**
     * Throws when any value is null, naming all such fields in the order given.
     *
     * @param record the record's simple name, for the message
     * @param namesAndValues alternating field names and their values
     * @throws IllegalStateException {@code "Student is missing required fields: id, stage"}
     */
    static void check(String record, Object... namesAndValues) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null) {
                missing.add((String) namesAndValues[i]);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException(record + " is missing required field" + (missing.size() == 1 ? "" : "s")
                    + ": " + String.join(", ", missing));
        }
    }
}
