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

import static org.junheng.core.gen.Properties.qt;
import static org.junheng.indicators.aid.AidCalculatorTest.DATE;
import static org.junheng.indicators.aid.AidCalculatorTest.HOME;
import static org.junheng.indicators.aid.AidCalculatorTest.PRIMARY;
import static org.junheng.indicators.aid.AidCalculatorTest.SHENYANG;
import static org.junheng.indicators.aid.AidCalculatorTest.YEAR;
import static org.junheng.indicators.aid.AidCalculatorTest.decide;
import static org.junheng.indicators.aid.AidCalculatorTest.disabledPupil;
import static org.junheng.indicators.aid.AidCalculatorTest.entitled;
import static org.junheng.indicators.aid.AidCalculatorTest.items;
import static org.junheng.indicators.aid.AidCalculatorTest.people;
import static org.junheng.indicators.aid.AidCalculatorTest.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.FamilyStatus;
import org.junheng.core.model.InvalidDataException;
import org.junheng.core.model.Stage;
import org.junheng.core.model.Student;
import org.junheng.core.policy.Parameter;
import org.junheng.core.policy.Policies;
import org.junheng.core.policy.Policy;
import org.junheng.core.sample.SampleCounty;
import org.junheng.core.value.Label;
import org.junheng.core.value.Money;
import org.junheng.core.value.SchoolYear;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The aid rules in place and time: who holds which rule, AID-3's events, AID-4 to AID-8, the Liaoning scheme. */
class AidRulesTest {
    private static final AidCalculator LIAONING = AidCalculator.of(Policies.liaoning());
    private static final AidCalculator NATIONAL = AidCalculator.of(Policies.national());
    private static final AidCalculator PANJIN = AidCalculator.of(Policies.panjin());

    private static Student poorPupil(String id, Stage stage) {
        LocalDate birth = stage == Stage.PRESCHOOL ? DATE.minusYears(4) : LocalDate.of(2012, 3, 1);
        return person(id, stage, birth, birth.plusDays(30), null, HOME, FamilyStatus.MINIMUM_LIVING, true, false, false, null, null);
    }

    private static Policy profile(String json) {
        return Policies.parse(json, "test.json");
    }

    private static String district(String parent, String key, String value) {
        return "{\"name\":\"d\",\"title\":{\"zh\":\"区\",\"en\":\"district\"},\"extends\":\"" + parent
                + "\",\"jurisdiction\":\"" + (parent.equals("liaoning") ? "210200" : "210112") + "\",\"values\":[{\"key\":\""
                + key + "\",\"value\":\"" + value + "\",\"rule\":\"AID-4\",\"document\":\"district\"}]}";
    }

    // --- place ---------------------------------------------------------------------------------------

    @Test
    void AID_1_AID_9_AID_10_theNationalProfileHoldsNoLocalAidRule() {
        Policy national = Policies.national();
        for (String key : List.of("aid.disabled.preschoolToSeniorYearly", "aid.disabled.universityYearly", "aid.disabled.oneTime",
                "aid.disabled.requiresHardship", "aid.disabled.maxYears.primary", "aid.disabled.freeYears", "aid.stacking")) {
            assertFalse(national.has(key), key);
        }
        for (AidItem item : List.of(AidItem.DISABLED_PRESCHOOL_TO_SENIOR, AidItem.DISABLED_UNIVERSITY,
                AidItem.ENROLMENT_HARDSHIP_ONE_TIME, AidItem.ADULT_DIPLOMA_ONE_TIME, AidItem.FREE_EDUCATION_DISABLED)) {
            assertEquals(Optional.empty(), NATIONAL.rule(item), item.name());
        }
        AidDecision d = decide(NATIONAL, poorPupil("A", Stage.PRIMARY));
        assertEquals(Set.of("AID-6", "AID-8"), d.entitlements().stream().map(Entitlement::rule).collect(Collectors.toSet()));
        assertTrue(d.refusals().isEmpty(), "nothing of a rule not held is refused either: " + d);
        assertEquals(Optional.of("AID-7"), NATIONAL.rule(AidItem.NATIONAL_GRANT_SENIOR_HIGH), "AID-7 is national (CN23 §7)");
    }

