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

/** A local exemption from rotation that a school records for a teacher (a decision where the seeds leave it open). */
public enum Exemption implements Labelled {
    NONE("无", "none"),
    LONG_ILLNESS("长期病休", "long illness"),
    PREGNANCY_OR_NURSING("孕期或哺乳期", "pregnancy or nursing an infant under one");

    private final Label label;

    Exemption(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
