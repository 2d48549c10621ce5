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
package org.junheng.indicators.report.html;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junheng.core.internal.Checks;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DataSetSeries;
import org.junheng.core.model.Jurisdiction;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Language;
import org.junheng.indicators.report.Report;
import org.junheng.indicators.report.Reports;

/**
 * The report as one self-contained HTML page, in Chinese or English: a summary (verdicts per area, the
 * jurisdictions with the most breaches), the report's sections with verdicts coloured, then the charts of
 * {@link ReportCharts} as inline SVG. The page loads nothing from the network and runs no script; the
 * same input gives the same bytes.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    /** The page of the report on a series (the report of {@link Reports#of(DataSetSeries, Policy)}). */
    public static String render(DataSetSeries series, Policy policy, Language language) {
        Checks.notNull(series, "series");
        Checks.notNull(policy, "policy");
        Checks.notNull(language, "language");
        return render(Reports.of(series, policy), ReportCharts.of(series, policy, language), series.latest(), language);
    }

    /** The page of the report on one data set (the report of {@link Reports#of(DataSet, Policy)}). */
    public static String render(DataSet data, Policy policy, Language language) {
        Checks.notNull(data, "data");
        Checks.notNull(policy, "policy");
        Checks.notNull(language, "language");
        return render(Reports.of(data, policy), ReportCharts.of(DataSetSeries.of(data), policy, language), data, language);
    }

    /**
     * The page of a report already made, with the given charts; jurisdiction names come from {@code data}.
     *
     * @param figures the charts, in the order shown, made for {@code language}
     */
    public static String render(Report report, List<Figure> figures, DataSet data, Language language) {
        Checks.notNull(report, "report");
        Checks.notNull(figures, "figures");
        Checks.notNull(data, "data");
        Checks.notNull(language, "language");
        Map<String, String> names = new TreeMap<>();
        for (Jurisdiction j : data.jurisdictions()) {
            names.put(j.code().value(), j.name());
        }
        return HtmlPage.render(report, List.copyOf(figures), names, language);
    }
}
