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
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junheng.core.internal.Checks;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.Jurisdiction;
import org.junheng.core.model.JurisdictionLevel;
import org.junheng.core.policy.Rule;
import org.junheng.core.policy.RuleCatalog;
import org.junheng.core.value.Label;
import org.junheng.indicators.rules.Finding;
import org.junheng.indicators.rules.Verdict;

/**
 * The report section "摘要 / Summary", first in every report: the verdicts of each area's findings counted
 * (met, not met, short of aim, not yet due, not assessable), then the counties with the most findings not
 * met. A finding belongs to the county whose code opens its subject ({@code 210199 2023},
 * {@code 210199-S006 …}); findings on a city, a province or a target elsewhere count in their area only.
 */
public final class SummarySection {
    /** How many counties the worst-counties table lists at most. */
    public static final int WORST_COUNTIES = 10;

    private static final List<Verdict> COUNTED = List.of(Verdict.MET, Verdict.NOT_MET, Verdict.SHORT_OF_AIM, Verdict.NOT_DUE,
            Verdict.NOT_ASSESSABLE);

    private SummarySection() {
    }

    /**
     * The summary of {@code sections} (the report's other sections, in order) on {@code data}, whose
     * jurisdictions name the counties.
     */
    public static Section of(List<Section> sections, DataSet data) {
        Checks.notNull(sections, "sections");
        Checks.notNull(data, "data");
        List<List<Cell>> areaRows = new ArrayList<>();
        Map<Verdict, Long> total = new EnumMap<>(Verdict.class);
        for (Section s : sections) {
            if (s.findings().isEmpty()) {
                continue;
            }
            Map<Verdict, Long> counts = counts(s.findings());
            counts.forEach((v, n) -> total.merge(v, n, Long::sum));
            areaRows.add(row(Cell.words(s.title()), counts));
        }
        areaRows.add(row(Cell.words("合计", "total"), total));
        List<Label> columns = new ArrayList<>(List.of(Label.of("领域", "area")));
        COUNTED.forEach(v -> columns.add(v.label()));
        List<Table> tables = new ArrayList<>();
        tables.add(new Table(Label.of("各领域结论", "Verdicts by area"), columns, areaRows));
        List<CountyCount> worst = worst(sections);
        List<List<Cell>> worstRows = new ArrayList<>();
        for (CountyCount c : worst) {
            worstRows.add(List.of(Cell.text(c.code().value()),
                    Cell.text(data.jurisdiction(c.code()).map(Jurisdiction::name).orElse(c.code().value())),
                    Cell.count(c.notMet()), Cell.text(String.join(", ", c.rules()))));
        }
        tables.add(new Table(Label.of("未达标最多的县区", "Counties with the most findings not met"),
                List.of(Label.of("代码", "code"), Label.of("县区", "county"), Label.of("未达标项", "not met"),
                        Label.of("未达标规则", "rules not met")), worstRows));
        List<Label> notes = new ArrayList<>();
        notes.add(Label.of("每项结论计一次; 力争、基本、鼓励类目标未达到计为未达预期, 不计为未达标; 仅报告的数值不计入。",
                "Each finding counts once; a target striven for, basically or encouraged that is not reached counts as "
                        + "short of aim, never as not met; values only reported are not counted."));
        notes.add(Label.of("县区按未达标项数从多到少排列; 数目相同时按所违反的最靠前规则 (规则目录顺序), 再按代码; 最多列 "
                + WORST_COUNTIES + " 个。", "Counties by findings not met, most first; ties by the earliest rule they fail in "
                + "the catalog's order, then by code; at most " + WORST_COUNTIES + "."));
        if (worst.isEmpty()) {
            notes.add(Label.of("没有县区的结论为未达标。", "No county has a finding not met."));
        }
        return new Section(Label.of("摘要", "Summary"), tables, notes);
    }

    private static Map<Verdict, Long> counts(List<Finding> findings) {
        Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
        findings.forEach(f -> counts.merge(f.verdict(), 1L, Long::sum));
        return counts;
    }

    private static List<Cell> row(Cell area, Map<Verdict, Long> counts) {
        List<Cell> row = new ArrayList<>(List.of(area));
        COUNTED.forEach(v -> row.add(Cell.count(counts.getOrDefault(v, 0L))));
        return row;
    }

    /**
     * A county's findings not met.
     *
     * @param code the county
     * @param notMet how many findings are not met
     * @param firstRule the catalog position of the earliest rule it fails
     * @param rules the rules it fails, in catalog order
     */
    private record CountyCount(DivisionCode code, long notMet, int firstRule, List<String> rules) {
    }

    /** The counties with findings not met, worst first, at most {@link #WORST_COUNTIES}. */
    static List<CountyCount> worst(List<Section> sections) {
        Map<String, Integer> order = new HashMap<>();
        List<Rule> rules = RuleCatalog.builtIn().rules();
        for (int i = 0; i < rules.size(); i++) {
            order.put(rules.get(i).id(), i);
        }
        Comparator<String> byCatalog = Comparator.<String>comparingInt(r -> order.getOrDefault(r, Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder());
        Map<DivisionCode, Long> notMet = new TreeMap<>();
        Map<DivisionCode, TreeSet<String>> failed = new TreeMap<>();
        for (Section s : sections) {
            for (Finding f : s.findings()) {
                if (f.verdict() != Verdict.NOT_MET) {
                    continue;
                }
                DivisionCode county = county(f.subject());
                if (county != null) {
                    notMet.merge(county, 1L, Long::sum);
                    failed.computeIfAbsent(county, k -> new TreeSet<>(byCatalog)).add(f.rule());
                }
            }
        }
        List<CountyCount> counts = new ArrayList<>();
        notMet.forEach((code, n) -> {
            List<String> list = List.copyOf(failed.get(code));
            counts.add(new CountyCount(code, n, order.getOrDefault(list.get(0), Integer.MAX_VALUE), list));
        });
        counts.sort(Comparator.comparingLong(CountyCount::notMet).reversed().thenComparingInt(CountyCount::firstRule)
                .thenComparing(c -> c.code().value()));
        return counts.subList(0, Math.min(WORST_COUNTIES, counts.size()));
    }

    /** The county-level code that opens a subject, or null when it opens with none. */
    static DivisionCode county(String subject) {
        if (subject.length() < 6 || !subject.substring(0, 6).chars().allMatch(Character::isDigit)
                || (subject.length() > 6 && Character.isDigit(subject.charAt(6)))) {
            return null;
        }
        try {
            DivisionCode code = DivisionCode.of(subject.substring(0, 6));
            return code.level() == JurisdictionLevel.COUNTY ? code : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
