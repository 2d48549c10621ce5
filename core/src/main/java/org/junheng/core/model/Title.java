package org.junheng.core.model;

import org.junheng.core.value.Label;

/** A teacher's professional title (职称) in the unified primary and secondary system. */
public enum Title implements Labelled {
    NONE("未定级", "none"),
    JUNIOR("初级", "junior"),
    INTERMEDIATE("中级", "intermediate"),
    ASSOCIATE_SENIOR("副高级", "associate senior"),
    SENIOR("正高级", "senior");

    private final Label label;

    Title(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }

    /** Intermediate or higher (中级及以上, the middle and senior posts of ROT-9 and BAL-5). */
    public boolean isIntermediateOrAbove() {
        return compareTo(INTERMEDIATE) >= 0;
    }

    /** Associate senior or senior (高级, ROT-4). */
    public boolean isSenior() {
        return compareTo(ASSOCIATE_SENIOR) >= 0;
    }
}
