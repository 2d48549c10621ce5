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
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junheng.core.internal.Checks;
import org.junheng.core.policy.Strength;
import org.junheng.core.value.Label;
import org.junheng.indicators.rules.Verdict;

/**
 * A target judged on a date by its kind of date (issue 10, item 1): met; not met (binding targets
 * only) or short of aim (力争, 基本, 鼓励), with the gap and the strength; not yet due, with the
 * trajectory; or not assessable. A <em>by</em> target uses the last observation on or before its deadline
 * and names its date; a <em>kept</em> target every observation of its period, naming the first failing
 * one; a <em>yearly</em> target gives one result per year; a <em>standing</em> target uses the latest.
 * Immutable and thread-safe.
 *
 * @param target the target
 * @param date the date judged (for a yearly target, the last day of the year judged, or the deadline)
 * @param observation the value used; null without one
 * @param observedOn the date the value describes; null without one
 * @param source where the value comes from; empty without one
 * @param verdict the verdict
 * @param threshold the threshold applied: the target's, or the policy's share for 基本 without a number
 * @param gap threshold − observed in the target's unit (percent for a rate), rounded to 4 places; null
 *     without a value
 * @param progress the share of the way from the baseline to the threshold covered, in percent; null
 *     without a baseline or a value
 * @param trajectory the way toward the deadline, for a target not yet due; null otherwise
 * @param firstFailing the date of the first failing observation of a kept target; null otherwise
 * @param later an observation dated after the window, shown beside and never used; null when none
 * @param explanation the verdict in words
 */
