package org.junheng.indicators.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.junheng.core.internal.Checks;
import org.junheng.core.value.Label;
import org.junheng.indicators.rules.Verdict;

/**
 * A target judged on a date: met, not met (with the gap), not yet due (with the progress from the
 * baseline), or without data. Immutable and thread-safe.
 *
 * @param target the target
 * @param date the date judged
 * @param observation the value observed; null without data
 * @param verdict the verdict
 * @param gap threshold − observed in the target's unit (percent for a rate), rounded to 4 places; null
 *     without data
 * @param progress the share of the way from the baseline to the threshold covered, in percent; null
 *     without a baseline or data
 * @param explanation the verdict in words
 */
public record TargetResult(Target target, LocalDate date, Observation observation, Verdict verdict, BigDecimal gap,
        BigDecimal progress, Label explanation) {

    public TargetResult {
        Checks.notNull(target, "target");
        Checks.notNull(date, "date");
        Checks.notNull(verdict, "verdict");
        Checks.notNull(explanation, "explanation");
    }

    /**
     * Judges a target on {@code date}. Before the deadline a target is "not yet due" whatever the value;
     * on the deadline and after, it is met or not. A standing target (no deadline) is judged at any date.
     *
     * @throws IllegalArgumentException if the observation is of another indicator or unit
     */
    public static TargetResult evaluate(Target target, LocalDate date, Observation observation) {
        Checks.notNull(target, "target");
        Checks.notNull(date, "date");
        if (observation == null) {
            return new TargetResult(target, date, null, Verdict.NOT_ASSESSABLE, null, null,
                    Label.of("无观测数据", "no observed value"));
        }
        Checks.check(observation.indicator().equals(target.indicator()), "observation of %s given for target %s (%s)",
                observation.indicator(), target.id(), target.indicator());
        Checks.check(observation.unit() == target.unit(), "observation of %s is in %s, but target %s is in %s",
                observation.indicator(), observation.unit(), target.id(), target.unit());
        BigDecimal observed = observation.decimal();
        BigDecimal gap = target.threshold().subtract(observed).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        BigDecimal progress = null;
        if (target.baseline() != null && target.threshold().compareTo(target.baseline()) != 0) {
            progress = observed.subtract(target.baseline()).multiply(BigDecimal.valueOf(100))
                    .divide(target.threshold().subtract(target.baseline()), 1, RoundingMode.HALF_UP);
        }
        boolean holds = target.comparison().holds(observation.compareTo(target.threshold()));
        String threshold = target.comparison().symbol() + " " + target.threshold().toPlainString()
                + (target.unit() == Target.Unit.PERCENT ? "%" : "");
        String shown = observation.ratio() != null ? observation.ratio().toString() : observed.toPlainString();
        if (target.deadline() != null && date.isBefore(target.deadline())) {
            String p = progress == null ? "" : "; " + progress.toPlainString() + "% of the way from the baseline";
            return new TargetResult(target, date, observation, Verdict.NOT_DUE, gap, progress, Label.of(
                    "未到期 (" + target.deadline() + "); 现值 " + shown + ", 目标 " + threshold + (holds ? ", 已达到" : ""),
                    "not yet due (" + target.deadline() + "); now " + shown + " against " + threshold
                            + (holds ? ", already reached" : "") + p));
        }
        return new TargetResult(target, date, observation, holds ? Verdict.MET : Verdict.NOT_MET, gap, progress, Label.of(
                (holds ? "达标: " : "未达标: ") + shown + " 对 " + threshold + (holds ? "" : ", 差 " + gap.abs().toPlainString()),
                (holds ? "met: " : "not met: ") + shown + " against " + threshold
                        + (holds ? "" : ", a gap of " + gap.abs().toPlainString())));
    }
}
