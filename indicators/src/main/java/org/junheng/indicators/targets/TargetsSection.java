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
package org.junheng.indicators.targets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junheng.core.internal.Checks;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DataSetSeries;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Label;
import org.junheng.indicators.report.Cell;
import org.junheng.indicators.report.Section;
import org.junheng.indicators.report.Table;
import org.junheng.indicators.rules.Finding;
import org.junheng.indicators.rules.Measure;
import org.junheng.indicators.rules.Unit;
import org.junheng.indicators.rules.Verdict;

/**
 * The report section "目标 / Targets" (issue 10, items 1 and 3): each target that the policy holds for the
 * data's jurisdiction, with its kind of date, strength, the observation used and its date, the verdict,
 * the gap and the trajectory toward a deadline not yet reached.
 */
public final class TargetsSection {
    private static final List<Label> COLUMNS = List.of(Label.of("编号", "id"), Label.of("规则", "rule"),
            Label.of("指标", "indicator"), Label.of("目标", "target"), Label.of("时间", "timing"), Label.of("力度", "strength"),
            Label.of("所用观测", "observation used"), Label.of("观测日期", "observed on"), Label.of("结论", "verdict"),
            Label.of("差距", "gap"), Label.of("趋势", "trajectory"));

    private TargetsSection() {
    }

    /** The section for one data set: a series of that one snapshot and no dated values. */
    public static Section of(DataSet data, Policy policy) {
        Checks.notNull(data, "data");
        return of(DataSetSeries.of(data), policy);
    }

    /** The section for a series, judged on its last date. */
    public static Section of(DataSetSeries series, Policy policy) {
        Checks.notNull(series, "series");
        Checks.notNull(policy, "policy");
        TargetCatalog catalog = TargetCatalog.builtIn();
        List<List<Cell>> rows = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (TargetResult r : TargetEvaluation.of(series, catalog, policy)) {
            Target t = r.target();
            rows.add(List.of(Cell.text(t.id()), Cell.text(t.rule()), Cell.words(catalog.label(t.indicator())),
                    Cell.text(t.comparison().symbol() + " " + r.threshold().toPlainString() + (t.unit() == Target.Unit.PERCENT ? "%" : "")),
                    Cell.words(t.timing().label().zh() + window(t), t.timing().label().en() + window(t)),
                    Cell.label(t.strength()),
                    r.observation() == null ? Cell.empty() : observed(r.observation()),
                    r.observedOn() == null ? Cell.empty() : Cell.text(r.observedOn().toString()),
                    Cell.verdict(r.verdict()),
                    r.gap() == null ? Cell.empty() : Cell.decimal(r.gap()),
                    r.trajectory() == null ? Cell.empty() : Cell.words(trajectory(r.trajectory()))));
            findings.add(finding(r));
        }
        Table table = new Table(Label.of("目标 (至 " + TargetEvaluation.lastDate(series) + ")",
                "Targets, as of " + TargetEvaluation.lastDate(series)), COLUMNS, rows);
        List<Label> notes = List.of(
                Label.of("期限类目标按期限当日或之前的最后一次观测判断, 不使用期限后的数据; 保持类目标要求期间每次观测均达到, "
                        + "并指出首次未达到的年份; 每年类目标逐年判断; 常设标准按最新观测判断。",
                        "A target by a deadline is judged on the last observation on or before it, never on later data; a "
                                + "kept target on every observation of its period, naming the first failing year; a yearly "
                                + "target year by year; a standing one on the latest observation."),
                Label.of("只有约束性目标 (确保、达到、不低于) 可判为未达标; 力争、基本、鼓励类目标未达到时判为未达预期, 并给出差距。",
                        "Only binding targets can be 'not met'; a target striven for, basically or encouraged that is "
                                + "not reached is 'short of aim', with its gap."),
                Label.of("只列出当前政策适用规则的目标。", "Only targets whose rule the active policy holds are listed."));
        return new Section(Label.of("目标", "Targets"), List.of(table), notes, findings);
    }

    /**
     * A target's result as a finding: the subject is the target's jurisdiction and ID; the measure is the
     * value observed (per cent for a rate, to four places), the threshold, and the gap where it falls short.
     */
    public static Finding finding(TargetResult r) {
        Target t = r.target();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("target", t.id());
        facts.put("threshold", r.threshold().toPlainString());
        if (r.observation() != null) {
            facts.put("observed", r.observation().decimal().toPlainString());
            facts.put("observedOn", r.observedOn().toString());
            facts.put("source", r.source());
        }
        Finding f = new Finding(t.rule(), t.jurisdiction().value() + " " + t.id(), r.verdict(), r.explanation(), facts);
        if (r.observation() == null) {
            return f;
        }
        boolean reached = r.verdict() == Verdict.MET || r.gap() == null
                || t.comparison().holds(r.observation().compareTo(r.threshold()));
        BigDecimal shortfall = reached ? BigDecimal.ZERO : r.gap().abs();
        return f.withMeasure(Measure.of(r.observation().decimal(), r.threshold(), shortfall, unit(t.unit())));
    }

    private static Unit unit(Target.Unit unit) {
        return switch (unit) {
            case PERCENT -> Unit.PERCENT;
            case COUNT -> Unit.COUNT;
            case YUAN -> Unit.YUAN;
            case HOURS, DAYS, YEARS -> Unit.PLAIN;
        };
    }

    /** The observation used: a rate as its fraction and per cent, a value with its unit in words. */
    private static Cell observed(Observation o) {
        if (o.ratio() != null) {
            return Cell.text(o.ratio().toString());
        }
        String v = o.value().toPlainString();
        return switch (o.unit()) {
            case PERCENT -> Cell.percent(o.value());
            case COUNT -> Cell.number(o.value(), Unit.COUNT);
            case YUAN -> Cell.number(o.value(), Unit.YUAN);
            case HOURS -> Cell.words(v + " 小时", v + " hours");
            case DAYS -> Cell.words(v + " 天", v + " days");
            case YEARS -> Cell.words(v + " 年", v + " years");
        };
    }

    /** The trajectory in both languages: from, to, the change needed a year, the pace, on pace or not. */
    static Label trajectory(Trajectory t) {
        String from = t.first().observation().decimal().stripTrailingZeros().toPlainString();
        String to = t.latest().observation().decimal().stripTrailingZeros().toPlainString();
        String pace = t.pacePerYear() == null ? null : signed(t.pacePerYear());
        return Label.of("由 " + from + " (" + t.first().date() + ") 至 " + to + " (" + t.latest().date() + "); 每年需 "
                        + signed(t.neededPerYear()) + ", 实际每年 " + (pace == null ? "未知" : pace)
                        + (t.onPace() ? ": 可按期达到" : ": 按现有速度不能按期达到"),
                t.toString());
    }

    private static String signed(BigDecimal v) {
        return (v.signum() > 0 ? "+" : "") + v.toPlainString();
    }

    private static String window(Target t) {
        return switch (t.timing()) {
            case BY -> " " + t.deadline();
            case KEPT, YEARLY -> " " + t.from() + "/" + t.deadline();
            case STANDING -> "";
        };
    }

}
