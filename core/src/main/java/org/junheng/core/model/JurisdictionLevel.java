package org.junheng.core.model;

import org.junheng.core.value.Label;

/** The level of an administrative division (行政区划) in the GB/T 2260 tree. */
public enum JurisdictionLevel implements Labelled {
    PROVINCE("省级", "province"),
    CITY("地级", "city"),
    COUNTY("县级", "county or district");

    private final Label label;

    JurisdictionLevel(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
