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
    /** No disability certificate valid on the reference date, for an item that needs one. */
    NO_VALID_CERTIFICATE("参考日无有效残疾人证", "no disability certificate valid on the reference date"),
    /** The household registration lies outside the area the policy requires of its recipients. */
    HOUSEHOLD_REGISTRATION("户籍不符", "household registration outside the policy's area"),
    /** No household registration recorded where the policy requires one: never taken as inside its area. */
    HOUSEHOLD_REGISTRATION_UNKNOWN("户籍未登记", "household registration not recorded"),
    /** The person's stage is not one the item pays for under this policy. */
    NOT_AT_QUALIFYING_STAGE("不在资助学段就读", "not enrolled at a qualifying stage"),
    /** A preschool child outside the policy's age range on the reference date, or without a school. */
    PRESCHOOL_AGE("不在学前资助年龄", "not of preschool aid age"),
    /** The family is not in economic hardship, where the policy asks for it. */
    NOT_IN_HARDSHIP("家庭非经济困难", "family not in economic hardship"),
    /** Without a valid certificate, the family is not a disabled family on (marginal) minimum living support. */
    FAMILY_NOT_POOR_DISABLED("非低保(边缘)残疾人家庭", "family not a disabled family on (marginal) minimum living support"),
    /** No disabled family member. Not produced by the calculator at present. */
    NOT_DISABLED_FAMILY("非残疾人家庭", "no disabled family member"),
    /** No special hardship recorded in the year of enrolment, for the one-time enrolment grant. */
    NO_SPECIAL_HARDSHIP("入学当年无特殊困难", "no special hardship in the enrolment year"),
    /** The school year judged is not the year of enrolment, the one-time grant's event. */
    NOT_ENROLMENT_YEAR("非入学当年", "not the enrolment year"),
    /** No adult-education diploma obtained in the school year judged or the one before, by the reference date. */
    NO_DIPLOMA_IN_YEAR("本学年或上学年未取得成人教育毕业证", "no adult-education diploma obtained in this or the previous school year"),
    /** The payment history already holds the item for this school year or this event (AID-3). */
    ALREADY_PAID("已发放", "already paid"),
    /** The person has been paid the item for the most years the policy allows at this stage. */
    MAXIMUM_YEARS("已达资助年限", "maximum years of aid at this stage reached"),
    /** Without stacking the person keeps whichever pays more, the yearly item or the one-time ones. */
    DOES_NOT_STACK("不与其他资助项目同时享受", "does not stack with another item (aid.stacking = false)"),
    /** The school is not in the nutrition improvement programme. Not produced by the calculator at present. */
    NOT_IN_NUTRITION_PROGRAMME("学校不在营养改善计划", "school not in the nutrition programme"),
    /** The policy sets no amount for the item, so no payment can be computed: never a silent zero. */
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
