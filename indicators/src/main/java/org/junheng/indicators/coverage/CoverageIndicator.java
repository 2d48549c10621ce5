package org.junheng.indicators.coverage;

import java.util.List;
import org.junheng.core.model.Labelled;
import org.junheng.core.model.Location;
import org.junheng.core.model.Ownership;
import org.junheng.core.model.School;
import org.junheng.core.model.SchoolClass;
import org.junheng.core.model.SchoolFeature;
import org.junheng.core.model.SchoolType;
import org.junheng.core.model.Stage;
import org.junheng.core.value.Label;

/**
 * The coverage indicators of RULES.md, section COV, each with its definition as a numerator over a
 * denominator. Most are computed from a data set's records as well as from counts copied out of a
 * yearbook ({@link Rate#of}); those whose facts no record holds (a cohort's history, the disabled
 * children not enrolled, participation in after-school service, repair of sports facilities,
 * employment) are computed from counts only, and from records they say why not.
 */
public enum CoverageIndicator implements Labelled {
    /** COV-1: children in public and inclusive private kindergartens ÷ all children in kindergartens. */
    INCLUSIVE_KINDERGARTEN("COV-1", "普惠性幼儿园覆盖率", "inclusive kindergarten coverage", "在园幼儿", "children in kindergartens",
            (f, schools) -> preschool(f, schools, s -> s.isPublic() || s.inclusive())),
    /** COV-2: children in public kindergartens ÷ all children in kindergartens. */
    PUBLIC_KINDERGARTEN("COV-2", "公办园在园幼儿占比", "public kindergarten share", "在园幼儿", "children in kindergartens",
            (f, schools) -> preschool(f, schools, School::isPublic)),
    /** COV-3: a cohort's junior graduates ÷ its grade-1 enrolment, net of transfers and deaths. */
    CONSOLIDATION("COV-3", "义务教育巩固率", "consolidation rate", "入学时一年级学生(扣除转出和死亡)",
            "grade-1 enrolment net of transfers and deaths", null),
    /** COV-4: disabled children enrolled (school, regular class, home-taught) ÷ disabled children of the age. */
    DISABLED_ENROLMENT("COV-4", "残疾儿童少年义务教育入学率", "disabled children's compulsory enrolment",
            "适龄残疾儿童少年", "disabled children of compulsory age", null),
    /** COV-5: classes of 56 or more ÷ classes (大班额). */
    LARGE_CLASSES("COV-5", "大班额比例(56人及以上)", "share of large classes (56+)", "班级", "classes",
            (f, schools) -> classes(f, schools, null, 56)),
    /** COV-5: classes of 66 or more ÷ classes (超大班额). */
    VERY_LARGE_CLASSES("COV-5", "超大班额比例(66人及以上)", "share of very large classes (66+)", "班级", "classes",
            (f, schools) -> classes(f, schools, null, 66)),
    /** COV-5: primary classes over 45 ÷ primary classes. */
    PRIMARY_CLASSES_OVER_45("COV-5", "小学超过45人班级比例", "primary classes over 45", "小学班级", "primary classes",
            (f, schools) -> classes(f, schools, Stage.PRIMARY, 46)),
    /** COV-5: junior classes over 50 ÷ junior classes. */
    JUNIOR_CLASSES_OVER_50("COV-5", "初中超过50人班级比例", "junior classes over 50", "初中班级", "junior classes",
            (f, schools) -> classes(f, schools, Stage.JUNIOR, 51)),
    /** COV-6: compulsory schools that are quality schools or in a group, alliance or pairing ÷ compulsory schools. */
    QUALITY_RESOURCES("COV-6", "优质教育资源覆盖面", "quality education resource coverage", "义务教育学校", "compulsory schools",
            (f, schools) -> schools(schools, SchoolFacts::compulsory, s -> s.has(SchoolFeature.QUALITY_SCHOOL)
                    || s.groupId() != null || s.allianceId() != null || s.pairedWith() != null)),
    /** COV-7: rural and township compulsory schools in an alliance ÷ those schools. */
    ALLIANCE_RURAL("COV-7", "乡镇学校联盟覆盖率", "alliance coverage of rural and township schools", "乡镇义务教育学校",
            "rural and township compulsory schools", (f, schools) -> count(schools,
                    s -> SchoolFacts.compulsory(s.type()) && s.location() != Location.URBAN, s -> s.allianceId() != null)),
    /** COV-8: rural schools with an urban partner ÷ rural schools. */
    RURAL_PAIRING("COV-8", "乡村学校结对率", "rural school pairing", "乡村学校", "rural schools",
            (f, schools) -> count(schools, s -> s.location() == Location.RURAL && s.type() != SchoolType.HIGHER_EDUCATION,
                    s -> s.pairedWith() != null)),
    /** COV-9: schools in an education group ÷ schools. */
    GROUP_SCHOOLING("COV-9", "集团化办学覆盖率", "group schooling coverage", "学校", "schools",
            (f, schools) -> count(schools, s -> s.type() != SchoolType.HIGHER_EDUCATION, s -> s.groupId() != null)),
    /** COV-10: full-time compulsory teachers with a bachelor's degree or higher ÷ full-time compulsory teachers. */
    BACHELOR_TEACHERS("COV-10", "义务教育专任教师本科以上学历比例", "compulsory teachers with a bachelor's or higher",
            "义务教育专任教师", "full-time compulsory teachers", (f, schools) -> teachers(f, schools, SchoolFacts::compulsory, 1)),
    /** COV-11: double-qualified full-time vocational teachers ÷ full-time vocational teachers. */
    DOUBLE_QUALIFIED("COV-11", "双师型教师比例", "double-qualified vocational teachers", "中职专任教师",
            "full-time vocational teachers", (f, schools) -> teachers(f, schools, t -> t == SchoolType.SECONDARY_VOCATIONAL, 2)),
    /** COV-12: compulsory pupils at private schools ÷ compulsory pupils. */
    PRIVATE_SHARE("COV-12", "民办义务教育在校生占比", "private share of compulsory enrolment", "义务教育在校生",
            "compulsory pupils", (f, schools) -> {
                long n = 0;
                long d = 0;
                for (School s : schools) {
                    long c = f.compulsory(s.id());
                    d += c;
                    n += s.ownership() == Ownership.PRIVATE ? c : 0;
                }
                return new long[] {n, d};
            }),
    /** COV-13: compulsory schools with a full-time mental-health teacher ÷ compulsory schools. */
    MENTAL_HEALTH_TEACHER("COV-13", "配备专职心理健康教师的学校比例", "schools with a mental-health teacher",
            "义务教育学校", "compulsory schools", (f, schools) -> schools(schools, SchoolFacts::compulsory,
                    s -> f.teachers(s.id())[3] > 0)),
    /** COV-14: compulsory schools with a comprehensive-practice classroom ÷ compulsory schools. */
    PRACTICE_CLASSROOM("COV-14", "建有综合实践活动教室的学校比例", "schools with a practice classroom", "义务教育学校",
            "compulsory schools", (f, schools) -> schools(schools, SchoolFacts::compulsory,
                    s -> s.has(SchoolFeature.PRACTICE_CLASSROOM))),
    /** COV-15: paired schools with synchronous classes and joint research ÷ paired schools. */
    SYNCHRONOUS_CLASSES("COV-15", "结对学校开展同步课堂比例", "paired schools with synchronous classes", "结对学校",
            "paired schools", (f, schools) -> count(schools, s -> s.pairedWith() != null,
                    s -> s.has(SchoolFeature.SYNCHRONOUS_CLASSES))),
    /** COV-16: pupils taking part in after-school service ÷ pupils. */
    AFTER_SCHOOL_PUPILS("COV-16", "学生参与课后服务比例", "pupils in after-school service", "学生", "pupils", null),
    /** COV-16: teachers taking part in after-school service ÷ teachers. */
    AFTER_SCHOOL_TEACHERS("COV-16", "教师参与课后服务比例", "teachers in after-school service", "教师", "teachers", null),
    /** COV-17: senior high students at high-quality distinctive schools ÷ senior high students. */
    QUALITY_SENIOR_HIGH_ENROLMENT("COV-17", "优质特色高中在校生占比", "enrolment at high-quality distinctive senior highs",
            "普通高中在校生", "senior high students", (f, schools) -> {
                long n = 0;
                long d = 0;
                for (School s : schools) {
                    long c = f.students(s.id(), Stage.SENIOR_HIGH);
                    d += c;
                    n += s.has(SchoolFeature.DISTINCTIVE_SENIOR_HIGH) ? c : 0;
                }
                return new long[] {n, d};
            }),
    /** COV-17: high-quality distinctive senior highs ÷ senior highs. */
    QUALITY_SENIOR_HIGH_SCHOOLS("COV-17", "优质特色高中占比", "high-quality distinctive senior highs", "普通高中",
            "senior high schools", (f, schools) -> count(schools, s -> s.teaches(Stage.SENIOR_HIGH) && s.type() != SchoolType.SPECIAL,
                    s -> s.has(SchoolFeature.DISTINCTIVE_SENIOR_HIGH))),
    /** COV-18: schools with disabled pupils that have assistive devices ÷ schools with disabled pupils. */
    ASSISTIVE_DEVICES("COV-18", "残疾学生辅助器具适配覆盖率", "assistive devices where disabled pupils study",
            "有残疾学生的学校", "schools with disabled pupils", (f, schools) -> count(schools, s -> f.disabled(s.id()) > 0,
                    s -> s.has(SchoolFeature.ASSISTIVE_DEVICES))),
    /** COV-18: schools with kitchen live video ÷ schools. */
    KITCHEN_LIVE_VIDEO("COV-18", "明厨亮灶覆盖率", "kitchen live video", "学校", "schools",
            (f, schools) -> count(schools, s -> s.type() != SchoolType.HIGHER_EDUCATION, s -> s.has(SchoolFeature.KITCHEN_LIVE_VIDEO))),
    /** COV-18: schools with a parent school ÷ schools. */
    PARENT_SCHOOL("COV-18", "家长学校覆盖率", "parent schools", "学校", "schools",
            (f, schools) -> count(schools, s -> s.type() != SchoolType.HIGHER_EDUCATION, s -> s.has(SchoolFeature.PARENT_SCHOOL))),
    /** COV-18: special-education resource centres: schools with one ÷ schools with disabled pupils. */
    RESOURCE_CENTRES("COV-18", "特殊教育资源中心(教室)覆盖率", "special-education resource rooms where disabled pupils study",
            "有残疾学生的学校", "schools with disabled pupils", (f, schools) -> count(schools, s -> f.disabled(s.id()) > 0,
                    s -> s.has(SchoolFeature.SPECIAL_EDUCATION_RESOURCE_CENTRE))),
    /** COV-19: outdoor public sports facilities in good repair ÷ facilities. */
    SPORTS_FACILITIES("COV-19", "室外公共体育设施完好率", "outdoor sports facilities in good repair", "室外公共体育设施",
            "outdoor public sports facilities", null),
    /** COV-20: vocational graduates employed ÷ vocational graduates. */
    VOCATIONAL_EMPLOYMENT("COV-20", "职业院校毕业生就业率", "vocational graduate employment", "职业院校毕业生",
            "vocational graduates", null);

