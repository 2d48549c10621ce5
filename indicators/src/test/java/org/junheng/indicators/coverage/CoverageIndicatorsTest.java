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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junheng.core.gen.Properties.qt;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junheng.core.gen.DomainGens;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.FamilyStatus;
import org.junheng.core.model.Gender;
import org.junheng.core.model.Jurisdiction;
import org.junheng.core.model.Location;
import org.junheng.core.model.Ownership;
import org.junheng.core.model.School;
import org.junheng.core.model.SchoolClass;
import org.junheng.core.model.SchoolType;
import org.junheng.core.model.Stage;
import org.junheng.core.model.Student;
import org.junheng.core.policy.Policies;
import org.junheng.core.policy.Policy;
import org.junheng.core.sample.SampleCounty;
import org.junheng.core.value.Ratio;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class CoverageIndicatorsTest {
    private static final DivisionCode COUNTY = DivisionCode.of("210199");
    private static final LocalDate AS_OF = LocalDate.of(2026, 9, 1);

    private static School kindergarten(String id, Ownership ownership, boolean inclusive) {
        return new School(id, id, COUNTY, SchoolType.KINDERGARTEN, ownership, inclusive, Location.URBAN, false, false, null,
                null, null, Set.of());
    }

    private static Student child(String id, String school) {
        return new Student(id, null, school, Stage.PRESCHOOL, 2, Gender.MALE, LocalDate.of(2022, 1, 1), null, null, false,
                false, null, null, FamilyStatus.NONE, false, false, false, null);
    }

    private static DataSet kindergartens(int publicChildren, int inclusiveChildren, int privateChildren) {
        DataSet.Builder b = DataSet.builder("t", AS_OF).add(new Jurisdiction(COUNTY, "测试县", null))
                .add(kindergarten("PUB", Ownership.PUBLIC, true)).add(kindergarten("INC", Ownership.PRIVATE, true))
                .add(kindergarten("PRV", Ownership.PRIVATE, false));
        for (int i = 0; i < publicChildren; i++) {
            b.add(child("A" + i, "PUB"));
        }
        for (int i = 0; i < inclusiveChildren; i++) {
            b.add(child("B" + i, "INC"));
        }
        for (int i = 0; i < privateChildren; i++) {
            b.add(child("C" + i, "PRV"));
        }
        return b.build();
    }

    private static Ratio rate(DataSet d, CoverageIndicator i) {
        return CoverageIndicators.of(d, i).overall().ratio().orElseThrow();
    }

    @Test
    void COV_1_COV_2_fromRecordsEqualTheRatesFromTheirCounts() {
        DataSet d = kindergartens(55, 30, 15);
        assertTrue(rate(d, CoverageIndicator.INCLUSIVE_KINDERGARTEN).isEqual(Rate.of(CoverageIndicator.INCLUSIVE_KINDERGARTEN,
                "all", 85, 100).ratio().orElseThrow()));
        assertEquals(Ratio.of(55, 100), rate(d, CoverageIndicator.PUBLIC_KINDERGARTEN));
    }

    @Test
    void COV_2_propertyAddingAChildToAPublicKindergartenNeverLowersThePublicShare() {
        qt().withExamples(60).forAll(SourceDSL.integers().between(0, 30), SourceDSL.integers().between(0, 30),
                SourceDSL.integers().between(1, 30)).check((pub, inc, prv) -> rate(kindergartens(pub + 1, inc, prv),
                        CoverageIndicator.PUBLIC_KINDERGARTEN).compareTo(rate(kindergartens(pub, inc, prv),
                        CoverageIndicator.PUBLIC_KINDERGARTEN)) >= 0);
    }

    private static DataSet classes(int... sizes) {
        DataSet.Builder b = DataSet.builder("t", AS_OF).add(new Jurisdiction(COUNTY, "测试县", null))
                .add(new School("P", "P", COUNTY, SchoolType.PRIMARY, Ownership.PUBLIC, true, Location.RURAL, false, false,
                        null, null, null, Set.of()));
        for (int i = 0; i < sizes.length; i++) {
            b.add(new SchoolClass("C" + i, "P", Stage.PRIMARY, 1 + i % 6, sizes[i]));
        }
        return b.build();
    }

    private static Ratio rate(DataSet d, Policy policy, CoverageIndicator i) {
        return CoverageIndicators.of(d, policy, i).overall().ratio().orElseThrow();
    }

    @Test
    void COV_5_largeClassesStartAtTheProfilesSizeAndPrimaryLimitIs45() {
        DataSet d = classes(45, 46, 55, 56, 66);
        assertEquals(Ratio.of(2, 5), rate(d, Policies.shenyang(), CoverageIndicator.LARGE_CLASSES));
        assertEquals(Ratio.of(4, 5), rate(d, Policies.shenyang(), CoverageIndicator.PRIMARY_CLASSES_OVER_45));
        assertEquals(Ratio.of(3, 5), rate(d, Policies.shenyang().with("classes.largeSize", "55"), CoverageIndicator.LARGE_CLASSES));
        assertEquals(Ratio.of(2, 5), rate(d, Policies.national().with("classes.maxPrimary", "55"),
                CoverageIndicator.PRIMARY_CLASSES_OVER_45));
        assertEquals(Ratio.of(4, 5), rate(d, Policies.national(), CoverageIndicator.PRIMARY_CLASSES_OVER_45),
                "45 is the national standard (BAL-6) as well");
        Rate none = CoverageIndicators.of(d, Policies.national(), CoverageIndicator.LARGE_CLASSES).overall();
        assertEquals("n/a (policy national sets no classes.largeSize)", none.display());
        assertTrue(CoverageIndicators.of(d, CoverageIndicator.LARGE_CLASSES).overall().ratio().isEmpty());
    }

    @Test
    void COV_5_juniorClassesOverTheLimitOf50() {
        DataSet.Builder b = DataSet.builder("t", AS_OF).add(new Jurisdiction(COUNTY, "测试县", null))
                .add(new School("J", "J", COUNTY, SchoolType.NINE_YEAR, Ownership.PUBLIC, true, Location.RURAL, false, false,
                        null, null, null, Set.of()));
        int[] junior = {50, 51, 56};
        for (int i = 0; i < junior.length; i++) {
            b.add(new SchoolClass("J" + i, "J", Stage.JUNIOR, 1, junior[i]));
        }
        b.add(new SchoolClass("P0", "J", Stage.PRIMARY, 1, 46));
        DataSet d = b.build();
        assertEquals(Ratio.of(2, 3), rate(d, Policies.shenyang(), CoverageIndicator.JUNIOR_CLASSES_OVER_50));
        assertEquals(Ratio.of(1, 1), rate(d, Policies.shenyang(), CoverageIndicator.PRIMARY_CLASSES_OVER_45));
        assertEquals(Ratio.of(1, 4), rate(d, Policies.panjin(), CoverageIndicator.LARGE_CLASSES));
    }

    @Test
    void COV_5_propertyMovingAPupilOutOfALargeClassNeverRaisesTheLargeClassShare() {
        qt().forAll(SourceDSL.lists().of(SourceDSL.integers().between(2, 80)).ofSizeBetween(1, 12),
                SourceDSL.integers().between(0, 11)).check((sizes, which) -> {
                    int[] before = sizes.stream().mapToInt(Integer::intValue).toArray();
                    int[] after = before.clone();
                    after[which % after.length]--;
                    return rate(classes(after), Policies.shenyang(), CoverageIndicator.LARGE_CLASSES)
                            .compareTo(rate(classes(before), Policies.shenyang(), CoverageIndicator.LARGE_CLASSES)) <= 0;
                });
    }

    @Test
    void COV_5_propertyTheLargeClassShareCountsClassesAtOrAboveTheSize() {
        qt().forAll(SourceDSL.lists().of(SourceDSL.integers().between(2, 80)).ofSizeBetween(1, 12),
                SourceDSL.integers().between(30, 70)).check((sizes, size) -> {
                    long large = sizes.stream().filter(n -> n >= size).count();
                    Rate r = CoverageIndicators.of(classes(sizes.stream().mapToInt(Integer::intValue).toArray()),
                            Policies.shenyang().with("classes.largeSize", String.valueOf(size)), CoverageIndicator.LARGE_CLASSES)
                            .overall();
                    return r.numerator() == large && r.denominator() == sizes.size();
                });
    }

    @Test
    void COV_12_propertyRatesFromRecordsEqualANaiveCount() {
        qt().withExamples(100).forAll(DomainGens.dataSets()).check(d -> {
            long all = d.students().stream().filter(s -> s.stage().isCompulsory() && s.schoolId() != null).count();
            long privateOnes = d.students().stream().filter(s -> s.stage().isCompulsory() && s.schoolId() != null
                    && d.school(s.schoolId()).orElseThrow().ownership() == Ownership.PRIVATE).count();
            Rate r = CoverageIndicators.of(d, CoverageIndicator.PRIVATE_SHARE).overall();
            return r.numerator() == privateOnes && r.denominator() == all
                    && r.ratio().isPresent() == (all > 0);
        });
    }

    @Test
    void COV_3_theConsolidationRateOfACohortNetOfTransfersAndDeaths() {
        Rate net = Rate.consolidationNetOfTransfers("210199", 2017, 2026, 1000, 20, 30, 2, 975);
        assertEquals(Ratio.of(975, 988), net.ratio().orElseThrow());
        assertEquals("210199 cohort 2017-2026 net", net.subject());
        assertThrows(IllegalArgumentException.class, () -> Rate.consolidationNetOfTransfers("x", 2017, 2016, 1, 0, 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Rate.consolidationNetOfTransfers("x", 2017, 2026, 1, 0, 2, 0, 0));
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> Rate.consolidationNetOfTransfers("x", 2017, 2026, 1, 0, 2, 0, 0));
        assertTrue(negative.getMessage().contains("net cohort (-1)"), negative.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Rate.consolidationNetOfTransfers("x", 2017, 2017, 1, 0, 0, 0, 1));
        assertEquals(Ratio.of(0, 1), Rate.consolidationNetOfTransfers("x", 2017, 2026, 1, 0, 0, 0, 0).ratio().orElseThrow());
        assertTrue(Rate.consolidationNetOfTransfers("x", 2017, 2026, 1, 0, 1, 0, 0).ratio().isEmpty(), "an empty net cohort: n/a");
    }

    @Test
    void COV_3_theOfficialDefinitionIsTheDefaultWithoutNettingTransfers() {
        Rate official = Rate.consolidation("210199", 2017, 2026, 1000, 975);
        assertEquals(Ratio.of(975, 1000), official.ratio().orElseThrow());
        assertEquals("COV-3 consolidation rate, 210199 cohort 2017-2026: 97.50% (975/1000)", official.toString());
        assertThrows(IllegalArgumentException.class, () -> Rate.consolidation("x", 2017, 2017, 1, 1));
        assertEquals("COV-3", Rate.consolidation("x", 2017, 2018, 1, 1).indicator().rule());
    }

    @Test
    void COV_8_aZeroDenominatorIsNotApplicableNeverZeroOrHundredPercent() {
        Rate none = Rate.of(CoverageIndicator.RURAL_PAIRING, "urban", 0, 0);
        assertTrue(none.ratio().isEmpty());
        assertEquals("n/a (zero denominator: no rural compulsory schools)", none.display());
        assertThrows(IllegalArgumentException.class, () -> Rate.of(CoverageIndicator.RURAL_PAIRING, "x", 3, 2));
    }

    @Test
    void COV_16_indicatorsWithoutRecordsSayWhy() {
        CoverageIndicators c = CoverageIndicators.of(SampleCounty.dataSet(), CoverageIndicator.AFTER_SCHOOL_PUPILS);
        assertFalse(c.indicator().fromRecords());
        assertTrue(c.overall().notApplicable().en().contains("supply the counts"));
    }

    private static School county(String id, String code, Location location, String alliance) {
        return new School(id, id, DivisionCode.of(code), SchoolType.PRIMARY, Ownership.PUBLIC, true, location, false, false, null,
                alliance, null, Set.of());
    }

    static DataSet shenyangCounties() {
        return DataSet.builder("t", AS_OF).add(new Jurisdiction(DivisionCode.of("210115"), "辽中区", null))
                .add(new Jurisdiction(DivisionCode.of("210181"), "新民市", null))
                .add(new Jurisdiction(DivisionCode.of("210102"), "和平区", null))
                .add(county("L1", "210115", Location.TOWN, "A1")).add(county("L2", "210115", Location.RURAL, null))
                .add(county("L3", "210115", Location.URBAN, null)).add(county("X1", "210181", Location.RURAL, "A2"))
                .add(county("H1", "210102", Location.RURAL, null)).add(county("H2", "210102", Location.TOWN, null)).build();
    }

    @Test
    void COV_7_atCityLevelOverTheFourNamedCountiesWithEachCountysRate() {
        CoverageIndicators c = CoverageIndicators.of(shenyangCounties(), Policies.shenyang(), CoverageIndicator.ALLIANCE_RURAL);
        assertEquals(Ratio.of(2, 3), c.overall().ratio().orElseThrow(), "和平区 is not one of the four");
        var byCounty = c.breakdowns().get("county");
        assertEquals(List.of("210115 辽中区", "210181 新民市", "210124", "210123"), List.copyOf(byCounty.keySet()));
        assertEquals(Ratio.of(1, 2), byCounty.get("210115 辽中区").ratio().orElseThrow());
        assertEquals(Ratio.of(1, 1), byCounty.get("210181 新民市").ratio().orElseThrow());
        assertEquals("n/a (the data set holds no school of this county)", byCounty.get("210124").display());
        assertEquals(Set.of("210115 辽中区", "210181 新民市"), c.breakdowns().get("district").keySet());
        // without named counties (a profile that does not hold COV-7): every rural and township school
        CoverageIndicators all = CoverageIndicators.of(shenyangCounties(), Policies.national(), CoverageIndicator.ALLIANCE_RURAL);
        assertEquals(Ratio.of(2, 5), all.overall().ratio().orElseThrow());
        assertFalse(all.breakdowns().containsKey("county"));
    }

    @Test
    void COV_7_aDataSetWithNoneOfTheNamedCountiesIsNotApplicable() {
        CoverageIndicators c = CoverageIndicators.of(SampleCounty.dataSet(), Policies.shenyang(), CoverageIndicator.ALLIANCE_RURAL);
        assertEquals("n/a (the data set holds no school of this county)", c.overall().display());
        assertEquals(4, c.breakdowns().get("county").size());
        assertTrue(CoverageIndicators.of(SampleCounty.dataSet(), Policies.shenyang()).stream()
                .anyMatch(x -> x.indicator() == CoverageIndicator.ALLIANCE_RURAL && x.overall().ratio().isEmpty()));
    }

    @Test
    void COV_6_propertyEveryBreakdownAddsUpToTheOverallRate() {
        qt().withExamples(60).forAll(DomainGens.dataSets()).check(d -> CoverageIndicators.of(d, Policies.shenyang()).stream()
                .filter(c -> c.indicator().fromRecords() && c.indicator() != CoverageIndicator.ALLIANCE_RURAL)
                .allMatch(c -> c.breakdowns().values().stream().allMatch(groups -> {
                    long n = groups.values().stream().mapToLong(Rate::numerator).sum();
                    long dd = groups.values().stream().mapToLong(Rate::denominator).sum();
                    return n == c.overall().numerator() && dd == c.overall().denominator();
                })));
    }

    @Test
    void COV_7_theSampleHasBreakdownsAndAZeroDenominatorInOne() {
        List<CoverageIndicators> all = CoverageIndicators.of(SampleCounty.dataSet());
        assertEquals(CoverageIndicator.values().length, all.size());
        CoverageIndicators alliance = all.stream().filter(c -> c.indicator() == CoverageIndicator.ALLIANCE_RURAL).findFirst()
                .orElseThrow();
        assertTrue(alliance.breakdowns().get("location").values().stream().anyMatch(r -> r.ratio().isEmpty()),
                "no rural or township school among the urban ones");
        assertEquals(Set.of("district", "location", "ownership"), alliance.breakdowns().keySet());
    }

    private static School school(String id, String group, Set<org.junheng.core.model.SchoolFeature> features) {
        return new School(id, id, COUNTY, SchoolType.PRIMARY, Ownership.PUBLIC, true, Location.TOWN, false, false, group, null,
                null, features);
    }

    private static org.junheng.core.model.Teacher teacher(String id, String school, org.junheng.core.model.Subject subject) {
        return new org.junheng.core.model.Teacher(id, null, school, null, Gender.FEMALE, LocalDate.of(1985, 1, 1),
                LocalDate.of(2008, 9, 1), LocalDate.of(2008, 9, 1), true, true, subject, org.junheng.core.model.Degree.BACHELOR,
                org.junheng.core.model.Title.JUNIOR, org.junheng.core.model.BackboneLevel.NONE, false, false, false, null,
                org.junheng.core.model.Exemption.NONE);
    }

    @Test
    void COV_9_COV_13_COV_18_schoolSharesCountEachSchoolOnce() {
        var features = Set.of(org.junheng.core.model.SchoolFeature.PARENT_SCHOOL,
                org.junheng.core.model.SchoolFeature.PARENT_GUIDANCE_ACTIVITY, org.junheng.core.model.SchoolFeature.CANTEEN,
                org.junheng.core.model.SchoolFeature.KITCHEN_LIVE_VIDEO);
        DataSet d = DataSet.builder("t", AS_OF).add(new Jurisdiction(COUNTY, "测试县", null))
                .add(school("A", "G1", features)).add(school("B", "G1", Set.of())).add(school("C", null, Set.of()))
                .add(teacher("T1", "A", org.junheng.core.model.Subject.MENTAL_HEALTH))
                .add(teacher("T2", "A", org.junheng.core.model.Subject.MENTAL_HEALTH))
                .add(teacher("T3", "B", org.junheng.core.model.Subject.CHINESE)).build();
        assertEquals(Ratio.of(2, 3), rate(d, CoverageIndicator.GROUP_SCHOOLING));
        assertEquals(Ratio.of(1, 3), rate(d, CoverageIndicator.MENTAL_HEALTH_TEACHER), "two such teachers, one school");
        assertEquals(Ratio.of(1, 3), rate(d, CoverageIndicator.PARENT_SCHOOL));
        assertEquals(Ratio.of(1, 1), rate(d, CoverageIndicator.KITCHEN_LIVE_VIDEO), "one school has a canteen");
        assertTrue(CoverageIndicators.of(d, CoverageIndicator.ASSISTIVE_DEVICES).overall().ratio().isEmpty(),
                "no school with disabled pupils: not applicable");
    }
}
