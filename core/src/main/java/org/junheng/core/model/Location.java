package org.junheng.core.model;

import org.junheng.core.value.Label;

/** Where a school stands in the statistical urban-rural division (城乡分类): 城区, 镇区, 乡村. */
public enum Location implements Labelled {
    URBAN("城区", "urban"),
    TOWN("镇区", "town"),
    RURAL("乡村", "rural");

    private final Label label;

    Location(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
