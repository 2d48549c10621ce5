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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junheng.core.internal.Checks;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.FamilyStatus;
import org.junheng.core.model.School;
import org.junheng.core.model.SchoolFeature;
import org.junheng.core.model.Stage;
import org.junheng.core.model.Student;
import org.junheng.core.policy.Parameter;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Money;
import org.junheng.core.value.SchoolYear;

/**
 * Decides the aid a person is entitled to in a school year, on a reference date, under a policy (the rule
 * catalog's AID section, with the Shenyang Disabled Persons' Federation's procedure). An item is granted
 * or refused only where the policy holds its rule ({@link Policy#holds}) and has its parameters; an
 * entitlement cites the rule of the parameter that gives its amount.
 *
 * <ul>
 *   <li><b>AID-1</b> (Shenyang, SY24 任务7 措施18) or <b>AID-10</b> (Liaoning's provincial scheme), one item
 *       paid {@code aid.disabled.preschoolToSeniorYearly}: a disabled student (certificate valid on the
 *       reference date) enrolled from preschool ({@code aid.disabled.includesPreschool}; a child aged
 *       {@code aid.preschool.minAge} to {@code maxAge}, completed years, at a kindergarten) to senior
 *       secondary, vocational included; home-taught pupils with a register count as enrolled. Liaoning's
 *       scheme has no preschool, requires a family in hardship ({@code aid.disabled.requiresHardship}) and
 *       pays at most {@code aid.disabled.maxYears.*} years per stage, counted from the payment history.</li>
 *   <li><b>AID-2</b>: a university student (stages {@code aid.university.stages}) who is disabled, or
 *       whose family is on minimum living support or at its margin and has a disabled member.</li>
 *   <li><b>AID-3</b>, once per qualifying event: (a) a university student of a disabled family whose
 *       family fell into hardship for special reasons, in the school year of enrolment (a second
 *       enrolment in special hardship is a new event); (b) a disabled person who obtained an
 *       adult-education diploma, in the school year it was obtained or the next (a second diploma is a new
 *       event). The payment history, keyed by the event's school year, decides what was already paid.</li>
 *   <li>For AID-1 to AID-3 and AID-10 the household registration lies within
 *       {@code aid.disabled.householdRegistration} (本市户籍), unless it is {@code ANY}.</li>
 *   <li><b>AID-6</b> (LN23 §8, CN23 §7): fees waived and textbooks free for every compulsory pupil, in
 *       kind; the living subsidy for compulsory pupils of families in hardship (boarders the full amount,
 *       others {@code aid.boarding.nonBoarderShare}); the nutrition subsidy, {@code perSchoolDay ×
 *       schoolDays}, at schools in the rural nutrition programme.</li>
 *   <li><b>AID-7</b> (SY24 措施18, LN23 §8, CN23 §7): for general senior high students of families in
 *       hardship the national grant and the waiver of tuition and fees (免除学杂费, in kind); for secondary
 *       vocational students who meet the conditions (read as family hardship) the national grant and the
 *       tuition waiver (免除学费, in kind); preschool aid for children of families in hardship, whose
 *       amount the policy must supply (the entitlement stands without one).</li>
 *   <li><b>AID-8</b> (LN23 §8, CN23 §7): a disabled student (preschool to senior secondary) receives
 *       subsidies for special learning supplies, training and transport, at amounts the policy supplies
 *       ({@code aid.special.*}; without one the entitlement is stated "amount to be supplied by the
 *       policy"); a disabled person of a family in hardship is marked to be taken into aid first.</li>
 *   <li><b>AID-9</b> (Panjin, PJ22 四(六)1): where {@code aid.disabled.freeYears} is true, free education
 *       for disabled students from preschool to senior secondary, in kind.</li>
 * </ul>
 *
 * <p>A yearly item is granted at most once per person and school year, a one-time item once per event;
 * a payment history removes what was already paid. With {@code aid.stacking} false, a person entitled
 * to both a yearly disabled item and a one-time one keeps the larger and is refused the other. Refusals
 * are reported for candidates only: people with a fact that brings them near an item (a disability
 * certificate, a disabled family member, an adult diploma), each with every failed condition.
 *
 * <p>Immutable and thread-safe: the policy is read once, every parameter of an aid rule it holds.
 */
