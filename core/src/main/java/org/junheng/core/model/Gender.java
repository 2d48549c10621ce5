package org.junheng.core.model;

import org.junheng.core.value.Label;

/** A person's gender, as the statutory retirement age depends on it. */
public enum Gender implements Labelled {
    FEMALE("女", "female"),
    MALE("男", "male");

    private final Label label;

    Gender(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
