package org.junheng.core.model;

import org.junheng.core.value.Label;

/** A family's assistance status (家庭困难类别), decided on the data set's reference date. */
public enum FamilyStatus implements Labelled {
    NONE("无", "none"),
    MINIMUM_LIVING("低保", "minimum living support"),
    MINIMUM_LIVING_MARGIN("低保边缘", "margin of minimum living support"),
    EXTREME_POVERTY("特困", "extreme poverty support"),
    POVERTY_MONITORING("防返贫监测对象", "poverty-return monitoring");

    private final Label label;

    FamilyStatus(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
