package org.junheng.indicators.aid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junheng.core.internal.Checks;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.FamilyStatus;
import org.junheng.core.model.School;
import org.junheng.core.model.SchoolFeature;
import org.junheng.core.model.Stage;
import org.junheng.core.model.Student;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Money;
import org.junheng.core.value.SchoolYear;

/**
 * Decides the aid a person is entitled to in a school year, on a reference date, under a policy
 * (RULES.md, AID-1 to AID-9, with the decisions written there and the Shenyang Disabled Persons'
 * Federation's procedure):
 *
 * <ul>
 *   <li><b>AID-1</b>: a disabled student (certificate valid on the reference date) enrolled from preschool
 *       (a child aged {@code aid.preschool.minAge} to {@code maxAge}, completed years) to senior
 *       secondary; home-taught pupils with a register count as enrolled. The Liaoning scheme adds: only
 *       families in hardship ({@code aid.disabled.requiresHardship}) and at most
 *       {@code aid.disabled.maxYears.*} years per stage, counted from the payment history.</li>
 *   <li><b>AID-2</b>: a university student (stages {@code aid.university.stages}) who is disabled, or
 *       whose family is on minimum living support or at its margin and has a disabled member.</li>
 *   <li><b>AID-3</b>: once, (a) a university student of a disabled family whose family fell into
 *       hardship for special reasons, in the school year of enrolment; (b) a disabled person who obtained
 *       an adult-education diploma, in the school year it was obtained or the next (application is once
 *       per school year, and a diploma of the summer is claimed in the autumn).</li>
 *   <li>For AID-1 to AID-3 the person's household registration lies within
 *       {@code aid.disabled.householdRegistration} (本市户籍), unless it is {@code ANY}.</li>
 *   <li><b>AID-6</b>: fees waived and textbooks free for every compulsory pupil; the living subsidy for
 *       compulsory pupils of families in hardship (boarders the full amount, others
 *       {@code aid.boarding.nonBoarderShare}); the nutrition subsidy, {@code perSchoolDay × schoolDays}, at
 *       schools in the rural nutrition programme.</li>
 *   <li><b>AID-7</b>: the national grant for general senior high and secondary vocational students of
 *       families in hardship; preschool aid for children of families in hardship, whose amount the
 *       policy must supply (the entitlement stands without one).</li>
 *   <li><b>AID-8</b>: a disabled person of a family in hardship is marked to be taken into aid first.</li>
 *   <li><b>AID-9</b>: where {@code aid.disabled.freeYears} is set (Panjin), free education for disabled
 *       students from preschool to senior secondary.</li>
 * </ul>
 *
 * <p>A yearly item is granted at most once per person and school year, a one-time item once per event;
 * a payment history removes what was already paid. With {@code aid.stacking} false, a person entitled
 * to both a yearly disabled item and a one-time one keeps the larger and is refused the other. Refusals
 * are reported for candidates only: people with a fact that brings them near an item (a disability
 * certificate, a disabled family member, an adult diploma), each with every failed condition.
 *
 * <p>Immutable and thread-safe: the amounts are read from the policy once.
 */
public final class AidCalculator {
    private final Policy policy;
    private final Money disabledYearly;
    private final Money universityYearly;
    private final Money oneTime;
    private final boolean requiresHardship;
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
    private final Money grantSenior;
    private final Money grantVocational;
    private final Money preschoolAid;
    private final boolean freeYears;

