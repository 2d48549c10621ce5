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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junheng.Junheng;
import org.junheng.core.model.DataSetSeries;
import org.junheng.core.policy.Policies;
import org.junheng.core.sample.SampleCounty;
import org.junheng.core.value.Language;
import org.junit.jupiter.api.Test;

/** The report on a series: today's sections on the latest snapshot, the targets on the series, year by year. */
class SeriesReportTest {
    private static final DataSetSeries SERIES = SampleCounty.series();
    private final Report report = Junheng.report(SERIES, Policies.shenyang());

    private Section section(String title) {
        return report.sections().stream().filter(s -> s.title().en().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError(title));
    }

    @Test
    void COV_1_theSeriesReportShowsEachIndicatorYearByYear() {
        assertEquals("示例县 Sample County", report.dataSet());
        assertEquals(SERIES.latest().asOf(), report.asOf());
        List<String> titles = report.sections().stream().map(s -> s.title().en()).toList();
        assertEquals(List.of("Summary", "Data set"), titles.subList(0, 2));
        assertEquals(List.of("Targets", "Year by year"), titles.subList(titles.size() - 2, titles.size()));
        Table coverage = section("Year by year").tables().get(0);
        assertEquals(List.of("rule", "indicator", "2024-09-01", "2025-09-01", "2026-09-01"),
                coverage.columns().stream().map(l -> l.en()).toList());
        assertTrue(coverage.rows().stream().noneMatch(r -> r.get(0).equals("COV-1")), "COV-1 is Panjin's and Yingkou's");
        Table panjin = Junheng.report(SERIES, Policies.panjin()).sections().stream().filter(s -> s.title().en().equals("Year by year"))
                .findFirst().orElseThrow().tables().get(0);
        List<String> cov1 = panjin.rows().stream().filter(r -> r.get(0).equals("COV-1")).findFirst().orElseThrow();
        assertEquals(List.of("66.67%", "66.67%", "83.33%"), cov1.subList(2, 5));
        List<String> over45 = coverage.rows().stream().filter(r -> r.get(1).contains("primary classes over the limit")).findFirst()
                .orElseThrow();
        assertEquals(List.of("12.64%", "2.87%", "1.15%"), over45.subList(2, 5));
    }

    @Test
    void FIN_2_fundingRotationAndBalanceAppearYearByYear() {
        List<Table> tables = section("Year by year").tables();
        Table funding = tables.get(1);
        List<String> y2023 = funding.rows().stream().filter(r -> r.get(1).equals("2023")).findFirst().orElseThrow();
        assertEquals("not met", y2023.get(5));
        assertEquals("未达标", funding.rows(Language.ZH).stream().filter(r -> r.get(1).equals("2023")).findFirst().orElseThrow().get(5));
        assertEquals("14505.67", y2023.get(3));
        List<String> rot = tables.stream().filter(t -> t.title().en().startsWith("Rotation")).findFirst().orElseThrow().rows().get(0);
        assertEquals(List.of("ROT-1", "210199", "0 / 32 (not met)", "0 / 33 (not met)", "3 / 34 (not met)"), rot);
        assertTrue(tables.stream().anyMatch(t -> t.title().en().startsWith("Balance CVs")));
        Table values = tables.get(tables.size() - 1);
        assertEquals(SERIES.observations().size(), values.rows().size());
    }

    @Test
    void TGT_1_theTextReportOnASeriesRendersInBothLanguages() {
        String en = report.render(ReportFormat.TEXT, Language.EN);
        assertTrue(en.contains("== Year by year =="), en);
        assertTrue(en.contains("SY19-COV-14"), en);
        String zh = report.render(ReportFormat.MARKDOWN, Language.ZH);
        assertTrue(zh.contains("逐年"), zh);
    }

    @Test
    void TGT_1_theReportOnADataSetHasTheTargetsSectionToo() {
        Report one = Reports.of(SampleCounty.dataSet(), Policies.shenyang());
        assertEquals("Targets", one.sections().get(one.sections().size() - 1).title().en());
    }
}
