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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junheng.core.gen.Properties.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junheng.core.model.BackboneLevel;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.Degree;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.Exemption;
import org.junheng.core.model.Gender;
import org.junheng.core.model.InvalidDataException;
import org.junheng.core.model.Jurisdiction;
import org.junheng.core.model.Location;
import org.junheng.core.model.Ownership;
import org.junheng.core.model.RotationMove;
import org.junheng.core.model.School;
import org.junheng.core.model.SchoolType;
import org.junheng.core.model.ServicePeriod;
import org.junheng.core.model.Subject;
import org.junheng.core.model.Teacher;
import org.junheng.core.model.Title;
import org.junheng.core.policy.Policies;
import org.junheng.core.policy.Policy;
import org.junheng.core.sample.SampleCounty;
import org.junheng.core.value.Percentage;
import org.junheng.core.value.SchoolYear;
import org.junheng.indicators.rules.Verdict;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class RotationTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 9, 1);
    static final DivisionCode COUNTY = DivisionCode.of("210199");
    private static final Policy SHENYANG = Policies.shenyang();
    static final School URBAN = school("U", Location.URBAN, Ownership.PUBLIC, SchoolType.PRIMARY);
    static final School RURAL = school("R", Location.RURAL, Ownership.PUBLIC, SchoolType.PRIMARY);

    static School school(String id, Location location, Ownership ownership, SchoolType type) {
        return new School(id, id, COUNTY, type, ownership, true, location, false, false, null, null, null, Set.of());
    }

    static Teacher teacher(String id, String school, LocalDate birth, LocalDate since, LocalDate targeted,
            Exemption exemption, BackboneLevel backbone, Gender gender) {
        return new Teacher(id, null, school, null, gender, birth, since.minusYears(1).isAfter(birth.plusYears(20))
                ? since.minusYears(1) : since, since, true, true, Subject.CHINESE, Degree.BACHELOR, Title.INTERMEDIATE,
                backbone, false, false, false, targeted, exemption);
    }

    static Teacher veteran(String id, String school) {
        return teacher(id, school, LocalDate.of(1985, 3, 1), LocalDate.of(2010, 9, 1), null, Exemption.NONE,
                BackboneLevel.NONE, Gender.FEMALE);
    }

    private static Eligibility.Check check(Eligibility e, Eligibility.Condition c) {
        return e.checks().stream().filter(x -> x.condition() == c).findFirst().orElseThrow();
    }

    @Test
    void ROT_1_minimumQuotaIsTheSmallestWholeNumberMeetingTheRateForEveryCountToOneHundredThousand() {
        for (int rate : new int[] {8, 10, 15, 20}) {
            Percentage p = Percentage.of(rate);
            for (long eligible = 1; eligible <= 100_000; eligible++) {
                long q = p.minimumCount(eligible);
                if (q * 100 < rate * eligible || (q - 1) * 100 >= rate * eligible) {
                    throw new AssertionError(rate + "% of " + eligible + " gave " + q);
                }
            }
        }
    }

    @Test
    void ROT_1_propertyQuotaForEveryWholePercent() {
        qt().withExamples(2000).forAll(SourceDSL.integers().between(0, 100), SourceDSL.longs().between(1, 100_000))
                .check((rate, eligible) -> {
                    long q = Percentage.of(rate).minimumCount(eligible);
                    return q * 100 >= rate * eligible && (q == 0 || (q - 1) * 100 < rate * eligible);
                });
    }

    @Test
    void ROT_1_propertyMoreEligibleTeachersNeverLowerTheQuota() {
        qt().forAll(SourceDSL.longs().between(0, 100_000), SourceDSL.longs().between(0, 1000))
                .check((eligible, more) -> Quota.of("S", eligible + more, 0, 0, SHENYANG).required()
                        >= Quota.of("S", eligible, 0, 0, SHENYANG).required());
    }

    @Test
    void ROT_1_propertyAddingAMoverNeverBreaksAMetQuota() {
        qt().forAll(SourceDSL.longs().between(1, 10_000), SourceDSL.longs().between(0, 10_000)).check((eligible, rotated) ->
                !Quota.of("S", eligible, rotated, 0, SHENYANG).quota().isMet()
                        || Quota.of("S", eligible, rotated + 1, 0, SHENYANG).quota().isMet());
    }

    @Test
    void ROT_1_theShortfallIsNamed() {
        Quota q = Quota.of("school X", 17, 2, 1, SHENYANG);
        assertEquals(3, q.required());
        assertEquals(Verdict.NOT_MET, q.quota().verdict());
        assertEquals("school X: rotated 2 of 17 eligible; ROT-1 needs 3 (15%), short by 1", q.quota().explanation().en());
        Quota b = Quota.of("S", 40, 7, 1, SHENYANG);
        assertEquals(2, b.backboneRequired());
        assertEquals("S: backbone 1 of 7 rotated; needs 2 (20%)", b.backbone().explanation().en());
        assertEquals(Verdict.NOT_ASSESSABLE, Quota.of("S", 0, 0, 0, SHENYANG).quota().verdict());
    }

    @Test
    void ROT_2_yingkouCountsTenPercentPerSchool() {
        Policy yk = Policies.yingkou();
        assertEquals("ROT-2", Quota.of("S", 10, 1, 0, yk).quota().rule());
        assertEquals(1, Quota.of("S", 10, 1, 0, yk).required());
        assertEquals(2, Quota.of("S", 11, 1, 0, yk).required());
    }

    @Test
    void ROT_6_yearsAtTheSchoolOneDayShortFailsAndOnTheDayPasses() {
        Teacher t = teacher("T", "U", LocalDate.of(1985, 1, 1), LocalDate.of(2020, 9, 2), null, Exemption.NONE,
                BackboneLevel.NONE, Gender.MALE);
        assertFalse(check(Eligibility.of(t, URBAN, AS_OF, SHENYANG), Eligibility.Condition.YEARS_AT_SCHOOL).passed());
        assertTrue(check(Eligibility.of(t, URBAN, AS_OF.plusDays(1), SHENYANG), Eligibility.Condition.YEARS_AT_SCHOOL).passed());
    }

    @Test
    void ROT_7_theTargetedRecruitmentLockHoldsFiveYearsToTheDayInPanjinOnly() {
        Teacher t = teacher("T", "R", LocalDate.of(1995, 1, 1), LocalDate.of(2018, 9, 1), LocalDate.of(2021, 9, 2),
                Exemption.NONE, BackboneLevel.NONE, Gender.MALE);
        Policy panjin = Policies.panjin();
        Eligibility locked = Eligibility.of(t, RURAL, AS_OF, panjin);
        assertFalse(locked.eligible());
        assertEquals(List.of(Eligibility.Condition.TARGETED_RECRUITMENT_LOCK), locked.failed().stream().map(Eligibility.Check::condition).toList());
        assertEquals("targeted recruitment on 2021-09-02; locked for 5 years (until 2026-09-02)", locked.failed().get(0).evidence().en());
        assertTrue(Eligibility.of(t, RURAL, AS_OF.plusDays(1), panjin).eligible());
        // ROT-7 is Panjin's: in Shenyang, Liaoning and nationally the condition is not checked at all
        for (Policy p : List.of(SHENYANG, Policies.liaoning(), Policies.national(), Policies.yingkou())) {
            Eligibility e = Eligibility.of(t, RURAL, AS_OF, p);
            assertTrue(e.eligible(), p.name());
            assertEquals(4, e.checks().size(), p.name());
            assertFalse(p.has("rotation.targetedRecruitmentLockYears"), p.name());
        }
        assertEquals(5, Eligibility.of(t, RURAL, AS_OF, panjin).checks().size());
    }

    @Test
    void ROT_6_nearRetirementAndLocalExemptionsAndScope() {
        // a woman born 1974-09-02 reaches 52 (55 − 3) on 2026-09-02
        Teacher woman = teacher("W", "U", LocalDate.of(1974, 9, 2), LocalDate.of(2000, 9, 1), null, Exemption.NONE,
                BackboneLevel.NONE, Gender.FEMALE);
        assertTrue(Eligibility.of(woman, URBAN, AS_OF, SHENYANG).eligible());
        assertFalse(Eligibility.of(woman, URBAN, AS_OF.plusDays(1), SHENYANG).eligible());
        Teacher ill = teacher("I", "U", LocalDate.of(1985, 1, 1), LocalDate.of(2010, 9, 1), null, Exemption.LONG_ILLNESS,
                BackboneLevel.NONE, Gender.MALE);
        assertEquals(Eligibility.Condition.LOCAL_EXEMPTION, Eligibility.of(ill, URBAN, AS_OF, SHENYANG).failed().get(0).condition());
        School privateSchool = school("P", Location.URBAN, Ownership.PRIVATE, SchoolType.PRIMARY);
        assertFalse(Eligibility.of(veteran("V", "P"), privateSchool, AS_OF, SHENYANG).eligible());
        assertTrue(Eligibility.of(veteran("V", "U"), URBAN, AS_OF, SHENYANG).eligible());
    }

    private static ServicePeriod period(String from, String until) {
        return new ServicePeriod("T", null, LocalDate.parse(from), until == null ? null : LocalDate.parse(until), true, false);
    }

    @Test
    void ROT_4_oneYearAtARuralSchoolOneDayShortFailsAndOnTheDayPasses() {
        Teacher t = veteran("T", "R");
        CareerConditions short1 = CareerConditions.of(t, List.of(period("2024-09-01", "2025-08-30")), AS_OF, SHENYANG);
        CareerConditions full = CareerConditions.of(t, List.of(period("2024-09-01", "2025-08-31")), AS_OF, SHENYANG);
        assertEquals(Verdict.NOT_MET, short1.seniorTitle().verdict());
        assertEquals(Verdict.MET, full.seniorTitle().verdict());
        assertEquals(Verdict.NOT_MET, full.principal().verdict());
    }

    @Test
    void ROT_5_overlappingPeriodsAreNotCountedTwice() {
        Teacher t = veteran("T", "R");
        CareerConditions c = CareerConditions.of(t, List.of(period("2020-09-01", "2022-08-31"), period("2021-09-01",
                "2023-08-31")), AS_OF, SHENYANG);
        assertEquals(Verdict.MET, c.principal().verdict(), "three years, not four");
        assertEquals(LocalDate.of(2023, 8, 31).toEpochDay() - LocalDate.of(2020, 9, 1).toEpochDay() + 1, c.daysServed());
        CareerConditions two = CareerConditions.of(t, List.of(period("2020-09-01", "2022-08-31"), period("2020-09-01",
                "2022-08-31")), AS_OF, SHENYANG);
        assertEquals(Verdict.NOT_MET, two.principal().verdict());
        assertEquals("2020-09-01/2023-08-31", c.principal().facts().get("periods"));
        CareerConditions gap = CareerConditions.of(t, List.of(period("2022-09-01", "2023-08-31"), period("2020-09-01",
                "2021-08-31")), AS_OF, SHENYANG);
        assertEquals(List.of("periods", "days"), List.copyOf(gap.seniorTitle().facts().keySet()));
        assertEquals("2020-09-01/2021-08-31, 2022-09-01/2023-08-31", gap.seniorTitle().facts().get("periods"));
        assertEquals("730", gap.principal().facts().get("days"));
        CareerConditions later = CareerConditions.of(t, List.of(period("2027-09-01", "2028-08-31")), AS_OF, SHENYANG);
        assertEquals("none", later.principal().facts().get("periods"));
        assertEquals(Verdict.NOT_MET, later.seniorTitle().verdict());
    }

    @Test
    void ROT_4_propertyMergingIsOrderIndependentAndNeverExceedsTheCalendarSpan() {
        qt().forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, 5000)).ofSizeBetween(2, 12)).check(offsets -> {
            List<ServicePeriod> periods = new ArrayList<>();
            for (int i = 0; i + 1 < offsets.size(); i += 2) {
                LocalDate from = LocalDate.of(2010, 1, 1).plusDays(Math.min(offsets.get(i), offsets.get(i + 1)));
                LocalDate until = LocalDate.of(2010, 1, 1).plusDays(Math.max(offsets.get(i), offsets.get(i + 1)));
                periods.add(new ServicePeriod("T", null, from, until, true, false));
            }
            List<ServicePeriod> shuffled = new ArrayList<>(periods);
            Collections.reverse(shuffled);
            long days = ServiceTime.days(ServiceTime.merge(periods, AS_OF));
            long span = periods.stream().mapToLong(p -> p.until().toEpochDay()).max().orElse(0)
                    - periods.stream().mapToLong(p -> p.from().toEpochDay()).min().orElse(0) + 1;
            long longest = periods.stream().mapToLong(p -> p.until().toEpochDay() - p.from().toEpochDay() + 1).max().orElse(0);
            return days == ServiceTime.days(ServiceTime.merge(shuffled, AS_OF)) && days <= span && days >= longest;
        });
    }

    static DataSet county(List<Teacher> teachers, List<RotationMove> moves) {
        return county(AS_OF, teachers, moves);
    }

    static DataSet county(LocalDate asOf, List<Teacher> teachers, List<RotationMove> moves) {
        DataSet.Builder b = DataSet.builder("t", asOf).add(new Jurisdiction(COUNTY, "测试县", null)).add(URBAN).add(RURAL);
        teachers.forEach(b::add);
        moves.forEach(b::add);
        return b.build();
    }

    @Test
    void ROT_1_planChecksNameEveryFailure() {
        Teacher a = veteran("A", "U");
        Teacher locked = teacher("L", "R", LocalDate.of(1995, 1, 1), LocalDate.of(2018, 9, 1), LocalDate.of(2023, 9, 1),
                Exemption.NONE, BackboneLevel.NONE, Gender.MALE);
        SchoolYear y = SchoolYear.of(2026);
        DataSet data = county(List.of(a, locked, veteran("B", "U")), List.of());
        RotationAssessment r = RotationAssessment.of(data, Policies.panjin(), y, List.of(new RotationMove("A", "U", "R", y),
                new RotationMove("A", "U", "R", y), new RotationMove("L", "R", "U", y), new RotationMove("B", "R", "U", y)));
        assertEquals(List.of("BAL-6", "ROT-7", "BAL-6"), r.plan().stream().map(f -> f.rule()).toList());
        assertTrue(r.plan().get(0).explanation().en().contains("moved twice"));
        assertTrue(r.plan().get(2).explanation().en().contains("teaches at U, not R"));
        assertEquals(List.of("ROT-1", "ROT-1"), RotationAssessment.of(data, SHENYANG, y, List.of(new RotationMove("A", "U", "R", y),
                new RotationMove("A", "U", "R", y), new RotationMove("L", "R", "U", y), new RotationMove("B", "R", "U", y)))
                .plan().stream().map(f -> f.rule()).toList(), "no ROT-7 lock outside Panjin");
        var e = assertThrows(InvalidDataException.class, () -> RotationAssessment.of(data, SHENYANG, y,
                List.of(new RotationMove("NOBODY", "U", "NOWHERE", y))));
        assertEquals(2, e.problems().size());
        assertEquals("moves[0]", e.problems().get(0).location());
    }

    @Test
    void ROT_1_onlyEligibleMoversCountAndTheCountyQuotaSumsItsSchools() {
        List<Teacher> teachers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            teachers.add(veteran("U" + i, "U"));
        }
        SchoolYear y = SchoolYear.of(2026);
        RotationAssessment r = RotationAssessment.of(county(teachers, List.of()), SHENYANG, y,
                List.of(new RotationMove("U0", "U", "R", y), new RotationMove("U1", "U", "R", y), new RotationMove("U2", "U", "R", y)));
        Quota county = r.countyQuotas().get(0);
        assertEquals(20, county.eligible());
        assertEquals(3, county.rotated());
        assertEquals(Verdict.MET, county.quota().verdict());
        assertEquals(Verdict.NOT_MET, county.backbone().verdict(), "no backbone teacher among 3 movers; needs 1");
    }

    @Test
    void ROT_1_theSampleHasASchoolMeetingItsQuotaOneMissingItAndALockedTeacher() {
        RotationAssessment r = RotationAssessment.of(SampleCounty.dataSet(), Policies.yingkou());
        assertEquals("SCHOOL", r.bindingScope());
        assertTrue(r.schoolQuotas().stream().anyMatch(q -> q.rotated() > 0 && q.quota().isMet()));
        assertTrue(r.schoolQuotas().stream().anyMatch(q -> q.rotated() > 0 && !q.quota().isMet()));
        assertFalse(r.plan().stream().anyMatch(f -> f.rule().equals("ROT-7")), "ROT-7 is Panjin's");
        assertTrue(RotationAssessment.of(SampleCounty.dataSet(), Policies.panjin()).plan().stream()
                .anyMatch(f -> f.rule().equals("ROT-7")));
    }
}
