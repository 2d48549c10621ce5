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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junheng.core.value.Label;
import org.junheng.indicators.rules.Finding;
import org.junheng.indicators.rules.Measure;

/** The tables that the spreadsheet outputs add to a report's own: its findings and its notes. */
final class ReportTables {
    private ReportTables() {
    }

    /** Every finding of every section, one row each, with its numbers as number cells. */
    static Table findings(Report report) {
        List<Label> columns = List.of(Label.of("部分", "section"), Label.of("规则", "rule"), Label.of("对象", "subject"),
                Label.of("结论代码", "verdict code"), Label.of("结论", "verdict"), Label.of("数值", "value"),
                Label.of("标准", "threshold"), Label.of("差额", "shortfall"), Label.of("单位", "unit"),
                Label.of("说明", "explanation"), Label.of("依据", "facts"));
        List<List<Cell>> rows = new ArrayList<>();
        for (Section s : report.sections()) {
            for (Finding f : s.findings()) {
                Optional<Measure> m = f.measure();
                rows.add(List.of(Cell.words(s.title()), Cell.text(f.rule()), Cell.text(f.subject()),
                        Cell.text(f.verdict().name()), Cell.verdict(f.verdict()),
                        number(m.map(Measure::value), m), number(m.flatMap(Measure::threshold), m),
                        number(m.flatMap(Measure::shortfall), m),
                        m.map(x -> Cell.text(ReportJson.unitCode(x.unit()))).orElse(Cell.empty()),
                        Cell.words(f.explanation()), Cell.text(facts(f.facts()))));
            }
        }
        return new Table(Label.of("结论", "Findings"), columns, rows);
    }

    /** Every note of every section. */
    static Table notes(Report report) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Section s : report.sections()) {
            for (Label note : s.notes()) {
                rows.add(List.of(Cell.words(s.title()), Cell.words(note)));
            }
        }
        return new Table(Label.of("说明", "Notes"), List.of(Label.of("部分", "section"), Label.of("说明", "note")), rows);
    }

    /** The index of the report's tables: where each is written, its section, title and row count. */
    static Table index(Report report, Label where, List<String> names) {
        List<List<Cell>> rows = new ArrayList<>();
        int n = 0;
        for (Section s : report.sections()) {
            for (Table t : s.tables()) {
                rows.add(List.of(Cell.text(names.get(n++)), Cell.words(s.title()), Cell.words(t.title()),
                        Cell.count(t.cells().size())));
            }
        }
        return new Table(Label.of("目录", "Index"),
                List.of(where, Label.of("部分", "section"), Label.of("表", "table"), Label.of("行数", "rows")), rows);
    }

    /** The stable names of the report's tables ({@link TableKeys#tableName}), in order. */
    static List<String> tableNames(Report report) {
        List<String> names = new ArrayList<>();
        for (int s = 0; s < report.sections().size(); s++) {
            Section section = report.sections().get(s);
            for (int t = 0; t < section.tables().size(); t++) {
                names.add(TableKeys.tableName(s + 1, section, t + 1, section.tables().get(t)));
            }
        }
        return names;
    }

    private static Cell number(Optional<java.math.BigDecimal> value, Optional<Measure> measure) {
        return value.isPresent() ? Cell.number(value.get(), measure.orElseThrow().unit()) : Cell.empty();
    }

    /** {@code key=value; key=value}, in the finding's order. */
    static String facts(Map<String, String> facts) {
        return facts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }
}