    @Test
    void AID_1_AID_10_theSameItemCitesTheRuleOfItsAmountsParameter() {
        Student pupil = poorPupil("A", Stage.PRIMARY);
        Entitlement shenyang = decide(SHENYANG, pupil).entitlements().get(0);
        Entitlement liaoning = decide(LIAONING, pupil).entitlements().get(0);
        assertEquals(AidItem.DISABLED_PRESCHOOL_TO_SENIOR, shenyang.item());
        assertEquals("AID-1", shenyang.rule());
        assertEquals("AID-10", liaoning.rule());
        assertEquals("A AID-10 学前至高中阶段残疾人学生资助 CNY 1000.00 yearly " + YEAR + " priority", liaoning.toString());
        assertEquals(Optional.empty(), PANJIN.rule(AidItem.DISABLED_PRESCHOOL_TO_SENIOR), "Shenyang's AID-1 is not Panjin's");
        assertEquals(Optional.of("AID-9"), PANJIN.rule(AidItem.FREE_EDUCATION_DISABLED));
        assertEquals(Optional.empty(), AidCalculator.of(Policies.yingkou()).rule(AidItem.FREE_EDUCATION_DISABLED));
        Policy hunnan = profile(district("shenyang", "aid.disabled.preschoolToSeniorYearly", "1200.00"));
        Entitlement raised = decide(AidCalculator.of(hunnan), pupil).entitlements().get(0);
        assertEquals("AID-1", raised.rule(), "a district's value citing AID-4 keeps the item's own rule");
        assertEquals(Money.ofYuan(1200), raised.amount());
    }

    @Test
    void AID_1_aShenyangProfileMovedOutsideShenyangHoldsNoShenyangRule() {
        Policy dalian = Policies.shenyang().renamed("dalian", Label.of("大连", "Dalian"), DivisionCode.of("210200"));
        AidCalculator c = AidCalculator.of(dalian);
        assertEquals(Optional.empty(), c.rule(AidItem.DISABLED_PRESCHOOL_TO_SENIOR));
        assertEquals(Optional.empty(), c.rule(AidItem.DISABLED_UNIVERSITY));
        assertEquals(Optional.of("AID-7"), c.rule(AidItem.PRESCHOOL_AID), "Liaoning-wide and national rules stay");
        assertFalse(decide(c, disabledPupil("A", null)).has(AidItem.DISABLED_PRESCHOOL_TO_SENIOR));
    }

    @Test
    void AID_1_to_AID_10_propertyARuleNotHeldIsNeverGrantedNorRefused() {
        List<Policy> profiles = Policies.BUILT_IN.stream().map(Policies::builtIn).toList();
        qt().forAll(people(), SourceDSL.integers().between(0, profiles.size() - 1)).check((s, i) -> {
            Policy p = profiles.get(i);
            AidDecision d = decide(AidCalculator.of(p), s);
            return d.entitlements().stream().allMatch(e -> p.holds(e.rule()))
                    && d.refusals().stream().allMatch(r -> p.holds(r.rule()));
        });
    }

    /** A user profile declaring only the three Shenyang amounts: every other aid option takes its default. */
    private static Policy bareShenyang() {
        String decl = "{\"key\":\"%s\",\"type\":\"MONEY\",\"value\":\"%s\",\"rule\":\"%s\",\"document\":\"SY24\"}";
        return profile("{\"name\":\"bare\",\"title\":{\"zh\":\"区\",\"en\":\"bare\"},\"extends\":\"national\","
                + "\"jurisdiction\":\"210100\",\"parameters\":["
                + String.format(decl, "aid.disabled.preschoolToSeniorYearly", "1000.00", "AID-1") + ","
                + String.format(decl, "aid.disabled.universityYearly", "3000.00", "AID-2") + ","
                + String.format(decl, "aid.disabled.oneTime", "2500.00", "AID-3") + "]}");
    }

