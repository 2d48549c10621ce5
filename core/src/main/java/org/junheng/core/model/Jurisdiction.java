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
 * An administrative division in a data set's tree (province, city, county or district).
 *
 * <p>The level follows from the code; a parent, when given, must be of a higher level and contain the
 * code. Immutable and thread-safe.
 *
 * @param code the GB/T 2260 code
 * @param name the name, such as 沈阳市
 * @param parent the parent division's code; optional (null for the root of a data set)
 */
public record Jurisdiction(DivisionCode code, String name, DivisionCode parent) {

    /** Checks the code and name, and that a parent, when given, is of a higher level and contains the code. */
    public Jurisdiction {
        Checks.notNull(code, "code");
        Checks.notBlank(name, "name");
        if (parent != null) {
            Checks.check(parent.level().compareTo(code.level()) < 0 && parent.contains(code),
                    "parent (%s) must be a higher-level division containing %s", parent, code);
        }
    }

    /** The level (province, city, county) that the code's digits denote. */
    public JurisdictionLevel level() {
        return code.level();
    }

    /** The name and code, such as {@code "沈阳市 (210100)"}. */
    @Override
    public String toString() {
        return name + " (" + code + ")";
    }
}