public record TargetResult(Target target, LocalDate date, Observation observation, LocalDate observedOn, String source,
        Verdict verdict, BigDecimal threshold, BigDecimal gap, BigDecimal progress, Trajectory trajectory,
        LocalDate firstFailing, DatedObservation later, Label explanation) {

    /** The policy parameter that supplies a number for 基本 (basically) where the seed gives none. */
    public static final String BASICALLY_SHARE = "targets.basically.share";

    /**
     * Refuses a null target, date, source, verdict, threshold or explanation, an observation without
     * its date (or a date without one), and NOT_MET on a target that is not binding: a soft one is short of aim.
     */
    public TargetResult {
        Checks.notNull(target, "target");
        Checks.notNull(date, "date");
        Checks.notNull(source, "source");
        Checks.notNull(verdict, "verdict");
        Checks.notNull(threshold, "threshold");
        Checks.notNull(explanation, "explanation");
        Checks.check((observation == null) == (observedOn == null), "an observation has a date, and a date an observation");
        Checks.check(verdict != Verdict.NOT_MET || target.strength().isBinding(),
                "%s: only a binding target can be not met; a %s one is short of aim", target.id(), target.strength());
    }

    /**
     * Judges a target on {@code date} on one observation taken to describe that date. Before the
     * deadline a target is "not yet due" whatever the value; on the deadline and after, it is met, not met
     * (binding) or short of aim (not binding). A standing target is judged at any date.
     *
     * @throws IllegalArgumentException if the observation is of another indicator or unit
     */
    public static TargetResult evaluate(Target target, LocalDate date, Observation observation) {
        Checks.notNull(target, "target");
        Checks.notNull(date, "date");
        if (observation == null) {
            return none(target, date, target.threshold(), null, Verdict.NOT_ASSESSABLE, Label.of("无观测数据", "no observed value"));
        }
        check(target, observation);
        DatedObservation o = new DatedObservation(observation, date, "supplied");
        if (target.deadline() != null && date.isBefore(target.deadline())) {
            return notDue(target, date, target.threshold(), o, null, null);
        }
        return judged(target, date, target.threshold(), o, null, null, null);
    }

    /**
     * Judges a target on {@code date} on dated observations by its kind of date: never on an observation
     * dated after {@code date}, and, for a <em>by</em> target, never on one dated after its deadline.
     *
     * @param observations the target's observations in any order, of its indicator and unit
     * @param basicallyShare the policy's number for 基本 where the seed gives none, in percent; null when
     *     the policy gives none
     * @return one result, or one a year for a yearly target
     */
    public static List<TargetResult> judge(Target target, LocalDate date, List<DatedObservation> observations,
            BigDecimal basicallyShare) {
        Checks.notNull(target, "target");
        Checks.notNull(date, "date");
        Checks.notNull(observations, "observations");
        List<DatedObservation> known = new ArrayList<>();
        for (DatedObservation o : observations) {
            check(target, o.observation());
            if (!o.date().isAfter(date)) {
                known.add(o);
            }
        }
        known.sort(java.util.Comparator.comparing(DatedObservation::date));
        BigDecimal threshold = threshold(target, basicallyShare);
        Label note = note(target, basicallyShare);
        return switch (target.timing()) {
            case BY -> List.of(by(target, date, threshold, known, note));
            case KEPT -> List.of(kept(target, date, threshold, known, note));
            case YEARLY -> yearly(target, date, threshold, known, note);
            case STANDING -> List.of(known.isEmpty()
                    ? none(target, date, threshold, null, Verdict.NOT_ASSESSABLE, Label.of("无观测数据", "no observed value"))
                    : judged(target, date, threshold, known.get(known.size() - 1), null, null, note));
        };
    }

    private static void check(Target target, Observation observation) {
        Checks.check(observation.indicator().equals(target.indicator()), "observation of %s given for target %s (%s)",
                observation.indicator(), target.id(), target.indicator());
        Checks.check(observation.unit() == target.unit(), "observation of %s is in %s, but target %s is in %s",
                observation.indicator(), observation.unit(), target.id(), target.unit());
    }

    /** 基本 without a number: a rate "basically" reached is judged on the policy's share when it gives one. */
    private static BigDecimal threshold(Target target, BigDecimal basicallyShare) {
        if (target.strength() == Strength.BASICALLY && basicallyShare != null && target.unit() == Target.Unit.PERCENT
                && target.comparison() == Target.Comparison.AT_LEAST) {
            return basicallyShare;
        }
        return target.threshold();
    }

    private static Label note(Target target, BigDecimal basicallyShare) {
        if (target.strength() != Strength.BASICALLY) {
            return null;
        }
        if (basicallyShare != null && target.unit() == Target.Unit.PERCENT && target.comparison() == Target.Comparison.AT_LEAST) {
            return Label.of("; 文件未给出\"基本\"的数值, 按政策参数 " + BASICALLY_SHARE + " = " + basicallyShare.toPlainString() + "%",
                    "; the seed gives no number for 'basically': the policy's " + BASICALLY_SHARE + " = "
                            + basicallyShare.toPlainString() + "% is used");
        }
        return Label.of("; 文件未给出\"基本\"的数值, 按文件数值判断 (可设政策参数 " + BASICALLY_SHARE + ")",
                "; the seed gives no number for 'basically': judged on the seed's number (a policy may set "
                        + BASICALLY_SHARE + ")");
    }

    private static TargetResult by(Target target, LocalDate date, BigDecimal threshold, List<DatedObservation> known,
            Label note) {
        DatedObservation used = null;
        DatedObservation later = null;
        for (DatedObservation o : known) {
            if (!o.date().isAfter(target.deadline())) {
                used = o;
            } else {
                later = o;
            }
        }
        if (date.isBefore(target.deadline())) {
            if (used == null) {
                return none(target, date, threshold, null, Verdict.NOT_DUE, Label.of("未到期 (" + target.deadline() + "), 尚无观测数据",
                        "not yet due (" + target.deadline() + "); no observation yet"));
            }
            return notDue(target, date, threshold, used, Trajectory.of(target, threshold, known.get(0), used), note);
        }
        if (used == null) {
            return none(target, date, threshold, later, Verdict.NOT_ASSESSABLE, Label.of("无法评估: 无期限前的观测数据" + (later == null ? ""
                    : " (期限后: " + later.observation() + ", " + later.date() + ", 不予采用)"),
                    "not assessable: no observation from before the deadline" + (later == null ? ""
                            : " (after it: " + later.observation() + " on " + later.date() + ", not used)")));
        }
        return judged(target, date, threshold, used, null, later, note);
    }

    private static TargetResult kept(Target target, LocalDate date, BigDecimal threshold, List<DatedObservation> known,
            Label note) {
        List<DatedObservation> window = known.stream()
                .filter(o -> !o.date().isBefore(target.from()) && !o.date().isAfter(target.deadline())).toList();
        if (window.isEmpty()) {
            boolean notBegun = date.isBefore(target.from());
            return none(target, date, threshold, null, notBegun ? Verdict.NOT_DUE : Verdict.NOT_ASSESSABLE, notBegun
                    ? Label.of("未开始 (" + target.from() + " 起)", "not yet begun (from " + target.from() + ")")
                    : Label.of("无法评估: 期间内无观测数据", "not assessable: no observation in the period"));
        }
        for (DatedObservation o : window) {
            if (!target.comparison().holds(o.observation().compareTo(threshold))) {
                return judged(target, date, threshold, o, o.date(), null, note);
            }
        }
        DatedObservation last = window.get(window.size() - 1);
        if (date.isBefore(target.deadline())) {
            return notDue(target, date, threshold, last, null, Label.of("; 至今每次观测均达到 (" + window.size() + " 次)",
                    "; kept at every observation so far (" + window.size() + ")"));
        }
        return judged(target, date, threshold, last, null, null, Label.of("; 期间每次观测均达到 (" + window.size() + " 次)",
                "; kept at every observation of the period (" + window.size() + ")"));
    }

    private static List<TargetResult> yearly(Target target, LocalDate date, BigDecimal threshold,
            List<DatedObservation> known, Label note) {
        if (date.isBefore(target.from())) {
            return List.of(none(target, date, threshold, null, Verdict.NOT_DUE,
                    Label.of("未开始 (" + target.from() + " 起)", "not yet begun (from " + target.from() + ")")));
        }
        List<TargetResult> results = new ArrayList<>();
        int last = Math.min(target.deadline().getYear(), date.getYear());
        for (int year = target.from().getYear(); year <= last; year++) {
            LocalDate end = LocalDate.of(year, 12, 31);
            LocalDate yearEnd = end.isAfter(target.deadline()) ? target.deadline() : end;
            LocalDate judgedOn = yearEnd.isAfter(date) ? date : yearEnd;
            DatedObservation used = null;
            for (DatedObservation o : known) {
                if (o.date().getYear() == year && !o.date().isBefore(target.from()) && !o.date().isAfter(target.deadline())) {
                    used = o;
                }
            }
            results.add(used == null
                    ? none(target, judgedOn, threshold, null, Verdict.NOT_ASSESSABLE, Label.of(year + " 年无观测数据", "no observation in " + year))
                    : judged(target, judgedOn, threshold, used, null, null, note));
        }
        return results;
    }

    private static TargetResult none(Target target, LocalDate date, BigDecimal threshold, DatedObservation later,
            Verdict verdict, Label why) {
        return new TargetResult(target, date, null, null, "", verdict, threshold, null, null, null, null, later, why);
    }

    private static TargetResult notDue(Target target, LocalDate date, BigDecimal threshold, DatedObservation used,
            Trajectory trajectory, Label note) {
        Observation o = used.observation();
        boolean holds = target.comparison().holds(o.compareTo(threshold));
        String shown = shown(o);
        String t = thresholdText(target, threshold);
        String extraZh = note == null ? "" : note.zh();
        String extraEn = note == null ? "" : note.en();
        return new TargetResult(target, date, o, used.date(), used.source(), Verdict.NOT_DUE, threshold, gap(threshold, o),
                progress(target, o), trajectory, null, null, Label.of(
                        "未到期 (" + target.deadline() + "); " + used.date() + " 值 " + shown + ", 目标 " + t
                                + (holds ? ", 已达到" : "") + extraZh,
                        "not yet due (" + target.deadline() + "); " + shown + " on " + used.date() + " against " + t
                                + (holds ? ", already reached" : "") + (trajectory == null ? "" : "; " + trajectory)
                                + extraEn));
    }

    private static TargetResult judged(Target target, LocalDate date, BigDecimal threshold, DatedObservation used,
            LocalDate firstFailing, DatedObservation later, Label note) {
        Observation o = used.observation();
        boolean holds = target.comparison().holds(o.compareTo(threshold));
        Verdict v = holds ? Verdict.MET : target.strength().isBinding() ? Verdict.NOT_MET : Verdict.SHORT_OF_AIM;
        BigDecimal gap = gap(threshold, o);
        String shown = shown(o);
        String t = thresholdText(target, threshold);
        String strength = target.strength().isBinding() ? "" : " [" + target.strength().label().zh() + "]";
        String strengthEn = target.strength().isBinding() ? "" : " (" + target.strength().label().en() + ")";
        String failedZh = firstFailing == null ? "" : ", 首次未达到: " + firstFailing.getYear() + " 年 (" + firstFailing + ")";
        String failedEn = firstFailing == null ? "" : ", first failing in " + firstFailing.getYear() + " (" + firstFailing + ")";
        String laterZh = later == null ? "" : "; 期限后: " + later.observation() + " (" + later.date() + "), 不予采用";
        String laterEn = later == null ? "" : "; after the deadline: " + later.observation() + " on " + later.date() + ", not used";
        return new TargetResult(target, date, o, used.date(), used.source(), v, threshold, gap, progress(target, o), null,
                firstFailing, later, Label.of(
                        (holds ? "达标: " : v == Verdict.NOT_MET ? "未达标: " : "未达预期" + strength + ": ") + shown + " ("
                                + used.date() + ") 对 " + t + (holds ? "" : ", 差 " + gap.abs().toPlainString()) + failedZh
                                + laterZh + (note == null ? "" : note.zh()),
                        (holds ? "met: " : v == Verdict.NOT_MET ? "not met: " : "short of aim" + strengthEn + ": ") + shown
                                + " on " + used.date() + " against " + t
                                + (holds ? "" : ", a gap of " + gap.abs().toPlainString()) + failedEn + laterEn
                                + (note == null ? "" : note.en())));
    }

    private static BigDecimal gap(BigDecimal threshold, Observation o) {
        return threshold.subtract(o.decimal()).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static BigDecimal progress(Target target, Observation o) {
        if (target.baseline() == null || target.threshold().compareTo(target.baseline()) == 0) {
            return null;
        }
        return o.decimal().subtract(target.baseline()).multiply(BigDecimal.valueOf(100))
                .divide(target.threshold().subtract(target.baseline()), 1, RoundingMode.HALF_UP);
    }

    private static String shown(Observation o) {
        return o.ratio() != null ? o.ratio().toString() : o.decimal().toPlainString();
    }

    private static String thresholdText(Target target, BigDecimal threshold) {
        return target.comparison().symbol() + " " + threshold.toPlainString() + (target.unit() == Target.Unit.PERCENT ? "%" : "");
    }
}