public final class AidCalculator {
    private final Policy policy;
    /** The rule granting each item under this policy; null for an item the policy does not offer. */
    private final String[] rules = new String[AidItem.values().length];
    private final Money[] amounts = new Money[AidItem.values().length];
    private final boolean requiresHardship;
    private final boolean includesPreschool;
    private final DivisionCode area;
    private final long minAge;
    private final long maxAge;
    private final long[] maxYears = new long[Stage.values().length];
    private final Set<Stage> universityStages;
    private final boolean stacking;
    private final Money boardingPrimary;
    private final Money boardingJunior;
    private final Money nonBoardingPrimary;
    private final Money nonBoardingJunior;
    private final Money nutrition;

    private AidCalculator(Policy policy) {
        this.policy = policy;
        for (AidItem item : AidItem.values()) {
            offer(item);
        }
        this.requiresHardship = policy.has("aid.disabled.requiresHardship") && policy.flag("aid.disabled.requiresHardship");
        this.includesPreschool = !policy.has("aid.disabled.includesPreschool") || policy.flag("aid.disabled.includesPreschool");
        String region = policy.has("aid.disabled.householdRegistration") ? policy.text("aid.disabled.householdRegistration")
                : "ANY";
        this.area = region.equals("ANY") ? null : DivisionCode.of(region);
        this.minAge = policy.has("aid.preschool.minAge") ? policy.count("aid.preschool.minAge") : 0;
        this.maxAge = policy.has("aid.preschool.maxAge") ? policy.count("aid.preschool.maxAge") : Long.MAX_VALUE;
        Checks.check(minAge <= maxAge, "aid.preschool.minAge (%d) must not exceed aid.preschool.maxAge (%d)", minAge, maxAge);
        maxYears[Stage.PRIMARY.ordinal()] = maxYears(policy, "primary");
        maxYears[Stage.JUNIOR.ordinal()] = maxYears(policy, "junior");
        maxYears[Stage.SENIOR_HIGH.ordinal()] = maxYears(policy, "senior");
        maxYears[Stage.SECONDARY_VOCATIONAL.ordinal()] = maxYears[Stage.SENIOR_HIGH.ordinal()];
        EnumSet<Stage> stages = EnumSet.noneOf(Stage.class);
        String names = policy.has("aid.university.stages") ? policy.text("aid.university.stages")
                : "JUNIOR_COLLEGE,UNDERGRADUATE,POSTGRADUATE";
        for (String name : names.split(",")) {
            Stage s;
            try {
                s = Stage.valueOf(name.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("aid.university.stages names an unknown stage: '" + name.strip() + "'", e);
            }
            Checks.check(s.isHigherEducation(), "aid.university.stages (%s) must name higher-education stages", s);
            stages.add(s);
        }
        this.universityStages = stages;
        this.stacking = !policy.has("aid.stacking") || policy.flag("aid.stacking");
        this.boardingPrimary = policy.money("aid.boarding.primaryYearly");
        this.boardingJunior = policy.money("aid.boarding.juniorYearly");
        var share = policy.percentage("aid.boarding.nonBoarderShare");
        this.nonBoardingPrimary = share.minimumAmount(boardingPrimary);
        this.nonBoardingJunior = share.minimumAmount(boardingJunior);
        this.nutrition = policy.money("aid.nutrition.perSchoolDay").times(policy.count("aid.nutrition.schoolDays"));
        if (rules[AidItem.FREE_EDUCATION_DISABLED.ordinal()] != null && !policy.flag("aid.disabled.freeYears")) {
            rules[AidItem.FREE_EDUCATION_DISABLED.ordinal()] = null;
        }
    }

    /**
     * Decides whether the policy offers an item and under which rule: an item with an amount key is offered
     * where the policy has the key, citing the key's rule when it is one of the item's (a district's value
     * citing AID-4 keeps the item's own rule); AID-9 where it has {@code aid.disabled.freeYears}; the others
     * everywhere. The rule must be held by the policy.
     */
    private void offer(AidItem item) {
        String key = item == AidItem.FREE_EDUCATION_DISABLED ? "aid.disabled.freeYears" : item.amountKey();
        String rule = item.rule();
        if (key != null) {
            if (!policy.has(key)) {
                return;
            }
            Parameter p = policy.parameter(key);
            if (item.rules().contains(p.source().rule())) {
                rule = p.source().rule();
            }
            if (item.amountKey() != null && p.hasValue()) {
                amounts[item.ordinal()] = policy.money(key);
            }
        }
        if (policy.holds(rule)) {
            rules[item.ordinal()] = rule;
        }
    }

    private static long maxYears(Policy policy, String stage) {
        String key = "aid.disabled.maxYears." + stage;
        return policy.has(key) ? policy.count(key) : 0;
    }

    /**
     * The rule under which this policy grants {@code item} (AID-1 in Shenyang, AID-10 in Liaoning for the
     * same yearly item), or empty when the policy does not offer it: its rule is not held where the policy
     * applies, or the policy lacks its parameters.
     */
    public Optional<String> rule(AidItem item) {
        return Optional.ofNullable(rules[Checks.notNull(item, "item").ordinal()]);
    }

    /** The calculator of a policy. */
    public static AidCalculator of(Policy policy) {
        return new AidCalculator(Checks.notNull(policy, "policy"));
    }

    /** The policy whose parameters (amounts, held rules, jurisdiction) this calculator applies. */
    public Policy policy() {
        return policy;
    }

    /** Receives the outcomes of one decision: objects for a person, counters for a budget. */
    interface Sink {
        void entitled(Student student, AidItem item, String rule, Money amount, SchoolYear period, boolean priority);

        void refused(Student student, AidItem item, String rule, List<AidCondition> failed);
    }

    /** A payment history, by person. */
    static Map<String, List<AidPayment>> index(Collection<AidPayment> history) {
        Map<String, List<AidPayment>> byPerson = new HashMap<>();
        for (AidPayment p : Checks.notNull(history, "history")) {
            byPerson.computeIfAbsent(p.personId(), k -> new ArrayList<>()).add(p);
        }
        return byPerson;
    }

    /**
     * The decision for one person.
     *
     * @param student the person
     * @param school the person's school, or null when the person studies at no school of the data set
     * @param year the school year
     * @param date the reference date on which certificates and ages are judged
     * @param history payments already made (any persons; the person's own are used)
     */
    public AidDecision decide(Student student, School school, SchoolYear year, LocalDate date,
            Collection<AidPayment> history) {
        Checks.notNull(student, "student");
        Checks.notNull(year, "year");
        Checks.notNull(date, "date");
        Checks.check(school == null || school.id().equals(student.schoolId()), "school (%s) is not the student's (%s)",
                school == null ? null : school.id(), student.schoolId());
        List<Entitlement> entitlements = new ArrayList<>();
        List<Refusal> refusals = new ArrayList<>();
        List<AidPayment> own = index(history).getOrDefault(student.id(), List.of());
        decide(student, school, year, date, own, new Sink() {
            @Override
            public void entitled(Student s, AidItem item, String rule, Money amount, SchoolYear period, boolean priority) {
                entitlements.add(new Entitlement(s.id(), item, rule, amount, period, priority, facts(s, school, date)));
            }

            @Override
            public void refused(Student s, AidItem item, String rule, List<AidCondition> failed) {
                refusals.add(new Refusal(s.id(), item, rule, failed));
            }
        });
        return new AidDecision(student.id(), entitlements, refusals);
    }

    /**
     * The decisions for many people, each person once: a record given twice (the same ID and the same
     * facts) is decided once, so duplicates never change a total.
     *
     * @param schools the schools by ID, for the people's school IDs
     * @throws IllegalArgumentException if one ID comes with two different records
     */
    public List<AidDecision> decideAll(Collection<Student> people, Map<String, School> schools, SchoolYear year,
            LocalDate date, Collection<AidPayment> history) {
        Checks.notNull(people, "people");
        Checks.notNull(schools, "schools");
        Map<String, Student> unique = new LinkedHashMap<>();
        for (Student s : people) {
            Student earlier = unique.putIfAbsent(s.id(), s);
            Checks.check(earlier == null || earlier.equals(s), "person %s appears twice with different records", s.id());
        }
        List<AidDecision> decisions = new ArrayList<>(unique.size());
        for (Student s : unique.values()) {
            decisions.add(decide(s, s.schoolId() == null ? null : schools.get(s.schoolId()), year, date, history));
        }
        return decisions;
    }

    private static Map<String, String> facts(Student s, School school, LocalDate date) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("stage", s.stage().name());
        if (school != null) {
            f.put("school", school.id());
        }
        f.put("disabilityCertificateValid", Boolean.toString(s.hasDisabilityCertificateOn(date)));
        f.put("householdRegistration", s.householdRegistration() == null ? "unknown" : s.householdRegistration().value());
        f.put("familyStatus", s.familyStatus().name());
        f.put("familyInHardship", Boolean.toString(s.familyInHardship()));
        f.put("referenceDate", date.toString());
        return f;
    }

