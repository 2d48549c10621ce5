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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junheng.Junheng;
import org.junheng.core.policy.Policies;
import org.junheng.core.value.Language;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The XLSX workbook: well-formed parts, sheet names Excel accepts, numbers as numeric cells, same bytes. */
class ReportXlsxTest {

    private static byte[] xlsx(Report report, Language language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportXlsx.write(report, language, out);
        return out.toByteArray();
    }

    /** Every part of the zip, parsed: a part that is not well-formed XML fails here. */
    private static Map<String, Document> parts(byte[] xlsx) throws Exception {
        Map<String, Document> parts = new LinkedHashMap<>();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                parts.put(e.getName(), f.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes())));
            }
        }
        return parts;
    }

    private static List<String> sheetNames(Map<String, Document> parts) {
        NodeList sheets = parts.get("xl/workbook.xml").getElementsByTagName("sheet");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < sheets.getLength(); i++) {
            names.add(((Element) sheets.item(i)).getAttribute("name"));
        }
        return names;
    }

    private static Element cell(Document sheet, String reference) {
        NodeList cells = sheet.getElementsByTagName("c");
        for (int i = 0; i < cells.getLength(); i++) {
            Element c = (Element) cells.item(i);
            if (c.getAttribute("r").equals(reference)) {
                return c;
            }
        }
        throw new AssertionError("no cell " + reference);
    }

    @Test
    void anIndexSheetOneSheetPerTableThenFindingsAndNotes() throws Exception {
        Map<String, Document> parts = parts(xlsx(ReportOutputsFixture.report(), Language.EN));
        assertEquals(List.of("Index", "01-01 示例县 the two no-decreases", "02-01 Edge cases", "Findings", "Notes"),
                sheetNames(parts));
        assertTrue(parts.containsKey("[Content_Types].xml") && parts.containsKey("_rels/.rels")
                && parts.containsKey("xl/_rels/workbook.xml.rels") && parts.containsKey("xl/styles.xml"), parts.keySet()
                .toString());
        assertEquals(5 + 5, parts.size());
    }

    @Test
    void numbersAreNumericCellsWithTheirFormats() throws Exception {
        Document funding = parts(xlsx(ReportOutputsFixture.report(), Language.ZH)).get("xl/worksheets/sheet2.xml");
        Element money = cell(funding, "B3");
        assertFalse(money.hasAttribute("t"), "a number has no type attribute: it is numeric");
        assertEquals("14505.67", money.getTextContent());
        assertEquals("3", money.getAttribute("s"), "yuan as #,##0.00");
        Element percent = cell(funding, "C3");
        assertEquals("-1.35", percent.getTextContent());
        assertEquals("2", percent.getAttribute("s"), "a percentage shown with %");
        Element text = cell(funding, "F2");
        assertEquals("inlineStr", text.getAttribute("t"));
        assertEquals("逗号,引号\"与换行\n", text.getTextContent());
        assertEquals("未达标", cell(funding, "D3").getTextContent());
        assertEquals("1", cell(funding, "A1").getAttribute("s"), "the header is bold");
        NodeList row2 = funding.getElementsByTagName("row").item(1).getChildNodes();
        assertEquals(5, row2.getLength(), "the empty cell is left out");
    }

    @Test
    void findingsHaveNumericValues() throws Exception {
        Document findings = parts(xlsx(ReportOutputsFixture.report(), Language.EN)).get("xl/worksheets/sheet4.xml");
        assertEquals("FIN-2", cell(findings, "B2").getTextContent());
        assertFalse(cell(findings, "H2").hasAttribute("t"));
        assertEquals(ReportOutputsFixture.SHORTFALL.toPlainString(), cell(findings, "H2").getTextContent());
    }

    @Test
    void textXmlCannotHoldIsReplacedNotDropped() throws Exception {
        Document odd = parts(xlsx(ReportOutputsFixture.report(), Language.EN)).get("xl/worksheets/sheet3.xml");
        assertEquals("tab\tand \uFFFDcontrol", cell(odd, "C2").getTextContent());
        assertEquals("10000000", cell(odd, "A2").getTextContent());
    }

    @Test
    void sheetNamesAreValidUniqueAndShortForTheSampleInBothLanguages() throws Exception {
        for (Language language : Language.values()) {
            List<String> names = sheetNames(parts(xlsx(Junheng.report(Junheng.sampleSeries(), Policies.shenyang()),
                    language)));
            Set<String> seen = new HashSet<>();
            for (String name : names) {
                assertTrue(name.length() <= 31 && !name.isBlank(), name);
                assertFalse(name.matches(".*[\\[\\]:*?/\\\\].*"), name);
                assertTrue(seen.add(name.toLowerCase(Locale.ROOT)), "unique: " + name);
            }
        }
        assertEquals("a b c", ReportXlsx.sheetName("a[b]c"));
        assertEquals("x", ReportXlsx.sheetName("'x'"));
        assertEquals(31, ReportXlsx.sheetName("x".repeat(40)).length());
    }

    @Test
    void cellReferencesRunPastZ() {
        assertEquals("A1", ReportXlsx.reference(0, 1));
        assertEquals("Z2", ReportXlsx.reference(25, 2));
        assertEquals("AA3", ReportXlsx.reference(26, 3));
        assertEquals("AZ1", ReportXlsx.reference(51, 1));
        assertEquals("BA1", ReportXlsx.reference(52, 1));
        assertEquals("XFD1048576", ReportXlsx.reference(16_383, 1_048_576));
    }

    @Test
    void theSampleWorkbookIsTheSameBytesRunAfterRun() throws IOException {
        byte[] first = xlsx(Junheng.report(Junheng.sampleSeries(), Policies.shenyang()), Language.ZH);
        byte[] second = xlsx(Junheng.report(Junheng.sampleSeries(), Policies.shenyang()), Language.ZH);
        assertArrayEquals(first, second);
    }
}
