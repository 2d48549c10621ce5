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

import java.util.EnumSet;
import java.util.Set;
import org.junheng.core.value.Label;

/**
 * The kind of school (学校类型), which fixes the stages it teaches. A school with more than one stage
 * (九年一贯制, 完全中学, 十二年一贯制) counts as one school per stage section in the balance assessment
 * (BAL-1 scope).
 */
public enum SchoolType implements Labelled {
    KINDERGARTEN("幼儿园", "kindergarten", EnumSet.of(Stage.PRESCHOOL)),
    PRIMARY("小学", "primary school", EnumSet.of(Stage.PRIMARY)),
    JUNIOR("初级中学", "junior secondary school", EnumSet.of(Stage.JUNIOR)),
    NINE_YEAR("九年一贯制学校", "nine-year school", EnumSet.of(Stage.PRIMARY, Stage.JUNIOR)),
    COMPLETE_SECONDARY("完全中学", "complete secondary school", EnumSet.of(Stage.JUNIOR, Stage.SENIOR_HIGH)),
    TWELVE_YEAR("十二年一贯制学校", "twelve-year school", EnumSet.of(Stage.PRIMARY, Stage.JUNIOR, Stage.SENIOR_HIGH)),
    SENIOR_HIGH("普通高中", "general senior high school", EnumSet.of(Stage.SENIOR_HIGH)),
    SECONDARY_VOCATIONAL("中等职业学校", "secondary vocational school", EnumSet.of(Stage.SECONDARY_VOCATIONAL)),
    SPECIAL("特殊教育学校", "special-education school",
            EnumSet.of(Stage.PRESCHOOL, Stage.PRIMARY, Stage.JUNIOR, Stage.SENIOR_HIGH, Stage.SECONDARY_VOCATIONAL)),
    HIGHER_EDUCATION("高等学校", "higher-education institution",
            EnumSet.of(Stage.JUNIOR_COLLEGE, Stage.UNDERGRADUATE, Stage.POSTGRADUATE));

    private final Label label;
    private final Set<Stage> stages;

    SchoolType(String zh, String en, EnumSet<Stage> stages) {
        this.label = Label.of(zh, en);
        this.stages = java.util.Collections.unmodifiableSet(stages); // EnumSet: iteration in stage order, always
    }

    @Override
    public Label label() {
        return label;
    }

    /** The stages this kind of school teaches, in the order of {@link Stage}. */
    public Set<Stage> stages() {
        return stages;
    }

    /** Whether this kind of school teaches {@code stage}. */
    public boolean teaches(Stage stage) {
        return stages.contains(stage);
    }

    /** Whether it teaches a compulsory stage and is an ordinary school (not special, not vocational). */
    public boolean isOrdinaryCompulsory() {
        return this != SPECIAL && (stages.contains(Stage.PRIMARY) || stages.contains(Stage.JUNIOR));
    }
}
