package org.junheng.indicators.report;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junheng.core.internal.Checks;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DataSetSeries;
import org.junheng.core.model.DatedValue;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Label;
import org.junheng.indicators.balance.CountyAssessment;
import org.junheng.indicators.coverage.CoverageIndicator;
import org.junheng.indicators.coverage.CoverageIndicators;
import org.junheng.indicators.funding.TwoNoDecreases;
import org.junheng.indicators.funding.YearCheck;
import org.junheng.indicators.rotation.Quota;
import org.junheng.indicators.rotation.RotationAssessment;
import org.junheng.indicators.rules.Finding;

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
                    coverage.put(ci.rule(), ci.label().zh() + " " + ci.label().en(), i,
                            c.overall().ratio().isPresent() ? c.overall().display() : "n/a");
                }
            }
            for (Quota q : RotationAssessment.of(d, policy).bindingQuotas()) {
                rotation.put(q.quota().rule(), q.subject(), i, q.rotated() + " / " + q.required() + " (" + verdict(q.quota()) + ")");
            }
            for (CountyAssessment a : CountyAssessment.all(d, policy)) {
                for (CountyAssessment.StageAssessment s : a.stages().values()) {
                    for (Finding f : s.bal3()) {
                        balance.put(f.rule(), f.subject(), i, f.facts().getOrDefault("cv", "—") + " (" + verdict(f) + ")");
                    }
                }
            }
        }
        List<Table> tables = new ArrayList<>();
        tables.add(Table.ofText(Label.of("覆盖率逐年 (COV)", "Coverage year by year (COV)"), columns, coverage.rows()));
        if (policy.holds("FIN-1") || policy.holds("FIN-2")) {
            tables.add(funding(series.latest()));
        }
        if (!rotation.rows().isEmpty()) {
            tables.add(Table.ofText(Label.of("交流轮岗比例逐年 (ROT)", "Rotation quotas year by year (ROT)"), columns, rotation.rows()));
        }
        if (!balance.rows().isEmpty()) {
            tables.add(Table.ofText(Label.of("均衡差异系数逐年 (BAL-3)", "Balance CVs year by year (BAL-3)"), columns, balance.rows()));
        }
        List<List<String>> values = new ArrayList<>();
        for (DatedValue v : series.observations()) {
            values.add(List.of(v.indicator(), v.value().toPlainString(), v.date().toString(), v.source()));
        }
        tables.add(Table.ofText(Label.of("按日期的观测值", "Dated values"), List.of(Label.of("指标", "indicator"),
                Label.of("数值", "value"), Label.of("日期", "date"), Label.of("来源", "source")), values));
        return new Section(Label.of("逐年", "Year by year"), tables, List.of(
                Label.of("每列为一个快照 (学年参考日); 目标按各自时间窗内的数据判断, 见目标一节。",
                        "Each column is one snapshot (a school year's reference date); targets are judged on the data of "
                                + "their own window, in the targets section."),
                Label.of("经费逐年取自最新快照的经费记录 (各年度已含其中)。",
                        "Funding years come from the latest snapshot's funding records, which hold every year.")));
    }

    private static Table funding(DataSet latest) {
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<org.junheng.core.model.DivisionCode, List<YearCheck>> e : TwoNoDecreases.checkAll(latest.funding()).entrySet()) {
            for (YearCheck y : e.getValue()) {
                rows.add(List.of(e.getKey().value(), Integer.toString(y.year()), y.expenditure().toString(),
                        y.perStudent().setScale(2, RoundingMode.HALF_UP).toPlainString(), verdict(y.fin1()), verdict(y.fin2())));
            }
        }
        return Table.ofText(Label.of("经费逐年 (FIN-1, FIN-2)", "Funding year by year (FIN-1, FIN-2)"), List.of(
                Label.of("地区", "jurisdiction"), Label.of("年度", "year"), Label.of("教育支出", "expenditure"),
                Label.of("生均", "per student"), Label.of("FIN-1 总量不减", "FIN-1 total"),
                Label.of("FIN-2 生均不减", "FIN-2 per student")), rows);
    }

    private static String verdict(Finding f) {
        return f.verdict().label().zh() + " " + f.verdict().label().en();
    }

    /** Rows keyed by rule and subject, one cell a snapshot, "—" where a snapshot has none. */
    private static final class Rows {
        private final int width;
        private final Map<String, List<String>> byKey = new LinkedHashMap<>();

        Rows(int width) {
            this.width = width;
        }

        void put(String rule, String subject, int column, String cell) {
            List<String> row = byKey.computeIfAbsent(rule + "\u0000" + subject, k -> {
                List<String> r = new ArrayList<>(List.of(rule, subject));
                for (int i = 0; i < width; i++) {
                    r.add("—");
                }
                return r;
            });
            row.set(2 + column, cell);
        }

        List<List<String>> rows() {
            return List.copyOf(byKey.values());
        }
    }
}
