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
package org.junheng.indicators.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junheng.core.value.Label;
import org.junit.jupiter.api.Test;

class FindingTest {
    private static final Label WHY = Label.of("说明", "why");

    @Test
    void factsWithoutAStatedOrderAreRefusedSoThatOutputIsTheSameOnEveryRun() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Finding("ROT-6", "S1", Verdict.MET, WHY, Map.of("staying", "T1", "moving", "T2")));
        assertTrue(e.getMessage().contains("ROT-6") && e.getMessage().contains("stated order"), e.getMessage());
    }

    @Test
    void factsKeepTheOrderGiven() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("staying", "T1");
        facts.put("moving", "T2");
        assertEquals(List.of("staying", "moving"),
                List.copyOf(new Finding("ROT-6", "S1", Verdict.MET, WHY, facts).facts().keySet()));
        assertEquals(List.of("a", "b"), List.copyOf(new Finding("ROT-6", "S1", Verdict.MET, WHY,
                new TreeMap<>(Map.of("b", "2", "a", "1"))).facts().keySet()));
        assertEquals(Map.of("one", "1"), new Finding("ROT-6", "S1", Verdict.MET, WHY, Map.of("one", "1")).facts());
    }
}