    @Test
    void AID_1_to_AID_3_withoutOptionsEveryoneDisabledQualifiesAndItemsStack() {
        AidCalculator bare = AidCalculator.of(bareShenyang());
        Student toddler = person("T", Stage.PRESCHOOL, DATE.minusYears(2), DATE.minusYears(1), null,
                DivisionCode.of("220102"), FamilyStatus.NONE, false, false, false, null, null);
        AidDecision d = decide(bare, toddler);
        assertEquals(Money.ofYuan(1000), entitled(d, AidItem.DISABLED_PRESCHOOL_TO_SENIOR),
                "no age bounds, no registration, no hardship condition: " + d);
        assertEquals("AID-1", d.entitlements().get(0).rule());
        Student enrolled = person("E", Stage.JUNIOR_COLLEGE, LocalDate.of(2007, 1, 1), null, null, HOME,
                FamilyStatus.MINIMUM_LIVING, true, true, true, DATE, null);
        assertEquals(Money.ofYuan(5500), decide(bare, enrolled).total(), "junior college is university; the items stack");
        List<AidPayment> paid = new ArrayList<>();
        for (int y = 2010; y < 2026; y++) {
            paid.add(new AidPayment("T", AidItem.DISABLED_PRESCHOOL_TO_SENIOR, SchoolYear.of(y), Money.ofYuan(1000)));
        }
        assertTrue(bare.decide(disabledPupil("T", null), PRIMARY, YEAR, DATE, paid).has(AidItem.DISABLED_PRESCHOOL_TO_SENIOR),
                "no maximum years");
        assertFalse(bare.rule(AidItem.FREE_EDUCATION_DISABLED).isPresent());
    }

    // --- AID-3: once per qualifying event ---------------------------------------------------------------

    private static Student enrolledInHardship(LocalDate enrolment) {
        return person("E", Stage.POSTGRADUATE, LocalDate.of(2000, 1, 1), null, null, HOME, FamilyStatus.MINIMUM_LIVING, true,
                true, true, enrolment, null);
    }

    @Test
    void AID_3_aSecondEnrolmentInHardshipIsANewEvent() {
        List<AidPayment> firstEnrolment = List.of(new AidPayment("E", AidItem.ENROLMENT_HARDSHIP_ONE_TIME, SchoolYear.of(2022),
                Money.ofYuan(2500)));
        AidDecision d = SHENYANG.decide(enrolledInHardship(DATE), null, YEAR, DATE, firstEnrolment);
        assertEquals(Money.ofYuan(2500), entitled(d, AidItem.ENROLMENT_HARDSHIP_ONE_TIME));
        List<AidPayment> thisEnrolment = List.of(new AidPayment("E", AidItem.ENROLMENT_HARDSHIP_ONE_TIME, YEAR,
                Money.ofYuan(2500)));
        AidDecision again = SHENYANG.decide(enrolledInHardship(DATE), null, YEAR, DATE, thisEnrolment);
        assertFalse(again.has(AidItem.ENROLMENT_HARDSHIP_ONE_TIME));
        assertEquals(List.of(AidCondition.ALREADY_PAID), again.refusals().stream()
                .filter(r -> r.item() == AidItem.ENROLMENT_HARDSHIP_ONE_TIME).findFirst().orElseThrow().failed());
    }

    private static Student graduate(LocalDate diploma) {
        return person("D", Stage.NOT_ENROLLED, LocalDate.of(1990, 1, 1), LocalDate.of(2000, 1, 1), null, HOME,
                FamilyStatus.NONE, false, false, false, null, diploma);
    }

