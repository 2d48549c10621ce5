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
