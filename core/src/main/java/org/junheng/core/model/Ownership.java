package org.junheng.core.model;

import org.junheng.core.value.Label;

/** Who runs a school (办学性质). */
public enum Ownership implements Labelled {
    PUBLIC("公办", "public"),
    PRIVATE("民办", "private");

    private final Label label;

    Ownership(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
