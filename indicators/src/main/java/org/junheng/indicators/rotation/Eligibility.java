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
package org.junheng.indicators.rotation;

import java.time.LocalDate;
import java.util.List;
import org.junheng.core.internal.Checks;
import org.junheng.core.model.Exemption;
import org.junheng.core.model.Gender;
import org.junheng.core.model.School;
import org.junheng.core.model.Stage;
import org.junheng.core.model.Teacher;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Label;

/**
 * Whether a teacher "meets the exchange conditions" (符合交流条件) on a reference date, with every
 * condition that passed and failed (a decision where the seeds leave it open). The conditions, each from the policy:
 *
 * <ol>
 *   <li>{@link Condition#IN_SCOPE}: on the establishment (在编) of a public compulsory school;</li>
 *   <li>{@link Condition#YEARS_AT_SCHOOL}: at least {@code rotation.minYearsAtSchool} completed years of
 *       continuous teaching at the current school (ROT-6; default 6);</li>
 *   <li>{@link Condition#TARGETED_RECRUITMENT_LOCK}: not within {@code rotation.targetedRecruitmentLockYears}
 *       (5) years of targeted recruitment to a remote or weak school (ROT-7, PJ22 四(七)3); checked only
 *       where the policy holds ROT-7 (Panjin), since elsewhere no such lock is law;</li>
 *   <li>{@link Condition#NEAR_RETIREMENT}: not within {@code rotation.nearRetirementYears} (3) years of the
 *       statutory retirement age, {@code rotation.retirementAge.male} or {@code .female};</li>
 *   <li>{@link Condition#LOCAL_EXEMPTION}: no recorded exemption (long illness; pregnancy or nursing).</li>
 * </ol>
 *
 * <p>Years are completed years ({@link ServiceTime}). Immutable and thread-safe.
 *
 * @param teacherId the teacher
 * @param schoolId the teacher's school
 * @param eligible whether every condition passed
 * @param checks every condition with its evidence
 */
public record Eligibility(String teacherId, String schoolId, boolean eligible, List<Check> checks) {

    /** Requires the teacher; copies the checks (those {@link #of} made are kept as they are). */
    public Eligibility {
        Checks.notBlank(teacherId, "teacherId");
        checks = checks instanceof Decided decided ? decided : List.copyOf(checks);
    }

    /** The named conditions of eligibility. */
    public enum Condition implements org.junheng.core.model.Labelled {
        /** An established teacher in post at a public compulsory school (在编在岗). */
        IN_SCOPE("ROT-6", "在编在岗的公办义务教育学校教师", "established teacher in post at a public compulsory school"),
        /** Taught at the same school for the years the policy sets (任教满规定年限). */
        YEARS_AT_SCHOOL("ROT-6", "在同一学校任教满规定年限", "taught at the school for the required years"),
        /** Not within a targeted-recruitment service period (定向招聘服务期). */
        TARGETED_RECRUITMENT_LOCK("ROT-7", "不在定向招聘服务期内", "outside a targeted-recruitment service period"),
        /** Further from the statutory retirement age than the policy's margin. */
        NEAR_RETIREMENT("ROT-6", "距法定退休年龄超过规定年限", "not within the set years of retirement"),
        /** No local exemption (long illness, pregnancy or nursing). */
        LOCAL_EXEMPTION("ROT-6", "无本地免于交流情形 (长期病休、孕期或哺乳期)",
                "no local exemption (long illness, pregnancy or nursing)");

        private final String rule;
        private final Label label;

        Condition(String rule, String zh, String en) {
            this.rule = rule;
            this.label = Label.of(zh, en);
        }

        /** The condition in the terms of the rotation documents. */
        @Override
        public Label label() {
            return label;
        }

        /** The rule the condition comes from. */
        public String rule() {
            return rule;
        }
    }

    /**
     * One condition's result: the condition, whether it passed, and the facts in words. The words are
     * made when first asked for, since a province's 300,000 teachers rarely need them all.
     * Immutable and thread-safe; {@code equals} compares the condition, the result and the words.
     */
    public static final class Check {
        private final Condition condition;
        private final boolean passed;
        private final java.util.function.Supplier<Label> words;
        private volatile Label evidence;

