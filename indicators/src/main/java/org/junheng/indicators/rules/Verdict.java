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
package org.junheng.indicators.rules;

import org.junheng.core.model.Labelled;
import org.junheng.core.value.Label;

/** What a rule's check found. A rule that cannot be judged says so; it is never counted as met. */
public enum Verdict implements Labelled {
    /** The rule holds (boundaries included, as "不低于" and "不超过" include them). */
    MET("达标", "met"),
    /** The rule does not hold; the finding states the shortfall. */
    NOT_MET("未达标", "not met"),
    /** The rule's deadline lies after the date judged. */
    NOT_DUE("未到期", "not yet due"),
    /** The facts needed are missing (a gap in a series, a zero denominator, a parameter not set). */
    NOT_ASSESSABLE("无法评估", "not assessable"),
    /**
     * A target that is not binding (力争, 基本, 鼓励) is not reached: the finding reports the value, the gap
     * and the strength, never a failure.
     */
    SHORT_OF_AIM("未达预期", "short of aim"),
    /** A rule without a number (ROT-8): the value is reported, without a verdict. */
    REPORTED("仅报告", "reported");

    private final Label label;

    Verdict(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    /** The verdict as reports print it: 达标 / met, 未达标 / not met, and so on. */
    @Override
    public Label label() {
        return label;
    }
}
