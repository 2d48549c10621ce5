/*
 * Copyright 2026 the junheng authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except in
 * compliance with the License. You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software distributed under the License is
 * distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and limitations under the License.
 */
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
