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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junheng.core.gen.Properties.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junheng.core.gen.DomainGens;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.FamilyStatus;
import org.junheng.core.model.Jurisdiction;
import org.junheng.core.model.Location;
import org.junheng.core.model.Ownership;
import org.junheng.core.model.School;
import org.junheng.core.model.SchoolFeature;
import org.junheng.core.model.SchoolType;
import org.junheng.core.model.Stage;
import org.junheng.core.model.Student;
import org.junheng.core.policy.Policies;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Money;
import org.junheng.core.value.SchoolYear;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * The budget counts most people by the kind of their facts at their school, not one by one; these tests
 * hold it to the sum of every person's own decision.
 */
class AidBudgetTest {
    private static final LocalDate AS_OF = DomainGens.AS_OF;
    private static final SchoolYear YEAR = SchoolYear.containing(AS_OF);
    private static final List<Policy> POLICIES = List.of(Policies.national(), Policies.liaoning(), Policies.shenyang(),
            Policies.panjin(), Policies.yingkou(), Policies.shenyang().with("aid.stacking", "false"));

    /** A data set, its policy and a payment history. */
    private record Case(DataSet data, Policy policy, List<AidPayment> history) {
    }

    @Test
    void AID_1_to_AID_9_theBudgetIsTheSumOfEveryPersonsOwnDecision() {
        int[] kinds = new int[2];
        qt().withExamples(300).forAll(cases()).checkAssert(c -> {
            AidCalculator calculator = AidCalculator.of(c.policy());
            AidBudget expected = oneByOne(c.data(), calculator, c.history());
            AidBudget budget = AidBudget.of(c.data(), calculator, YEAR, AS_OF, c.history());
            assertEquals(expected, budget);
            // equal sets may still differ in order, or in a tree that cannot find its own IDs
            expected.eligible().forEach((group, ids) -> {
                assertEquals(List.copyOf(ids), List.copyOf(budget.eligible().get(group)), "in order");
                ids.forEach(id -> assertTrue(budget.eligible().get(group).contains(id), id));
            });
            for (Student s : c.data().students()) {
                kinds[plain(s) ? 0 : 1]++;
            }
        });
        assertTrue(kinds[0] > 10_000 && kinds[1] > 1_000, "people counted by their kind and people decided alone");
    }

    @Test
    void AID_6_peopleOfTheSameKindAtDifferentSchoolsAreDecidedAtTheirOwn() {
        // the same pupil at a school with the nutrition programme and at one without, in one run each
        Student pupil = Student.builder().id("P0").schoolId("A").stage(Stage.PRIMARY).grade(1)
                .gender(org.junheng.core.model.Gender.MALE).birthDate(LocalDate.of(2019, 1, 1))
                .familyStatus(FamilyStatus.NONE).build();
        DataSet.Builder b = withJurisdictions(DataSet.builder("two schools", AS_OF));
        b.add(school("A", SchoolType.PRIMARY, "210191", true));
        b.add(school("B", SchoolType.PRIMARY, "210192", false));
        for (int i = 0; i < 3; i++) {
            b.add(pupil.toBuilder().id("A" + i).build());
            b.add(pupil.toBuilder().id("B" + i).schoolId("B").build());
        }
        AidBudget budget = AidBudget.of(b.build(), Policies.shenyang());
        assertEquals(3L, budget.people().get(AidItem.NUTRITION_SUBSIDY), "only school A is in the programme");
        assertEquals(6L, budget.people().get(AidItem.FEES_AND_TEXTBOOKS_WAIVED));
        assertEquals(Map.of(Stage.PRIMARY, Money.ofYuan(3000)), budget.byDistrictAndStage().get("210191"));
        assertNull(budget.byDistrictAndStage().get("210192"), "no amount but in kind there");
    }

    private static boolean plain(Student s) {
        return s.disabilityCertificateFrom() == null && !s.disabledFamilyMember() && s.adultDiplomaDate() == null;
    }