    /**
     * The decision, written into a sink. {@code own} are the person's own payments. For a person without
     * a disability certificate, a disabled family member or an adult diploma, and without payments, it
     * must read nothing but the stage, the family status and hardship, boarding and the school:
     * {@link AidBudget} decides one such person of each kind at a school and counts the others alike
     * (AidBudgetTest holds it to deciding everyone alone).
     */
    void decide(Student s, School school, SchoolYear year, LocalDate date, List<AidPayment> own, Sink sink) {
        Stage stage = s.stage();
        boolean certificate = s.hasDisabilityCertificateOn(date);
        boolean hardship = s.familyInHardship() || s.familyStatus() != FamilyStatus.NONE;
        boolean priority = certificate && hardship;
        Outcome out = new Outcome(s, year, priority, sink);

        // the disabled items: AID-1 or AID-10, AID-2, AID-3(a), AID-3(b)
        if (offered(AidItem.DISABLED_PRESCHOOL_TO_SENIOR) && s.disabilityCertificateFrom() != null
                && stage.isPreschoolToSeniorSecondary()) {
            List<AidCondition> failed = new ArrayList<>(3);
            certificate(certificate, failed);
            region(s, failed);
            if (stage == Stage.PRESCHOOL) {
                if (!includesPreschool) {
                    failed.add(AidCondition.NOT_AT_QUALIFYING_STAGE);
                } else {
                    long age = java.time.Period.between(s.birthDate(), date).getYears();
                    if (age < minAge || age > maxAge || school == null) {
                        failed.add(AidCondition.PRESCHOOL_AGE);
                    }
                }
            }
            if (requiresHardship && !hardship) {
                failed.add(AidCondition.NOT_IN_HARDSHIP);
            }
            long max = maxYears[stage.ordinal()];
            if (max > 0 && paidYears(own, AidItem.DISABLED_PRESCHOOL_TO_SENIOR, s, year) >= max) {
                failed.add(AidCondition.MAXIMUM_YEARS);
            }
            yearlyChecks(own, AidItem.DISABLED_PRESCHOOL_TO_SENIOR, year, failed);
            out.yearly(AidItem.DISABLED_PRESCHOOL_TO_SENIOR, failed);
        }
        if (offered(AidItem.DISABLED_UNIVERSITY) && stage.isHigherEducation()
                && (s.disabilityCertificateFrom() != null || s.disabledFamilyMember())) {
            List<AidCondition> failed = new ArrayList<>(3);
            boolean poorDisabledFamily = s.disabledFamilyMember() && (s.familyStatus() == FamilyStatus.MINIMUM_LIVING
                    || s.familyStatus() == FamilyStatus.MINIMUM_LIVING_MARGIN);
            if (!universityStages.contains(stage)) {
                failed.add(AidCondition.NOT_AT_QUALIFYING_STAGE);
            }
            if (!certificate && !poorDisabledFamily) {
                failed.add(s.disabilityCertificateFrom() != null ? AidCondition.NO_VALID_CERTIFICATE
                        : AidCondition.FAMILY_NOT_POOR_DISABLED);
            }
            region(s, failed);
            yearlyChecks(own, AidItem.DISABLED_UNIVERSITY, year, failed);
            out.yearly(AidItem.DISABLED_UNIVERSITY, failed);
        }
        if (offered(AidItem.ENROLMENT_HARDSHIP_ONE_TIME) && stage.isHigherEducation() && s.disabledFamilyMember()) {
            List<AidCondition> failed = new ArrayList<>(3);
            if (!s.specialHardshipInEnrolmentYear()) {
                failed.add(AidCondition.NO_SPECIAL_HARDSHIP);
            }
            if (!universityStages.contains(stage)) {
                failed.add(AidCondition.NOT_AT_QUALIFYING_STAGE);
            }
            // the event is the enrolment: a second enrolment in special hardship is a new one
            SchoolYear event = s.enrolmentDate() == null ? null : SchoolYear.containing(s.enrolmentDate());
            if (!year.equals(event)) {
                failed.add(AidCondition.NOT_ENROLMENT_YEAR);
            }
            oneTimeChecks(s, own, AidItem.ENROLMENT_HARDSHIP_ONE_TIME, event, failed);
            out.once(AidItem.ENROLMENT_HARDSHIP_ONE_TIME, year, failed, s.specialHardshipInEnrolmentYear());
        }
        if (offered(AidItem.ADULT_DIPLOMA_ONE_TIME) && s.adultDiplomaDate() != null) {
            List<AidCondition> failed = new ArrayList<>(3);
            certificate(certificate, failed);
            // the event is the diploma: a second diploma is a new one, claimed in its year or the next
            SchoolYear event = SchoolYear.containing(s.adultDiplomaDate());
            if (s.adultDiplomaDate().isAfter(date) || !(event.equals(year) || event.next().equals(year))) {
                failed.add(AidCondition.NO_DIPLOMA_IN_YEAR);
            }
            oneTimeChecks(s, own, AidItem.ADULT_DIPLOMA_ONE_TIME, event, failed);
            out.once(AidItem.ADULT_DIPLOMA_ONE_TIME, event, failed, true);
        }
        out.settle(stacking);

        // the national programmes: AID-6, AID-7, AID-8, AID-9
        if (stage.isCompulsory()) {
            out.grant(AidItem.FEES_AND_TEXTBOOKS_WAIVED, Money.ZERO, own);
            if (hardship) {
                boolean primary = stage == Stage.PRIMARY;
                out.grant(AidItem.LIVING_SUBSIDY, s.boarding() ? (primary ? boardingPrimary : boardingJunior)
                        : (primary ? nonBoardingPrimary : nonBoardingJunior), own);
            }
            if (school != null && school.has(SchoolFeature.NUTRITION_PROGRAMME)) {
                out.grant(AidItem.NUTRITION_SUBSIDY, nutrition, own);
            }
        } else if (hardship && stage == Stage.SENIOR_HIGH) {
            out.grant(AidItem.NATIONAL_GRANT_SENIOR_HIGH, amounts[AidItem.NATIONAL_GRANT_SENIOR_HIGH.ordinal()], own);
            out.grant(AidItem.SENIOR_HIGH_FEES_WAIVED, Money.ZERO, own);
        } else if (hardship && stage == Stage.SECONDARY_VOCATIONAL) {
            out.grant(AidItem.NATIONAL_GRANT_VOCATIONAL, amounts[AidItem.NATIONAL_GRANT_VOCATIONAL.ordinal()], own);
            out.grant(AidItem.VOCATIONAL_TUITION_WAIVED, Money.ZERO, own);
        } else if (hardship && stage == Stage.PRESCHOOL && school != null) {
            out.grant(AidItem.PRESCHOOL_AID, amounts[AidItem.PRESCHOOL_AID.ordinal()], own);
        }
        if (certificate && stage.isPreschoolToSeniorSecondary()) {
            for (AidItem special : SPECIAL) {
                out.grant(special, amounts[special.ordinal()], own);
            }
            out.grant(AidItem.FREE_EDUCATION_DISABLED, Money.ZERO, own);
        }
    }

