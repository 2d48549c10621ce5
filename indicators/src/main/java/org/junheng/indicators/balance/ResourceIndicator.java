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
package org.junheng.indicators.balance;

import java.math.BigDecimal;
import org.junheng.core.internal.Checks;
import org.junheng.core.model.Labelled;
import org.junheng.core.model.Stage;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Label;

/**
 * The seven resource indicators of the county assessment of quality-balanced compulsory education
 * (教督〔2017〕6号 第六条; BAL-1), each per student or per 100 students of a school section,
 * with its threshold for primary and junior sections in the policy ({@code balance.primary.<key>},
 * {@code balance.junior.<key>}).
 */
public enum ResourceIndicator implements Labelled {
    /** Teachers above the required degree per 100 students: primary 大专 or higher, junior 本科 or higher. */
    QUALIFIED_TEACHERS("qualifiedTeachersPer100", true, "每百名学生拥有高于规定学历教师数",
            "teachers above the required degree per 100 students"),
    /** County-level or higher backbone teachers per 100 students. */
    BACKBONE_TEACHERS("backboneTeachersPer100", true, "每百名学生拥有县级以上骨干教师数",
            "county-level or higher backbone teachers per 100 students"),
    /** Full-time PE and arts (music, fine art) teachers per 100 students. */
    PE_ARTS_TEACHERS("peArtsTeachersPer100", true, "每百名学生拥有体育、艺术(美术、音乐)专任教师数",
            "full-time PE and arts teachers per 100 students"),
    /** Teaching and auxiliary room area per student, m². */
    TEACHING_ROOM_AREA("teachingRoomAreaPerStudent", false, "生均教学及辅助用房面积", "teaching room area per student (m²)"),
    /** Sports ground and hall area per student, m². */
    SPORTS_AREA("sportsAreaPerStudent", false, "生均体育运动场馆面积", "sports area per student (m²)"),
    /** Teaching instrument and equipment value per student, yuan. */
    EQUIPMENT_VALUE("equipmentValuePerStudent", false, "生均教学仪器设备值", "equipment value per student (yuan)"),
    /** Networked multimedia classrooms per 100 students. */
    MULTIMEDIA_ROOMS("multimediaRoomsPer100", true, "每百名学生拥有网络多媒体教室数",
            "networked multimedia classrooms per 100 students");

    private final String key;
    private final boolean per100;
    private final Label label;

    ResourceIndicator(String key, boolean per100, String zh, String en) {
        this.key = key;
        this.per100 = per100;
        this.label = Label.of(zh, en);
    }

    /** The indicator's name as the 2017 assessment method words it, with its unit in English. */
    @Override
    public Label label() {
        return label;
    }

    /** Whether the indicator counts per 100 students rather than per student. */
    public boolean per100() {
        return per100;
    }

    /** The policy key of the threshold for a stage, such as {@code balance.primary.qualifiedTeachersPer100}. */
    public String policyKey(Stage stage) {
        return "balance." + section(stage) + "." + key;
    }

    /** The threshold for a primary or junior section, from the policy. */
    public BigDecimal threshold(Policy policy, Stage stage) {
        return policy.decimal(policyKey(stage));
    }

    static String section(Stage stage) {
        Checks.check(stage == Stage.PRIMARY || stage == Stage.JUNIOR,
                "the county assessment covers primary and junior sections, not %s", stage);
        return stage == Stage.PRIMARY ? "primary" : "junior";
    }
}
