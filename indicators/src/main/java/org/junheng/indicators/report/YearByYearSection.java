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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junheng.core.internal.Checks;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DataSetSeries;
import org.junheng.core.model.DatedValue;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Label;
import org.junheng.indicators.balance.CountyAssessment;
import org.junheng.indicators.balance.ResourceIndicator;
import org.junheng.indicators.coverage.CoverageIndicator;
import org.junheng.indicators.coverage.CoverageIndicators;
import org.junheng.indicators.funding.TwoNoDecreases;
import org.junheng.indicators.funding.YearCheck;
import org.junheng.indicators.rotation.Quota;
import org.junheng.indicators.rotation.RotationAssessment;
import org.junheng.indicators.rules.Finding;
import org.junheng.indicators.rules.Unit;
import org.junheng.indicators.targets.TargetCatalog;

/**
 * The report section "逐年 / Year by year" on a series (issue 10, item 1): each indicator the calculators
 * give per snapshot, one column a snapshot: coverage rates (COV), the two no-decreases with spending per
 * student (FIN-1, FIN-2, from the latest snapshot's funding years), the county rotation quotas (ROT),
 * and the balance CVs (BAL-3); then the dated values.
 */
public final class YearByYearSection {
    private YearByYearSection() {
    }

    /** The section for a series under a policy. */
    public static Section of(DataSetSeries series, Policy policy) {
        Checks.notNull(series, "series");
        Checks.notNull(policy, "policy");
        List<DataSet> snapshots = series.snapshots();
        List<Label> columns = new ArrayList<>(List.of(Label.of("规则", "rule"), Label.of("指标", "indicator")));
        for (DataSet d : snapshots) {
            columns.add(Label.of(d.asOf().toString(), d.asOf().toString()));
        }
        Rows coverage = new Rows(snapshots.size());
        Rows rotation = new Rows(snapshots.size());
        Rows balance = new Rows(snapshots.size());
        for (int i = 0; i < snapshots.size(); i++) {
            DataSet d = snapshots.get(i);
            for (CoverageIndicators c : CoverageIndicators.of(d, policy)) {
                CoverageIndicator ci = c.indicator();
                if (ci.fromRecords() && policy.holds(ci.rule())) {
                    coverage.put(ci.rule(), ci.name(), Cell.label(ci), i, c.overall().ratio()
                            .map(r -> Cell.percent(r.toPercent(2, RoundingMode.HALF_UP))).orElse(Cell.words("不适用", "n/a")));
                }
            }
            for (Quota q : RotationAssessment.of(d, policy).bindingQuotas()) {
                Label v = q.quota().verdict().label();
                String counts = q.rotated() + " / " + q.required();
                rotation.put(q.quota().rule(), q.subject(), Cell.text(q.subject()), i,
                        Cell.words(counts + " (" + v.zh() + ")", counts + " (" + v.en() + ")"));
            }
            for (CountyAssessment a : CountyAssessment.all(d, policy)) {
                for (CountyAssessment.StageAssessment s : a.stages().values()) {
                    ResourceIndicator[] indicators = ResourceIndicator.values();
                    for (int k = 0; k < s.bal3().size(); k++) {
                        Finding f = s.bal3().get(k);
                        String cv = f.facts().getOrDefault("cv", "—");
                        Label v = f.verdict().label();
                        Label stage = s.stage().label();
                        balance.put(f.rule(), f.subject(), Cell.words(a.county().value() + " " + stage.zh() + ": "
                                + indicators[k].label().zh(), a.county().value() + " " + stage.en() + ": " + indicators[k].label().en()),
                                i, Cell.words(cv + " (" + v.zh() + ")", cv + " (" + v.en() + ")"));
                    }
                }
            }
        }
        List<Table> tables = new ArrayList<>();
        tables.add(new Table(Label.of("覆盖率逐年 (COV)", "Coverage year by year (COV)"), columns, coverage.rows()));
        if (policy.holds("FIN-1") || policy.holds("FIN-2")) {
            tables.add(funding(series.latest()));
        }
        if (!rotation.rows().isEmpty()) {
            tables.add(new Table(Label.of("交流轮岗比例逐年 (ROT)", "Rotation quotas year by year (ROT)"), columns, rotation.rows()));
        }
        if (!balance.rows().isEmpty()) {
            tables.add(new Table(Label.of("均衡差异系数逐年 (BAL-3)", "Balance CVs year by year (BAL-3)"), columns, balance.rows()));
        }
        TargetCatalog catalog = TargetCatalog.builtIn();
        List<List<Cell>> values = new ArrayList<>();
        for (DatedValue v : series.observations()) {
            values.add(List.of(catalog.labelOf(v.indicator()).map(Cell::words).orElse(Cell.text(v.indicator())),
                    Cell.decimal(v.value()), Cell.text(v.date().toString()), Cell.text(v.source())));
        }
        tables.add(new Table(Label.of("按日期的观测值", "Dated values"), List.of(Label.of("指标", "indicator"),
                Label.of("数值", "value"), Label.of("日期", "date"), Label.of("来源", "source")), values));
        return new Section(Label.of("逐年", "Year by year"), tables, List.of(
                Label.of("每列为一个快照 (学年参考日); 目标按各自时间窗内的数据判断, 见目标一节。",
                        "Each column is one snapshot (a school year's reference date); targets are judged on the data of "
                                + "their own window, in the targets section."),
                Label.of("经费逐年取自最新快照的经费记录 (各年度已含其中)。",
                        "Funding years come from the latest snapshot's funding records, which hold every year.")));
    }

    private static Table funding(DataSet latest) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Map.Entry<DivisionCode, List<YearCheck>> e : TwoNoDecreases.checkAll(latest.funding()).entrySet()) {
            for (YearCheck y : e.getValue()) {
                rows.add(List.of(Cell.text(e.getKey().value()), Cell.decimal(BigDecimal.valueOf(y.year())), Cell.money(y.expenditure()),
                        Cell.number(y.perStudent().setScale(2, RoundingMode.HALF_UP), Unit.YUAN), Cell.verdict(y.fin1().verdict()),
                        Cell.verdict(y.fin2().verdict())));
            }
        }
        return new Table(Label.of("经费逐年 (FIN-1, FIN-2)", "Funding year by year (FIN-1, FIN-2)"), List.of(
                Label.of("地区", "jurisdiction"), Label.of("年度", "year"), Label.of("教育支出(元)", "expenditure (yuan)"),
                Label.of("生均(元)", "per student (yuan)"), Label.of("FIN-1 总量不减", "FIN-1 total"),
                Label.of("FIN-2 生均不减", "FIN-2 per student")), rows);
    }

    /** Rows keyed by rule and subject, one cell a snapshot, a dash where a snapshot has none. */
    private static final class Rows {
        private final int width;
        private final Map<String, List<Cell>> byKey = new LinkedHashMap<>();

        Rows(int width) {
            this.width = width;
        }

        void put(String rule, String key, Cell subject, int column, Cell cell) {
            List<Cell> row = byKey.computeIfAbsent(rule + "\u0000" + key, k -> {
                List<Cell> r = new ArrayList<>(List.of(Cell.text(rule), subject));
                for (int i = 0; i < width; i++) {
                    r.add(Cell.empty());
                }
                return r;
            });
            row.set(2 + column, cell);
        }

        List<List<Cell>> rows() {
            return List.copyOf(byKey.values());
        }
    }
}