    private static final List<AidItem> SPECIAL = List.of(AidItem.SPECIAL_LEARNING_SUPPLIES, AidItem.SPECIAL_TRAINING,
            AidItem.SPECIAL_TRANSPORT);

    private boolean offered(AidItem item) {
        return rules[item.ordinal()] != null;
    }

    /** Collects one person's disabled items, applies the stacking option, and grants the national ones. */
    private final class Outcome {
        private final Student s;
        private final SchoolYear year;
        private final boolean priority;
        private final Sink sink;
        private AidItem yearly;
        /** The one-time items and their events; made for the few who have one, not for every person. */
        private List<AidItem> once;
        private List<SchoolYear> events;

        Outcome(Student s, SchoolYear year, boolean priority, Sink sink) {
            this.s = s;
            this.year = year;
            this.priority = priority;
            this.sink = sink;
        }

        void yearly(AidItem item, List<AidCondition> failed) {
            if (failed.isEmpty()) {
                yearly = item;
            } else {
                sink.refused(s, item, rules[item.ordinal()], failed);
            }
        }

        void once(AidItem item, SchoolYear event, List<AidCondition> failed, boolean candidate) {
            if (failed.isEmpty()) {
                if (once == null) {
                    once = new ArrayList<>(2);
                    events = new ArrayList<>(2);
                }
                once.add(item);
                events.add(event);
            } else if (candidate) {
                sink.refused(s, item, rules[item.ordinal()], failed);
            }
        }