    @Test
    void AID_3_aSecondDiplomaIsANewEventPaidForTheYearItWasObtained() {
        LocalDate second = LocalDate.of(2026, 7, 1);
        SchoolYear obtained = SchoolYear.containing(second);
        List<AidPayment> firstDiploma = List.of(new AidPayment("D", AidItem.ADULT_DIPLOMA_ONE_TIME, SchoolYear.of(2022),
                Money.ofYuan(2500)));
        AidDecision d = SHENYANG.decide(graduate(second), null, YEAR, DATE, firstDiploma);
        Entitlement e = d.entitlements().stream().filter(x -> x.item() == AidItem.ADULT_DIPLOMA_ONE_TIME).findFirst()
                .orElseThrow();
        assertEquals(obtained, e.period(), "a one-time item's period is the school year of its event");
        assertEquals(YEAR, obtained.next(), "claimed in the school year after the diploma");
        AidDecision paid = SHENYANG.decide(graduate(second), null, YEAR, DATE,
                List.of(new AidPayment("D", AidItem.ADULT_DIPLOMA_ONE_TIME, obtained, Money.ofYuan(2500))));
        assertFalse(paid.has(AidItem.ADULT_DIPLOMA_ONE_TIME));
    }

    @Test
    void AID_3_propertyEachDiplomaIsPaidExactlyOnceWhateverTheYearsOfDecision() {
        qt().withExamples(60).forAll(SourceDSL.integers().between(0, 3), SourceDSL.integers().between(1, 4)).check((gap, span) -> {
            LocalDate first = LocalDate.of(2020, 12, 1);
            LocalDate second = first.plusYears(gap + 1L);
            List<AidPayment> history = new ArrayList<>();
            List<SchoolYear> paidFor = new ArrayList<>();
            for (int y = 2020; y <= 2020 + gap + 1 + span; y++) {
                SchoolYear year = SchoolYear.of(y);
                LocalDate diploma = year.lastDay().isBefore(second) ? first : second;
                for (Entitlement e : SHENYANG.decide(graduate(diploma), null, year, year.lastDay(), history).entitlements()) {
                    if (e.item() == AidItem.ADULT_DIPLOMA_ONE_TIME) {
                        history.add(new AidPayment("D", e.item(), e.period(), e.amount()));
                        paidFor.add(e.period());
                    }
                }
            }
            return paidFor.equals(List.of(SchoolYear.containing(first), SchoolYear.containing(second)));
        });
    }

    // --- AID-4: widen, never narrow ---------------------------------------------------------------------

    @Test
    void AID_4_aNarrowingProfileIsRefusedWithTheKeyAndBothValues() {
        String[][] narrowing = {
            {"shenyang", "aid.disabled.requiresHardship", "true", "false"},
            {"shenyang", "aid.disabled.includesPreschool", "false", "true"},
            {"shenyang", "aid.preschool.minAge", "4", "3"},
            {"shenyang", "aid.preschool.maxAge", "5", "6"},
            {"shenyang", "aid.disabled.oneTime", "2499.99", "2500.00"},
            {"liaoning", "aid.disabled.maxYears.primary", "5", "6"},
            {"shenyang", "aid.disabled.universityYearly", "2999", "3000.00"},
        };
        for (String[] c : narrowing) {
            var e = assertThrows(InvalidDataException.class, () -> profile(district(c[0], c[1], c[2])), c[1]);
            String text = e.problems().get(0).expected();
            assertTrue(text.contains(c[1]) && text.contains("(" + c[2] + ")") && text.contains(c[3]), text);
        }
    }

    @Test
    void AID_4_wideningIsAccepted() {
        assertFalse(profile(district("liaoning", "aid.disabled.requiresHardship", "false")).flag("aid.disabled.requiresHardship"));
        assertEquals(0, profile(district("liaoning", "aid.disabled.maxYears.junior", "0")).count("aid.disabled.maxYears.junior"));
        assertEquals(4, profile(district("liaoning", "aid.disabled.maxYears.senior", "4")).count("aid.disabled.maxYears.senior"));
        assertEquals(2, profile(district("shenyang", "aid.preschool.minAge", "2")).count("aid.preschool.minAge"));
        assertTrue(profile(district("liaoning", "aid.disabled.includesPreschool", "true")).flag("aid.disabled.includesPreschool"));
        assertThrows(IllegalArgumentException.class, () -> Policies.liaoning().with("aid.disabled.maxYears.senior", "2"));
        Policy unlimited = Policies.liaoning().with("aid.disabled.maxYears.senior", "0");
        var e = assertThrows(IllegalArgumentException.class, () -> unlimited.with("aid.disabled.maxYears.senior", "9"));
        assertTrue(e.getMessage().contains("narrows"), "adding a limit where there was none narrows: " + e.getMessage());
        assertEquals(Parameter.Widening.HIGHER_ZERO_UNLIMITED,
                Policies.liaoning().parameter("aid.disabled.maxYears.primary").widening());
    }

