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
package org.junheng.indicators.report.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junheng.core.value.Label;
import org.junheng.indicators.report.Cell;
import org.junheng.indicators.report.Report;
import org.junheng.indicators.report.Section;
import org.junheng.indicators.report.Table;
import org.junheng.indicators.rules.Finding;
import org.junheng.indicators.rules.Verdict;

/**
 * The page's summary, counted from a report: verdicts per area, and the counties with the most breaches
 * (a finding belongs to the county whose code opens its subject, such as {@code 210199 2023} or
 * {@code 210199-S006 primary}). An area's verdicts are its section's findings where it carries them, otherwise the verdict cells
 * of its tables (never both, so nothing counts twice).
 */
final class Summary {
    /** The verdicts counted, in the order of the summary's columns. */
    static final List<Verdict> COUNTED = List.of(Verdict.MET, Verdict.NOT_MET, Verdict.SHORT_OF_AIM, Verdict.NOT_DUE,
            Verdict.NOT_ASSESSABLE);
    /** How many jurisdictions the summary lists at most. */
    static final int WORST = 10;
    /** The title of the summary section a report may open with. */
    static final Label REPORT_SUMMARY = Label.of("摘要", "Summary");
    private static final Pattern CODE = Pattern.compile("^(\\d{6})(?!\\d)");

    private Summary() {
    }

    /**
     * One area's verdicts.
     *
     * @param title the section's title
     * @param counts the count of each verdict of {@link #COUNTED}
     * @param fromFindings whether they were counted from findings rather than table cells
     */
    record Area(Label title, Map<Verdict, Long> counts, boolean fromFindings) {
        long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * A county's breaches.
     *
     * @param code its division code
     * @param notMet findings not met
     * @param shortOfAim findings short of aim
     * @param rules the rule IDs not met, in order of first appearance
     */
    record Breaches(String code, long notMet, long shortOfAim, List<String> rules) {
    }

    /** The areas with at least one verdict, in section order; the report's own summary is not an area. */
    static List<Area> areas(Report report) {
        List<Area> areas = new ArrayList<>();
        for (Section s : report.sections()) {
            if (isReportSummary(s)) {
                continue;
            }
            Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
            COUNTED.forEach(v -> counts.put(v, 0L));
            boolean fromFindings = !s.findings().isEmpty();
            if (fromFindings) {
                for (Finding f : s.findings()) {
                    counts.computeIfPresent(f.verdict(), (v, n) -> n + 1);
                }
            } else {
                for (Table t : s.tables()) {
                    for (List<Cell> row : t.cells()) {
                        for (Cell c : row) {
                            if (c instanceof Cell.Judged j) {
                                counts.computeIfPresent(j.verdict(), (v, n) -> n + 1);
                            }
                        }
                    }
                }
            }
            Area area = new Area(s.title(), counts, fromFindings);
            if (area.total() > 0) {
                areas.add(area);
            }
        }
        return areas;
    }

    /**
     * Whether a section is the report's own summary (titled 摘要 / Summary): the page shows its coloured
     * summary, counted from the same findings, in its place.
     */
    static boolean isReportSummary(Section section) {
        return section.title().equals(REPORT_SUMMARY);
    }

    /**
     * The counties whose division code opens the subject of findings not met or short of aim, most
     * findings not met first, then most short of aim, then by code; at most {@link #WORST}.
     */
    static List<Breaches> worst(Report report) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, List<String>> rules = new TreeMap<>();
        for (Section s : report.sections()) {
            for (Finding f : s.findings()) {
                if (f.verdict() != Verdict.NOT_MET && f.verdict() != Verdict.SHORT_OF_AIM) {
                    continue;
                }
                Matcher m = CODE.matcher(f.subject());
                // a county's code: a city or province code ends in 00, and no code begins with 00
                if (!m.find() || m.group(1).endsWith("00") || m.group(1).startsWith("00")) {
                    continue;
                }
                long[] c = counts.computeIfAbsent(m.group(1), k -> new long[2]);
                c[f.verdict() == Verdict.NOT_MET ? 0 : 1]++;
                if (f.verdict() == Verdict.NOT_MET) {
                    List<String> r = rules.computeIfAbsent(m.group(1), k -> new ArrayList<>());
                    if (!r.contains(f.rule())) {
                        r.add(f.rule());
                    }
                }
            }
        }
        List<Breaches> all = new ArrayList<>();
        counts.forEach((code, c) -> all.add(new Breaches(code, c[0], c[1], rules.getOrDefault(code, List.of()))));
        all.sort(Comparator.comparingLong(Breaches::notMet).reversed()
                .thenComparing(Comparator.comparingLong(Breaches::shortOfAim).reversed())
                .thenComparing(Breaches::code));
        return all.subList(0, Math.min(WORST, all.size()));
    }
}