        void settle(boolean stack) {
            if (once == null) {
                once = List.of();
            }
            if (!stack && yearly != null && !once.isEmpty()) {
                // without stacking the person keeps whichever pays more: the yearly item or the one-time ones
                Money oneTime = Money.sum(once.stream().map(i -> amounts[i.ordinal()]).toList());
                if (oneTime.compareTo(amounts[yearly.ordinal()]) > 0) {
                    sink.refused(s, yearly, rules[yearly.ordinal()], List.of(AidCondition.DOES_NOT_STACK));
                    yearly = null;
                } else {
                    once.forEach(item -> sink.refused(s, item, rules[item.ordinal()], List.of(AidCondition.DOES_NOT_STACK)));
                    once = List.of();
                }
            }
            if (yearly != null) {
                sink.entitled(s, yearly, rules[yearly.ordinal()], amounts[yearly.ordinal()], year, priority);
            }
            for (int i = 0; i < once.size(); i++) {
                AidItem item = once.get(i);
                sink.entitled(s, item, rules[item.ordinal()], amounts[item.ordinal()], events.get(i), priority);
            }
        }

        /** A yearly item given to everyone who qualifies, where the policy offers it and it is not yet paid. */
        void grant(AidItem item, Money amount, List<AidPayment> own) {
            if (offered(item) && !paidIn(own, item, year)) {
                sink.entitled(s, item, rules[item.ordinal()], amount, year, priority);
            }
        }
    }

