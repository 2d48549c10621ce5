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

/**
 * A facility or service a school has, for the coverage indicators (COV-6, COV-11, COV-14 to COV-18,
 * COV-25 to COV-27, COV-29) and aid (AID-6).
 */
public enum SchoolFeature implements Labelled {
    QUALITY_SCHOOL("优质学校", "quality school"),
    PRACTICE_CLASSROOM("综合实践活动教室", "comprehensive-practice classroom"),
    SYNCHRONOUS_CLASSES("同步课堂和联合教研", "synchronous classes and joint research"),
    AFTER_SCHOOL_SERVICE("课后服务", "after-school service"),
    SPECIAL_EDUCATION_RESOURCE_CENTRE("特殊教育资源中心(教室)", "special-education resource centre"),
    ASSISTIVE_DEVICES("残疾学生辅助器具", "assistive devices for disabled pupils"),
    KITCHEN_LIVE_VIDEO("明厨亮灶", "kitchen live video"),
    PARENT_SCHOOL("家长学校", "parent school"),
    NUTRITION_PROGRAMME("农村义务教育学生营养改善计划", "rural nutrition improvement programme"),
    DISTINCTIVE_SENIOR_HIGH("优质特色高中", "high-quality distinctive senior high"),
    /** A school canteen (学校食堂): the place of kitchen live video (COV-18) and of canteen meals (COV-25). */
    CANTEEN("学校食堂(食堂供餐)", "school canteen (canteen meals)"),
    /** The parent school ran at least one family-education guidance activity this year (COV-18, PJ22). */
    PARENT_GUIDANCE_ACTIVITY("家长学校年内开展家庭教育指导活动", "parent-school guidance activity this year"),
    /** The school meets the basic equipment standard (基本装备标准, COV-26, SY19 2). */
    EQUIPMENT_AT_STANDARD("达到基本装备标准", "at the basic equipment standard"),
    /** The school takes part in the 1+X certificate pilot (1+X证书制度试点, COV-27, PJ22 四(五)3). */
    VOCATIONAL_1X_PILOT("1+X证书制度试点", "1+X certificate pilot"),
    /** A supervising inspector is assigned to the school (责任督学挂牌督导, COV-29). */
    SUPERVISING_INSPECTOR("责任督学挂牌督导", "supervising inspector assigned"),
    /** A higher-education institution that is a higher vocational college (高职院校, COV-11). */
    HIGHER_VOCATIONAL("高等职业院校", "higher vocational college");

    private final Label label;

    SchoolFeature(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
