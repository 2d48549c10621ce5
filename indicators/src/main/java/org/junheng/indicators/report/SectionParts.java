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