    /** What {@link AidBudget#of} must give: every person decided alone, the outcomes added up. */
    private static AidBudget oneByOne(DataSet data, AidCalculator calculator, List<AidPayment> history) {
        Map<AidItem, String> rules = new EnumMap<>(AidItem.class);
        for (AidItem item : AidItem.values()) {
            calculator.rule(item).ifPresent(rule -> rules.put(item, rule));
        }
        Map<AidItem, Long> people = new EnumMap<>(AidItem.class);
        Map<AidItem, Long> fen = new EnumMap<>(AidItem.class);
        Map<AidItem, Long> unpriced = new EnumMap<>(AidItem.class);
        Map<String, Map<Stage, Long>> byDistrict = new TreeMap<>();
        Map<AidItem, Map<AidCondition, Long>> refusals = new EnumMap<>(AidItem.class);
        Map<AidItem.Group, SortedSet<String>> eligible = new EnumMap<>(AidItem.Group.class);
        for (Student s : data.students()) {
            School school = s.schoolId() == null ? null : data.school(s.schoolId()).orElse(null);
            String district = school != null ? school.jurisdiction().value()
                    : s.householdRegistration() != null ? s.householdRegistration().value() : "unknown";
            AidDecision decision = calculator.decide(s, school, YEAR, AS_OF, history);
            for (Entitlement e : decision.entitlements()) {
                people.merge(e.item(), 1L, Long::sum);
                fen.merge(e.item(), e.amount() == null ? 0 : e.amount().fen(), Long::sum);
                unpriced.merge(e.item(), e.amount() == null ? 1L : 0L, Long::sum);
                if (e.amount() != null && !e.amount().isZero()) {
                    byDistrict.computeIfAbsent(district, k -> new EnumMap<>(Stage.class))
                            .merge(s.stage(), e.amount().fen(), Long::sum);
                }
                if (e.item().group() != AidItem.Group.NONE) {
                    eligible.computeIfAbsent(e.item().group(), k -> new TreeSet<>()).add(s.id());
                }
            }
            for (Refusal r : decision.refusals()) {
                for (AidCondition condition : r.failed()) {
                    refusals.computeIfAbsent(r.item(), k -> new EnumMap<>(AidCondition.class)).merge(condition, 1L, Long::sum);
                }
            }
        }
        Map<AidItem, Money> amounts = new EnumMap<>(AidItem.class);
        fen.forEach((item, sum) -> amounts.put(item, Money.ofFen(sum)));
        Map<String, Map<Stage, Money>> districts = new TreeMap<>();
        byDistrict.forEach((district, stages) -> {
            Map<Stage, Money> money = new EnumMap<>(Stage.class);
            stages.forEach((stage, sum) -> money.put(stage, Money.ofFen(sum)));
            districts.put(district, money);
        });
        return new AidBudget(YEAR, rules, people, amounts, unpriced, districts, refusals, eligible);
    }

    /**
     * Data sets of up to 400 people at four schools and none, most with none of the disabled items' facts,
     * in runs of a school or mixed, under every built-in policy, with or without payments already made.
     */
    private static Gen<Case> cases() {
        return in -> {
            DataSet.Builder b = withJurisdictions(DataSet.builder("generated", AS_OF));
            List<School> schools = List.of(school("K", SchoolType.KINDERGARTEN, "210191", flag(in)),
                    school("T", SchoolType.TWELVE_YEAR, "210191", flag(in)),
                    school("N", SchoolType.NINE_YEAR, "210192", flag(in)),
                    school("V", SchoolType.SECONDARY_VOCATIONAL, "210192", flag(in)),
                    school("U", SchoolType.HIGHER_EDUCATION, "210192", flag(in)));
            schools.forEach(b::add);
            int count = between(in, 0, 400);
            List<Student> students = new ArrayList<>();
            List<AidPayment> history = new ArrayList<>();
            boolean paying = between(in, 0, 3) == 0;
            for (int i = 0; i < count; i++) {
                Student s = DomainGens.students().generate(in);
                Stage stage = s.stage();
                List<School> teaching = schools.stream().filter(school -> school.teaches(stage)
                        || stage.isHigherEducation() && school.type() == SchoolType.HIGHER_EDUCATION).toList();
                String schoolId = s.schoolId() == null || teaching.isEmpty() ? null
                        : teaching.get(between(in, 0, teaching.size() - 1)).id();
                Student.Builder person = s.toBuilder().id("P" + i).schoolId(schoolId)
                        .familyStatus(between(in, 0, 2) == 0 ? s.familyStatus() : FamilyStatus.NONE);
                if (between(in, 0, 4) > 0) {
                    person.disabilityCertificateFrom(null).disabilityCertificateUntil(null).disabledFamilyMember(false)
                            .adultDiplomaDate(null);
                }
                students.add(person.build());
                if (paying && flag(in)) {
                    AidItem item = AidItem.values()[between(in, 0, AidItem.values().length - 1)];
                    history.add(new AidPayment("P" + i, item, flag(in) ? YEAR : YEAR.previous(), Money.ofYuan(100)));
                }
            }
            if (flag(in)) {
                students.sort(Comparator.comparing(s -> String.valueOf(s.schoolId())));
            }
            students.forEach(b::add);
            return new Case(b.build(), POLICIES.get(between(in, 0, POLICIES.size() - 1)), history);
        };
    }

    private static DataSet.Builder withJurisdictions(DataSet.Builder b) {
        b.add(new Jurisdiction(DivisionCode.of("210000"), "辽宁省", null));
        b.add(new Jurisdiction(DivisionCode.of("210100"), "沈阳市", DivisionCode.of("210000")));
        b.add(new Jurisdiction(DivisionCode.of("210191"), "县1", DivisionCode.of("210100")));
        b.add(new Jurisdiction(DivisionCode.of("210192"), "县2", DivisionCode.of("210100")));
        return b;
    }

    private static School school(String id, SchoolType type, String county, boolean nutrition) {
        return new School(id, "学校" + id, DivisionCode.of(county), type, Ownership.PUBLIC, true, Location.RURAL, false,
                false, null, null, null, nutrition ? EnumSet.of(SchoolFeature.NUTRITION_PROGRAMME)
                        : EnumSet.noneOf(SchoolFeature.class));
    }

    private static int between(RandomnessSource in, int min, int max) {
        return integers().between(min, max).generate(in);
    }

    private static boolean flag(RandomnessSource in) {
        return booleans().all().generate(in);
    }
}
