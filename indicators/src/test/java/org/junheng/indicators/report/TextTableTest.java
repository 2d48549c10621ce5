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

import java.util.List;
import java.util.Map;
import org.junheng.Junheng;
import org.junheng.core.model.DataSet;
import org.junheng.core.value.Label;
import org.junheng.indicators.aid.AidBudget;
import org.junheng.indicators.balance.CountyAssessment;
import org.junheng.indicators.funding.YearCheck;
import org.junheng.indicators.rules.Finding;
import org.junheng.indicators.rules.Verdict;
import org.junit.jupiter.api.Test;

/** The plain-text tables the results print as in JShell. */
class TextTableTest {
    private static final DataSet SAMPLE = Junheng.sample();

    @Test
    void columnsAlignByDisplayWidthWithChineseTwoColumnsWide() {
        String table = TextTable.of("学校", "id", "name", "students").row("S1", "第一小学", 420).row("S22", "A", 7)
                .toString();
        assertEquals("""
                学校
                id   name      students
                ---  --------  --------
                S1   第一小学  420
                S22  A         7""", table);
    }

    @Test
    void noTitleNoTrailingSpacesAndNullCellsEmpty() {
        String table = TextTable.of("", "a", "b").row("x", null).toString();
        assertEquals("a  b\n-  -\nx", table);
        assertEquals(2, TextTable.width("学"));
        assertEquals(1, TextTable.width("x"));
    }

    @Test
    void aRowOfTheWrongLengthIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TextTable.of("", "a", "b").row("only one"));
        assertEquals("a row of 1 cells for 2 columns", e.getMessage());
    }

    @Test
    void findingsPrintOneRowEach() {
        Finding met = new Finding("FIN-1", "210199 2023", Verdict.MET, Label.of("未减少", "did not fall"), Map.of());
        Finding notMet = new Finding("FIN-2", "210199 2023", Verdict.NOT_MET, Label.of("下降", "fell\nby 1"),
                Map.of());
        String[] lines = TextTable.findings("funding", List.of(met, notMet)).toString().split("\n");
        assertEquals(5, lines.length);
        assertTrue(lines[3].startsWith("FIN-1  210199 2023  met"), lines[3]);
        assertTrue(lines[4].startsWith("FIN-2  210199 2023  not met") && lines[4].endsWith("fell by 1"), lines[4]);
    }

    @Test
    void fin2YearCheckPrintsItsShortfallAndTheTableHasOneRowPerYear() {
        List<YearCheck> checks = Junheng.fundingChecks(SAMPLE);
        YearCheck breach = checks.stream().filter(c -> c.fin2().verdict() == Verdict.NOT_MET).findFirst().orElseThrow();
        assertTrue(breach.toString().contains("FIN-2 not met, shortfall " + breach.fin2Shortfall()), breach.toString());
        assertTrue(breach.toString().contains("(" + breach.perStudent().toPlainString() + " per student)"));
        String table = YearCheck.table(checks).toString();
        assertEquals(checks.size() + 3, table.split("\n").length, table);
        assertTrue(table.contains(breach.fin2Shortfall().toPlainString()), table);
    }

    @Test
    void aidBudgetPrintsOneRowPerItemAndTheExactTotal() {
        AidBudget budget = Junheng.aidBudget(SAMPLE, Junheng.policy("shenyang"));
        String[] lines = budget.toString().split("\n");
        assertEquals(budget.rules().size() + 4, lines.length, budget.toString());
        assertTrue(lines[0].contains("total " + budget.total()), lines[0]);
        assertTrue(lines[lines.length - 1].startsWith("total") && lines[lines.length - 1]
                .endsWith(budget.total().toPlainString()), lines[lines.length - 1]);
    }

    @Test
    void bal3FindingsOfACountyPrintInItsTable() {
        CountyAssessment county = Junheng.balance(SAMPLE, Junheng.policy("national")).get(0);
        String text = county.toString();
        assertTrue(text.startsWith(county.name() + " " + county.county() + ": "
                + county.verdict().verdict().label().en()), text);
        long bal3 = county.stages().values().stream().mapToLong(s -> s.bal3().size()).sum();
        assertEquals(bal3, text.lines().filter(l -> l.startsWith("BAL-3 ")).count(), text);
    }
}
