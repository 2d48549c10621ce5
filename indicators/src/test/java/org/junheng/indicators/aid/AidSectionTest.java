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
package org.junheng.indicators.aid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.Stage;
import org.junheng.core.policy.Policies;
import org.junheng.core.policy.Policy;
import org.junheng.core.sample.SampleCounty;
import org.junheng.core.value.Language;
import org.junheng.indicators.report.Section;
import org.junheng.indicators.report.Table;
import org.junit.jupiter.api.Test;

/** The aid section: only held rules, amounts that say what they are, and a total, fixed row order (issue 11). */
class AidSectionTest {
    private static final DataSet SAMPLE = SampleCounty.dataSet();

    private static Table table(Section s, String en) {
        return s.tables().stream().filter(t -> t.title().en().endsWith(en)).findFirst().orElseThrow();
    }

    @Test
    void AID_1_to_AID_10_aSectionShowsOnlyTheRulesItsProfileHolds() {
        for (String name : Policies.BUILT_IN) {
            Policy p = Policies.builtIn(name);
            Section s = AidSection.of(SAMPLE, p);
            for (String en : List.of("aid by item", "Reasons for refusal")) {
                for (List<String> row : table(s, en).rows()) {
                    assertTrue(row.get(0).equals("—") || p.holds(row.get(0)), name + ": " + row);
                }
            }
            assertEquals(p.holds("AID-5"), s.notes().size() == 2, name);
        }
        List<String> nationalRules = table(AidSection.of(SAMPLE, Policies.national()), "aid by item").rows().stream()
                .map(r -> r.get(0)).distinct().toList();
        assertEquals(List.of("AID-6", "AID-7", "AID-8", "—"), nationalRules);
        assertTrue(table(AidSection.of(SAMPLE, Policies.liaoning()), "aid by item").rows().stream()
                .anyMatch(r -> r.get(0).equals("AID-10")));
    }

    @Test
    void AID_7_AID_8_amountCellsSayInKindOrToBeSupplied() {
        Map<String, String> amounts = new java.util.HashMap<>();
        for (List<String> row : table(AidSection.of(SAMPLE, Policies.shenyang()), "aid by item").rows()) {
            amounts.put(row.get(1), row.get(4));
        }
        assertEquals("in kind", amounts.get(AidItem.SENIOR_HIGH_FEES_WAIVED.label().en()));
        assertEquals("amount to be supplied by the policy", amounts.get(AidItem.SPECIAL_TRANSPORT.label().en()));
        assertTrue(amounts.get(AidItem.DISABLED_PRESCHOOL_TO_SENIOR.label().en()).matches("\\d+000\\.00"), amounts.toString());
        Map<String, String> zh = new java.util.HashMap<>();
        for (List<String> row : table(AidSection.of(SAMPLE, Policies.shenyang()), "aid by item").rows(Language.ZH)) {
            zh.put(row.get(1), row.get(4));
        }
        assertEquals("实物", zh.get(AidItem.SENIOR_HIGH_FEES_WAIVED.label().zh()));
        assertEquals("待政策确定", zh.get(AidItem.SPECIAL_TRANSPORT.label().zh()));
    }

    @Test
    void AID_1_everyTablesRowsAreInATotalFixedOrder() {
        for (String name : Policies.BUILT_IN) {
            Section s = AidSection.of(SAMPLE, Policies.builtIn(name));
            assertEquals(s, AidSection.of(SAMPLE, Policies.builtIn(name)), name + ": the same rows twice");
            List<List<String>> districts = table(s, "Aid budget by district and stage").rows();
            List<List<String>> sorted = new ArrayList<>(districts);
            sorted.sort(Comparator.<List<String>, String>comparing(r -> r.get(0).substring(0, 6))
                    .thenComparing(r -> stage(r.get(1)).ordinal()));
            assertEquals(sorted, districts, name);
        }
        AidBudget budget = AidBudget.of(SAMPLE, Policies.shenyang());
        budget.byDistrictAndStage().values().forEach(stages -> {
            List<Stage> keys = List.copyOf(stages.keySet());
            assertEquals(keys.stream().sorted().toList(), keys);
        });
        assertFalse(budget.byDistrictAndStage().isEmpty());
    }

    private static Stage stage(String cell) {
        for (Stage st : Stage.values()) {
            if (cell.equals(st.label().en())) {
                return st;
            }
        }
        throw new AssertionError(cell);
    }

    @Test
    void AID_1_tiedRefusalsAreOrderedByCondition() {
        var tie = List.of(Map.entry(AidCondition.PRESCHOOL_AGE, 2L), Map.entry(AidCondition.NO_VALID_CERTIFICATE, 2L),
                Map.entry(AidCondition.ALREADY_PAID, 5L));
        List<AidCondition> order = tie.stream().sorted(AidSection.MOST_FIRST).map(Map.Entry::getKey).toList();
        assertEquals(List.of(AidCondition.ALREADY_PAID, AidCondition.NO_VALID_CERTIFICATE, AidCondition.PRESCHOOL_AGE), order);
    }
}
