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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junheng.core.gen.Properties.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.FamilyStatus;
import org.junheng.core.model.Gender;
import org.junheng.core.model.Location;
import org.junheng.core.model.Ownership;
import org.junheng.core.model.School;
import org.junheng.core.model.SchoolFeature;
import org.junheng.core.model.SchoolType;
import org.junheng.core.model.Stage;
import org.junheng.core.model.Student;
import org.junheng.core.policy.Policies;
import org.junheng.core.policy.Policy;
import org.junheng.core.sample.SampleCounty;
import org.junheng.core.value.Money;
import org.junheng.core.value.SchoolYear;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class AidCalculatorTest {
    static final LocalDate DATE = LocalDate.of(2026, 9, 1);
    static final SchoolYear YEAR = SchoolYear.of(2026);
    static final DivisionCode HOME = DivisionCode.of("210199");
    static final AidCalculator SHENYANG = AidCalculator.of(Policies.shenyang());
    private static final School KINDERGARTEN = school("K", SchoolType.KINDERGARTEN, Set.of());
    static final School PRIMARY = school("P", SchoolType.PRIMARY, Set.of(SchoolFeature.NUTRITION_PROGRAMME));
    private static final School SENIOR = school("H", SchoolType.SENIOR_HIGH, Set.of());
    private static final School JUNIOR = school("J", SchoolType.JUNIOR, Set.of());
    private static final School VOCATIONAL = school("V", SchoolType.SECONDARY_VOCATIONAL, Set.of());
    static final Map<String, School> SCHOOLS = Map.of("K", KINDERGARTEN, "P", PRIMARY, "H", SENIOR, "J", JUNIOR, "V",
            VOCATIONAL);

    private static School school(String id, SchoolType type, Set<SchoolFeature> features) {
        return new School(id, id, HOME, type, Ownership.PUBLIC, true, Location.RURAL, false, false, null, null, null, features);
    }

    /** A person with the facts that matter to aid; null schoolId for higher education or not enrolled. */
    static Student person(String id, Stage stage, LocalDate birth, LocalDate certFrom, LocalDate certUntil,
            DivisionCode hukou, FamilyStatus family, boolean hardship, boolean disabledMember, boolean special,
            LocalDate enrolment, LocalDate diploma) {
        String school = switch (stage) {
            case PRESCHOOL -> "K";
            case PRIMARY -> "P";
            case SENIOR_HIGH -> "H";
            case JUNIOR -> "J";
            case SECONDARY_VOCATIONAL -> "V";
            default -> null;
        };
        return new Student(id, null, school, stage, stage.hasGrades() ? 1 : 0, Gender.FEMALE, birth, enrolment, hukou, false,
                false, certFrom, certUntil, family, hardship, disabledMember, special, diploma);
    }

    static Student disabledPupil(String id, LocalDate certUntil) {
        return person(id, Stage.PRIMARY, LocalDate.of(2019, 3, 1), LocalDate.of(2022, 1, 1), certUntil, HOME,
                FamilyStatus.NONE, false, false, false, null, null);
    }

    static AidDecision decide(AidCalculator c, Student s) {
        return c.decide(s, s.schoolId() == null ? null : SCHOOLS.get(s.schoolId()), YEAR, DATE, List.of());
    }

    @Test
    void AID_1_to_AID_3_theSeedsOwnAmounts() {
        assertEquals(Money.ofYuan(1000), entitled(decide(SHENYANG, disabledPupil("A", null)), AidItem.DISABLED_PRESCHOOL_TO_SENIOR));
        Student university = person("U", Stage.UNDERGRADUATE, LocalDate.of(2006, 1, 1), LocalDate.of(2010, 1, 1), null,
                HOME, FamilyStatus.NONE, false, false, false, LocalDate.of(2024, 9, 1), null);
        assertEquals(Money.ofYuan(3000), entitled(decide(SHENYANG, university), AidItem.DISABLED_UNIVERSITY));
        Student enrolled = person("E", Stage.JUNIOR_COLLEGE, LocalDate.of(2007, 1, 1), null, null, HOME,
                FamilyStatus.MINIMUM_LIVING, true, true, true, DATE, null);
        AidDecision d = decide(SHENYANG, enrolled);
        assertEquals(Money.ofYuan(3000), entitled(d, AidItem.DISABLED_UNIVERSITY), "a 低保 family with a disabled member");
        assertEquals(Money.ofYuan(2500), entitled(d, AidItem.ENROLMENT_HARDSHIP_ONE_TIME));
        assertEquals(Money.ofYuan(5500), d.total(), "the yearly and one-time items stack by default");
        Student adult = person("D", Stage.NOT_ENROLLED, LocalDate.of(1990, 1, 1), LocalDate.of(2000, 1, 1), null, HOME,
                FamilyStatus.NONE, false, false, false, null, LocalDate.of(2026, 7, 1));
        assertEquals(Money.ofYuan(2500), entitled(decide(SHENYANG, adult), AidItem.ADULT_DIPLOMA_ONE_TIME));
    }

    static Money entitled(AidDecision d, AidItem item) {
        return d.entitlements().stream().filter(e -> e.item() == item).findFirst().orElseThrow(
                () -> new AssertionError(item + " not granted: " + d)).amount();
    }

    @Test
    void AID_1_theCertificateMustBeValidOnTheReferenceDateBothEndsIncluded() {
        assertTrue(decide(SHENYANG, disabledPupil("A", DATE)).has(AidItem.DISABLED_PRESCHOOL_TO_SENIOR));
        AidDecision lapsed = decide(SHENYANG, disabledPupil("A", DATE.minusDays(1)));
        assertFalse(lapsed.has(AidItem.DISABLED_PRESCHOOL_TO_SENIOR));
        assertEquals(List.of(AidCondition.NO_VALID_CERTIFICATE), lapsed.refusals().get(0).failed());
    }

    @Test
    void AID_1_preschoolMeansAged3To6() {
        for (int[] c : new int[][] {{2, 0}, {3, 1}, {6, 1}, {7, 0}}) {
            Student child = person("C", Stage.PRESCHOOL, DATE.minusYears(c[0]), DATE.minusYears(1), null, HOME,
                    FamilyStatus.NONE, false, false, false, null, null);
            assertEquals(c[1] == 1, decide(SHENYANG, child).has(AidItem.DISABLED_PRESCHOOL_TO_SENIOR), "age " + c[0]);
        }
    }

    @Test
    void AID_1_householdRegistrationOutsideShenyangIsRefused() {
        Student outside = person("O", Stage.PRIMARY, LocalDate.of(2019, 1, 1), LocalDate.of(2022, 1, 1), null,
                DivisionCode.of("220102"), FamilyStatus.NONE, false, false, false, null, null);
        assertEquals(List.of(AidCondition.HOUSEHOLD_REGISTRATION), decide(SHENYANG, outside).refusals().get(0).failed());
        Student unknown = person("O", Stage.PRIMARY, LocalDate.of(2019, 1, 1), LocalDate.of(2022, 1, 1), null, null,
                FamilyStatus.NONE, false, false, false, null, null);
        assertEquals(List.of(AidCondition.HOUSEHOLD_REGISTRATION_UNKNOWN), decide(SHENYANG, unknown).refusals().get(0).failed());
    }

    @Test
    void AID_3_theEnrolmentYearIsTheOnlyYearOfAid3a() {
        Student lastYear = person("E", Stage.JUNIOR_COLLEGE, LocalDate.of(2007, 1, 1), null, null, HOME,
                FamilyStatus.MINIMUM_LIVING, true, true, true, DATE.minusDays(1), null);
        AidDecision d = decide(SHENYANG, lastYear);
        assertFalse(d.has(AidItem.ENROLMENT_HARDSHIP_ONE_TIME));
        assertTrue(d.refusals().stream().anyMatch(r -> r.failed().contains(AidCondition.NOT_ENROLMENT_YEAR)));
    }

    @Test
    void AID_3_aOneTimeItemAlreadyPaidIsNotGrantedAgain() {
        Student adult = person("D", Stage.NOT_ENROLLED, LocalDate.of(1990, 1, 1), LocalDate.of(2000, 1, 1), null, HOME,
                FamilyStatus.NONE, false, false, false, null, LocalDate.of(2026, 7, 1));
        AidDecision d = SHENYANG.decide(adult, null, YEAR, DATE, List.of(new AidPayment("D", AidItem.ADULT_DIPLOMA_ONE_TIME,
                YEAR.previous(), Money.ofYuan(2500))));
        assertFalse(d.has(AidItem.ADULT_DIPLOMA_ONE_TIME));
        assertTrue(d.refusals().get(0).failed().contains(AidCondition.ALREADY_PAID));
    }

    @Test
    void AID_3_aOneTimeItemAppearsAtMostOnceAcrossAnySequenceOfYears() {
        qt().withExamples(50).forAll(SourceDSL.integers().between(1, 8)).check(years -> {
            Student adult = person("D", Stage.NOT_ENROLLED, LocalDate.of(1990, 1, 1), LocalDate.of(2000, 1, 1), null, HOME,
                    FamilyStatus.NONE, false, false, false, null, LocalDate.of(2026, 7, 1));
            List<AidPayment> history = new ArrayList<>();
            int granted = 0;
            for (int k = 0; k < years; k++) {
                SchoolYear y = SchoolYear.of(2025 + k);
                AidDecision d = SHENYANG.decide(adult, null, y, y.firstDay(), history);
                for (Entitlement e : d.entitlements()) {
                    history.add(new AidPayment("D", e.item(), y, e.amount()));
                    granted += e.item() == AidItem.ADULT_DIPLOMA_ONE_TIME ? 1 : 0;
                }
            }
            return granted <= 1;
        });
    }

    @Test
    void AID_1_aYearlyItemIsNotPaidTwiceInAYear() {
        AidDecision d = SHENYANG.decide(disabledPupil("A", null), PRIMARY, YEAR, DATE,
                List.of(new AidPayment("A", AidItem.DISABLED_PRESCHOOL_TO_SENIOR, YEAR, Money.ofYuan(1000))));
        assertFalse(d.has(AidItem.DISABLED_PRESCHOOL_TO_SENIOR));
        assertTrue(SHENYANG.decide(disabledPupil("A", null), PRIMARY, YEAR.next(), DATE.plusYears(1),
                List.of(new AidPayment("A", AidItem.DISABLED_PRESCHOOL_TO_SENIOR, YEAR, Money.ofYuan(1000))))
                .has(AidItem.DISABLED_PRESCHOOL_TO_SENIOR));
    }

    @Test
    void AID_3_withoutStackingThePersonKeepsTheLarger() {
        AidCalculator noStack = AidCalculator.of(Policies.shenyang().with("aid.stacking", "false"));
        Student enrolled = person("E", Stage.JUNIOR_COLLEGE, LocalDate.of(2007, 1, 1), null, null, HOME,
                FamilyStatus.MINIMUM_LIVING, true, true, true, DATE, null);
        AidDecision d = decide(noStack, enrolled);
        assertEquals(Money.ofYuan(3000), d.total());
        assertTrue(d.refusals().stream().anyMatch(r -> r.failed().equals(List.of(AidCondition.DOES_NOT_STACK))));
    }

    @Test
    void AID_4_aDistrictProfileWithHigherAmountsNeverPaysLess() {
        AidCalculator district = AidCalculator.of(Policies.shenyang().with("aid.disabled.preschoolToSeniorYearly", "1200")
                .with("aid.disabled.universityYearly", "3600").with("aid.disabled.oneTime", "3000"));
        qt().forAll(people()).check(s -> decide(district, s).total().compareTo(decide(SHENYANG, s).total()) >= 0);
        assertThrows(IllegalArgumentException.class, () -> Policies.shenyang().with("aid.disabled.oneTime", "2000"));
    }

    @Test
    void AID_4_theLiaoningSchemeIsTheSamePolicyTypeWithHardshipAndMaximumYears() {
        AidCalculator liaoning = AidCalculator.of(Policies.liaoning());
        assertFalse(decide(liaoning, disabledPupil("A", null)).has(AidItem.DISABLED_PRESCHOOL_TO_SENIOR), "not in hardship");
        Student poor = person("A", Stage.PRIMARY, LocalDate.of(2014, 3, 1), LocalDate.of(2016, 1, 1), null, HOME,
                FamilyStatus.MINIMUM_LIVING, true, false, false, LocalDate.of(2020, 9, 1), null);
        assertEquals(Money.ofYuan(1000), entitled(decide(liaoning, poor), AidItem.DISABLED_PRESCHOOL_TO_SENIOR));
        List<AidPayment> six = new ArrayList<>();
        for (int y = 2020; y < 2026; y++) {
            six.add(new AidPayment("A", AidItem.DISABLED_PRESCHOOL_TO_SENIOR, SchoolYear.of(y), Money.ofYuan(1000)));
        }
        AidDecision seventh = liaoning.decide(poor, PRIMARY, YEAR, DATE, six);
        assertTrue(seventh.refusals().get(0).failed().contains(AidCondition.MAXIMUM_YEARS));
    }

    @Test
    void AID_5_coverageNamesTheEligibleWhoAreMissing() {
        AidBudget budget = AidBudget.of(SampleCounty.dataSet(), Policies.shenyang());
        List<String> eligible = budget.eligibleForDisabledAid().stream().sorted().toList();
        AidBudget.Coverage partial = budget.coverage(eligible.subList(1, eligible.size()));
        assertEquals(List.of(eligible.get(0)), partial.missing());
        assertFalse(partial.isFull());
        assertTrue(budget.coverage(eligible).isFull());
        assertTrue(AidBudget.of(SampleCounty.dataSet(), Policies.national()).coverage(List.of()).rate().isEmpty(),
                "nobody is eligible without amounts: not applicable, not 0%");
    }

    @Test
    void AID_6_AID_7_nationalProgrammes() {
        Student poorBoarder = new Student("B", null, "P", Stage.PRIMARY, 3, Gender.MALE, LocalDate.of(2017, 1, 1), null, HOME,
                true, false, null, null, FamilyStatus.MINIMUM_LIVING, true, false, false, null);
        AidDecision d = decide(SHENYANG, poorBoarder);
        assertEquals(Money.ofYuan(1000), entitled(d, AidItem.LIVING_SUBSIDY));
        assertEquals(Money.ofYuan(1000), entitled(d, AidItem.NUTRITION_SUBSIDY), "5 yuan × 200 school days");
        assertEquals(Money.ZERO, entitled(d, AidItem.FEES_AND_TEXTBOOKS_WAIVED));
        Student poorSenior = person("S", Stage.SENIOR_HIGH, LocalDate.of(2010, 1, 1), null, null, HOME, FamilyStatus.NONE,
                true, false, false, null, null);
        assertEquals(Money.ofYuan(2300), entitled(decide(SHENYANG, poorSenior), AidItem.NATIONAL_GRANT_SENIOR_HIGH));
        Student poorChild = person("C", Stage.PRESCHOOL, DATE.minusYears(4), null, null, HOME, FamilyStatus.NONE, true,
                false, false, null, null);
        Entitlement preschool = decide(SHENYANG, poorChild).entitlements().get(0);
        assertEquals(AidItem.PRESCHOOL_AID, preschool.item());
        assertFalse(preschool.priced(), "no national amount: the policy must supply it");
    }

    @Test
    void AID_8_disabledPupilsInHardshipComeFirst() {
        Student s = person("A", Stage.PRIMARY, LocalDate.of(2019, 3, 1), LocalDate.of(2022, 1, 1), null, HOME,
                FamilyStatus.EXTREME_POVERTY, true, false, false, null, null);
        assertTrue(decide(SHENYANG, s).entitlements().stream().allMatch(Entitlement::priority));
    }

    @Test
    void AID_9_panjinFreeEducationForDisabledStudents() {
        assertTrue(decide(AidCalculator.of(Policies.panjin()), disabledPupil("A", null)).has(AidItem.FREE_EDUCATION_DISABLED));
        assertFalse(decide(SHENYANG, disabledPupil("A", null)).has(AidItem.FREE_EDUCATION_DISABLED));
    }

    /** People varied in every fact that matters to aid. */
    static Gen<Student> people() {
        return in -> {
            Stage stage = List.of(Stage.PRESCHOOL, Stage.PRIMARY, Stage.SENIOR_HIGH, Stage.UNDERGRADUATE, Stage.NOT_ENROLLED)
                    .get(SourceDSL.integers().between(0, 4).generate(in));
            boolean cert = SourceDSL.booleans().all().generate(in);
            int age = stage == Stage.PRESCHOOL ? SourceDSL.integers().between(2, 7).generate(in)
                    : stage == Stage.PRIMARY ? 8 : stage == Stage.SENIOR_HIGH ? 16 : 20;
            LocalDate birth = DATE.minusYears(age).minusDays(SourceDSL.integers().between(0, 300).generate(in));
            FamilyStatus family = FamilyStatus.values()[SourceDSL.integers().between(0, 4).generate(in)];
            boolean flags = SourceDSL.booleans().all().generate(in);
            return person("X", stage, birth, cert ? birth.plusDays(400) : null, null,
                    SourceDSL.booleans().all().generate(in) ? HOME : DivisionCode.of("220102"), family, flags, flags,
                    SourceDSL.booleans().all().generate(in), stage.isHigherEducation() ? DATE : null,
                    stage == Stage.NOT_ENROLLED && flags ? DATE.minusMonths(2) : null);
        };
    }

    private static Student with(Student s, boolean certificate, boolean hardship) {
        return new Student(s.id(), null, s.schoolId(), s.stage(), s.grade(), s.gender(), s.birthDate(), s.enrolmentDate(),
                s.householdRegistration(), s.boarding(), s.homeTaught(), certificate ? s.birthDate().plusDays(400) : null,
                null, s.familyStatus(), hardship, s.disabledFamilyMember(), s.specialHardshipInEnrolmentYear(),
                s.adultDiplomaDate());
    }

    static Set<AidItem> items(AidDecision d) {
        return d.entitlements().stream().map(Entitlement::item).collect(Collectors.toCollection(() -> EnumSet.noneOf(AidItem.class)));
    }

    @Test
    void AID_1_propertyAddingAQualifyingFactNeverRemovesAnEntitlementAndRemovingOneNeverAdds() {
        qt().forAll(people()).check(s -> {
            Set<AidItem> none = items(decide(SHENYANG, with(s, false, false)));
            Set<AidItem> certificate = items(decide(SHENYANG, with(s, true, false)));
            Set<AidItem> both = items(decide(SHENYANG, with(s, true, true)));
            return certificate.containsAll(none) && both.containsAll(certificate);
        });
    }

    @Test
    void AID_1_propertyEveryAmountIsOneOfThePolicysAmounts() {
        Policy p = Policies.shenyang();
        Set<Money> allowed = new java.util.HashSet<>(List.of(Money.ZERO, p.money("aid.disabled.preschoolToSeniorYearly"),
                p.money("aid.disabled.universityYearly"), p.money("aid.disabled.oneTime"), p.money("aid.boarding.primaryYearly"),
                p.money("aid.boarding.juniorYearly"), Money.ofYuan(500), Money.parse("625"),
                p.money("aid.nutrition.perSchoolDay").times(p.count("aid.nutrition.schoolDays")),
                p.money("aid.nationalGrant.seniorHighYearly"), p.money("aid.nationalGrant.vocationalYearly")));
        qt().forAll(people()).check(s -> decide(SHENYANG, s).entitlements().stream()
                .allMatch(e -> !e.priced() || allowed.contains(e.amount())));
    }

    @Test
    void AID_1_propertyTotalIsTheSumOfItemsAndDuplicatesNeverChangeIt() {
        qt().forAll(SourceDSL.lists().of(people()).ofSizeBetween(0, 6)).check(list -> {
            List<Student> people = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Student s = list.get(i);
                people.add(new Student("X" + i, null, s.schoolId(), s.stage(), s.grade(), s.gender(), s.birthDate(),
                        s.enrolmentDate(), s.householdRegistration(), s.boarding(), s.homeTaught(), s.disabilityCertificateFrom(),
                        s.disabilityCertificateUntil(), s.familyStatus(), s.familyInHardship(), s.disabledFamilyMember(),
                        s.specialHardshipInEnrolmentYear(), s.adultDiplomaDate()));
            }
            List<Student> twice = new ArrayList<>(people);
            twice.addAll(people);
            Money once = Money.sum(SHENYANG.decideAll(people, SCHOOLS, YEAR, DATE, List.of()).stream().map(AidDecision::total).toList());
            Money doubled = Money.sum(SHENYANG.decideAll(twice, SCHOOLS, YEAR, DATE, List.of()).stream().map(AidDecision::total).toList());
            boolean sums = SHENYANG.decideAll(people, SCHOOLS, YEAR, DATE, List.of()).stream().allMatch(d -> d.total().equals(
                    Money.sum(d.entitlements().stream().filter(Entitlement::priced).map(Entitlement::amount).toList())));
            return once.equals(doubled) && sums;
        });
        Student a = disabledPupil("A", null);
        Student a2 = disabledPupil("A", DATE);
        assertThrows(IllegalArgumentException.class, () -> SHENYANG.decideAll(List.of(a, a2), SCHOOLS, YEAR, DATE, List.of()));
    }

    @Test
    void AID_1_badInputIsRefusedNamingTheField() {
        var e = assertThrows(IllegalArgumentException.class, () -> disabledPupil("A", LocalDate.of(2021, 1, 1)));
        assertTrue(e.getMessage().startsWith("disabilityCertificateUntil (2021-01-01) must not precede disabilityCertificateFrom"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Policies.shenyang().with("aid.disabled.oneTime", "-1"));
        assertThrows(IllegalArgumentException.class, () -> AidCalculator.of(Policies.shenyang()
                .with("aid.university.stages", "UNDERGRADUATE,PHD")));
    }

    @Test
    void AID_1_theSampleShowsEveryItemAndSomeRefusals() {
        AidBudget shenyang = AidBudget.of(SampleCounty.dataSet(), Policies.shenyang());
        AidBudget panjin = AidBudget.of(SampleCounty.dataSet(), Policies.panjin());
        Set<AidItem> shown = EnumSet.noneOf(AidItem.class);
        shown.addAll(shenyang.people().keySet());
        shown.addAll(panjin.people().keySet());
        assertEquals(EnumSet.allOf(AidItem.class), shown);
        assertFalse(shenyang.refusals().isEmpty());
        assertEquals(shenyang.total(), Money.sum(shenyang.byDistrictAndStage().values().stream()
                .flatMap(m -> m.values().stream()).toList()), "the budget by district and stage adds up to the total");
    }
}
