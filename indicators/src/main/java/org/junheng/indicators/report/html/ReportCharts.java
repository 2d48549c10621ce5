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

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.junheng.core.internal.Checks;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DataSetSeries;
import org.junheng.core.model.DatedValue;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.Jurisdiction;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Label;
import org.junheng.core.value.Language;
import org.junheng.core.value.Money;
import org.junheng.indicators.balance.CountyAssessment;
import org.junheng.indicators.balance.PublicFundsPerStudent;
import org.junheng.indicators.balance.IndicatorValue;
import org.junheng.indicators.balance.ResourceIndicator;
import org.junheng.indicators.balance.SchoolAssessment;
import org.junheng.indicators.chart.BarChart;
import org.junheng.indicators.chart.Key;
import org.junheng.indicators.chart.LineChart;
import org.junheng.indicators.chart.LorenzChart;
import org.junheng.indicators.chart.Tone;
import org.junheng.indicators.coverage.CoverageIndicator;
import org.junheng.indicators.coverage.CoverageIndicators;
import org.junheng.indicators.funding.TwoNoDecreases;
import org.junheng.indicators.funding.YearCheck;
import org.junheng.indicators.inequality.Distribution;
import org.junheng.indicators.rules.Finding;
import org.junheng.indicators.rules.Measure;
import org.junheng.indicators.rules.Verdict;
import org.junheng.indicators.targets.DatedObservation;
import org.junheng.indicators.targets.Observation;
import org.junheng.indicators.targets.Target;
import org.junheng.indicators.targets.TargetCatalog;
import org.junheng.indicators.targets.TargetEvaluation;
import org.junheng.indicators.targets.TargetResult;

/**
 * The charts of the report on a series, made from the calculators' own results: funding per student year by
 * year with FIN-1/FIN-2 breaches marked, each BAL-3 coefficient of variation against its ceiling, Lorenz
 * curves (public funds per student across schools; the BAL indicators across a county's sections), and
 * coverage rates against their targets over the years with the trajectory toward a deadline. A chart is made
 * only where the policy holds its rule and the data give it something to draw.
 */
public final class ReportCharts {
    private static final Label FUNDING = Label.of("经费保障", "Funding");
    private static final Label BALANCE = Label.of("校际均衡", "Balance");
    private static final Label TARGETS = Label.of("目标", "Targets");

    private ReportCharts() {
    }

    /** Every chart of the report on {@code series} under {@code policy}, words in {@code language}, in page order. */
    public static List<Figure> of(DataSetSeries series, Policy policy, Language language) {
        Checks.notNull(series, "series");
        Checks.notNull(policy, "policy");
        Checks.notNull(language, "language");
        DataSet latest = series.latest();
        List<Figure> figures = new ArrayList<>();
        figures.addAll(funding(latest, policy, language));
        figures.addAll(balance(latest, policy, language));
        figures.addAll(coverageTargets(series, policy, language));
        return figures;
    }

    /** FIN-1 and FIN-2: expenditure per student year by year, per jurisdiction, breaches marked with the rule. */
    static List<Figure> funding(DataSet data, Policy policy, Language language) {
        List<Figure> figures = new ArrayList<>();
        if (!policy.holds("FIN-1") || !policy.holds("FIN-2")) {
            return figures;
        }
        for (Map.Entry<DivisionCode, List<YearCheck>> e : TwoNoDecreases.checkAll(data.funding()).entrySet()) {
            String name = data.jurisdiction(e.getKey()).map(Jurisdiction::name).orElse(e.getKey().value());
            List<LineChart.Mark> marks = new ArrayList<>();
            Map<Tone, Label> used = new TreeMap<>();
            for (YearCheck y : e.getValue()) {
                List<String> failed = new ArrayList<>();
                if (y.fin1().verdict() == Verdict.NOT_MET) {
                    failed.add("FIN-1");
                }
                if (y.fin2().verdict() == Verdict.NOT_MET) {
                    failed.add("FIN-2");
                }
                Tone tone = !failed.isEmpty() ? Tone.BAD
                        : y.fin1().isMet() && y.fin2().isMet() ? Tone.GOOD : Tone.NEUTRAL;
                used.put(tone, switch (tone) {
                    case BAD -> Label.of("未达标 (标出规则)", "not met (rule shown)");
                    case GOOD -> Label.of("FIN-1、FIN-2 均达标", "FIN-1 and FIN-2 met");
                    default -> Label.of("无法评估 (无可比上年)", "not assessable (no comparable prior year)");
                });
                String tooltip = y.year() + ": " + y.perStudent().toPlainString() + words(" 元/生", " yuan per student", language)
                        + "; FIN-1 " + y.fin1().verdict().label().in(language) + "; FIN-2 " + y.fin2().verdict().label().in(language)
                        + shortfall(y, language);
                marks.add(new LineChart.Mark(y.year(), y.perStudent().doubleValue(), tone, tooltip, String.join(", ", failed)));
            }
            if (marks.isEmpty()) {
                continue;
            }
            List<Key> keys = new ArrayList<>();
            used.forEach((tone, label) -> keys.add(new Key(tone, label.in(language))));
            LineChart chart = new LineChart(
                    name + words(" 生均一般公共预算教育支出 (FIN-1, FIN-2)",
                            ": education expenditure per student (FIN-1, FIN-2)", language),
                    words("年度", "budget year", language), words("元/生", "yuan per student", language),
                    List.of(new LineChart.Series(words("生均支出", "expenditure per student", language), marks, false)),
                    List.of(), Optional.empty(), keys);
            figures.add(new Figure(FUNDING, chart.svg()));
        }
        return figures;
    }

