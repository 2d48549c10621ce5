package org.junheng.indicators.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.Location;
import org.junheng.core.model.Ownership;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Label;
import org.junheng.indicators.report.Section;
import org.junheng.indicators.report.Table;
import org.junheng.indicators.targets.TargetCatalog;
import org.junheng.indicators.targets.TargetEvaluation;
import org.junheng.indicators.targets.TargetResult;

/**
 * The report section "覆盖率与目标 / Coverage and targets": every indicator over the data set and by
 * location and ownership, then the dated targets of the data set's jurisdiction with their verdicts on
 * the reference date.
 */
public final class CoverageSection {
    private CoverageSection() {
    }

    /** The section for a data set; the policy is not needed, but every section takes one. */
    public static Section of(DataSet data, Policy policy) {
        List<List<String>> rows = new ArrayList<>();
        for (CoverageIndicators c : CoverageIndicators.of(data)) {
            List<String> row = new ArrayList<>(List.of(c.indicator().rule(), c.indicator().label().zh() + " "
                    + c.indicator().label().en(), overall(c)));
            Map<String, Rate> byLocation = c.breakdowns().getOrDefault("location", Map.of());
            for (Location l : Location.values()) {
                row.add(cell(byLocation.get(l.label().zh() + " " + l.label().en())));
            }
            Map<String, Rate> byOwnership = c.breakdowns().getOrDefault("ownership", Map.of());
            for (Ownership o : Ownership.values()) {
                row.add(cell(byOwnership.get(o.label().zh() + " " + o.label().en())));
            }
            rows.add(row);
        }
        List<Table> tables = new ArrayList<>();
        tables.add(new Table(Label.of("覆盖率与比例 (COV)", "Coverage and rates (COV)"), List.of(Label.of("规则", "rule"),
                Label.of("指标", "indicator"), Label.of("全部", "all"), Label.of("城区", "urban"), Label.of("镇区", "town"),
                Label.of("乡村", "rural"), Label.of("公办", "public"), Label.of("民办", "private")), rows));
        List<List<String>> targets = new ArrayList<>();
        TargetCatalog catalog = TargetCatalog.builtIn();
        for (TargetResult r : TargetEvaluation.of(data, catalog, data.asOf(), Map.of())) {
            targets.add(List.of(r.target().id(), catalog.label(r.target().indicator()).en(),
                    r.target().comparison().symbol() + " " + r.target().threshold().toPlainString()
                            + (r.target().unit() == org.junheng.indicators.targets.Target.Unit.PERCENT ? "%" : ""),
                    r.target().deadline() == null ? "standing" : r.target().deadline().toString(),
                    r.verdict().label().zh() + " " + r.verdict().label().en(), r.explanation().en()));
        }
        tables.add(new Table(Label.of("本地区适用的目标 (" + data.asOf() + ")", "Targets that apply here, as of " + data.asOf()),
                List.of(Label.of("编号", "id"), Label.of("指标", "indicator"), Label.of("目标", "target"),
                        Label.of("期限", "deadline"), Label.of("结论", "verdict"), Label.of("说明", "explanation")), targets));
        List<Label> notes = List.of(
                Label.of("比例均为精确分数; 分母为零时记为不适用并说明原因, 不记为 0% 或 100%。",
                        "Rates are exact fractions; a zero denominator is 'not applicable' with the reason, never 0% or 100%."),
                Label.of("上级的比例类目标视为本地区目标; 总量类目标 (建校数、课程数等) 须另行提供观测值。",
                        "A parent's rate targets are read as this jurisdiction's own; totals (schools built, lessons made) "
                                + "need observed values supplied: TargetEvaluation.of(data, catalog, date, observations)."));
        return new Section(Label.of("覆盖率与目标", "Coverage and targets"), tables, notes);
    }

    private static String overall(CoverageIndicators c) {
        if (!c.indicator().fromRecords()) {
            return "n/a: counts only";
        }
        return c.overall().ratio().isPresent() ? c.overall().display() : "n/a: no " + c.indicator().denominatorLabel().en();
    }

    private static String cell(Rate r) {
        return r == null ? "—" : r.ratio().map(x -> x.toPercent(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%")
                .orElse("n/a");
    }
}
