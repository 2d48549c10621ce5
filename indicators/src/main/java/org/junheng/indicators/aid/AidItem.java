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

import java.util.List;
import org.junheng.core.model.Labelled;
import org.junheng.core.value.Label;

/**
 * The aid items of the rule catalog's AID section, each with the rules that may grant it, how often it
 * is paid, the policy key of its amount (none for a benefit in kind, such as waived fees), and the group
 * whose coverage AID-5 measures.
 */
public enum AidItem implements Labelled {
    /**
     * 1000 yuan a year to a disabled student: Shenyang's AID-1 from preschool to senior secondary (SY24 任务7
     * 措施18), or Liaoning's AID-10 from primary to senior secondary, in hardship only (辽宁省残疾学生资助).
     */
    DISABLED_PRESCHOOL_TO_SENIOR(List.of("AID-1", "AID-10"), Frequency.YEARLY, "aid.disabled.preschoolToSeniorYearly",
            Group.DISABLED, "学前至高中阶段残疾人学生资助", "disabled students, preschool to senior secondary"),
    /** AID-2: 3000 yuan a year to a disabled university student or one of a 低保(边缘) disabled family (SY24 措施18). */
    DISABLED_UNIVERSITY(List.of("AID-2"), Frequency.YEARLY, "aid.disabled.universityYearly", Group.DISABLED,
            "残疾人大学生和低保(边缘)残疾人家庭大学生资助", "disabled university students and those of poor disabled families"),
    /** AID-3(a): 2500 yuan once per enrolment in special hardship (SY24 措施18). */
    ENROLMENT_HARDSHIP_ONE_TIME(List.of("AID-3"), Frequency.ONCE, "aid.disabled.oneTime", Group.DISABLED,
            "入学当年特殊困难残疾人家庭大学生一次性资助", "one-time aid for a disabled family's student in hardship at enrolment"),
    /** AID-3(b): 2500 yuan once per adult-education diploma of a disabled person (SY24 措施18). */
    ADULT_DIPLOMA_ONE_TIME(List.of("AID-3"), Frequency.ONCE, "aid.disabled.oneTime", Group.DISABLED,
            "取得成人教育毕业证的残疾人一次性资助", "one-time aid for a disabled adult-education graduate"),
    /** AID-6: living subsidy for compulsory students of families in hardship; half for non-boarders (LN23 §8, CN23 §7). */
    LIVING_SUBSIDY(List.of("AID-6"), Frequency.YEARLY, null, Group.HARDSHIP, "家庭经济困难学生生活补助",
            "living subsidy, families in hardship"),
    /** AID-6: nutrition meal subsidy at schools in the rural nutrition improvement programme. */
    NUTRITION_SUBSIDY(List.of("AID-6"), Frequency.YEARLY, null, Group.NONE, "营养膳食补助", "nutrition meal subsidy"),
    /** AID-6: tuition and fees waived and textbooks free, for every compulsory student (两免), in kind. */
    FEES_AND_TEXTBOOKS_WAIVED(List.of("AID-6"), Frequency.YEARLY, null, Group.NONE, "免除学杂费、免费提供教科书",
            "fees waived, free textbooks"),
    /** AID-7: national grant for general senior high students of families in hardship (SY24 措施18, LN23 §8, CN23 §7). */
    NATIONAL_GRANT_SENIOR_HIGH(List.of("AID-7"), Frequency.YEARLY, "aid.nationalGrant.seniorHighYearly", Group.HARDSHIP,
            "普通高中国家助学金", "national grant, general senior high"),
    /** AID-7: tuition and fees waived for general senior high students of families in hardship (免除学杂费), in kind. */
    SENIOR_HIGH_FEES_WAIVED(List.of("AID-7"), Frequency.YEARLY, null, Group.HARDSHIP, "普通高中免除学杂费",
            "general senior high: tuition and fees waived"),
    /** AID-7: national grant for secondary vocational students of families in hardship. */
    NATIONAL_GRANT_VOCATIONAL(List.of("AID-7"), Frequency.YEARLY, "aid.nationalGrant.vocationalYearly", Group.HARDSHIP,
            "中职国家助学金", "national grant, secondary vocational"),
    /** AID-7: tuition waived for secondary vocational students who meet the conditions (免除学费), in kind. */
    VOCATIONAL_TUITION_WAIVED(List.of("AID-7"), Frequency.YEARLY, null, Group.HARDSHIP, "中职免除学费",
            "secondary vocational: tuition waived"),
    /** AID-7: preschool aid for children of families in hardship; no national amount. */
    PRESCHOOL_AID(List.of("AID-7"), Frequency.YEARLY, "aid.preschool.hardshipYearly", Group.HARDSHIP, "学前教育幼儿资助",
            "preschool aid"),
    /** AID-8: subsidy for a disabled student's special learning supplies (特殊学习用品, LN23 §8, CN23 §7). */
    SPECIAL_LEARNING_SUPPLIES(List.of("AID-8"), Frequency.YEARLY, "aid.special.learningSuppliesYearly", Group.NONE,
            "残疾学生特殊学习用品补助", "disabled students: special learning supplies"),
    /** AID-8: subsidy for a disabled student's education and training (教育训练). */
    SPECIAL_TRAINING(List.of("AID-8"), Frequency.YEARLY, "aid.special.trainingYearly", Group.NONE, "残疾学生教育训练补助",
            "disabled students: education and training"),
    /** AID-8: subsidy for a disabled student's transport (交通费). */
    SPECIAL_TRANSPORT(List.of("AID-8"), Frequency.YEARLY, "aid.special.transportYearly", Group.NONE, "残疾学生交通费补助",
            "disabled students: transport"),
    /** AID-9: Panjin's 15 years of free education for disabled students, preschool to senior secondary, in kind. */
    FREE_EDUCATION_DISABLED(List.of("AID-9"), Frequency.YEARLY, null, Group.NONE, "残疾学生十五年免费教育",
            "15 years of free education, disabled students");