    private static String shortfall(YearCheck y, Language language) {
        Money shortfall = y.fin2Shortfall().isZero() ? y.fin1Shortfall() : y.fin2Shortfall();
        return shortfall.isZero() ? "" : words("; 差额 ", "; shortfall ", language) + shortfall.toPlainString()
                + words(" 元", " yuan", language);
    }

    /** BAL-3 bars, then the Lorenz curves of public funds per student and of the BAL indicators. */
    static List<Figure> balance(DataSet data, Policy policy, Language language) {
        List<Figure> figures = new ArrayList<>();
        if (policy.holds("BAL-3")) {
            for (CountyAssessment county : CountyAssessment.all(data, policy)) {
                for (CountyAssessment.StageAssessment stage : county.stages().values()) {
                    figures.add(new Figure(BALANCE, cvBars(county, stage, language).svg()));
                }
            }
        }
        publicFundsLorenz(data, language).ifPresent(c -> figures.add(new Figure(BALANCE, c.svg())));
        if (policy.holds("BAL-3")) {
            for (CountyAssessment county : CountyAssessment.all(data, policy)) {
                for (CountyAssessment.StageAssessment stage : county.stages().values()) {
                    indicatorLorenz(county, stage, language).ifPresent(c -> figures.add(new Figure(BALANCE, c.svg())));
                }
            }
        }
        return figures;
    }

    /** One bar per indicator: the CV of its BAL-3 finding against the ceiling. */
    static BarChart cvBars(CountyAssessment county, CountyAssessment.StageAssessment stage, Language language) {
        ResourceIndicator[] indicators = ResourceIndicator.values();
        List<BarChart.Bar> bars = new ArrayList<>();
        Map<Tone, Label> used = new TreeMap<>();
        BigDecimal ceiling = null;
        for (int i = 0; i < indicators.length; i++) {
            Finding f = stage.bal3().get(i);
            // the ceiling as a number where the finding carries its measure, else as its fact
            Optional<BigDecimal> stated = f.measure().flatMap(Measure::threshold);
            if (stated.isPresent()) {
                ceiling = stated.get();
            } else if (f.facts().containsKey("ceiling")) {
                ceiling = new BigDecimal(f.facts().get("ceiling"));
            }
            // the CV the finding judged; a finding that could not compute one has no measure
            OptionalDouble cv = f.measure().map(m -> OptionalDouble.of(m.value().doubleValue())).orElse(OptionalDouble.empty());
            Tone tone = switch (f.verdict()) {
                case MET -> Tone.GOOD;
                case NOT_MET -> Tone.BAD;
                default -> Tone.NEUTRAL;
            };
            used.put(tone, f.verdict().label());
            String text = cv.isPresent() ? String.format(Locale.ROOT, "%.4f", cv.getAsDouble())
                    + (tone == Tone.BAD ? " " + f.verdict().label().in(language) : "")
                    : f.verdict().label().in(language);
            bars.add(new BarChart.Bar(indicators[i].label().in(language), cv, tone, text));
        }
        Checks.check(ceiling != null, "BAL-3 findings of %s state no ceiling", county.name());
        List<Key> keys = new ArrayList<>();
        used.forEach((tone, label) -> keys.add(new Key(tone, label.in(language))));
        return new BarChart(county.name() + " " + stage.stage().label().in(language)
                + words(" 校际差异系数与上限 (BAL-3)", ": coefficients of variation against the ceiling (BAL-3)", language),
                words("差异系数 (学生加权)", "coefficient of variation (student-weighted)", language), bars,
                ceiling.doubleValue(), words("上限 ", "ceiling ", language) + ceiling.toPlainString(), keys);
    }

