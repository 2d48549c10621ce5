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

    /**
     * The names present that are not in {@code known}, in order: a reader that sorts fields by name as it
     * reads knows these without looking at every field again.
     */
    default List<String> unknownNames(java.util.Set<String> known) {
        List<String> unknown = new java.util.ArrayList<>();
        for (String name : names()) {
            if (!known.contains(name)) {
                unknown.add(name);
            }
        }
        return unknown;
    }

    /** How the value of {@code field} was written: absent, text, a number or a boolean. */
    Kind kind(String field);

    /** The value's text; null when absent. */
    String text(String field);

    /**
     * The value as an enum constant when it is text written exactly as the constant's name; null
     * otherwise, and the caller reads {@link #text} (which also finds what is wrong). Lets a reader of
     * bytes skip making a string of every enum cell.
     */
    default <E extends Enum<E>> E constant(String field, Class<E> type) {
        return null;
    }

    /**
     * The value as {@code year * 10000 + month * 100 + day} when it is text of the form {@code yyyy-mm-dd}
     * in digits (the date may still not exist); -1 otherwise, and the caller reads {@link #text}.
     */
    default int packedDate(String field) {
        return -1;
    }

    /**
     * The value when it is written as a number of 1 to 18 plain digits (of {@code kind}: a JSON number,
     * or text for a code); -1 otherwise, and the caller reads {@link #text}.
     *
     * @param width the number of digits required, or 0 for any from 1 to 18
     */
    default long plainDigits(String field, Kind kind, int width) {
        return -1;
    }

    /**
     * Whether the value is text equal to {@code text}; a reader of bytes compares without making a string,
     * so that the school ID repeated by thousands of students in a row costs no string each.
     */
    default boolean textEquals(String field, String text) {
        return kind(field) == Kind.TEXT && text.equals(text(field));
    }

    /** Whether values are all text (CSV), so numbers and booleans are read from text. */
    boolean textOnly();

    /**
     * The position of {@code field} among {@code names}, -1 when absent. The decoders ask with the same
     * constant strings the readers hold, mostly in order: {@code hint} (the position found last) and the
     * one after it are tried by identity first; {@code index} finds any other spelling of a name.
     */
    static int position(String[] names, java.util.Map<String, Integer> index, String field, int hint) {
        if (names[hint] == field) {
            return hint;
        }
        int next = hint + 1 == names.length ? 0 : hint + 1;
        if (names[next] == field) {
            return next;
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i] == field) {
                return i;
            }
        }
        Integer i = index.get(field);
        return i == null ? -1 : i;
    }
}