    /** A random widening of a profile: amounts raised, ages and years widened, conditions dropped. */
    private static Gen<Policy> widened(Policy base) {
        return in -> {
            Policy p = base;
            for (var par : base.parameters()) {
                if (!par.key().startsWith("aid.") || !par.hasValue() || !SourceDSL.booleans().all().generate(in)) {
                    continue;
                }
                String v = switch (par.widening()) {
                    case HIGHER -> switch (par.type()) {
                        case BOOLEAN -> "true";
                        case MONEY -> par.key().startsWith("aid.nationalGrant") ? "3500.00"
                                : ((Money) par.typedValue()).plus(Money.ofYuan(SourceDSL.integers().between(0, 500).generate(in)))
                                .toPlainString();
                        default -> Long.toString((Long) par.typedValue() + SourceDSL.integers().between(0, 3).generate(in));
                    };
                    case LOWER -> par.type() == org.junheng.core.policy.ParameterType.BOOLEAN ? "false"
                            : Long.toString(Math.max(0, (Long) par.typedValue() - SourceDSL.integers().between(0, 3).generate(in)));
                    case HIGHER_ZERO_UNLIMITED -> SourceDSL.booleans().all().generate(in) ? "0"
                            : Long.toString((Long) par.typedValue() + SourceDSL.integers().between(0, 3).generate(in));
                    case NONE -> null;
                };
                if (v != null) {
                    p = p.with(par.key(), v);
                }
            }
            return p;
        };
    }

    @Test
    void AID_4_propertyWideningAProfileNeverRemovesAnEntitlement() {
        for (Policy base : List.of(Policies.shenyang(), Policies.liaoning(), Policies.panjin())) {
            AidCalculator before = AidCalculator.of(base);
            qt().withExamples(150).forAll(people(), widened(base)).check((s, wide) -> {
                List<AidPayment> history = List.of(new AidPayment("X", AidItem.DISABLED_PRESCHOOL_TO_SENIOR, YEAR.previous(),
                        Money.ofYuan(1000)));
                AidDecision a = before.decide(s, s.schoolId() == null ? null : AidCalculatorTest.SCHOOLS.get(s.schoolId()),
                        YEAR, DATE, history);
                AidDecision b = AidCalculator.of(wide).decide(s, s.schoolId() == null ? null
                        : AidCalculatorTest.SCHOOLS.get(s.schoolId()), YEAR, DATE, history);
                return items(b).containsAll(items(a));
            });
        }
    }

    // --- AID-5: every student of a family in hardship ------------------------------------------------------

    @Test
    void AID_5_hardshipCoverageCountsEveryStudentOfAFamilyInHardship() {
        AidBudget budget = AidBudget.of(SampleCounty.dataSet(), Policies.shenyang());
        List<String> eligible = List.copyOf(budget.eligible().get(AidItem.Group.HARDSHIP));
        assertTrue(eligible.size() > budget.eligibleForDisabledAid().size(), "hardship aid reaches more than the disabled");
        AidBudget.Coverage partial = budget.coverage(AidItem.Group.HARDSHIP, eligible.subList(2, eligible.size()));
        assertEquals(eligible.subList(0, 2), partial.missing());
        assertEquals(eligible.size() - 2, partial.covered());
        assertFalse(partial.isFull());
        assertTrue(budget.coverage(AidItem.Group.HARDSHIP, eligible).isFull());
        assertEquals(AidItem.Group.HARDSHIP, partial.group());
        assertThrows(IllegalArgumentException.class, () -> budget.coverage(AidItem.Group.NONE, List.of()));
        Student poorSenior = person("S", Stage.SENIOR_HIGH, LocalDate.of(2010, 1, 1), null, null, HOME, FamilyStatus.NONE,
                true, false, false, null, null);
        assertEquals(AidItem.Group.HARDSHIP, decide(SHENYANG, poorSenior).entitlements().get(0).item().group());
    }

