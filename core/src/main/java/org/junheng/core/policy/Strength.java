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
package org.junheng.core.policy;

import org.junheng.core.model.Labelled;
import org.junheng.core.value.Label;

/**
 * How strongly a document states a rule or target. Only a binding one can fail: the others report the
 * value, the gap and their strength, never "not met".
 */
public enum Strength implements Labelled {
    /** 确保, 达到, 不低于, 实现: the rule holds or fails. */
    BINDING("约束性", "binding"),
    /** 力争: an aim to strive for. */
    STRIVEN_FOR("力争", "striven for"),
    /** 基本: substantially all; the seeds give no number, so a policy may supply one. */
    BASICALLY("基本", "basically"),
    /** 鼓励: encouraged. */
    ENCOURAGED("鼓励", "encouraged");

    private final Label label;

    Strength(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }

    /** Whether a shortfall against a rule of this strength is a failure. */
    public boolean isBinding() {
        return this == BINDING;
    }
}
