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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.policy.Policies;
import org.junheng.core.policy.Policy;
import org.junheng.core.sample.SampleCounty;
import org.junheng.core.sample.SyntheticDataSets;
import org.junheng.core.value.Label;
import org.junheng.core.value.Language;
import org.junheng.indicators.rules.Finding;
import org.junheng.indicators.rules.Verdict;
import org.junit.jupiter.api.Test;

/** The summary first, with verdicts per area and the worst counties; the appendix for many counties. */
class SummarySectionTest {
    private static final Policy SHENYANG = Policies.shenyang();

    private static Finding finding(String rule, String subject, Verdict verdict) {
        return new Finding(rule, subject, verdict, Label.of("说明", "why"), Map.of());
    }

    private static Section area(String en, Finding... findings) {
        return new Section(Label.of("领域" + en, en), List.of(), List.of(), List.of(findings));
    }

    @Test
    void FIN_2_BAL_3_theSummaryCountsEveryFindingOfEveryAreaOnce() {
        Report report = Reports.of(SampleCounty.dataSet(), SHENYANG);
        Section summary = report.sections().get(0);
        assertEquals("摘要", summary.title().zh());
        List<Section> body = report.sections().subList(1, report.sections().size());
        List<List<String>> rows = summary.tables().get(0).rows();
        List<Section> withFindings = body.stream().filter(s -> !s.findings().isEmpty()).toList();
        assertEquals(withFindings.size() + 1, rows.size(), "one row an area with findings, then the total");
        for (int i = 0; i < withFindings.size(); i++) {
            Section s = withFindings.get(i);
            assertEquals(s.title().en(), rows.get(i).get(0));
            for (int v = 0; v < 5; v++) {
                Verdict verdict = List.of(Verdict.MET, Verdict.NOT_MET, Verdict.SHORT_OF_AIM, Verdict.NOT_DUE,
                        Verdict.NOT_ASSESSABLE).get(v);
                assertEquals(Long.toString(s.findings().stream().filter(f -> f.verdict() == verdict).count()),
                        rows.get(i).get(v + 1), s.title().en() + " " + verdict);
            }
        }
        long notMet = body.stream().flatMap(s -> s.findings().stream()).filter(f -> f.verdict() == Verdict.NOT_MET).count();
        assertEquals(Long.toString(notMet), rows.get(rows.size() - 1).get(2));
        assertTrue(notMet > 0, "the sample fails FIN-2 in 2023 and BAL-3 on backbone teachers");
        List<String> worst = summary.tables().get(1).rows().get(0);
        assertEquals("210199", worst.get(0));
        assertTrue(worst.get(3).startsWith("FIN-2"), worst.toString());
        assertTrue(worst.get(3).contains("BAL-3"), worst.toString());
    }

    @Test
    void BAL_1_worstCountiesByFindingsNotMetThenByTheEarliestRuleThenByCode() {
        DataSet data = SampleCounty.dataSet();
        Section a = area("a", finding("BAL-3", "210199 primary: x", Verdict.NOT_MET),
                finding("BAL-3", "210102 primary: x", Verdict.NOT_MET), finding("FIN-2", "210103 2023", Verdict.NOT_MET),
                finding("FIN-2", "210104-S001 2023", Verdict.NOT_MET), finding("FIN-2", "210104 2024", Verdict.NOT_MET),
                finding("FIN-2", "210100 2024", Verdict.NOT_MET), finding("TGT", "SY19-COV-14", Verdict.NOT_MET),
                finding("FIN-1", "210105 2024", Verdict.MET));
        Section summary = SummarySection.of(List.of(a), data);
        List<String> codes = summary.tables().get(1).rows().stream().map(r -> r.get(0)).toList();
        assertEquals(List.of("210104", "210103", "210102", "210199"), codes,
                "most first; then FIN before BAL in the catalog; then by code; a city and a target are no county");
        assertEquals("2", summary.tables().get(1).rows().get(0).get(2));
        Section none = SummarySection.of(List.of(area("b", finding("FIN-1", "210105 2024", Verdict.MET))), data);
        assertTrue(none.tables().get(1).cells().isEmpty());
        assertEquals("没有县区的结论为未达标。", none.notes().get(none.notes().size() - 1).zh());
    }

    @Test
    void BAL_1_aSubjectBelongsToTheCountyItsCodeOpens() {
        assertEquals(DivisionCode.of("210199"), SummarySection.county("210199-S006 primary"));
        assertEquals(DivisionCode.of("210199"), SummarySection.county("210199"));
        assertNull(SummarySection.county("210100 2024"), "a city");
        assertNull(SummarySection.county("2101991"), "seven digits are no code");
        assertNull(SummarySection.county("SY19-COV-14"));
    }

    @Test
    void BAL_1_aReportOnMoreCountiesThanTheLimitPutsEachCountyInTheAppendix() {
        DataSet city = SyntheticDataSets.generate(SyntheticDataSets.Scale.CITY, 7);
        assertEquals(10, Reports.counties(city));
        Report inline = Reports.of(city, SHENYANG, 10);
        Report apart = Reports.of(city, SHENYANG, 9);
        assertFalse(last(inline).title().en().startsWith("Appendix"), "ten counties keep their tables in place");
        Section appendix = last(apart);
        assertEquals("附录: 各县区明细", appendix.title().zh());
        assertEquals(inline.sections().size() + 1, apart.sections().size());
        for (int i = 0; i < inline.sections().size(); i++) {
            assertEquals(inline.sections().get(i).findings(), apart.sections().get(i).findings(), "the same findings");
        }
        Section balance = apart.sections().stream().filter(s -> s.title().en().equals("Balance")).findFirst().orElseThrow();
        Table counties = balance.tables().get(0);
        assertEquals(10, counties.cells().size(), "one row a county");
        assertEquals(10, appendix.tables().stream().filter(t -> t.title().en().endsWith(": county verdict")).count(),
                "each county's verdict table is in the appendix");
        assertTrue(balance.tables().stream().noneMatch(t -> t.title().en().endsWith(": county verdict")));
        assertTrue(rows(apart) < rows(inline), "the areas are shorter");
        assertTrue(apart.render(ReportFormat.MARKDOWN, Language.ZH).indexOf("## 附录")
                > apart.render(ReportFormat.MARKDOWN, Language.ZH).indexOf("## 目标"), "the appendix comes last");
        assertEquals(inline.sections().get(0), apart.sections().get(0), "the summary is the same either way");
    }

    private static Section last(Report r) {
        return r.sections().get(r.sections().size() - 1);
    }

    private static long rows(Report r) {
        return r.sections().stream().filter(s -> !s.title().en().startsWith("Appendix")).flatMap(s -> s.tables().stream())
                .mapToLong(t -> t.cells().size()).sum();
    }
}