        Check(Condition condition, boolean passed, java.util.function.Supplier<Label> words) {
            this.condition = Checks.notNull(condition, "condition");
            this.passed = passed;
            this.words = Checks.notNull(words, "words");
        }

        /** The condition checked. */
        public Condition condition() {
            return condition;
        }

        /** Whether the teacher meets it. */
        public boolean passed() {
            return passed;
        }

        /** The facts, in words. */
        public Label evidence() {
            Label e = evidence;
            if (e == null) {
                e = words.get();
                evidence = e;
            }
            return e;
        }

        /** Equal when the condition, the result and the words are. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Check c && c.condition == condition && c.passed == passed && c.evidence().equals(evidence());
        }

        /** Consistent with {@link #equals}. */
        @Override
        public int hashCode() {
            return java.util.Objects.hash(condition, passed, evidence());
        }

        /** The condition, the result and the words. */
        @Override
        public String toString() {
            return condition + (passed ? " passed: " : " failed: ") + evidence().en();
        }
    }

    /** The conditions that failed. */
    public List<Check> failed() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }

    /** Decides a teacher's eligibility at {@code school} on {@code date} under {@code policy}. */
    public static Eligibility of(Teacher teacher, School school, LocalDate date, Policy policy) {
        return Conditions.of(Checks.notNull(policy, "policy")).decide(teacher, school, date);
    }

    /** The policy's numbers for the conditions, read once for many teachers. */
    static final class Conditions {
        final int minYears;
        /** The ROT-7 lock in years, or -1 where the policy does not hold ROT-7. */
        final int lock;
        final int retirementMale;
        final int retirementFemale;
        final int near;

        private Conditions(Policy policy) {
            this.minYears = (int) policy.count("rotation.minYearsAtSchool");
            this.lock = policy.holds("ROT-7") ? (int) policy.count("rotation.targetedRecruitmentLockYears") : -1;
            this.retirementMale = (int) policy.count("rotation.retirementAge.male");
            this.retirementFemale = (int) policy.count("rotation.retirementAge.female");
            this.near = (int) policy.count("rotation.nearRetirementYears");
        }

        static Conditions of(Policy policy) {
            return new Conditions(policy);
        }

        Eligibility decide(Teacher teacher, School school, LocalDate date) {
            return Eligibility.decide(teacher, school, date, this);
        }
    }

    private static Eligibility decide(Teacher teacher, School school, LocalDate date, Conditions policy) {
        Checks.notNull(teacher, "teacher");
        Checks.notNull(school, "school");
        Checks.notNull(date, "date");
        Decided checks = new Decided(teacher, school, date, policy);
        return new Eligibility(teacher.id(), school.id(), checks.failed == 0, checks);
    }

    /** Whether {@code condition} was checked and failed. */
    boolean failed(Condition condition) {
        return (failedConditions() & 1 << condition.ordinal()) != 0;
    }

    /**
     * The conditions that failed, as bits by {@link Condition#ordinal()}: what a count of reasons needs,
     * without making the checks.
     */
    int failedConditions() {
        if (checks instanceof Decided decided) {
            return decided.failed;
        }
        int failed = 0;
        for (Check c : checks) {
            failed |= c.passed() ? 0 : 1 << c.condition().ordinal();
        }
        return failed;
    }

    /**
     * The checks {@link #decide} made, kept as the facts they came from and the conditions that failed: a
     * province's 300,000 teachers would otherwise hold some ten objects each. A check, with its words, is
     * made when asked for, equal each time. Immutable.
     */
    private static final class Decided extends java.util.AbstractList<Check> implements java.util.RandomAccess {
        private static final Condition[] ALL = Condition.values();
        private static final Condition[] WITHOUT_LOCK = {Condition.IN_SCOPE, Condition.YEARS_AT_SCHOOL,
            Condition.NEAR_RETIREMENT, Condition.LOCAL_EXEMPTION};

        private final Teacher teacher;
        private final School school;
        private final LocalDate date;
        private final Conditions policy;
        /** The conditions checked, in order: ROT-7's lock only where the policy holds it. */
        private final Condition[] conditions;
        private final int failed;

        Decided(Teacher teacher, School school, LocalDate date, Conditions policy) {
            this.teacher = teacher;
            this.school = school;
            this.date = date;
            this.policy = policy;
            this.conditions = policy.lock >= 0 ? ALL : WITHOUT_LOCK;
            int f = 0;
            for (Condition c : conditions) {
                f |= passes(c) ? 0 : 1 << c.ordinal();
            }
            this.failed = f;
        }

        private boolean passes(Condition c) {
            return switch (c) {
                case IN_SCOPE -> teacher.onEstablishment() && school.isPublic()
                        && (school.teaches(Stage.PRIMARY) || school.teaches(Stage.JUNIOR));
                case YEARS_AT_SCHOOL -> ServiceTime.reached(teacher.currentSchoolSince(), policy.minYears, date);
                case TARGETED_RECRUITMENT_LOCK -> teacher.targetedRecruitment() == null
                        || ServiceTime.reached(teacher.targetedRecruitment(), policy.lock, date);
                case NEAR_RETIREMENT -> date.isBefore(exemptFrom());
                case LOCAL_EXEMPTION -> teacher.exemption() == Exemption.NONE;
            };
        }

        private int retirement() {
            return teacher.gender() == Gender.MALE ? policy.retirementMale : policy.retirementFemale;
        }

        private LocalDate exemptFrom() {
            return teacher.birthDate().plusYears(retirement() - policy.near);
        }

        @Override
        public int size() {
            return conditions.length;
        }

        @Override
        public Check get(int index) {
            Condition c = conditions[index];
            return new Check(c, (failed & 1 << c.ordinal()) == 0, () -> words(c));
        }

        private Label words(Condition c) {
            switch (c) {
                case IN_SCOPE:
                    return Label.of((teacher.onEstablishment() ? "在编" : "非在编") + ", " + school.ownership().label().zh()
                            + school.type().label().zh(), (teacher.onEstablishment() ? "on establishment" : "not on establishment")
                            + ", " + school.ownership().label().en() + " " + school.type().label().en());
                case YEARS_AT_SCHOOL: {
                    int years = ServiceTime.completedYears(teacher.currentSchoolSince(), date);
                    return Label.of("在本校连续任教 " + years + " 年 (自 " + teacher.currentSchoolSince() + "), 需 " + policy.minYears
                            + " 年", years + " completed years at the school since " + teacher.currentSchoolSince() + "; needs "
                            + policy.minYears);
                }
                case TARGETED_RECRUITMENT_LOCK: {
                    LocalDate targeted = teacher.targetedRecruitment();
                    int lock = policy.lock;
                    boolean free = passes(c);
                    return targeted == null ? Label.of("非定向招录", "not recruited under targeted recruitment")
                            : Label.of("定向招录于 " + targeted + ", " + lock + " 年内原则上不交流" + (free ? " (已满)" : " (至 "
                                    + targeted.plusYears(lock) + ")"), "targeted recruitment on " + targeted + "; locked for "
                                    + lock + " years" + (free ? " (over)" : " (until " + targeted.plusYears(lock) + ")"));
                }
                case NEAR_RETIREMENT:
                    return Label.of("法定退休年龄 " + retirement() + " 岁, 距退休 " + policy.near + " 年内免于交流 (自 " + exemptFrom()
                            + ")", "statutory retirement at " + retirement() + "; exempt within " + policy.near
                            + " years of it (from " + exemptFrom() + ")");
                default:
                    return Label.of(teacher.exemption().label().zh(), teacher.exemption() == Exemption.NONE
                            ? "no exemption recorded" : "exempt: " + teacher.exemption().label().en());
            }
        }
    }

    /** {@code "T1: eligible"} or {@code "T1: not eligible (TARGETED_RECRUITMENT_LOCK: …)"}. */
    @Override
    public String toString() {
        return teacherId + (eligible ? ": eligible" : ": not eligible (" + failed().stream()
                .map(c -> c.condition() + ": " + c.evidence().en()).reduce((a, b) -> a + "; " + b).orElse("") + ")");
    }
}