    /** How often an item is paid. */
    public enum Frequency implements Labelled {
        /** At most once per person per school year. */
        YEARLY("每学年", "yearly"),
        /** Once per person per qualifying event (AID-3: an enrolment, a diploma). */
        ONCE("一次性", "once");

        private final Label label;

        Frequency(String zh, String en) {
            this.label = Label.of(zh, en);
        }

        /** 每学年 or 一次性, as the aid documents say. */
        @Override
        public Label label() {
            return label;
        }
    }

    /** The groups whose coverage AID-5 measures: recipients ÷ eligible = 100% (全覆盖, 应助尽助). */
    public enum Group implements Labelled {
        /** AID-1 to AID-3 and AID-10: disabled students and disabled families (SY24 任务7 目标). */
        DISABLED("残疾学生和残疾人家庭学生资助", "aid for disabled students and families"),
        /** Aid to students of families in economic hardship (LN23 §8, CN23 §7: 应助尽助). */
        HARDSHIP("家庭经济困难学生资助", "aid for students of families in hardship"),
        /** Items given to everyone who qualifies, with no coverage indicator of their own. */
        NONE("其他", "other");

        private final Label label;

        Group(String zh, String en) {
            this.label = Label.of(zh, en);
        }

        /** The item as the aid documents name it. */
        @Override
        public Label label() {
            return label;
        }
    }

    private final List<String> rules;
    private final Frequency frequency;
    private final String amountKey;
    private final Group group;
    private final Label label;

    AidItem(List<String> rules, Frequency frequency, String amountKey, Group group, String zh, String en) {
        this.rules = rules;
        this.frequency = frequency;
        this.amountKey = amountKey;
        this.group = group;
        this.label = Label.of(zh, en);
    }

    /** The rule that grants the item by default; a profile may grant it under another of {@link #rules()}. */
    public String rule() {
        return rules.get(0);
    }

    /** Every rule that may grant the item; the one cited is the rule of the parameter giving its amount. */
    public List<String> rules() {
        return rules;
    }

    /** How often the item is paid: each school year or once. */
    public Frequency frequency() {
        return frequency;
    }

    /** The policy key of the amount; null for an item whose amount depends on the stage or a benefit in kind. */
    public String amountKey() {
        return amountKey;
    }

    /** Whether the item is paid in money; false for a benefit in kind (fees waived, education free). */
    public boolean isMoney() {
        return amountKey != null || this == LIVING_SUBSIDY || this == NUTRITION_SUBSIDY;
    }

    /** The group whose coverage AID-5 measures. */
    public Group group() {
        return group;
    }

    /** The items for disabled students and families whose coverage AID-5 measures. */
    public boolean isDisabledAid() {
        return group == Group.DISABLED;
    }

    /** The group as AID-5 names it. */
    @Override
    public Label label() {
        return label;
    }
}
