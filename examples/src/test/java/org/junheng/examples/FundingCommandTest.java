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
package org.junheng.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junheng.examples.cli.JunhengCommand;
import org.junit.jupiter.api.Test;

/** {@code junheng funding}: FIN-1 and FIN-2 on the built-in bulletin series, the list, the formats and the errors. */
class FundingCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return JunhengCommand.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void listNamesTheBuiltInSeries() {
        assertEquals(0, run("funding", "--list"));
        assertEquals("national  China, national  2012-2022  9 bulletins\n"
                + "national-operating  China, national (operating expenditure per student)  2012-2016  4 bulletins\n"
                + "liaoning  Liaoning  2021  1 bulletins\n", out.toString());
    }

    @Test
    void FIN_2_nationalHigherEducationInChineseWithSources() {
        assertEquals(0, run("funding", "--series", "national", "--level", "higher", "--lang", "zh"));
        String text = out.toString();
        assertTrue(text.contains("FIN-2 普通高等学校生均一般公共预算教育经费只增不减"), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("2022  22205.41元") && l.contains("未达标") && l.endsWith("NB2022")), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("2021  22586.42元  上年同口径(推得)  22219.79元")), text);
        assertTrue(text.contains("差额 381.01元"), text);
        assertTrue(text.contains("NB2022: 《2022年全国教育经费执行情况统计公告》, 教育部 国家统计局 财政部, http"), text);
        assertTrue(!text.contains("FIN-2 普通小学"), "one level asked for");
    }

    @Test
    void FIN_2_liaoningAsMarkdownShowsTheRestatedBases() {
        assertEquals(0, run("funding", "--series", "liaoning", "--format", "markdown"));
        String text = out.toString();
        assertTrue(text.startsWith("# Liaoning: "), text);
        assertTrue(text.contains("| 2021 | 11418.09元 | prior restated (implied) | 11593.15元 | -1.51% | -1.51% comparable | not met | LN2021 |"),
                text);
        assertTrue(text.contains("| 2021 | 707.79亿元 | prior restated (implied) | 693.10亿元 | +2.12% | +2.12% comparable | met | LN2021 |"),
                text);
    }

    @Test
    void FIN_1_asJsonIsTyped() throws Exception {
        assertEquals(0, run("funding", "--level", "junior", "--format", "json"));
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        assertEquals("national", doc.get("series").asText());
        JsonNode first = doc.get("checks").get(0);
        assertEquals("FIN-1", first.get("rule").asText());
        assertEquals("not_assessable", first.get("verdict").asText());
        JsonNode junior2021 = null;
        for (JsonNode c : doc.get("checks")) {
            if (c.get("rule").asText().equals("FIN-2") && c.get("year").asInt() == 2021) {
                junior2021 = c;
            }
        }
        assertEquals("restated_prior_year", junior2021.get("base").asText());
        assertTrue(junior2021.get("prior").isNumber());
        assertEquals(0, junior2021.get("prior").decimalValue().compareTo(new java.math.BigDecimal("17468.11")));
        assertEquals("NB2021", junior2021.get("source").asText());
        assertEquals(9, doc.get("sources").size());
    }

    @Test
    void unknownSeriesLevelOrFormatIsAUsageError() {
        assertEquals(2, run("funding", "--series", "shanghai"));
        assertTrue(err.toString().contains("national, national-operating, liaoning"), err.toString());
        assertEquals(2, run("funding", "--level", "kindergarten"));
        assertTrue(err.toString().contains("primary, junior, senior, vocational, higher or all"), err.toString());
        assertEquals(2, run("funding", "--format", "pdf"));
    }

    @Test
    void helpDescribesTheRestatedBase() {
        assertEquals(0, run("funding", "--help"));
        assertTrue(out.toString().contains("--series"), out.toString());
        assertTrue(out.toString().contains("同口径"), out.toString());
    }
}