    // --- AID-7 and AID-8 -------------------------------------------------------------------------------

    @Test
    void AID_7_feeWaiversAreEntitlementsInKindBesideTheGrant() {
        Student senior = person("S", Stage.SENIOR_HIGH, LocalDate.of(2010, 1, 1), null, null, HOME, FamilyStatus.NONE,
                true, false, false, null, null);
        AidDecision d = decide(AidCalculator.of(Policies.national()), senior);
        assertEquals(List.of(AidItem.NATIONAL_GRANT_SENIOR_HIGH, AidItem.SENIOR_HIGH_FEES_WAIVED),
                d.entitlements().stream().map(Entitlement::item).toList());
        Entitlement waiver = d.entitlements().get(1);
        assertTrue(waiver.inKind());
        assertFalse(d.entitlements().get(0).inKind());
        assertEquals("S AID-7 普通高中免除学杂费 in kind yearly " + YEAR, waiver.toString());
        assertEquals(Money.ofYuan(2300), d.total(), "the waiver adds no yuan");
        Student vocational = person("V", Stage.SECONDARY_VOCATIONAL, LocalDate.of(2010, 1, 1), null, null, HOME,
                FamilyStatus.MINIMUM_LIVING, false, false, false, null, null);
        assertEquals(List.of(AidItem.NATIONAL_GRANT_VOCATIONAL, AidItem.VOCATIONAL_TUITION_WAIVED),
                decide(SHENYANG, vocational).entitlements().stream().map(Entitlement::item).toList());
        Student notPoor = person("N", Stage.SECONDARY_VOCATIONAL, LocalDate.of(2010, 1, 1), null, null, HOME,
                FamilyStatus.NONE, false, false, false, null, null);
        assertTrue(decide(SHENYANG, notPoor).entitlements().isEmpty());
    }

    @Test
    void AID_8_specialSubsidiesWithoutAnAmountSaySoAndNeverCountAsZero() {
        AidDecision d = decide(SHENYANG, disabledPupil("A", null));
        List<Entitlement> special = d.entitlements().stream().filter(e -> e.rule().equals("AID-8")).toList();
        assertEquals(List.of(AidItem.SPECIAL_LEARNING_SUPPLIES, AidItem.SPECIAL_TRAINING, AidItem.SPECIAL_TRANSPORT),
                special.stream().map(Entitlement::item).toList());
        assertTrue(special.stream().noneMatch(Entitlement::priced));
        assertTrue(special.get(0).toString().contains("(amount to be supplied by the policy)"), special.get(0).toString());
        assertFalse(special.get(0).priority(), "not in hardship: no priority");
        AidCalculator supplied = AidCalculator.of(Policies.shenyang().with("aid.special.transportYearly", "600"));
        assertEquals(Money.ofYuan(600), entitled(decide(supplied, disabledPupil("A", null)), AidItem.SPECIAL_TRANSPORT));
        assertEquals(decide(SHENYANG, disabledPupil("A", null)).total().plus(Money.ofYuan(600)),
                decide(supplied, disabledPupil("A", null)).total(), "AID-1 1000, nutrition 1000, transport 600");
        assertTrue(decide(SHENYANG, poorPupil("B", Stage.PRIMARY)).entitlements().stream().allMatch(Entitlement::priority),
                "AID-8: disabled children in hardship first");
        Student lapsed = disabledPupil("C", DATE.minusDays(1));
        assertFalse(decide(SHENYANG, lapsed).has(AidItem.SPECIAL_TRAINING), "a valid certificate is needed");
    }

