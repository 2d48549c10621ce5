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
