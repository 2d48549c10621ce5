package org.junheng.core.model;

import org.junheng.core.value.Label;

/** A local exemption from rotation that a school records for a teacher (a decision where the seeds leave it open). */
public enum Exemption implements Labelled {
    NONE("无", "none"),
    LONG_ILLNESS("长期病休", "long illness"),
    PREGNANCY_OR_NURSING("孕期或哺乳期", "pregnancy or nursing an infant under one");

    private final Label label;

    Exemption(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
