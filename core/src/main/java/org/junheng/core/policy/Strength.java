package org.junheng.core.policy;

import org.junheng.core.model.Labelled;
import org.junheng.core.value.Label;

/**
 * How strongly a document states a rule or target. Only a binding one can fail: the others report the
 * value, the gap and their strength, never "not met".
 */
public enum Strength implements Labelled {
    /** 确保, 达到, 不低于, 实现: the rule holds or fails. */
    BINDING("约束性", "binding"),
    /** 力争: an aim to strive for. */
    STRIVEN_FOR("力争", "striven for"),
    /** 基本: substantially all; the seeds give no number, so a policy may supply one. */
    BASICALLY("基本", "basically"),
    /** 鼓励: encouraged. */
    ENCOURAGED("鼓励", "encouraged");

    private final Label label;

    Strength(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }

    /** Whether a shortfall against a rule of this strength is a failure. */
    public boolean isBinding() {
        return this == BINDING;
    }
}