    /** Computes {numerator, denominator} over a set of schools. */
    @FunctionalInterface
    interface Counter {
        long[] count(SchoolFacts facts, List<School> schools);
    }

    private final String rule;
    private final Label label;
    private final Label denominator;
    private final Counter counter;

    CoverageIndicator(String rule, String zh, String en, String denominatorZh, String denominatorEn, Counter counter) {
        this.rule = rule;
        this.label = Label.of(zh, en);
        this.denominator = Label.of(denominatorZh, denominatorEn);
        this.counter = counter;
    }

    public String rule() {
        return rule;
    }

    @Override
    public Label label() {
        return label;
    }

    /** What the denominator counts. */
    public Label denominatorLabel() {
        return denominator;
    }

    /** Whether the records of a data set hold the facts this indicator needs. */
    public boolean fromRecords() {
        return counter != null;
    }

    Counter counter() {
        return counter;
    }

    private static long[] preschool(SchoolFacts f, List<School> schools, java.util.function.Predicate<School> inNumerator) {
        long n = 0;
        long d = 0;
        for (School s : schools) {
            if (s.type() == SchoolType.KINDERGARTEN) {
                long c = f.students(s.id(), Stage.PRESCHOOL);
                d += c;
                n += inNumerator.test(s) ? c : 0;
            }
        }
        return new long[] {n, d};
    }

