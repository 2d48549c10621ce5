package org.junheng.core.model;

import org.junheng.core.value.Label;

/** A facility or service a school has, for the coverage indicators (COV-6, COV-14, COV-15, COV-16, COV-17, COV-18) and aid (AID-6). */
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
    DISTINCTIVE_SENIOR_HIGH("优质特色高中", "high-quality distinctive senior high");

    private final Label label;

    SchoolFeature(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
