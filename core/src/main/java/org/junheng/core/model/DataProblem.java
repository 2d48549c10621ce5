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

import org.junheng.core.internal.Checks;

/**
 * One problem in a data set or a policy file, with its place: which file or document, which line or
 * record, which field, the value found and what was expected. Immutable and thread-safe.
 *
 * @param source the file or document, such as {@code schools.csv} or {@code sample.json}
 * @param location the line or record within it, such as {@code line 12} or {@code schools[3]}
 * @param field the field; empty when the problem concerns the whole record or file
 * @param value the value found; empty when there was none
 * @param expected what was expected, in words
 */
public record DataProblem(String source, String location, String field, String value, String expected) {

    /** Checks that every part is present (null refused) and that {@code expected} is not blank. */
    public DataProblem {
        Checks.notNull(source, "source");
        Checks.notNull(location, "location");
        Checks.notNull(field, "field");
        Checks.notNull(value, "value");
        Checks.notBlank(expected, "expected");
    }

    /** {@code "schools.csv line 12, field 'stage', value 'PRIMRY': expected one of ..."}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(source);
        if (!location.isEmpty()) {
            s.append(' ').append(location);
        }
        if (!field.isEmpty()) {
            s.append(", field '").append(field).append('\'');
        }
        if (!value.isEmpty()) {
            s.append(", value '").append(value.length() > 80 ? value.substring(0, 80) + "…" : value).append('\'');
        }
        return s.append(": ").append(expected).toString();
    }
}