    private static long[] classes(SchoolFacts f, List<School> schools, Stage stage, int atLeast) {
        long n = 0;
        long d = 0;
        for (School s : schools) {
            for (SchoolClass c : f.classes(s.id())) {
                if (stage == null ? c.stage().isCompulsory() : c.stage() == stage) {
                    d++;
                    n += c.size() >= atLeast ? 1 : 0;
                }
            }
        }
        return new long[] {n, d};
    }

    private static long[] schools(List<School> schools, java.util.function.Predicate<SchoolType> type,
            java.util.function.Predicate<School> inNumerator) {
        return count(schools, s -> type.test(s.type()), inNumerator);
    }

    private static long[] count(List<School> schools, java.util.function.Predicate<School> inDenominator,
            java.util.function.Predicate<School> inNumerator) {
        long n = 0;
        long d = 0;
        for (School s : schools) {
            if (inDenominator.test(s)) {
                d++;
                n += inNumerator.test(s) ? 1 : 0;
            }
        }
        return new long[] {n, d};
    }

    private static long[] teachers(SchoolFacts f, List<School> schools, java.util.function.Predicate<SchoolType> type,
            int column) {
        long n = 0;
        long d = 0;
        for (School s : schools) {
            if (type.test(s.type())) {
                long[] t = f.teachers(s.id());
                d += t[0];
                n += t[column];
            }
        }
        return new long[] {n, d};
    }
}