    private static void certificate(boolean valid, List<AidCondition> failed) {
        if (!valid) {
            failed.add(AidCondition.NO_VALID_CERTIFICATE);
        }
    }

    private void yearlyChecks(List<AidPayment> own, AidItem item, SchoolYear year, List<AidCondition> failed) {
        if (paidIn(own, item, year)) {
            failed.add(AidCondition.ALREADY_PAID);
        }
        if (amounts[item.ordinal()] == null) {
            failed.add(AidCondition.AMOUNT_NOT_SET);
        }
    }

    /** A one-time item is paid once per event: a payment recorded for the same event's school year. */
    private void oneTimeChecks(Student s, List<AidPayment> own, AidItem item, SchoolYear event, List<AidCondition> failed) {
        region(s, failed);
        if (event != null && paidIn(own, item, event)) {
            failed.add(AidCondition.ALREADY_PAID);
        }
        if (amounts[item.ordinal()] == null) {
            failed.add(AidCondition.AMOUNT_NOT_SET);
        }
    }

    /** Adds why the registration does not qualify, if it does not. */
    private void region(Student s, List<AidCondition> failed) {
        if (area == null) {
            return;
        }
        if (s.householdRegistration() == null) {
            failed.add(AidCondition.HOUSEHOLD_REGISTRATION_UNKNOWN);
        } else if (!area.contains(s.householdRegistration())) {
            failed.add(AidCondition.HOUSEHOLD_REGISTRATION);
        }
    }

    private static boolean paidIn(List<AidPayment> own, AidItem item, SchoolYear year) {
        // by index: no iterator per call, for the millions of people with no payments at all
        for (int i = 0; i < own.size(); i++) {
            AidPayment p = own.get(i);
            if (p.item() == item && p.schoolYear().equals(year)) {
                return true;
            }
        }
        return false;
    }

    /** Years of an item paid since the enrolment at the current stage (all years when it is not known). */
    private static long paidYears(List<AidPayment> own, AidItem item, Student s, SchoolYear year) {
        SchoolYear from = s.enrolmentDate() == null ? null : SchoolYear.containing(s.enrolmentDate());
        return own.stream().filter(p -> p.item() == item && p.schoolYear().compareTo(year) < 0
                && (from == null || p.schoolYear().compareTo(from) >= 0)).map(AidPayment::schoolYear).distinct().count();
    }
}
