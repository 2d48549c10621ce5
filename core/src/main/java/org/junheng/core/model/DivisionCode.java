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
 * A six-digit administrative division code of GB/T 2260 (中华人民共和国行政区划代码), such as
 * {@code 210100} for 沈阳市. The level follows from the digits: {@code XX0000} is a province, {@code XXXX00}
 * a city, anything else a county-level division (county, district, county-level city).
 *
 * <p>Immutable and thread-safe; {@code toString} is the six digits.
 *
 * @param value the six digits
 */
public record DivisionCode(String value) implements Comparable<DivisionCode> {

    /** Checks that the value is six digits and has a province part (not {@code 00}). */
    public DivisionCode {
        Checks.notNull(value, "value");
        Checks.check(value.length() == 6 && value.chars().allMatch(c -> c >= '0' && c <= '9'),
                "division code (%s) must be six digits (GB/T 2260)", value);
        Checks.check(!value.startsWith("00"), "division code (%s) has no province part", value);
    }

    /** The code of the six digits {@code value}; refuses anything else, like the constructor. */
    public static DivisionCode of(String value) {
        return new DivisionCode(value);
    }

    /** The level the code denotes. */
    public JurisdictionLevel level() {
        if (value.endsWith("0000")) {
            return JurisdictionLevel.PROVINCE;
        }
        return value.endsWith("00") ? JurisdictionLevel.CITY : JurisdictionLevel.COUNTY;
    }

    /** The code of the province this code lies in. */
    public DivisionCode province() {
        return new DivisionCode(value.substring(0, 2) + "0000");
    }

    /** Whether {@code other} lies within this division (or is it), judged by the code's digits. */
    public boolean contains(DivisionCode other) {
        return switch (level()) {
            case PROVINCE -> other.value.startsWith(value.substring(0, 2));
            case CITY -> other.value.startsWith(value.substring(0, 4));
            case COUNTY -> other.value.equals(value);
        };
    }

    @Override
    public int compareTo(DivisionCode other) {
        return value.compareTo(other.value);
    }

    /** The six digits, such as {@code 210100}. */
    @Override
    public String toString() {
        return value;
    }
}