    /** Public funds per student across schools, student-weighted: each school's latest funding year. */
    static Optional<LorenzChart> publicFundsLorenz(DataSet data, Language language) {
        Distribution all = new Distribution();
        for (PublicFundsPerStudent.SchoolValue v : PublicFundsPerStudent.of(data).schools()) {
            all.accept(v.perStudent(), v.students());
        }
        if (all.count() < 2) {
            return Optional.empty();
        }
        return Optional.of(lorenz(words("生均公用经费洛伦兹曲线 (各校, 学生加权)",
                "Lorenz curve of public funds per student (schools, student-weighted)", language),
                words("学生累计占比 (%)", "cumulative share of students (%)", language),
                words("公用经费累计占比 (%)", "cumulative share of public funds (%)", language),
                List.of(LorenzChart.Curve.of(words("生均公用经费", "public funds per student", language), all)), language));
    }

    /** The BAL indicators across a county's sections of one stage, one curve each, student-weighted. */
    static Optional<LorenzChart> indicatorLorenz(CountyAssessment county, CountyAssessment.StageAssessment stage,
            Language language) {
        List<LorenzChart.Curve> curves = new ArrayList<>();
        for (ResourceIndicator indicator : ResourceIndicator.values()) {
            Distribution d = new Distribution();
            double total = 0;
            for (SchoolAssessment s : stage.schools()) {
                Optional<IndicatorValue> v = s.value(indicator);
                if (v.isPresent()) {
                    d.accept(v.get().toDouble(), s.students());
                    total += v.get().toDouble();
                }
            }
            // a curve needs two sections and a positive total: an indicator all zero has no shares
            if (d.count() >= 2 && total > 0) {
                curves.add(LorenzChart.Curve.of(indicator.label().in(language), d));
            }
        }
        if (curves.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(lorenz(county.name() + " " + stage.stage().label().in(language)
                + words(" 均衡指标洛伦兹曲线 (各校, 学生加权)", ": Lorenz curves of the balance indicators (sections, student-weighted)",
                        language),
                words("学生累计占比 (%)", "cumulative share of students (%)", language),
                words("资源累计占比 (%)", "cumulative share of the resource (%)", language), curves, language));
    }

    private static LorenzChart lorenz(String title, String x, String y, List<LorenzChart.Curve> curves, Language language) {
        return new LorenzChart(title, x, y, words("绝对平等线", "line of equality", language),
                words("基尼系数", "Gini", language), curves);
    }

    /**
     * Each rate target judged on the series: its observations over the years (computed from each snapshot's
     * records, and the series' dated values, which take precedence on the same date), the threshold, the
     * deadline, and for a target not yet due the trajectory at the observed pace.
     */
    static List<Figure> coverageTargets(DataSetSeries series, Policy policy, Language language) {
        TargetCatalog catalog = TargetCatalog.builtIn();
        Map<String, TargetResult> last = new LinkedHashMap<>();
        for (TargetResult r : TargetEvaluation.of(series, catalog, policy)) {
            if (r.target().unit() == Target.Unit.PERCENT) {
                last.put(r.target().id(), r);
            }
        }
        List<Figure> figures = new ArrayList<>();
        for (TargetResult r : last.values()) {
            List<DatedObservation> observations = observations(series, policy, r.target().indicator());
            if (!observations.isEmpty()) {
                figures.add(new Figure(TARGETS, targetChart(r, observations, catalog, language).svg()));
            }
        }
        return figures;
    }

    private static List<DatedObservation> observations(DataSetSeries series, Policy policy, String indicator) {
        Map<LocalDate, DatedObservation> byDate = new TreeMap<>();
        CoverageIndicator coverage = null;
        for (CoverageIndicator c : CoverageIndicator.values()) {
            if (c.name().equals(indicator) && c.fromRecords()) {
                coverage = c;
            }
        }
        if (coverage != null) {
            for (DataSet d : series.snapshots()) {
                CoverageIndicators c = CoverageIndicators.of(d, policy, coverage);
                c.overall().ratio().ifPresent(ratio -> byDate.put(d.asOf(),
                        new DatedObservation(Observation.ofRate(indicator, ratio), d.asOf(), "snapshot " + d.asOf())));
            }
        }
        for (DatedValue v : series.observations(indicator)) {
            byDate.put(v.date(), DatedObservation.of(v, Target.Unit.PERCENT));
        }
        return List.copyOf(byDate.values());
    }

    static LineChart targetChart(TargetResult result, List<DatedObservation> observations, TargetCatalog catalog,
            Language language) {
        Target t = result.target();
        BigDecimal threshold = result.threshold();
        Map<Tone, Label> used = new TreeMap<>();
        List<LineChart.Mark> marks = new ArrayList<>();
        for (DatedObservation o : observations) {
            boolean reached = reaches(t.comparison(), o.observation(), threshold);
            boolean due = t.deadline() == null || !o.date().isBefore(t.deadline());
            Tone tone;
            Label meaning;
            if (reached) {
                tone = Tone.GOOD;
                meaning = Label.of("达到目标", "target reached");
            } else if (!due) {
                tone = Tone.NEUTRAL;
                meaning = Label.of("未达目标 (未到期)", "below target (not yet due)");
            } else if (t.strength().isBinding()) {
                tone = Tone.BAD;
                meaning = Label.of("未达标 (约束性)", "not met (binding)");
            } else {
                tone = Tone.SHORT;
                meaning = Label.of("未达预期 (非约束性)", "short of aim (not binding)");
            }
            used.put(tone, meaning);
            String value = o.observation().decimal().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
            marks.add(new LineChart.Mark(yearOf(o.date()), o.observation().decimal().doubleValue(), tone,
                    o.date() + ": " + value + " (" + o.source() + ")", tone == Tone.BAD ? t.rule() : ""));
        }
        List<LineChart.Series> series = new ArrayList<>();
        series.add(new LineChart.Series(words("观测值", "observed", language), marks, false));
        if (result.trajectory() != null && result.trajectory().pacePerYear() != null && t.deadline() != null) {
            DatedObservation from = result.trajectory().latest();
            double years = (t.deadline().toEpochDay() - from.date().toEpochDay()) / 365.25;
            double projected = from.observation().decimal().doubleValue()
                    + result.trajectory().pacePerYear().doubleValue() * Math.max(0, years);
            projected = Math.max(0, Math.min(100, projected));
            Tone tone = result.trajectory().onPace() ? Tone.GOOD : Tone.NEUTRAL;
            series.add(new LineChart.Series(words("按现有速度推算", "projected at the observed pace", language), List.of(
                    new LineChart.Mark(yearOf(from.date()), from.observation().decimal().doubleValue(), Tone.NEUTRAL,
                            from.date() + words(": 推算起点", ": projection starts", language), ""),
                    new LineChart.Mark(yearOf(t.deadline()), projected, tone, t.deadline() + ": "
                            + String.format(Locale.ROOT, "%.2f%%", projected) + words(" (推算)", " (projected)", language), "")),
                    true));
        }
        List<LineChart.Reference> references = new ArrayList<>();
        references.add(new LineChart.Reference(words("目标 ", "target ", language) + t.comparison().symbol() + " "
                + threshold.stripTrailingZeros().toPlainString() + "%", threshold.doubleValue(), false));
        if (t.deadline() != null) {
            references.add(new LineChart.Reference(words("期限 ", "deadline ", language) + t.deadline(), yearOf(t.deadline()),
                    true));
        }
        List<Key> keys = new ArrayList<>();
        used.forEach((tone, label) -> keys.add(new Key(tone, label.in(language))));
        String title = catalog.label(t.indicator()).in(language) + " (" + t.rule() + ", " + t.id() + "): "
                + result.verdict().label().in(language);
        return new LineChart(title, words("年份", "year", language), words("比例 (%)", "rate (%)", language), series,
                references, Optional.of(new LineChart.Range(0, 100)), keys);
    }

    /** Whether an observation meets a comparison with a threshold in percent, exactly for a ratio. */
    static boolean reaches(Target.Comparison comparison, Observation observation, BigDecimal threshold) {
        int sign;
        if (observation.ratio() != null) {
            BigDecimal lhs = new BigDecimal(observation.ratio().numerator().multiply(BigInteger.valueOf(100)));
            sign = lhs.compareTo(threshold.multiply(new BigDecimal(observation.ratio().denominator())));
        } else {
            sign = observation.value().compareTo(threshold);
        }
        return switch (comparison) {
            case AT_LEAST -> sign >= 0;
            case AT_MOST -> sign <= 0;
            case EQUAL -> sign == 0;
        };
    }

    /** A date as a fractional year: 2024-07-02 is about 2024.5. */
    static double yearOf(LocalDate date) {
        return date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear();
    }

    private static String words(String zh, String en, Language language) {
        return Label.of(zh, en).in(language);
    }
}
