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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junheng.Junheng;
import org.junheng.core.model.DataSet;
import org.junheng.core.policy.Policies;
import org.junheng.core.value.Label;
import org.junheng.core.value.Language;
import org.junheng.indicators.report.Cell;
import org.junheng.indicators.report.Report;
import org.junheng.indicators.report.Section;
import org.junheng.indicators.report.Table;
import org.junheng.indicators.rules.Finding;
import org.junheng.indicators.rules.Unit;
import org.junheng.indicators.rules.Verdict;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The HTML page: well-formed, in the chosen language, with its charts, summary and escaped text, byte-stable. */
class HtmlReportTest {

    /** Parses the page as XML: it is written XHTML-compatible, so any unbalanced tag or bad escape fails here. */
    static Document parse(String page) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
    }

    private static int count(Document doc, String xpath) throws Exception {
        return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET)).getLength();
    }

    @Test
    void sampleSeriesPageIsWellFormedWithEveryChartKind() throws Exception {
        String page = HtmlReport.render(Junheng.sampleSeries(), Policies.shenyang(), Language.EN);
        Path out = Path.of("target", "html", "sample-series-en.html");
        Files.createDirectories(out.getParent());
        Files.writeString(out, page, StandardCharsets.UTF_8);
        Document doc = parse(page);
        Element html = doc.getDocumentElement();
        assertEquals("html", html.getLocalName());
        assertEquals("en", html.getAttribute("lang"));
        assertTrue(page.startsWith("<!DOCTYPE html>\n"));
        int svgs = count(doc, "//*[local-name()='svg']");
        assertEquals(svgs, count(doc, "//*[local-name()='svg'][@role='img'][@aria-label!='']"), "every chart is accessible");
        assertEquals(svgs, count(doc, "//*[local-name()='svg']/*[local-name()='title']"), "every chart has a title");
        assertTrue(page.contains("FIN-1, FIN-2"), "the funding chart");
        assertTrue(page.contains("(BAL-3)"), "the CV bars");
        assertTrue(page.contains("line of equality"), "a Lorenz chart");
        assertTrue(page.contains("(COV-14, SY19-COV-14)"), "the coverage target chart");
        assertTrue(svgs >= 6, "funding, 2 CV bars, 3 Lorenz, targets: " + svgs);
        assertFalse(page.contains("NaN") || page.contains("Infinity"), "no undefined number reaches the page");
        assertFalse(page.contains("<script") || page.contains("http://") && page.replace("http://www.w3.org/", "").contains("http://"),
                "no script and no address but the namespaces");
        assertEquals(1, count(doc, "//*[local-name()='section'][@id='summary']"));
    }

    @Test
    void chineseChartsAndLangAttribute() throws Exception {
        String page = HtmlReport.render(Junheng.sampleSeries(), Policies.shenyang(), Language.ZH);
        Files.createDirectories(Path.of("target", "html"));
        Files.writeString(Path.of("target", "html", "sample-series-zh.html"), page, StandardCharsets.UTF_8);
        Document doc = parse(page);
        assertEquals("zh-CN", doc.getDocumentElement().getAttribute("lang"));
        assertTrue(page.contains("绝对平等线"));
        assertTrue(page.contains("校际差异系数与上限 (BAL-3)"));
        assertTrue(page.contains("生均一般公共预算教育支出"));
        assertFalse(page.contains("line of equality"));
    }

    @Test
    void sameBytesRunAfterRun() {
        assertEquals(HtmlReport.render(Junheng.sampleSeries(), Policies.shenyang(), Language.EN),
                HtmlReport.render(Junheng.sampleSeries(), Policies.shenyang(), Language.EN));
        DataSet sample = Junheng.sample();
        assertEquals(HtmlReport.render(sample, Policies.national(), Language.ZH),
                HtmlReport.render(sample, Policies.national(), Language.ZH));
    }

    private static Report handMade(String hostile) {
        Table table = new Table(Label.of(hostile, hostile), List.of(Label.of("名", "name"), Label.of("数", "value"),
                Label.of("结论", "verdict"), Label.of("空", "none")), List.of(
                        List.of(Cell.text(hostile), Cell.number(new java.math.BigDecimal("12.50"), Unit.PERCENT),
                                Cell.verdict(Verdict.NOT_MET), Cell.empty()),
                        List.of(Cell.text("SY19-COV-14"), Cell.count(3), Cell.verdict(Verdict.SHORT_OF_AIM), Cell.text("1.5")),
                        List.of(Cell.words("甲", "a"), Cell.empty(), Cell.verdict(Verdict.MET), Cell.text("2 (a)"))));
        List<Finding> findings = List.of(
                new Finding("FIN-2", "210199 2023", Verdict.NOT_MET, Label.of("低", "low"), Map.of()),
                new Finding("FIN-1", "210199 2023", Verdict.NOT_MET, Label.of("低", "low"), Map.of()),
                new Finding("FIN-2", "210199 2024", Verdict.NOT_MET, Label.of("低", "low"), Map.of()),
                new Finding("COV-14", "210102 x", Verdict.SHORT_OF_AIM, Label.of("低", "low"), Map.of()),
                new Finding("COV-14", "210103-S006 primary", Verdict.NOT_MET, Label.of("低", "low"), Map.of()),
                new Finding("COV-14", "210100 city", Verdict.NOT_MET, Label.of("低", "low"), Map.of()),
                new Finding("ROT-1", "2101991234 school", Verdict.NOT_MET, Label.of("低", "low"), Map.of()),
                new Finding("FIN-1", "210199 2022", Verdict.MET, Label.of("够", "enough"), Map.of()));
        return new Report(Label.of("报告", "report"), hostile, LocalDate.of(2026, 9, 1), "test", List.of(
                new Section(Label.of("摘要", "Summary"), List.of(Table.ofText(Label.of("各领域结论", "verdicts by area"),
                        List.of(Label.of("领域", "area")), List.of(List.of("report's own")))), List.of()),
                new Section(Label.of("表", "tables"), List.of(table), List.of(Label.of(hostile, hostile))),
                new Section(Label.of("结论", "findings"), List.of(), List.of(), findings)));
    }

    @Test
    void hostileTextIsEscapedEverywhere() throws Exception {
        String hostile = "<script>alert('x')</script> & \"q\" \u0001";
        String page = HtmlReport.render(handMade(hostile), List.of(), Junheng.sample(), Language.EN);
        Document doc = parse(page);
        assertFalse(page.contains("<script"));
        assertEquals(0, count(doc, "//*[local-name()='script']"));
        assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot; \uFFFD"));
    }

    @Test
    void cellsAreColouredAndNumbersRightAligned() throws Exception {
        String page = HtmlReport.render(handMade("t"), List.of(), Junheng.sample(), Language.ZH);
        assertTrue(page.contains("<td class=\"num\">12.50%</td>"), page);
        assertTrue(page.contains("<td class=\"v-not-met\">未达标</td>"));
        assertTrue(page.contains("<td class=\"v-short\">未达预期</td>"));
        assertTrue(page.contains("<td class=\"empty\">—</td>"));
        assertTrue(page.contains("<td class=\"num\">1.5</td>"), "a text cell that reads as a number");
        assertTrue(page.contains("<td>甲</td>"));
        assertTrue(page.contains("<td class=\"id\">SY19-COV-14</td>"), "an ID stays on one line");
        assertTrue(page.contains("<td>2 (a)</td>"), "text that is not only a number stays left");
    }

    @Test
    void summaryCountsFindingsOrElseVerdictCellsAndRanksJurisdictions() {
        Report report = handMade("t");
        List<Summary.Area> areas = Summary.areas(report);
        assertEquals(2, areas.size());
        assertEquals(1L, areas.get(0).counts().get(Verdict.NOT_MET), "verdict cells of a section without findings");
        assertEquals(1L, areas.get(0).counts().get(Verdict.SHORT_OF_AIM));
        assertEquals(1L, areas.get(0).counts().get(Verdict.MET));
        assertFalse(areas.get(0).fromFindings());
        assertEquals(6L, areas.get(1).counts().get(Verdict.NOT_MET), "findings");
        assertEquals(1L, areas.get(1).counts().get(Verdict.MET));
        List<Summary.Breaches> worst = Summary.worst(report);
        assertEquals(List.of("210199", "210103", "210102"), worst.stream().map(Summary.Breaches::code).toList(),
                "most not met first, then by code; a ten-digit ID is no division code, a city no county");
        assertEquals(3, worst.get(0).notMet());
        assertEquals(List.of("FIN-2", "FIN-1"), worst.get(0).rules());
        assertEquals(0, worst.get(2).notMet());
        assertEquals(1, worst.get(2).shortOfAim());
    }

    @Test
    void theReportsOwnSummaryGivesWayToThePages() {
        String page = HtmlReport.render(handMade("t"), List.of(), Junheng.sample(), Language.EN);
        assertFalse(page.contains("report&#39;s own"), "not shown twice");
        assertEquals(2, page.split(">Summary</", -1).length - 1, "one summary heading and one link to it");
    }

    @Test
    void summaryNamesTheJurisdictions() {
        String page = HtmlReport.render(handMade("t"), List.of(), Junheng.sample(), Language.EN);
        assertTrue(page.contains("<td>210199</td><td>示例县</td><td class=\"num v-not-met\">3</td>"), page);
    }
}
