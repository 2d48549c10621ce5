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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
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

    @Test
    void sectionsAreComputedOnceEachAndKeptInTheirOrderWhicheverStartsFirst() {
        for (int n = 1; n <= 9; n++) {
            AtomicInteger[] calls = new AtomicInteger[n];
            List<Supplier<Integer>> tasks = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int task = i;
                calls[i] = new AtomicInteger();
                tasks.add(() -> {
                    calls[task].incrementAndGet();
                    return task * task;
                });
            }
            List<Supplier<Integer>> first = n > 3 ? List.of(tasks.get(n - 1), tasks.get(1)) : List.of();
            List<Integer> results = Reports.computeAll(tasks, first);
            for (int i = 0; i < n; i++) {
                assertEquals(i * i, results.get(i), "task " + i + " of " + n);
                assertEquals(1, calls[i].get(), "task " + i + " of " + n + " ran once");
            }
        }
    }

    @Test
    void aSectionsFailureIsThrownAndNoSectionStartsAfterIt() {
        AtomicInteger started = new AtomicInteger();
        List<Supplier<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int task = i;
            tasks.add(() -> {
                started.incrementAndGet();
                if (task == 2) {
                    throw new IllegalStateException("section 2 fails");
                }
                LockSupport.parkNanos(2_000_000); // long beside a throw: the others cannot all start first
                return task;
            });
        }
        var e = assertThrows(IllegalStateException.class, () -> Reports.computeAll(tasks, List.of(tasks.get(2))));
        assertTrue(String.valueOf(e.getMessage()).contains("section 2 fails")
                || String.valueOf(e.getCause()).contains("section 2 fails"), String.valueOf(e));
        assertTrue(started.get() < 50, "started after the failure: " + started.get());
    }
}
