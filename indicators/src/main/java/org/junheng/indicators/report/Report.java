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

import java.time.LocalDate;
import java.util.List;
import org.junheng.core.internal.Checks;
import org.junheng.core.value.Label;
import org.junheng.core.value.Language;

/**
 * The report on a data set under a policy: one section per area. Render it with
 * {@link #render(ReportFormat, Language)}; {@code toString} is the plain text with English labels.
 * Immutable and thread-safe.
 *
 * @param title the report's title
 * @param dataSet the data set's name
 * @param asOf the data set's reference date
 * @param policy the policy profile's name
 * @param sections the sections, in order
 */
public record Report(Label title, String dataSet, LocalDate asOf, String policy, List<Section> sections) {

    /**
     * Refuses a null title or date and a blank data-set or policy name; copies {@code sections}, which
     * must hold no null.
     */
    public Report {
        Checks.notNull(title, "title");
        Checks.notBlank(dataSet, "dataSet");
        Checks.notNull(asOf, "asOf");
        Checks.notBlank(policy, "policy");
        sections = List.copyOf(sections);
    }

    /** The report as text, Markdown or JSON, with labels in one language. */
    public String render(ReportFormat format, Language language) {
        return Checks.notNull(format, "format").render(this, Checks.notNull(language, "language"));
    }

    /** The plain-text report with English labels. */
    @Override
    public String toString() {
        return render(ReportFormat.TEXT, Language.EN);
    }
}
