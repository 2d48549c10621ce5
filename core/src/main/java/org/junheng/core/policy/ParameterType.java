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
package org.junheng.core.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import org.junheng.core.value.Money;
import org.junheng.core.value.Percentage;

/** The type of a policy parameter, which fixes how its text is read and what values are possible. */
public enum ParameterType {
    /** An amount in yuan, at least zero ({@code "1000.00"}, {@code "12万元"}). */
    MONEY,
    /** A percentage in [0, 100] ({@code "15%"}). */
    PERCENTAGE,
    /** A whole number at least zero: years, head-counts, ages. */
    COUNT,
    /** A decimal number at least zero, such as 4.2 teachers per 100 students or a CV ceiling of 0.50. */
    DECIMAL,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A date, {@code 2024-12-31}. */
    DATE,
    /** Free text, such as a code or a list of stage names. */
    TEXT;

    /**
     * Reads and checks a value's text, returning the typed value.
     *
     * @throws IllegalArgumentException saying what was expected
     */
    Object parse(String text) {
        boolean numeric = this == MONEY || this == PERCENTAGE || this == COUNT || this == DECIMAL;
        if (numeric && (text.length() > 40 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0)) {
            // an exponent could ask for a billion digits: numbers are written out, as the documents write them
            throw new IllegalArgumentException(expected() + ", written in at most 40 digits without an exponent");
        }
        try {
            return switch (this) {
                case MONEY -> {
                    Money m = Money.parse(text);
                    if (m.isNegative()) {
                        throw new IllegalArgumentException("an amount >= 0");
                    }
                    yield m;
                }
                case PERCENTAGE -> Percentage.parse(text);
                case COUNT -> {
                    long n = Long.parseLong(text.strip());
                    if (n < 0) {
                        throw new IllegalArgumentException("a whole number >= 0");
                    }
                    yield n;
                }
                case DECIMAL -> {
                    BigDecimal d = new BigDecimal(text.strip());
                    if (d.signum() < 0) {
                        throw new IllegalArgumentException("a number >= 0");
                    }
                    yield d;
                }
                case BOOLEAN -> {
                    if (!text.equals("true") && !text.equals("false")) {
                        throw new IllegalArgumentException("true or false");
                    }
                    yield Boolean.valueOf(text);
                }
                case DATE -> LocalDate.parse(text.strip());
                case TEXT -> {
                    if (text.isBlank()) {
                        throw new IllegalArgumentException("non-blank text");
                    }
                    yield text;
                }
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(expected(), e);
        }
    }

    /** What a value of this type looks like, for error messages. */
    String expected() {
        return switch (this) {
            case MONEY -> "an amount of money >= 0 in yuan, such as 1000.00";
            case PERCENTAGE -> "a percentage in [0, 100], such as 15%";
            case COUNT -> "a whole number >= 0";
            case DECIMAL -> "a decimal number >= 0, such as 4.2";
            case BOOLEAN -> "true or false";
            case DATE -> "a date such as 2024-12-31";
            case TEXT -> "non-blank text";
        };
    }

    /** Orders values of this type; null for the types that have no order. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Comparator<Object> order() {
        return switch (this) {
            case MONEY, PERCENTAGE, COUNT, DECIMAL, DATE -> (a, b) -> ((Comparable) a).compareTo(b);
            case BOOLEAN, TEXT -> null;
        };
    }
}
