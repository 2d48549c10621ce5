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

/** The main subject a teacher teaches (任教学科). */
public enum Subject implements Labelled {
    CHINESE("语文", "Chinese"),
    MATHEMATICS("数学", "mathematics"),
    FOREIGN_LANGUAGE("外语", "foreign language"),
    SCIENCE("科学", "science"),
    PHYSICS("物理", "physics"),
    CHEMISTRY("化学", "chemistry"),
    BIOLOGY("生物", "biology"),
    HISTORY("历史", "history"),
    GEOGRAPHY("地理", "geography"),
    MORALITY_AND_LAW("道德与法治", "morality and law"),
    INFORMATION_TECHNOLOGY("信息技术", "information technology"),
    PHYSICAL_EDUCATION("体育", "physical education"),
    MUSIC("音乐", "music"),
    FINE_ART("美术", "fine art"),
    MENTAL_HEALTH("心理健康", "mental health"),
    PRESCHOOL_EDUCATION("学前教育", "preschool education"),
    SPECIAL_EDUCATION("特殊教育", "special education"),
    VOCATIONAL("专业课", "vocational subject"),
    /** Labour education (劳动教育, COV-28). */
    LABOUR("劳动", "labour education"),
    /** Health care and health education (卫生保健, COV-28). */
    HEALTH_CARE("卫生保健", "health care"),
    OTHER("其他", "other");

    private final Label label;

    Subject(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
