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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junheng.core.policy.Policies;
import org.junheng.core.sample.SampleCounty;
import org.junheng.core.value.Label;
import org.junheng.core.value.Language;
import org.junit.jupiter.api.Test;

class ReportsTest {
    private final Report report = Reports.of(SampleCounty.dataSet(), Policies.shenyang());

    @Test
    void theReportNamesItsDataSetDateAndPolicy() {
        assertEquals("示例县 Sample County", report.dataSet());
        assertEquals("shenyang", report.policy());
        assertEquals("Summary", report.sections().get(0).title().en());
        assertEquals("Data set", report.sections().get(1).title().en());
    }

    @Test
    void textHasBothLanguages() {
        String en = report.render(ReportFormat.TEXT, Language.EN);
        String zh = report.render(ReportFormat.TEXT, Language.ZH);
        assertTrue(en.startsWith("junheng: education equity report\nData set: 示例县 Sample County; as of: 2026-09-01"), en);
        assertTrue(zh.contains("== 数据概况 =="), zh);
        assertTrue(en.contains("Schools by type"), en);
    }

    @Test
    void markdownTablesHaveASeparatorRow() {
        String md = report.render(ReportFormat.MARKDOWN, Language.EN);
        assertTrue(md.contains("| record type | count |\n| --- | --- |\n"), md);
    }

    @Test
    void jsonIsWellFormedAndComplete() throws Exception {
        var tree = new ObjectMapper().readTree(report.render(ReportFormat.JSON, Language.EN));
        assertEquals("shenyang", tree.get("policy").asText());
        assertEquals(report.sections().size(), tree.get("sections").size());
    }

    @Test
    void aRowMustFitItsColumns() {
        assertThrows(IllegalArgumentException.class, () -> Table.ofText(Label.of("t", "t"),
                List.of(Label.of("a", "a")), List.of(List.of("1", "2"))));
    }
}
