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

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.Location;
import org.junheng.core.model.Ownership;
import org.junheng.core.policy.Parameter;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Label;
import org.junheng.indicators.report.Cell;
import org.junheng.indicators.report.Section;
import org.junheng.indicators.report.Table;

/**
 * The report section "覆盖率 / Coverage": every indicator whose rule the policy holds
 * ({@link Policy#holds}), over the data set and by location and ownership; COV-7 by named county where
 * the profile names them; and the COV-5 class sizes used, each with its own rule. A rule the profile
 * does not hold has no row. Targets are evaluated in the targets package, not here.
 */
public final class CoverageSection {
    private CoverageSection() {
    }

    /** The section for a data set under a policy: only the indicators of rules the policy holds. */
    public static Section of(DataSet data, Policy policy) {
        List<List<Cell>> rows = new ArrayList<>();
        List<List<Cell>> counties = new ArrayList<>();
        for (CoverageIndicators c : CoverageIndicators.of(data, policy)) {
            if (!policy.holds(c.indicator().rule())) {
                continue;
            }
            List<Cell> row = new ArrayList<>(List.of(Cell.text(c.indicator().rule()), Cell.label(c.indicator())));
            row.addAll(overall(c));
            Map<String, Rate> byLocation = c.breakdowns().getOrDefault("location", Map.of());
            for (Location l : Location.values()) {
                row.add(cell(byLocation.get(l.label().zh() + " " + l.label().en())));
            }
            Map<String, Rate> byOwnership = c.breakdowns().getOrDefault("ownership", Map.of());
            for (Ownership o : Ownership.values()) {
                row.add(cell(byOwnership.get(o.label().zh() + " " + o.label().en())));
            }
            rows.add(row);
            c.breakdowns().getOrDefault("county", Map.of()).forEach((county, r) -> {
                List<Cell> line = new ArrayList<>(List.of(Cell.text(county)));
                line.addAll(rateCells(r));
                counties.add(line);
            });
        }
        List<Table> tables = new ArrayList<>();
        tables.add(new Table(Label.of("覆盖率与比例 (COV)", "Coverage and rates (COV)"), List.of(Label.of("规则", "rule"),
                Label.of("指标", "indicator"), Label.of("全部", "all"), Label.of("分子", "numerator"), Label.of("分母", "denominator"),
                Label.of("城区", "urban"), Label.of("镇区", "town"), Label.of("乡村", "rural"), Label.of("公办", "public"),
                Label.of("民办", "private")), rows));
        if (!counties.isEmpty()) {
            tables.add(new Table(Label.of("COV-7 乡镇学校联盟覆盖率, 按指定县区", "COV-7 alliance coverage by named county"),
                    List.of(Label.of("县区", "county"), Label.of("覆盖率", "rate"), Label.of("分子", "numerator"),
                            Label.of("分母", "denominator")), counties));
        }
        List<Label> notes = new ArrayList<>();
        notes.add(Label.of("比例均为精确分数; 分母为零时记为不适用并说明原因, 不记为 0% 或 100%。",
                "Rates are exact fractions; a zero denominator is 'not applicable' with the reason, never 0% or 100%."));
        if (policy.holds("COV-5")) {
            StringBuilder zh = new StringBuilder("COV-5 班额:");
            StringBuilder en = new StringBuilder("COV-5 class sizes:");
            for (CoverageIndicator i : List.of(CoverageIndicator.LARGE_CLASSES, CoverageIndicator.PRIMARY_CLASSES_OVER_45,
                    CoverageIndicator.JUNIOR_CLASSES_OVER_50)) {
                if (policy.has(i.parameter())) {
                    Parameter p = policy.parameter(i.parameter());
                    String cited = " (" + p.source().rule() + ", " + p.source().document() + ")";
                    Label what = CLASS_LIMITS.getOrDefault(i, Label.of(p.key(), p.key()));
                    zh.append(' ').append(what.zh()).append(' ').append(p.value()).append(" 人").append(cited).append(';');
                    en.append(' ').append(what.en()).append(' ').append(p.value()).append(" (").append(p.key()).append("; ")
                            .append(p.source().rule()).append(", ").append(p.source().document()).append(");");
                }
            }
            notes.add(Label.of(zh.toString(), en.toString()));
        }
        return new Section(Label.of("覆盖率", "Coverage"), tables, notes);
    }

    /** The limit each class-size indicator counts against, as the standards name it. */
    private static final Map<CoverageIndicator, Label> CLASS_LIMITS = Map.of(
            CoverageIndicator.LARGE_CLASSES, Label.of("大班额标准", "large class from"),
            CoverageIndicator.PRIMARY_CLASSES_OVER_45, Label.of("小学班额上限", "primary class limit"),
            CoverageIndicator.JUNIOR_CLASSES_OVER_50, Label.of("初中班额上限", "junior class limit"));

    /** The rate over the whole data set: percent to two places, numerator, denominator; or why there is none. */
    private static List<Cell> overall(CoverageIndicators c) {
        if (!c.indicator().fromRecords()) {
            return List.of(Cell.words("不适用: 仅有汇总数", "n/a: counts only"), Cell.empty(), Cell.empty());
        }
        return rateCells(c.overall());
    }

    private static List<Cell> rateCells(Rate r) {
        return r.ratio().<List<Cell>>map(x -> List.of(Cell.percent(x.toPercent(2, RoundingMode.HALF_UP)),
                Cell.count(r.numerator()), Cell.count(r.denominator())))
                .orElseGet(() -> List.of(Cell.words("不适用 (" + r.notApplicable().zh() + ")", "n/a (" + r.notApplicable().en() + ")"),
                        Cell.empty(), Cell.empty()));
    }

    /** A breakdown's rate to one place; "n/a" for a group with a zero denominator, a dash for no group. */
    private static Cell cell(Rate r) {
        return r == null ? Cell.empty() : r.ratio().map(x -> Cell.percent(x.toPercent(1, RoundingMode.HALF_UP)))
                .orElse(Cell.words("不适用", "n/a"));
    }
}