    // --- AID-10: Liaoning's scheme ------------------------------------------------------------------------

    @Test
    void AID_10_liaoningsSchemeRunsFromPrimaryToSeniorSecondaryVocationalIncludedWithoutPreschool() {
        AidDecision preschool = decide(LIAONING, poorPupil("K", Stage.PRESCHOOL));
        assertFalse(preschool.has(AidItem.DISABLED_PRESCHOOL_TO_SENIOR));
        assertEquals(List.of(AidCondition.NOT_AT_QUALIFYING_STAGE), preschool.refusals().get(0).failed());
        assertEquals("K AID-10 refused: [not enrolled at a qualifying stage]", preschool.refusals().get(0).toString());
        assertTrue(decide(SHENYANG, poorPupil("K", Stage.PRESCHOOL)).has(AidItem.DISABLED_PRESCHOOL_TO_SENIOR),
                "Shenyang's AID-1 includes preschool");
        for (Stage stage : List.of(Stage.PRIMARY, Stage.JUNIOR, Stage.SENIOR_HIGH, Stage.SECONDARY_VOCATIONAL)) {
            assertEquals(Money.ofYuan(1000), entitled(decide(LIAONING, poorPupil("P", stage)), AidItem.DISABLED_PRESCHOOL_TO_SENIOR),
                    stage.name());
        }
        Student outside = person("O", Stage.PRIMARY, LocalDate.of(2014, 1, 1), LocalDate.of(2016, 1, 1), null,
                DivisionCode.of("220102"), FamilyStatus.MINIMUM_LIVING, true, false, false, null, null);
        assertEquals(List.of(AidCondition.HOUSEHOLD_REGISTRATION), decide(LIAONING, outside).refusals().get(0).failed());
    }

    @Test
    void AID_10_maximumYearsCountOnlyTheCurrentStagesPayments() {
        Student junior = person("J", Stage.JUNIOR, LocalDate.of(2012, 1, 1), LocalDate.of(2016, 1, 1), null, HOME,
                FamilyStatus.MINIMUM_LIVING, true, false, false, LocalDate.of(2024, 9, 1), null);
        List<AidPayment> history = new ArrayList<>();
        for (int y = 2018; y < 2026; y++) {
            history.add(new AidPayment("J", AidItem.DISABLED_PRESCHOOL_TO_SENIOR, SchoolYear.of(y), Money.ofYuan(1000)));
        }
        assertTrue(LIAONING.decide(junior, null, YEAR, DATE, history).has(AidItem.DISABLED_PRESCHOOL_TO_SENIOR),
                "two junior years paid, three allowed");
        AidDecision fourth = LIAONING.decide(junior, null, YEAR.next(), DATE.plusYears(1), history.subList(0, 8));
        assertTrue(fourth.has(AidItem.DISABLED_PRESCHOOL_TO_SENIOR), "2024, 2025 paid; 2026 unpaid; 2027 is the third year");
        List<AidPayment> three = new ArrayList<>(history);
        three.add(new AidPayment("J", AidItem.DISABLED_PRESCHOOL_TO_SENIOR, YEAR, Money.ofYuan(1000)));
        assertEquals(List.of(AidCondition.MAXIMUM_YEARS),
                LIAONING.decide(junior, null, YEAR.next(), DATE.plusYears(1), three).refusals().get(0).failed());
    }

    // --- every aid parameter is read --------------------------------------------------------------------

    @Test
    void AID_1_to_AID_10_everyAidParameterOfEveryProfileIsReadByTheCalculator() {
        for (String name : Policies.BUILT_IN) {
            Policy tracked = Policies.builtIn(name).tracking();
            AidCalculator.of(tracked);
            Set<String> aid = tracked.parameters().stream().map(Parameter::key).filter(k -> k.startsWith("aid."))
                    .collect(Collectors.toCollection(TreeSet::new));
            aid.removeAll(tracked.keysRead());
            assertEquals(Set.of(), aid, name);
        }
    }
}
