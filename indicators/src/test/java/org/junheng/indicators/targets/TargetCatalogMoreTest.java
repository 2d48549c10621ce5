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
package org.junheng.indicators.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.InvalidDataException;
import org.junheng.core.policy.Strength;
import org.junheng.core.sample.SampleCounty;
import org.junheng.core.value.Language;
import org.junheng.indicators.report.Table;
import org.junit.jupiter.api.Test;

/** The catalog's lookups, its table and its parser's refusals; targets and observations in words. */
class TargetCatalogMoreTest {
    private static final TargetCatalog CATALOG = TargetCatalog.builtIn();

    private static String doc(String target) {
        return "{\"jurisdictions\": {\"210100\": \"沈阳市\", \"210199\": \"示例县\"}, \"measures\": {\"built\": "
                + "{\"unit\": \"COUNT\", \"zh\": \"建校\", \"en\": \"schools built\"}}, \"targets\": [" + target + "]}";
    }

    private static final String GOOD = "{\"id\": \"A-1\", \"jurisdiction\": \"210100\", \"indicator\": \"built\", "
            + "\"comparison\": \"AT_LEAST\", \"threshold\": 30, \"unit\": \"COUNT\", \"deadline\": \"2026-12-31\", "
            + "\"rule\": \"TGT-1\", \"document\": \"SY24\", \"clause\": \"任务1\"}";

    @Test
    void TGT_1_theCatalogIsMadeOnceAndAnswersLookups() {
        assertSame(CATALOG, TargetCatalog.builtIn());
        assertTrue(!CATALOG.dueIn(2025).isEmpty());
        assertTrue(CATALOG.dueIn(2025).stream().allMatch(t -> t.deadline().getYear() == 2025));
        assertTrue(CATALOG.dueIn(1990).isEmpty());
        assertEquals("沈阳市", CATALOG.jurisdictionName(DivisionCode.of("210100")));
        assertEquals("210555", CATALOG.jurisdictionName(DivisionCode.of("210555")));
        Table table = CATALOG.table(CATALOG.dueIn(2024), Language.EN);
        assertEquals(CATALOG.dueIn(2024).size(), table.rows().size());
        List<String> yk = table.rows().stream().filter(r -> r.get(0).equals("YK24-FIN-5")).findFirst().orElseThrow();
        assertEquals("≥ 600", yk.get(3));
        assertEquals("2024-12-31", yk.get(4));
        assertTrue(yk.get(6).startsWith("FIN-5 YK24"), yk.get(6));
        List<String> pct = table.rows().stream().filter(r -> r.get(3).endsWith("%")).findFirst().orElseThrow();
        assertTrue(pct.get(3).endsWith("%"));
    }

    @Test
    void TGT_1_aParsedCatalogHoldsItsTargetWithDefaults() {
        TargetCatalog c = TargetCatalog.parse(doc(GOOD), "t.json");
        Target t = c.targets().get(0);
        assertEquals("A-1", t.id());
        assertEquals(Target.Timing.BY, t.timing());
        assertEquals(Strength.BINDING, t.strength());
        assertEquals(false, t.cascades());
        assertEquals("schools built", c.label("built").en());
        assertEquals("A-1 210100 built ≥ 30 count by 2026-12-31", t.toString());
        TargetCatalog standing = TargetCatalog.parse(doc(GOOD.replace(", \"deadline\": \"2026-12-31\"", "")), "t.json");
        assertEquals(Target.Timing.STANDING, standing.targets().get(0).timing());
        assertEquals("A-1 210100 built ≥ 30 count (standing)", standing.targets().get(0).toString());
    }

    @Test
    void TGT_1_theParserListsEveryProblemWithItsPlace() {
        String dup = GOOD + ", " + GOOD;
        var e = assertThrows(InvalidDataException.class, () -> TargetCatalog.parse(doc(dup), "t.json"));
        assertTrue(e.getMessage().contains("a unique ID"), e.getMessage());
        var unit = assertThrows(InvalidDataException.class, () -> TargetCatalog.parse(doc(GOOD.replace("\"COUNT\"", "\"YUAN\"")),
                "t.json"));
        assertTrue(unit.getMessage().contains("the indicator's unit, COUNT"), unit.getMessage());
        var indicator = assertThrows(InvalidDataException.class, () -> TargetCatalog.parse(doc(GOOD.replace("\"built\"",
                "\"nothing\"")), "t.json"));
        assertTrue(indicator.getMessage().contains("a coverage indicator or a measure"), indicator.getMessage());
        var notArray = assertThrows(InvalidDataException.class, () -> TargetCatalog.parse("{\"targets\": {}}", "t.json"));
        assertTrue(notArray.getMessage().contains("an array of targets"), notArray.getMessage());
        var code = assertThrows(InvalidDataException.class, () -> TargetCatalog.parse("{\"jurisdictions\": {\"12\": \"x\"}, "
                + "\"targets\": []}", "t.json"));
        assertTrue(code.getMessage().contains("a six-digit GB/T 2260 code"), code.getMessage());
        var badJson = assertThrows(InvalidDataException.class, () -> TargetCatalog.parse("{", "t.json"));
        assertTrue(badJson.getMessage().contains("well-formed JSON"), badJson.getMessage());
    }

    @Test
    void TGT_1_targetsAndObservationsSayThemselvesInWords() {
        Target kept = new Target("K-1", DivisionCode.of("210199"), "built", Target.Comparison.AT_MOST, BigDecimal.ONE,
                Target.Unit.PERCENT, LocalDate.of(2025, 12, 31), null, 0, true, List.of(), "TGT-1", "T", "1", "",
                Target.Timing.KEPT, LocalDate.of(2023, 1, 1), Strength.STRIVEN_FOR);
        assertEquals("K-1 210199 built ≤ 1% kept 2023-01-01/2025-12-31 [striven for]", kept.toString());
        Target yearly = new Target("Y-1", DivisionCode.of("210199"), "built", Target.Comparison.EQUAL, BigDecimal.ONE,
                Target.Unit.COUNT, LocalDate.of(2025, 12, 31), null, 0, true, List.of(), "TGT-1", "T", "1", "",
                Target.Timing.YEARLY, LocalDate.of(2023, 1, 1), Strength.BINDING);
        assertEquals("Y-1 210199 built = 1 count yearly 2023-2025", yearly.toString());
        assertTrue(yearly.comparison().holds(0));
        assertTrue(!yearly.comparison().holds(1) && !yearly.comparison().holds(-1));
        DatedObservation o = TargetTimingTest.at(2024, 5);
        assertEquals("5 count on 2024-09-01 (test 2024-09-01)", o.toString());
    }

    @Test
    void TGT_1_theFocusIsTheDeepestJurisdictionHoldingEverySchool() {
        assertEquals(SampleCounty.CODE, TargetEvaluation.focus(SampleCounty.dataSet()).orElseThrow());
        assertTrue(TargetEvaluation.of(SampleCounty.dataSet(), CATALOG, LocalDate.of(2026, 9, 1), java.util.Map.of()).stream()
                .noneMatch(r -> r.target().indicator().equals("disabledAidCoverage") && r.observation() != null));
    }
}
