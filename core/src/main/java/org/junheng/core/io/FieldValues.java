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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.value.Money;

/** The text form of a field value, shared by both writers: CSV cells and JSON strings agree. */
final class FieldValues {
    private FieldValues() {
    }

    /** Null for an absent value. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Money m) {
            return m.toPlainString();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Collection<?> c) {
            // enum sets, written in declaration order so that a written file is stable
            return c.stream().map(v -> (Enum<?>) v).sorted().map(Enum::name).collect(Collectors.joining(";"));
        }
        if (value instanceof String || value instanceof Boolean || value instanceof Number
                || value instanceof LocalDate || value instanceof DivisionCode
                || value instanceof org.junheng.core.value.SchoolYear) {
            return value.toString();
        }
        throw new IllegalArgumentException("no text form for " + value.getClass().getName());
    }
}
