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
package org.junheng.indicators.aid;

import org.junheng.core.model.Labelled;
import org.junheng.core.value.Label;

/** A condition of an aid item that a person failed: the reason for a refusal. */
public enum AidCondition implements Labelled {
    NO_VALID_CERTIFICATE("参考日无有效残疾人证", "no disability certificate valid on the reference date"),
    HOUSEHOLD_REGISTRATION("户籍不符", "household registration outside the policy's area"),
    HOUSEHOLD_REGISTRATION_UNKNOWN("户籍未登记", "household registration not recorded"),
    NOT_AT_QUALIFYING_STAGE("不在资助学段就读", "not enrolled at a qualifying stage"),
    PRESCHOOL_AGE("不在学前资助年龄", "not of preschool aid age"),
    NOT_IN_HARDSHIP("家庭非经济困难", "family not in economic hardship"),
    FAMILY_NOT_POOR_DISABLED("非低保(边缘)残疾人家庭", "family not a disabled family on (marginal) minimum living support"),
    NOT_DISABLED_FAMILY("非残疾人家庭", "no disabled family member"),
    NO_SPECIAL_HARDSHIP("入学当年无特殊困难", "no special hardship in the enrolment year"),
    NOT_ENROLMENT_YEAR("非入学当年", "not the enrolment year"),
    NO_DIPLOMA_IN_YEAR("本学年或上学年未取得成人教育毕业证", "no adult-education diploma obtained in this or the previous school year"),
    ALREADY_PAID("已发放", "already paid"),
    MAXIMUM_YEARS("已达资助年限", "maximum years of aid at this stage reached"),
    DOES_NOT_STACK("不与其他资助项目同时享受", "does not stack with another item (aid.stacking = false)"),
    NOT_IN_NUTRITION_PROGRAMME("学校不在营养改善计划", "school not in the nutrition programme"),
    AMOUNT_NOT_SET("资助标准未设定", "the policy sets no amount for this item");

    private final Label label;

    AidCondition(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    /** The failed condition as a refusal states it, in Chinese and English. */
    @Override
    public Label label() {
        return label;
    }
}
