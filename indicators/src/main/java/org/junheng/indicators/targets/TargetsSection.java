package org.junheng.indicators.targets;

import java.util.ArrayList;
import java.util.List;
import org.junheng.core.internal.Checks;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DataSetSeries;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Label;
import org.junheng.indicators.report.Section;
import org.junheng.indicators.report.Table;

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
        List<List<String>> rows = new ArrayList<>();
        for (TargetResult r : TargetEvaluation.of(series, catalog, policy)) {
            Target t = r.target();
            rows.add(List.of(t.id(), t.rule(), catalog.label(t.indicator()).zh() + " " + catalog.label(t.indicator()).en(),
                    t.comparison().symbol() + " " + r.threshold().toPlainString() + (t.unit() == Target.Unit.PERCENT ? "%" : ""),
                    t.timing().label().zh() + " " + t.timing().label().en() + window(t),
                    t.strength().label().zh() + " " + t.strength().label().en(),
                    r.observation() == null ? "—" : r.observation().toString(),
                    r.observedOn() == null ? "—" : r.observedOn().toString(),
                    r.verdict().label().zh() + " " + r.verdict().label().en(),
                    r.gap() == null ? "—" : r.gap().toPlainString(),
                    r.trajectory() == null ? "—" : r.trajectory().toString()));
        }
        Table table = Table.ofText(Label.of("目标 (至 " + TargetEvaluation.lastDate(series) + ")",
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
        return new Section(Label.of("目标", "Targets"), List.of(table), notes);
    }

    private static String window(Target t) {
        return switch (t.timing()) {
            case BY -> " " + t.deadline();
            case KEPT, YEARLY -> " " + t.from() + "/" + t.deadline();
            case STANDING -> "";
        };
    }

}
