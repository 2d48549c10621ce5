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

/** A person's highest completed education (最高学历). */
public enum Degree implements Labelled {
    BELOW_SENIOR_SECONDARY("高中以下", "below senior secondary"),
    SENIOR_SECONDARY("高中或中专", "senior secondary"),
    JUNIOR_COLLEGE("大专", "junior college"),
    BACHELOR("本科", "bachelor"),
    MASTER("硕士研究生", "master"),
    DOCTOR("博士研究生", "doctor");

    private final Label label;

    Degree(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }

    /** Whether this degree is {@code other} or higher, in the order of the constants. */
    public boolean isAtLeast(Degree other) {
        return compareTo(other) >= 0;
    }
}
