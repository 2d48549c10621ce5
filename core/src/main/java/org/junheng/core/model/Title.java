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
