package org.junheng.indicators.rules;

import org.junheng.core.model.Labelled;
import org.junheng.core.value.Label;

/** What a rule's check found. A rule that cannot be judged says so; it is never counted as met. */
public enum Verdict implements Labelled {
    /** The rule holds (boundaries included, as "不低于" and "不超过" include them). */
    MET("达标", "met"),
    /** The rule does not hold; the finding states the shortfall. */
    NOT_MET("未达标", "not met"),
    /** The rule's deadline lies after the date judged. */
    NOT_DUE("未到期", "not yet due"),
    /** The facts needed are missing (a gap in a series, a zero denominator, a parameter not set). */
    NOT_ASSESSABLE("无法评估", "not assessable"),
    /**
     * A target that is not binding (力争, 基本, 鼓励) is not reached: the finding reports the value, the gap
     * and the strength, never a failure.
     */
    SHORT_OF_AIM("未达预期", "short of aim"),
    /** A rule without a number (ROT-8): the value is reported, without a verdict. */
    REPORTED("仅报告", "reported");

    private final Label label;

    Verdict(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
