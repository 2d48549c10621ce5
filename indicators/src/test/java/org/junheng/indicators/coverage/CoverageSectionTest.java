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
package org.junheng.indicators.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junheng.core.policy.Policies;
import org.junheng.core.policy.Policy;
import org.junheng.core.sample.SampleCounty;
import org.junheng.core.value.Language;
import org.junheng.indicators.report.Section;
import org.junit.jupiter.api.Test;

/** Place: the section reports a coverage rule only where the profile holds it. */
class CoverageSectionTest {

    private static Set<String> rules(Section s) {
        return s.tables().get(0).rows().stream().map(r -> r.get(0)).collect(Collectors.toSet());
    }

    @Test
    void COV_7_aRuleTheProfileDoesNotHoldHasNoRow() {
        for (String name : Policies.BUILT_IN) {
            Policy policy = Policies.builtIn(name);
            Set<String> shown = rules(CoverageSection.of(SampleCounty.dataSet(), policy));
            Set<String> held = java.util.Arrays.stream(CoverageIndicator.values()).map(CoverageIndicator::rule)
                    .filter(policy::holds).collect(Collectors.toSet());
            assertEquals(held, shown, name);
        }
        assertFalse(rules(CoverageSection.of(SampleCounty.dataSet(), Policies.national())).contains("COV-7"));
        assertTrue(rules(CoverageSection.of(SampleCounty.dataSet(), Policies.shenyang())).contains("COV-7"));
        Set<String> panjin = rules(CoverageSection.of(SampleCounty.dataSet(), Policies.panjin()));
        assertTrue(panjin.containsAll(List.of("COV-9", "COV-11", "COV-28")));
        assertFalse(panjin.contains("COV-7"));
    }

    @Test
    void COV_8_theNationalProfileShowsOnlyNationalRulesAndNoTargets() {
        Section s = CoverageSection.of(SampleCounty.dataSet(), Policies.national());
        assertEquals(Set.of("COV-8", "COV-22"), rules(s));
        assertEquals(1, s.tables().size(), "no targets table: targets are evaluated in the targets package");
        assertEquals("Coverage", s.title().en());
    }

    @Test
    void COV_7_theSectionShowsTheRatesTheBreakdownsAndEachNamedCounty() {
        Section s = CoverageSection.of(CoverageIndicatorsTest.shenyangCounties(), Policies.shenyang());
        List<String> alliance = s.tables().get(0).rows().stream().filter(r -> r.get(0).equals("COV-7")).findFirst().orElseThrow();
        assertEquals(List.of("COV-7", "alliance coverage of rural and township schools", "66.67%", "2", "3", "n/a",
                "100.0%", "50.0%", "66.7%", "—"), alliance);
        assertEquals(List.of("COV-7", "乡镇学校联盟覆盖率", "66.67%", "2", "3", "不适用", "100.0%", "50.0%", "66.7%", "—"),
                s.tables().get(0).rows(Language.ZH).stream().filter(r -> r.get(0).equals("COV-7")).findFirst().orElseThrow());
        assertEquals(2, s.tables().size());
        assertEquals(List.of(List.of("210115 辽中区", "50.00%", "1", "2"), List.of("210181 新民市", "100.00%", "1", "1"),
                List.of("210124", "n/a (the data set holds no school of this county)", "—", "—"),
                List.of("210123", "n/a (the data set holds no school of this county)", "—", "—")), s.tables().get(1).rows());
        List<String> sports = s.tables().get(0).rows().stream().filter(r -> r.get(0).equals("COV-19")).findFirst().orElseThrow();
        assertEquals("n/a: counts only", sports.get(2));
        List<String> large = s.tables().get(0).rows().stream().filter(r -> r.get(0).equals("COV-14")).findFirst().orElseThrow();
        assertEquals("n/a (zero denominator: no compulsory schools)", CoverageSection.of(CoverageDefinitionsTest.data().build(),
                Policies.shenyang()).tables().get(0).rows().stream().filter(r -> r.get(0).equals("COV-14")).findFirst()
                .orElseThrow().get(2));
        assertEquals(List.of("0.00%", "0", "6"), large.subList(2, 5));
    }

    @Test
    void COV_5_everyClassSizeAndTheCov7CountiesAreReadFromTheProfile() {
        Policy shenyang = Policies.shenyang().tracking();
        Section s = CoverageSection.of(SampleCounty.dataSet(), shenyang);
        assertTrue(shenyang.keysRead().containsAll(List.of("classes.largeSize", "classes.maxPrimary", "classes.maxJunior",
                CoverageIndicators.ALLIANCE_COUNTIES)), shenyang.keysRead().toString());
        String note = s.notes().get(s.notes().size() - 1).en();
        assertTrue(note.contains("large class from 56 (classes.largeSize; COV-5, SY19)"), note);
        assertTrue(note.contains("primary class limit 45 (classes.maxPrimary; BAL-6, 教督〔2017〕6号)"), note);
        String zh = s.notes().get(s.notes().size() - 1).zh();
        assertTrue(zh.contains("大班额标准 56 人 (COV-5, SY19)"), zh);
        Policy panjin = Policies.panjin().tracking();
        CoverageSection.of(SampleCounty.dataSet(), panjin);
        assertTrue(panjin.keysRead().contains("classes.largeSize"));
    }
}