    private AidCalculator(Policy policy) {
        this.policy = policy;
        this.disabledYearly = optionalMoney(policy, "aid.disabled.preschoolToSeniorYearly");
        this.universityYearly = optionalMoney(policy, "aid.disabled.universityYearly");
        this.oneTime = optionalMoney(policy, "aid.disabled.oneTime");
        this.requiresHardship = policy.flag("aid.disabled.requiresHardship");
        String region = policy.text("aid.disabled.householdRegistration");
        this.area = region.equals("ANY") ? null : DivisionCode.of(region);
        this.minAge = policy.count("aid.preschool.minAge");
        this.maxAge = policy.count("aid.preschool.maxAge");
        Checks.check(minAge <= maxAge, "aid.preschool.minAge (%d) must not exceed aid.preschool.maxAge (%d)", minAge, maxAge);
        maxYears[Stage.PRIMARY.ordinal()] = policy.count("aid.disabled.maxYears.primary");
        maxYears[Stage.JUNIOR.ordinal()] = policy.count("aid.disabled.maxYears.junior");
        maxYears[Stage.SENIOR_HIGH.ordinal()] = policy.count("aid.disabled.maxYears.senior");
        maxYears[Stage.SECONDARY_VOCATIONAL.ordinal()] = policy.count("aid.disabled.maxYears.senior");
        EnumSet<Stage> stages = EnumSet.noneOf(Stage.class);
        for (String name : policy.text("aid.university.stages").split(",")) {
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
        this.stacking = policy.flag("aid.stacking");
        this.boardingPrimary = policy.money("aid.boarding.primaryYearly");
        this.boardingJunior = policy.money("aid.boarding.juniorYearly");
        var share = policy.percentage("aid.boarding.nonBoarderShare");
        this.nonBoardingPrimary = share.minimumAmount(boardingPrimary);
        this.nonBoardingJunior = share.minimumAmount(boardingJunior);
        this.nutrition = policy.money("aid.nutrition.perSchoolDay").times(policy.count("aid.nutrition.schoolDays"));
        this.grantSenior = policy.money("aid.nationalGrant.seniorHighYearly");
        this.grantVocational = policy.money("aid.nationalGrant.vocationalYearly");
        this.preschoolAid = optionalMoney(policy, "aid.preschool.hardshipYearly");
        this.freeYears = policy.flag("aid.disabled.freeYears");
    }

    private static Money optionalMoney(Policy policy, String key) {
        return policy.hasValue(key) ? policy.money(key) : null;
    }

    /** The calculator of a policy. */
    public static AidCalculator of(Policy policy) {
        return new AidCalculator(Checks.notNull(policy, "policy"));
    }

    public Policy policy() {
        return policy;
    }

    /** Receives the outcomes of one decision: objects for a person, counters for a budget. */
    interface Sink {
        void entitled(Student student, AidItem item, Money amount, boolean priority);

        void refused(Student student, AidItem item, List<AidCondition> failed);
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
            public void entitled(Student s, AidItem item, Money amount, boolean priority) {
                entitlements.add(new Entitlement(s.id(), item, amount, year, priority, facts(s, school, date)));
            }

            @Override
            public void refused(Student s, AidItem item, List<AidCondition> failed) {
                refusals.add(new Refusal(s.id(), item, failed));
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

    /** The decision, written into a sink. {@code own} are the person's own payments. */
    void decide(Student s, School school, SchoolYear year, LocalDate date, List<AidPayment> own, Sink sink) {
        Stage stage = s.stage();
        boolean certificate = s.hasDisabilityCertificateOn(date);
        boolean hardship = s.familyInHardship() || s.familyStatus() != FamilyStatus.NONE;
        boolean priority = certificate && hardship;
        AidCondition region = region(s);

        // the disabled items: AID-1, AID-2, AID-3(a), AID-3(b)
        AidItem yearly = null;
        Money yearlyAmount = null;
        List<AidItem> once = new ArrayList<>(2);
        if (s.disabilityCertificateFrom() != null && stage.isPreschoolToSeniorSecondary()) {
            List<AidCondition> failed = new ArrayList<>(3);
            if (!certificate) {
                failed.add(AidCondition.NO_VALID_CERTIFICATE);
            }
            if (region != null) {
                failed.add(region);
            }
            if (stage == Stage.PRESCHOOL) {
                long age = java.time.Period.between(s.birthDate(), date).getYears();
                if (age < minAge || age > maxAge || school == null) {
                    failed.add(AidCondition.PRESCHOOL_AGE);
                }
            }
            if (requiresHardship && !hardship) {
                failed.add(AidCondition.NOT_IN_HARDSHIP);
            }
            long max = maxYears[stage.ordinal()];
            if (max > 0 && paidYears(own, AidItem.DISABLED_PRESCHOOL_TO_SENIOR, s, year) >= max) {
                failed.add(AidCondition.MAXIMUM_YEARS);
            }
            if (paidIn(own, AidItem.DISABLED_PRESCHOOL_TO_SENIOR, year)) {
                failed.add(AidCondition.ALREADY_PAID);
            }
            if (disabledYearly == null) {
                failed.add(AidCondition.AMOUNT_NOT_SET);
            }
            if (failed.isEmpty()) {
                yearly = AidItem.DISABLED_PRESCHOOL_TO_SENIOR;
                yearlyAmount = disabledYearly;
            } else {
                sink.refused(s, AidItem.DISABLED_PRESCHOOL_TO_SENIOR, failed);
            }
        }
        if (stage.isHigherEducation() && (s.disabilityCertificateFrom() != null || s.disabledFamilyMember())) {
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
            if (region != null) {
                failed.add(region);
            }
            if (paidIn(own, AidItem.DISABLED_UNIVERSITY, year)) {
                failed.add(AidCondition.ALREADY_PAID);
            }
            if (universityYearly == null) {
                failed.add(AidCondition.AMOUNT_NOT_SET);
            }
            if (failed.isEmpty()) {
                yearly = AidItem.DISABLED_UNIVERSITY;
                yearlyAmount = universityYearly;
            } else {
                sink.refused(s, AidItem.DISABLED_UNIVERSITY, failed);
            }
        }
        if (stage.isHigherEducation() && s.disabledFamilyMember()) {
            List<AidCondition> failed = new ArrayList<>(3);
            if (!s.specialHardshipInEnrolmentYear()) {
                failed.add(AidCondition.NO_SPECIAL_HARDSHIP);
            }
            if (!universityStages.contains(stage)) {
                failed.add(AidCondition.NOT_AT_QUALIFYING_STAGE);
            }
            if (s.enrolmentDate() == null || !SchoolYear.containing(s.enrolmentDate()).equals(year)) {
                failed.add(AidCondition.NOT_ENROLMENT_YEAR);
            }
            oneTimeChecks(s, own, AidItem.ENROLMENT_HARDSHIP_ONE_TIME, region, failed);
            if (failed.isEmpty()) {
                once.add(AidItem.ENROLMENT_HARDSHIP_ONE_TIME);
            } else if (s.specialHardshipInEnrolmentYear()) {
                sink.refused(s, AidItem.ENROLMENT_HARDSHIP_ONE_TIME, failed);
            }
        }
        if (s.adultDiplomaDate() != null) {
            List<AidCondition> failed = new ArrayList<>(3);
            if (!certificate) {
                failed.add(AidCondition.NO_VALID_CERTIFICATE);
            }
            SchoolYear obtained = SchoolYear.containing(s.adultDiplomaDate());
            if (s.adultDiplomaDate().isAfter(date) || !(obtained.equals(year) || obtained.next().equals(year))) {
                failed.add(AidCondition.NO_DIPLOMA_IN_YEAR);
            }
            oneTimeChecks(s, own, AidItem.ADULT_DIPLOMA_ONE_TIME, region, failed);
            if (failed.isEmpty()) {
                once.add(AidItem.ADULT_DIPLOMA_ONE_TIME);
            } else {
                sink.refused(s, AidItem.ADULT_DIPLOMA_ONE_TIME, failed);
            }
        }
        if (!stacking && yearly != null && !once.isEmpty()) {
            // without stacking the person keeps whichever pays more: the yearly item or the one-time ones
            if (oneTime.times(once.size()).compareTo(yearlyAmount) > 0) {
                sink.refused(s, yearly, List.of(AidCondition.DOES_NOT_STACK));
                yearly = null;
            } else {
                once.forEach(item -> sink.refused(s, item, List.of(AidCondition.DOES_NOT_STACK)));
                once.clear();
            }
        }
        if (yearly != null) {
            sink.entitled(s, yearly, yearlyAmount, priority);
        }
        for (AidItem item : once) {
            sink.entitled(s, item, oneTime, priority);
        }

        // the national programmes: AID-6, AID-7, AID-9
        if (stage.isCompulsory()) {
            sink.entitled(s, AidItem.FEES_AND_TEXTBOOKS_WAIVED, Money.ZERO, priority);
            if (hardship && !paidIn(own, AidItem.LIVING_SUBSIDY, year)) {
                boolean primary = stage == Stage.PRIMARY;
                sink.entitled(s, AidItem.LIVING_SUBSIDY, s.boarding() ? (primary ? boardingPrimary : boardingJunior)
                        : (primary ? nonBoardingPrimary : nonBoardingJunior), priority);
            }
            if (school != null && school.has(SchoolFeature.NUTRITION_PROGRAMME) && !paidIn(own, AidItem.NUTRITION_SUBSIDY, year)) {
                sink.entitled(s, AidItem.NUTRITION_SUBSIDY, nutrition, priority);
            }
        } else if (hardship && stage == Stage.SENIOR_HIGH && !paidIn(own, AidItem.NATIONAL_GRANT_SENIOR_HIGH, year)) {
            sink.entitled(s, AidItem.NATIONAL_GRANT_SENIOR_HIGH, grantSenior, priority);
        } else if (hardship && stage == Stage.SECONDARY_VOCATIONAL && !paidIn(own, AidItem.NATIONAL_GRANT_VOCATIONAL, year)) {
            sink.entitled(s, AidItem.NATIONAL_GRANT_VOCATIONAL, grantVocational, priority);
        } else if (hardship && stage == Stage.PRESCHOOL && school != null && !paidIn(own, AidItem.PRESCHOOL_AID, year)) {
            sink.entitled(s, AidItem.PRESCHOOL_AID, preschoolAid, priority);
        }
        if (freeYears && certificate && stage.isPreschoolToSeniorSecondary()) {
            sink.entitled(s, AidItem.FREE_EDUCATION_DISABLED, Money.ZERO, priority);
        }
    }

    private void oneTimeChecks(Student s, List<AidPayment> own, AidItem item, AidCondition region, List<AidCondition> failed) {
        if (region != null) {
            failed.add(region);
        }
        for (AidPayment p : own) {
            if (p.item() == item) {
                failed.add(AidCondition.ALREADY_PAID);
                break;
            }
        }
        if (oneTime == null) {
            failed.add(AidCondition.AMOUNT_NOT_SET);
        }
    }

    /** Null when the registration qualifies; otherwise why not. */
    private AidCondition region(Student s) {
        if (area == null) {
            return null;
        }
        if (s.householdRegistration() == null) {
            return AidCondition.HOUSEHOLD_REGISTRATION_UNKNOWN;
        }
        return area.contains(s.householdRegistration()) ? null : AidCondition.HOUSEHOLD_REGISTRATION;
    }

    private static boolean paidIn(List<AidPayment> own, AidItem item, SchoolYear year) {
        for (AidPayment p : own) {
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
