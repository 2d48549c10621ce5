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
package org.junheng.indicators.coverage;

import java.util.List;
import java.util.function.Predicate;
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
 * The coverage indicators COV-1 to COV-29, each with its definition as a numerator over a denominator, as
 * the corrected catalog defines them (second reading of the seeds). Most are computed from a data set's
 * records as well as from counts copied out of a yearbook ({@link Rate#of}); those whose facts no record
 * holds (a cohort's history, the disabled children not enrolled, after-school participation, repair of
 * sports facilities, employment, staffing establishment, fitness tests, head-teacher certificates) are
 * computed from counts only, and from records they say why not. Several indicators share a rule ID
 * where the rule has parts (COV-5, COV-16, COV-17, COV-18).
 */
public enum CoverageIndicator implements Labelled {
    /** COV-1: children in public and inclusive private kindergartens ÷ all children in kindergartens. */
    INCLUSIVE_KINDERGARTEN("COV-1", "普惠性幼儿园覆盖率", "inclusive kindergarten coverage", "在园幼儿", "children in kindergartens",
            (f, schools) -> preschool(f, schools, s -> s.isPublic() || s.inclusive())),
    /** COV-2: children in public kindergartens ÷ all children in kindergartens. */
    PUBLIC_KINDERGARTEN("COV-2", "公办园在园幼儿占比", "public kindergarten share", "在园幼儿", "children in kindergartens",
            (f, schools) -> preschool(f, schools, School::isPublic)),
    /**
     * COV-3: a cohort's junior graduates ÷ its grade-1 enrolment, the official statistical definition
     * (no netting of transfers) by default; see {@link Rate#consolidation} and
     * {@link Rate#consolidationNetOfTransfers}.
     */
    CONSOLIDATION("COV-3", "义务教育巩固率", "consolidation rate", "该届入学时一年级学生", "the cohort's grade-1 enrolment", null),
    /** COV-4: disabled children enrolled (school, regular class, home-taught) ÷ disabled children of the age. */
    DISABLED_ENROLMENT("COV-4", "残疾儿童少年义务教育入学率", "disabled children's compulsory enrolment",
            "适龄残疾儿童少年", "disabled children of compulsory age", null),
    /** COV-5: compulsory classes at or above the profile's {@code classes.largeSize} (56, 大班额) ÷ compulsory classes. */
    LARGE_CLASSES("COV-5", "大班额比例", "share of large classes", "义务教育班级", "compulsory classes",
            (f, schools) -> classes(f, schools, null, f.largeSize)),
    /** COV-5: primary classes above the profile's {@code classes.maxPrimary} (45) ÷ primary classes. */
    PRIMARY_CLASSES_OVER_45("COV-5", "小学超过班额上限的班级比例", "primary classes over the limit", "小学班级", "primary classes",
            (f, schools) -> classes(f, schools, Stage.PRIMARY, f.maxPrimary + 1)),
    /** COV-5: junior classes above the profile's {@code classes.maxJunior} (50) ÷ junior classes. */
    JUNIOR_CLASSES_OVER_50("COV-5", "初中超过班额上限的班级比例", "junior classes over the limit", "初中班级", "junior classes",
            (f, schools) -> classes(f, schools, Stage.JUNIOR, f.maxJunior + 1)),
    /** COV-6: compulsory schools that are quality schools or in a group, alliance or pairing ÷ compulsory schools. */
    QUALITY_RESOURCES("COV-6", "优质教育资源覆盖面", "quality education resource coverage", "义务教育学校", "compulsory schools",
            (f, schools) -> count(schools, CoverageIndicator::compulsory, s -> s.has(SchoolFeature.QUALITY_SCHOOL)
                    || s.groupId() != null || s.allianceId() != null || s.pairedWith() != null)),
    /**
     * COV-7: rural and township (镇区 and 乡村) compulsory schools in an alliance ÷ those schools; where the
     * profile names counties ({@code coverage.alliance.counties}, SY24 任务2), over those counties only.
     */
    ALLIANCE_RURAL("COV-7", "乡镇学校联盟覆盖率", "alliance coverage of rural and township schools", "乡镇义务教育学校",
            "rural and township compulsory schools", (f, schools) -> count(schools,
                    s -> compulsory(s) && s.location() != Location.URBAN, s -> s.allianceId() != null)),
    /** COV-8: rural compulsory schools paired with a town or city school (城镇学校对口帮扶) ÷ rural compulsory schools. */
    RURAL_PAIRING("COV-8", "乡村学校结对率", "rural school pairing", "乡村义务教育学校", "rural compulsory schools",
            (f, schools) -> count(schools, s -> s.location() == Location.RURAL && compulsory(s),
                    s -> f.partnerLocation(s) == Location.URBAN || f.partnerLocation(s) == Location.TOWN)),
    /** COV-9: compulsory schools in an education group ÷ compulsory schools (PJ22 回顾: 48 of 89 = 53.9%). */
    GROUP_SCHOOLING("COV-9", "集团化办学覆盖率", "group schooling coverage", "义务教育学校", "compulsory schools",
            (f, schools) -> count(schools, CoverageIndicator::compulsory, s -> s.groupId() != null)),
    /** COV-10: full-time compulsory teachers with a bachelor's degree or higher ÷ full-time compulsory teachers. */
    BACHELOR_TEACHERS("COV-10", "义务教育专任教师本科以上学历比例", "compulsory teachers with a bachelor's or higher",
            "义务教育专任教师", "full-time compulsory teachers",
            (f, schools) -> teachers(f, schools, CoverageIndicator::compulsory, SchoolFacts.BACHELOR)),
    /**
     * COV-11: double-qualified full-time teachers ÷ full-time teachers of every vocational institution,
     * secondary vocational schools and higher vocational colleges.
     */
    DOUBLE_QUALIFIED("COV-11", "双师型教师比例", "double-qualified vocational teachers", "职业院校专任教师",
            "full-time teachers of vocational institutions",
            (f, schools) -> teachers(f, schools, CoverageIndicator::vocational, SchoolFacts.DOUBLE_QUALIFIED)),
    /** COV-12: compulsory pupils at private schools ÷ compulsory pupils. */
    PRIVATE_SHARE("COV-12", "民办义务教育在校生占比", "private share of compulsory enrolment", "义务教育在校生",
            "compulsory pupils", (f, schools) -> pupils(schools, f::compulsory, s -> s.ownership() == Ownership.PRIVATE)),
    /** COV-13: primary and secondary schools (senior high included) with a full-time mental-health teacher ÷ those schools. */
    MENTAL_HEALTH_TEACHER("COV-13", "配备专职心理健康教师的学校比例", "schools with a mental-health teacher",
            "中小学", "primary and secondary schools", (f, schools) -> count(schools, CoverageIndicator::primaryOrSecondary,
                    s -> f.teachers(s.id())[SchoolFacts.MENTAL_HEALTH] > 0)),
    /** COV-14: compulsory schools with a comprehensive-practice classroom ÷ compulsory schools. */
    PRACTICE_CLASSROOM("COV-14", "建有综合实践活动教室的学校比例", "schools with a practice classroom", "义务教育学校",
            "compulsory schools", (f, schools) -> count(schools, CoverageIndicator::compulsory,
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
            "普通高中在校生", "senior high students", (f, schools) -> pupils(schools, s -> f.students(s, Stage.SENIOR_HIGH),
                    s -> s.has(SchoolFeature.DISTINCTIVE_SENIOR_HIGH))),
    /** COV-17: high-quality distinctive senior highs ÷ senior highs. */
    QUALITY_SENIOR_HIGH_SCHOOLS("COV-17", "优质特色高中占比", "high-quality distinctive senior highs", "普通高中",
            "senior high schools", (f, schools) -> count(schools, s -> s.teaches(Stage.SENIOR_HIGH) && s.type() != SchoolType.SPECIAL,
                    s -> s.has(SchoolFeature.DISTINCTIVE_SENIOR_HIGH))),
    /**
     * COV-18, assistive devices for students in need (SY24 任务5, LN23 §5): schools where pupils with a
     * disability certificate study that fit assistive devices ÷ those schools.
     */
    ASSISTIVE_DEVICES("COV-18", "残疾学生辅助器具适配覆盖率", "assistive devices where disabled pupils study",
            "有残疾学生的学校", "schools with disabled pupils", (f, schools) -> count(schools, s -> f.disabled(s.id()) > 0,
                    s -> s.has(SchoolFeature.ASSISTIVE_DEVICES))),
    /** COV-18, kitchen live video at school canteens (明厨亮灶): canteens with live video ÷ schools with a canteen. */
    KITCHEN_LIVE_VIDEO("COV-18", "明厨亮灶覆盖率", "kitchen live video at school canteens", "有食堂的学校", "schools with a canteen",
            (f, schools) -> count(schools, s -> s.has(SchoolFeature.CANTEEN), s -> s.has(SchoolFeature.KITCHEN_LIVE_VIDEO))),
    /**
     * COV-18, parent schools (PJ22): primary and secondary schools with a parent school that ran at least one
     * guidance activity this year ÷ primary and secondary schools.
     */
    PARENT_SCHOOL("COV-18", "家长学校覆盖率(年内至少一次指导活动)", "parent schools with a guidance activity this year",
            "中小学", "primary and secondary schools", (f, schools) -> count(schools, CoverageIndicator::primaryOrSecondary,
                    s -> s.has(SchoolFeature.PARENT_SCHOOL) && s.has(SchoolFeature.PARENT_GUIDANCE_ACTIVITY))),
    /** COV-18, resource centres at school level (YK24 §11): schools with disabled pupils that have one ÷ those schools. */
    RESOURCE_CENTRES("COV-18", "学校特殊教育资源教室覆盖率", "school-level special-education resource rooms",
            "有残疾学生的学校", "schools with disabled pupils", (f, schools) -> count(schools, s -> f.disabled(s.id()) > 0,
                    s -> s.has(SchoolFeature.SPECIAL_EDUCATION_RESOURCE_CENTRE))),
    /** COV-18, resource centres at city and county level (YK24 §11): the city and counties with one ÷ the city and counties. */
    RESOURCE_CENTRES_CITY_COUNTY("COV-18", "市、县级特殊教育资源中心覆盖率", "city- and county-level special-education resource centres",
            "市和县区", "the city and its counties", null),
    /** COV-18, head-teacher counselling (PJ22 专栏4): head teachers trained ÷ head teachers. */
    HEAD_TEACHERS_TRAINED("COV-18", "班主任心理辅导培训率", "head teachers trained in counselling", "班主任", "head teachers", null),
    /** COV-18, head-teacher counselling (PJ22 专栏4): head teachers certified ÷ head teachers. */
    HEAD_TEACHERS_CERTIFIED("COV-18", "班主任心理辅导持证率", "head teachers certified in counselling", "班主任", "head teachers", null),
    /** COV-19: outdoor public sports facilities in good repair ÷ facilities. */
    SPORTS_FACILITIES("COV-19", "室外公共体育设施完好率", "outdoor sports facilities in good repair", "室外公共体育设施",
            "outdoor public sports facilities", null),
    /** COV-20: vocational graduates employed ÷ vocational graduates. */
    VOCATIONAL_EMPLOYMENT("COV-20", "职业院校毕业生就业率", "vocational graduate employment", "职业院校毕业生",
            "vocational graduates", null),
    /** COV-21 (SY24 任务5): special-education schools with senior secondary pupils enrolled ÷ special-education schools. */
    SPECIAL_SCHOOLS_WITH_SENIOR("COV-21", "特殊教育学校开设高中阶段教育比例", "special-education schools offering senior secondary",
            "特殊教育学校", "special-education schools", (f, schools) -> count(schools, s -> s.type() == SchoolType.SPECIAL,
                    s -> f.students(s, Stage.SENIOR_HIGH) + f.students(s, Stage.SECONDARY_VOCATIONAL) > 0)),
    /** COV-22 (LN23 §3, CN23): counties whose staffing establishment reaches the national standard ÷ counties. */
    STAFFING_AT_STANDARD("COV-22", "教职工编制达到国家标准的县区比例", "counties staffed at the national standard", "县区",
            "counties", null),
    /** COV-23 (PJ22 回顾): students passing the national physical-health standard ÷ students tested. */
    PHYSICAL_HEALTH_PASS("COV-23", "国家学生体质健康标准达标率", "physical-health standard pass rate", "参加测试的学生",
            "students tested", null),
    /**
     * COV-24 (PJ22 回顾): schools meeting all six standards (internet access, 100M bandwidth, multimedia
     * classrooms, full-time guards, closed campus, alarm and video systems) ÷ schools.
     */
    SAFETY_AND_NETWORK_STANDARDS("COV-24", "网络与安全六项标准达标学校比例", "schools at the network and safety standards", "学校",
            "schools", null),
    /** COV-25 (SY19 7): rural nutrition-programme pilot schools serving canteen meals ÷ those pilot schools. */
    RURAL_PILOT_CANTEEN_MEALS("COV-25", "农村营养改善计划试点学校食堂供餐率", "canteen meals at rural nutrition pilot schools",
            "农村营养改善计划试点学校", "rural nutrition pilot schools", (f, schools) -> count(schools,
                    s -> s.location() != Location.URBAN && s.has(SchoolFeature.NUTRITION_PROGRAMME),
                    s -> s.has(SchoolFeature.CANTEEN))),
    /** COV-26 (SY19 2, 3): rural and township compulsory schools at the basic equipment standard ÷ those schools. */
    RURAL_SCHOOLS_AT_EQUIPMENT_STANDARD("COV-26", "农村学校达到基本装备标准比例", "rural schools at the equipment standard",
            "农村义务教育学校", "rural and township compulsory schools", (f, schools) -> count(schools,
                    s -> compulsory(s) && s.location() != Location.URBAN, s -> s.has(SchoolFeature.EQUIPMENT_AT_STANDARD))),
    /** COV-27 (PJ22 四(五)3): public vocational institutions in the 1+X certificate pilot ÷ public vocational institutions. */
    VOCATIONAL_1X_PILOT("COV-27", "公办职业院校1+X证书试点覆盖率", "public vocational institutions in the 1+X pilot",
            "公办职业院校", "public vocational institutions", (f, schools) -> count(schools,
                    s -> vocational(s) && s.isPublic(), s -> s.has(SchoolFeature.VOCATIONAL_1X_PILOT))),
    /**
     * COV-28 (PJ22 专栏8): primary and secondary schools with a recognised (骨干) full-time teacher in each of
     * PE, music, fine art, labour, ideology (道德与法治/思政) and health care ÷ those schools.
     */
    NAMED_TEACHERS_BY_SUBJECT("COV-28", "体音美劳思政卫生保健名师配备学校比例", "schools with a named teacher in each of six subjects",
            "中小学", "primary and secondary schools", (f, schools) -> count(schools, CoverageIndicator::primaryOrSecondary,
                    s -> f.namedSubjects(s.id()).containsAll(SchoolFacts.NAMED_SUBJECTS))),
    /** COV-29 (PJ22 五(五)3, YK24 §4): kindergartens and schools with a supervising inspector ÷ kindergartens and schools. */
    SCHOOLS_WITH_INSPECTOR("COV-29", "中小学(幼儿园)责任督学挂牌督导覆盖率", "schools and kindergartens with a supervising inspector",
            "中小学和幼儿园", "schools and kindergartens", (f, schools) -> count(schools,
                    s -> s.type() == SchoolType.KINDERGARTEN || primaryOrSecondary(s), s -> s.has(SchoolFeature.SUPERVISING_INSPECTOR)));

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

    /** The rule ID (COV-1 to COV-29) this indicator measures. */
    public String rule() {
        return rule;
    }

    /** The indicator's name as reports print it, in Chinese and English. */
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

    /** The policy parameter this indicator's definition reads, or null: the COV-5 class sizes. */
    String parameter() {
        return switch (this) {
            case LARGE_CLASSES -> "classes.largeSize";
            case PRIMARY_CLASSES_OVER_45 -> "classes.maxPrimary";
            case JUNIOR_CLASSES_OVER_50 -> "classes.maxJunior";
            default -> null;
        };
    }

    Counter counter() {
        return counter;
    }

    /** An ordinary school teaching a compulsory stage (not special, not vocational). */
    static boolean compulsory(School s) {
        return s.type().isOrdinaryCompulsory();
    }

    /** 中小学: an ordinary primary or secondary school, senior high included (not special, vocational or kindergarten). */
    static boolean primaryOrSecondary(School s) {
        return s.type().isOrdinaryCompulsory() || s.type() == SchoolType.SENIOR_HIGH;
    }

    /** 职业院校: a secondary vocational school or a higher vocational college (COV-11, COV-27). */
    static boolean vocational(School s) {
        return s.type() == SchoolType.SECONDARY_VOCATIONAL
                || s.type() == SchoolType.HIGHER_EDUCATION && s.has(SchoolFeature.HIGHER_VOCATIONAL);
    }

    private static long[] preschool(SchoolFacts f, List<School> schools, Predicate<School> inNumerator) {
        return pupils(schools, s -> s.type() == SchoolType.KINDERGARTEN ? f.students(s, Stage.PRESCHOOL) : 0, inNumerator);
    }

    private static long[] pupils(List<School> schools, java.util.function.ToLongFunction<School> pupils,
            Predicate<School> inNumerator) {
        long n = 0;
        long d = 0;
        for (School s : schools) {
            long c = pupils.applyAsLong(s);
            d += c;
            n += inNumerator.test(s) ? c : 0;
        }
        return new long[] {n, d};
    }

    private static long[] classes(SchoolFacts f, List<School> schools, Stage stage, long atLeast) {
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

    private static long[] count(List<School> schools, Predicate<School> inDenominator, Predicate<School> inNumerator) {
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

    private static long[] teachers(SchoolFacts f, List<School> schools, Predicate<School> kind, int column) {
        long n = 0;
        long d = 0;
        for (School s : schools) {
            if (kind.test(s)) {
                long[] t = f.teachers(s.id());
                d += t[SchoolFacts.FULL_TIME];
                n += t[column];
            }
        }
        return new long[] {n, d};
    }
}
