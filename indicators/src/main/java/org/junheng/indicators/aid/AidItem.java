package org.junheng.indicators.aid;

import org.junheng.core.model.Labelled;
import org.junheng.core.value.Label;

/**
 * The aid items of RULES.md, section AID, each with its rule, how often it is paid, and the policy key of
 * its amount (none for a benefit in kind, such as waived fees).
 */
public enum AidItem implements Labelled {
    /** AID-1: 1000 yuan a year to a disabled student from preschool to senior secondary (SY24 任务7 措施18). */
    DISABLED_PRESCHOOL_TO_SENIOR("AID-1", Frequency.YEARLY, "aid.disabled.preschoolToSeniorYearly",
            "学前至高中阶段残疾人学生资助", "disabled students, preschool to senior secondary"),
    /** AID-2: 3000 yuan a year to a disabled university student or one of a 低保(边缘) disabled family (SY24 措施18). */
    DISABLED_UNIVERSITY("AID-2", Frequency.YEARLY, "aid.disabled.universityYearly",
            "残疾人大学生和低保(边缘)残疾人家庭大学生资助", "disabled university students and those of poor disabled families"),
    /** AID-3(a): 2500 yuan once, in the enrolment year, after a special hardship (SY24 措施18). */
    ENROLMENT_HARDSHIP_ONE_TIME("AID-3", Frequency.ONCE, "aid.disabled.oneTime",
            "入学当年特殊困难残疾人家庭大学生一次性资助", "one-time aid for a disabled family's student in hardship at enrolment"),
    /** AID-3(b): 2500 yuan once to a disabled person with an adult-education diploma (SY24 措施18). */
    ADULT_DIPLOMA_ONE_TIME("AID-3", Frequency.ONCE, "aid.disabled.oneTime",
            "取得成人教育毕业证的残疾人一次性资助", "one-time aid for a disabled adult-education graduate"),
    /** AID-6: living subsidy for compulsory students of families in hardship; half for non-boarders. */
    LIVING_SUBSIDY("AID-6", Frequency.YEARLY, null, "家庭经济困难学生生活补助", "living subsidy, families in hardship"),
    /** AID-6: nutrition meal subsidy at schools in the rural nutrition improvement programme. */
    NUTRITION_SUBSIDY("AID-6", Frequency.YEARLY, null, "营养膳食补助", "nutrition meal subsidy"),
    /** AID-6: tuition and fees waived and textbooks free, for every compulsory student (两免). */
    FEES_AND_TEXTBOOKS_WAIVED("AID-6", Frequency.YEARLY, null, "免除学杂费、免费提供教科书", "fees waived, free textbooks"),
    /** AID-7: national grant for general senior high students of families in hardship, and fees waived. */
    NATIONAL_GRANT_SENIOR_HIGH("AID-7", Frequency.YEARLY, "aid.nationalGrant.seniorHighYearly",
            "普通高中国家助学金", "national grant, general senior high"),
    /** AID-7: national grant for secondary vocational students of families in hardship, and tuition waived. */
    NATIONAL_GRANT_VOCATIONAL("AID-7", Frequency.YEARLY, "aid.nationalGrant.vocationalYearly",
            "中职国家助学金", "national grant, secondary vocational"),
    /** AID-7: preschool aid for children of families in hardship; no national amount. */
    PRESCHOOL_AID("AID-7", Frequency.YEARLY, "aid.preschool.hardshipYearly", "学前教育幼儿资助", "preschool aid"),
    /** AID-9: Panjin's 15 years of free education for disabled students, preschool to senior secondary. */
    FREE_EDUCATION_DISABLED("AID-9", Frequency.YEARLY, null, "残疾学生十五年免费教育", "15 years of free education, disabled students");

    /** How often an item is paid. */
    public enum Frequency {
        /** At most once per person per school year. */
        YEARLY,
        /** Once per person per qualifying event. */
        ONCE
    }

    private final String rule;
    private final Frequency frequency;
    private final String amountKey;
    private final Label label;

    AidItem(String rule, Frequency frequency, String amountKey, String zh, String en) {
        this.rule = rule;
        this.frequency = frequency;
        this.amountKey = amountKey;
        this.label = Label.of(zh, en);
    }

    public String rule() {
        return rule;
    }

    public Frequency frequency() {
        return frequency;
    }

    /** The policy key of the amount; null for an item whose amount depends on the stage or a benefit in kind. */
    public String amountKey() {
        return amountKey;
    }

    /** Whether the item is paid in money (rather than fees waived or education free). */
    public boolean isMoney() {
        return this != FEES_AND_TEXTBOOKS_WAIVED && this != FREE_EDUCATION_DISABLED;
    }

    /** The items for disabled students and families whose coverage AID-5 measures. */
    public boolean isDisabledAid() {
        return this == DISABLED_PRESCHOOL_TO_SENIOR || this == DISABLED_UNIVERSITY || this == ENROLMENT_HARDSHIP_ONE_TIME
                || this == ADULT_DIPLOMA_ONE_TIME;
    }

    @Override
    public Label label() {
        return label;
    }
}
