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
import org.junheng.core.value.Label;
import org.junheng.indicators.rules.Finding;

/**
 * One section of a report, for one area: its tables, then notes that say what the numbers rest on, and
 * the findings behind the tables (rule ID, verdict, explanation, facts) for programs that want them whole.
 * Immutable and thread-safe.
 *
 * @param title the section's title
 * @param tables the tables
 * @param notes sentences for people, in both languages
 * @param findings the rule findings the section reports, in table order; empty where it reports none
 */
public record Section(Label title, List<Table> tables, List<Label> notes, List<Finding> findings) {

    /** Refuses a null title; copies the tables, notes and findings, none of which may be null. */
    public Section {
        Checks.notNull(title, "title");
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
        findings = List.copyOf(findings);
    }

    /** A section without findings of its own. */
    public Section(Label title, List<Table> tables, List<Label> notes) {
        this(title, tables, notes, List.of());
    }
}
