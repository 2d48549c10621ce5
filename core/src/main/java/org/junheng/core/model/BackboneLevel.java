package org.junheng.core.model;

import org.junheng.core.value.Label;

/** The level at which a teacher is recognised as a backbone teacher (骨干教师), or none. */
public enum BackboneLevel implements Labelled {
    NONE("无", "none"),
    SCHOOL("校级", "school"),
    COUNTY("县级", "county"),
    CITY("市级", "city"),
    PROVINCE("省级", "province"),
    NATIONAL("国家级", "national");

    private final Label label;

    BackboneLevel(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }

    /** Any recognised backbone teacher, for the rotation quotas (ROT-1, ROT-2). */
    public boolean isBackbone() {
        return this != NONE;
    }

    /** County level or higher (县级及以上), BAL-1 indicator 2. */
    public boolean isCountyOrAbove() {
        return compareTo(COUNTY) >= 0;
    }
}
