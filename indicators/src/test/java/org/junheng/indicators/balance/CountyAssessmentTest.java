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
package org.junheng.indicators.balance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junheng.core.gen.Properties.qt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junheng.core.model.BackboneLevel;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.Degree;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.Exemption;
import org.junheng.core.model.FamilyStatus;
import org.junheng.core.model.Gender;
import org.junheng.core.model.Jurisdiction;
import org.junheng.core.model.Location;
import org.junheng.core.model.Ownership;
import org.junheng.core.model.School;
import org.junheng.core.model.SchoolClass;
import org.junheng.core.model.SchoolResources;
import org.junheng.core.model.SchoolType;
import org.junheng.core.model.Stage;
import org.junheng.core.model.Student;
import org.junheng.core.model.Subject;
import org.junheng.core.model.Teacher;
import org.junheng.core.policy.Policies;
import org.junheng.core.policy.Policy;
import org.junheng.core.sample.SampleCounty;
import org.junheng.core.value.Money;
import org.junheng.indicators.rules.Finding;
import org.junheng.indicators.rules.Verdict;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class CountyAssessmentTest {
    private static final DivisionCode COUNTY = DivisionCode.of("210199");
    private static final LocalDate AS_OF = LocalDate.of(2026, 9, 1);
    private static final Policy POLICY = Policies.national();

    /** Builds a county of primary schools, each described by its students and teacher and resource counts. */
    private static final class County {
        final DataSet.Builder b = DataSet.builder("test county", AS_OF).add(new Jurisdiction(COUNTY, "测试县", null));
        int next;

        County school(String id, SchoolType type, boolean teachingPoint, int students, int qualified, int backbone,
                int peArts, String rooms, String sports, long equipmentYuan, int multimedia) {
            b.add(new School(id, id, COUNTY, type, Ownership.PUBLIC, true, Location.RURAL, false, teachingPoint, null,
                    null, null, Set.of()));
            for (int i = 0; i < students; i++) {
                b.add(new Student(id + "-P" + i, null, id, Stage.PRIMARY, 1 + i % 6, Gender.MALE, LocalDate.of(2016, 1, 1),
                        null, null, false, false, null, null, FamilyStatus.NONE, false, false, false, null));
            }
            int teachers = Math.max(qualified, Math.max(backbone, peArts));
            for (int t = 0; t < teachers; t++) {
                b.add(new Teacher(id + "-T" + t, null, id, type == SchoolType.NINE_YEAR ? Stage.PRIMARY : null, Gender.FEMALE,
                        LocalDate.of(1985, 1, 1), LocalDate.of(2008, 9, 1), LocalDate.of(2008, 9, 1), true, true,
                        t < peArts ? Subject.PHYSICAL_EDUCATION : Subject.CHINESE,
                        t < qualified ? Degree.JUNIOR_COLLEGE : Degree.SENIOR_SECONDARY,
                        t % 2 == 0 ? org.junheng.core.model.Title.INTERMEDIATE : org.junheng.core.model.Title.JUNIOR,
                        t < backbone ? BackboneLevel.COUNTY : BackboneLevel.SCHOOL, false, false, false, null, Exemption.NONE));
            }
            b.add(new SchoolResources(id, Stage.PRIMARY, new BigDecimal(rooms), new BigDecimal(sports), Money.ofYuan(equipmentYuan),
                    multimedia, 10, 1000));
            return this;
        }

        /** A school of 500 pupils exactly at every primary threshold. */
        County atThresholds(String id) {
            // 4.2, 1, 0.9 per 100 of 500 pupils: 21, 5, 4.5 → 5 teachers; 4.5 and 7.5 m², 2000 yuan, 2.3 rooms per 100 → 11.5 → 12
            return school(id, SchoolType.PRIMARY, false, 500, 21, 5, 5, "2250", "3750", 1_000_000, 12);
        }

        CountyAssessment assess() {
            return CountyAssessment.of(b.build(), COUNTY, POLICY);
        }

        CountyAssessment assess(Policy policy) {
            return CountyAssessment.of(b.build(), COUNTY, policy);
        }

        /** A primary school of 100 pupils at every threshold but teaching room area, which is {@code rooms} m². */
        County rooms(String id, String rooms) {
            return school(id, SchoolType.PRIMARY, false, 100, 5, 1, 1, rooms, "750", 200_000, 3);
        }
    }

    private static SchoolAssessment only(CountyAssessment a) {
        return a.stages().get(Stage.PRIMARY).schools().get(0);
    }

    @Test
    void BAL_1_aSchoolExactlyAtEveryThresholdMeetsThem() {
        SchoolAssessment s = only(new County().atThresholds("S1").assess());
        assertEquals(7, s.values().size());
        assertTrue(s.values().stream().allMatch(IndicatorValue::meets), s.values().toString());
        assertEquals(Verdict.MET, s.bal2().verdict());
    }

    @Test
    void BAL_1_oneTeacherLessIsBelowThreshold() {
        SchoolAssessment s = only(new County().school("S1", SchoolType.PRIMARY, false, 500, 20, 5, 5, "2250", "3750",
                1_000_000, 12).assess());
        IndicatorValue qualified = s.value(ResourceIndicator.QUALIFIED_TEACHERS).orElseThrow();
        assertEquals(false, qualified.meets());
        assertEquals(new BigDecimal("1"), qualified.shortfall());
        assertEquals(new BigDecimal("4.00"), qualified.value(2));
        assertEquals(Verdict.MET, s.bal2().verdict(), "6 of 7 met and 4.0 is over 85% of 4.2");
    }

    @Test
    void BAL_2_theRestMustReachEightyFivePercent() {
        // rooms: 85% of 4.5 m² × 500 = 1912.5 m² reaches the floor; 1912 does not
        assertEquals(Verdict.MET, only(new County().school("S1", SchoolType.PRIMARY, false, 500, 21, 5, 5, "1912.5", "3750",
                1_000_000, 12).assess()).bal2().verdict());
        SchoolAssessment below = only(new County().school("S1", SchoolType.PRIMARY, false, 500, 21, 5, 5, "1912", "3750",
                1_000_000, 12).assess());
        assertEquals(Verdict.NOT_MET, below.bal2().verdict());
        assertTrue(below.bal2().explanation().en().contains("6 of 7 met"), below.bal2().toString());
    }

    @Test
    void BAL_2_twoIndicatorsMissedFailEvenAboveTheFloor() {
        assertEquals(Verdict.NOT_MET, only(new County().school("S1", SchoolType.PRIMARY, false, 500, 21, 5, 5, "2249", "3749",
                1_000_000, 12).assess()).bal2().verdict());
    }

    @Test
    void BAL_2_propertyTheVerdictFollowsTheCountOfIndicatorsMet() {
        qt().withExamples(60).forAll(SourceDSL.integers().between(15, 25), SourceDSL.integers().between(3, 7),
                SourceDSL.integers().between(1900, 2600)).check((qualified, backbone, rooms) -> {
                    SchoolAssessment s = only(new County().school("S1", SchoolType.PRIMARY, false, 500, qualified, backbone,
                            5, Integer.toString(rooms), "3750", 1_000_000, 12).assess());
                    long met = s.values().stream().filter(IndicatorValue::meets).count();
                    boolean floor = s.values().stream().allMatch(v -> v.meets() || v.reaches(new BigDecimal("0.85")));
                    return (s.bal2().verdict() == Verdict.MET) == (met >= 6 && floor);
                });
    }

    @Test
    void BAL_3_theCvOfEachIndicatorIsStudentWeightedAgainstTheCeiling() {
        County c = new County().atThresholds("S1").atThresholds("S2")
                .school("S3", SchoolType.PRIMARY, false, 100, 20, 1, 1, "450", "750", 200_000, 3);
        CountyAssessment a = c.assess();
        var findings = a.stages().get(Stage.PRIMARY).bal3();
        assertEquals(7, findings.size());
        var qualified = findings.get(0);
        // 4.2, 4.2 (500 pupils each) and 20 (100 pupils): a CV the naive formula confirms
        double mean = (4.2 * 1000 + 20 * 100) / 1100;
        double var = (1000 * Math.pow(4.2 - mean, 2) + 100 * Math.pow(20 - mean, 2)) / 1100;
        assertEquals(Math.sqrt(var) / mean, Double.parseDouble(qualified.facts().get("cv")), 0.00005);
        assertEquals(Verdict.NOT_MET, qualified.verdict(), "a CV of about 0.93 is above 0.50");
        assertEquals(Verdict.MET, findings.get(3).verdict(), "equal room areas: CV 0");
        assertEquals(Verdict.NOT_MET, a.verdict().verdict());
    }

    @Test
    void BAL_4_theWorkedExampleOfThePublishedGuidance() {
        // BAL-4: (students, books) of five primary schools; CV of books per student 0.5153
        var m = new org.junheng.indicators.inequality.WeightedMoments();
        int[][] schools = {{45, 279}, {37, 137}, {89, 935}, {76, 160}, {55, 402}};
        for (int[] s : schools) {
            m.accept((double) s[1] / s[0], s[0]);
        }
        assertEquals(0.5153, m.coefficientOfVariation(), 0.00005);
    }

    @Test
    void BAL_5_theCompositeIsTheMeanOfEightCvs() {
        CountyAssessment a = new County().atThresholds("S1").school("S2", SchoolType.PRIMARY, false, 300, 10, 2, 3, "1200",
                "2000", 500_000, 7).assess();
        var composite = a.stages().get(Stage.PRIMARY).bal5();
        assertEquals(Verdict.MET, composite.verdict(), composite.toString());
        double sum = composite.facts().entrySet().stream()
                .filter(e -> !e.getKey().equals("ceiling") && !e.getKey().equals("composite"))
                .mapToDouble(e -> Double.parseDouble(e.getValue())).sum();
        assertEquals(sum / 8, Double.parseDouble(composite.facts().get("composite")), 0.0001);
    }

    @Test
    void BAL_6_classesOverFortyFiveAreCounted() {
        County c = new County().atThresholds("S1");
        c.b.add(new SchoolClass("C1", "S1", Stage.PRIMARY, 1, 45)).add(new SchoolClass("C2", "S1", Stage.PRIMARY, 2, 46));
        var size = c.assess().stages().get(Stage.PRIMARY).bal6().get(0);
        assertEquals(Verdict.NOT_MET, size.verdict());
        assertEquals("C2 (46)", size.facts().get("over"));
    }

    @Test
    void BAL_1_scopeLeavesOutSmallTeachingPointsAndSpecialSchoolsAndSaysSo() {
        County c = new County().atThresholds("S1").school("TP", SchoolType.PRIMARY, true, 49, 2, 1, 1, "300", "400", 100_000, 1);
        c.b.add(new School("SP", "特教", COUNTY, SchoolType.SPECIAL, Ownership.PUBLIC, true, Location.URBAN, false, false, null,
                null, null, Set.of()));
        CountyAssessment a = c.assess();
        assertEquals(1, a.stages().get(Stage.PRIMARY).schools().size());
        assertEquals(2, a.exclusions().size());
        assertTrue(a.exclusions().get(0).reason().contains("teaching point with 49 students, under 50"));
    }

    @Test
    void BAL_2_aSectionWithoutResourcesIsNotAssessableNeverMet() {
        County c = new County();
        c.b.add(new School("S1", "S1", COUNTY, SchoolType.PRIMARY, Ownership.PUBLIC, true, Location.URBAN, false, false, null,
                null, null, Set.of()));
        c.b.add(new Student("P1", null, "S1", Stage.PRIMARY, 1, Gender.MALE, LocalDate.of(2019, 1, 1), null, null, false, false,
                null, null, FamilyStatus.NONE, false, false, false, null));
        CountyAssessment a = c.assess();
        assertEquals(Verdict.NOT_ASSESSABLE, only(a).bal2().verdict());
        assertEquals(Verdict.NOT_ASSESSABLE, a.verdict().verdict());
    }

    @Test
    void theSampleFailsAnIndicatorCeilingAndASchoolsSixOfSevenRule() {
        List<CountyAssessment> all = CountyAssessment.all(SampleCounty.dataSet(), POLICY);
        assertEquals(1, all.size());
        CountyAssessment sample = all.get(0);
        assertTrue(sample.stages().values().stream().anyMatch(s -> s.bal3().stream().anyMatch(f -> f.verdict() == Verdict.NOT_MET)));
        assertTrue(sample.stages().values().stream().anyMatch(s -> !s.failingSchools().isEmpty()));
        assertTrue(sample.stages().values().stream().anyMatch(s -> s.schools().stream().anyMatch(x -> x.bal2().isMet())));
        assertEquals(2, sample.stages().size(), "nine-year schools count as a primary and a junior section");
    }

    private static Verdict bal2(String rooms, String sports, int qualified) {
        return only(new County().school("S1", SchoolType.PRIMARY, false, 500, qualified, 5, 5, rooms, sports, 1_000_000, 12)
                .assess()).bal2().verdict();
    }

    @Test
    void BAL_2_sixOfSevenWithTheRestAtTheFloorPassesAndFiveOfSevenFails() {
        // 85% of 4.5 m² × 500 = 1912.5; 85% of 7.5 m² × 500 = 3187.5; 85% of 4.2 per 100 of 500 = 17.85 teachers
        assertEquals(Verdict.MET, bal2("2250", "3750", 21), "seven of seven");
        assertEquals(Verdict.MET, bal2("1912.5", "3750", 21), "six, the seventh exactly at 85%");
        assertEquals(Verdict.MET, bal2("2250", "3187.5", 21), "six, sports exactly at 85%");
        assertEquals(Verdict.NOT_MET, bal2("2250", "3187.4", 21), "six, sports just under 85%");
        assertEquals(Verdict.MET, bal2("2250", "3750", 18), "six, 3.6 teachers per 100 is over 85% of 4.2");
        assertEquals(Verdict.NOT_MET, bal2("2250", "3750", 17), "six, 3.4 per 100 is under 85% of 4.2");
        assertEquals(Verdict.NOT_MET, bal2("2249", "3749", 21), "five of seven, both above the floor");
        assertEquals(Verdict.NOT_MET, bal2("2249", "3749", 20), "four of seven");
    }

    @Test
    void BAL_2_theNumbersComeFromThePolicy() {
        Policy five = POLICY.with("balance.school.minIndicatorsMet", "5");
        County c = new County().school("S1", SchoolType.PRIMARY, false, 500, 21, 5, 5, "2249", "3749", 1_000_000, 12);
        assertEquals(Verdict.MET, only(c.assess(five)).bal2().verdict(), "five of seven where the policy asks five");
        Policy ninety = POLICY.with("balance.school.restFloor", "90%");
        assertEquals(Verdict.NOT_MET, only(new County().school("S1", SchoolType.PRIMARY, false, 500, 21, 5, 5, "2000", "3750",
                1_000_000, 12).assess(ninety)).bal2().verdict(), "2000 m² is 88.9% of 2250");
        assertEquals(Verdict.MET, only(new County().school("S1", SchoolType.PRIMARY, false, 500, 21, 5, 5, "2025", "3750",
                1_000_000, 12).assess(ninety)).bal2().verdict(), "2025 m² is exactly 90%");
    }

    @Test
    void BAL_2_theExplanationNamesTheCountAndTheFailingIndicator() {
        SchoolAssessment all = only(new County().atThresholds("S1").assess());
        assertEquals("7 of 7 met", all.bal2().explanation().en());
        assertEquals("7/7 项达标", all.bal2().explanation().zh());
        SchoolAssessment six = only(new County().school("S1", SchoolType.PRIMARY, false, 500, 21, 5, 5, "2000", "3750",
                1_000_000, 12).assess());
        assertTrue(six.bal2().explanation().en().startsWith("6 of 7 met, the rest at least 85%: teaching room area"),
                six.bal2().explanation().en());
        assertEquals(List.of(ResourceIndicator.TEACHING_ROOM_AREA), six.failing().stream().map(IndicatorValue::indicator).toList());
        assertEquals("4.00 / 4.5", six.bal2().facts().get("TEACHING_ROOM_AREA"));
        SchoolAssessment five = only(new County().school("S1", SchoolType.PRIMARY, false, 500, 21, 5, 5, "2249", "3749",
                1_000_000, 12).assess());
        assertTrue(five.bal2().explanation().en().startsWith("5 of 7 met (needs 6"), five.bal2().explanation().en());
    }

    @Test
    void BAL_3_aCvExactlyAtTheCeilingMeetsItAndJustAboveDoesNot() {
        // room areas of 1 and 3 m² per pupil, 100 pupils each: mean 2, deviation 1, CV exactly 0.5
        County c = new County().rooms("S1", "100").rooms("S2", "300");
        Finding rooms = c.assess().stages().get(Stage.PRIMARY).bal3().get(ResourceIndicator.TEACHING_ROOM_AREA.ordinal());
        assertEquals("0.5000", rooms.facts().get("cv"));
        assertEquals(Verdict.MET, rooms.verdict(), "以内 includes the boundary");
        assertEquals("0.50", rooms.facts().get("ceiling"));
        assertTrue(rooms.explanation().en().contains("<= ceiling 0.50"), rooms.explanation().en());
        Finding tighter = c.assess(POLICY.with("balance.primary.cvCeiling", "0.4999")).stages().get(Stage.PRIMARY).bal3()
                .get(ResourceIndicator.TEACHING_ROOM_AREA.ordinal());
        assertEquals(Verdict.NOT_MET, tighter.verdict());
        assertTrue(tighter.explanation().en().contains("above the ceiling 0.4999"), tighter.explanation().en());
    }

    @Test
    void BAL_3_juniorSectionsUseTheJuniorCeiling() {
        County c = new County();
        for (String[] s : new String[][] {{"J1", "100"}, {"J2", "300"}}) {
            c.b.add(new School(s[0], s[0], COUNTY, SchoolType.JUNIOR, Ownership.PUBLIC, true, Location.URBAN, false, false,
                    null, null, null, Set.of()));
            for (int i = 0; i < 100; i++) {
                c.b.add(new Student(s[0] + "-" + i, null, s[0], Stage.JUNIOR, 1, Gender.MALE, LocalDate.of(2012, 1, 1), null,
                        null, false, false, null, null, FamilyStatus.NONE, false, false, false, null));
            }
            c.b.add(new SchoolResources(s[0], Stage.JUNIOR, new BigDecimal(s[1]), new BigDecimal("1020"),
                    Money.ofYuan(250_000), 3, 10, 1000));
        }
        CountyAssessment a = c.assess();
        Finding rooms = a.stages().get(Stage.JUNIOR).bal3().get(ResourceIndicator.TEACHING_ROOM_AREA.ordinal());
        assertEquals("0.45", rooms.facts().get("ceiling"));
        assertEquals(Verdict.NOT_MET, rooms.verdict(), "0.5 is above the junior 0.45");
        assertEquals(Verdict.NOT_ASSESSABLE, a.stages().get(Stage.JUNIOR).bal3().get(0).verdict(),
                "no qualified teachers anywhere: a mean of zero has no CV");
    }

    @Test
    void BAL_3_aSectionWithoutFiguresMakesTheCvNotAssessable() {
        County c = new County().atThresholds("S1");
        c.b.add(new School("S2", "S2", COUNTY, SchoolType.PRIMARY, Ownership.PUBLIC, true, Location.URBAN, false, false, null,
                null, null, Set.of()));
        c.b.add(new Student("S2-P", null, "S2", Stage.PRIMARY, 1, Gender.MALE, LocalDate.of(2019, 1, 1), null, null, false,
                false, null, null, FamilyStatus.NONE, false, false, false, null));
        var bal3 = c.assess().stages().get(Stage.PRIMARY).bal3();
        Finding rooms = bal3.get(ResourceIndicator.TEACHING_ROOM_AREA.ordinal());
        assertEquals(Verdict.NOT_ASSESSABLE, rooms.verdict());
        assertTrue(rooms.explanation().en().contains("1 sections lack the figures"), rooms.explanation().en());
    }

    @Test
    void BAL_1_theCountyMeetsTheStandardOnlyWhenEverythingDoes() {
        CountyAssessment a = new County().atThresholds("S1").atThresholds("S2").assess();
        assertEquals(Verdict.MET, a.verdict().verdict(), a.verdict().toString());
        assertEquals("BAL-1", a.verdict().rule());
        assertEquals("", a.verdict().facts().get("failing"));
        CountyAssessment failing = new County().atThresholds("S1").school("S2", SchoolType.PRIMARY, false, 500, 21, 5, 5,
                "2249", "3749", 1_000_000, 12).assess();
        assertEquals(Verdict.NOT_MET, failing.verdict().verdict());
        assertEquals("S2 " + Stage.PRIMARY.label().en() + " (BAL-2)", failing.verdict().facts().get("failing"));
        CountyAssessment empty = CountyAssessment.of(new County().b.build(), COUNTY, POLICY);
        assertEquals(Verdict.NOT_ASSESSABLE, empty.verdict().verdict());
        assertTrue(empty.stages().isEmpty());
    }

    @Test
    void BAL_1_aTeachingPointOfExactlyFiftyIsAssessedAndAnOrdinarySmallSchoolToo() {
        County c = new County().atThresholds("S1").school("TP", SchoolType.PRIMARY, true, 50, 2, 1, 1, "300", "400", 100_000, 1)
                .school("SM", SchoolType.PRIMARY, false, 30, 2, 1, 1, "300", "400", 100_000, 1);
        c.b.add(new School("VO", "职校", COUNTY, SchoolType.SECONDARY_VOCATIONAL, Ownership.PUBLIC, true, Location.URBAN, false,
                false, null, null, null, Set.of()));
        c.b.add(new School("KG", "幼儿园", COUNTY, SchoolType.KINDERGARTEN, Ownership.PUBLIC, true, Location.URBAN, false,
                false, null, null, null, Set.of()));
        CountyAssessment a = c.assess();
        assertEquals(Set.of("S1", "TP", "SM"), a.stages().get(Stage.PRIMARY).schools().stream()
                .map(SchoolAssessment::schoolId).collect(java.util.stream.Collectors.toSet()));
        assertEquals(1, a.exclusions().size(), "the kindergarten is simply not in scope; the vocational school is listed");
        assertEquals("secondary vocational school: outside the assessment", a.exclusions().get(0).reason());
    }

    @Test
    void BAL_1_aNineYearSchoolCountsOncePerSectionAndAnEmptySectionIsListed() {
        County c = new County().school("NY", SchoolType.NINE_YEAR, false, 500, 21, 5, 5, "2250", "3750", 1_000_000, 12);
        c.b.add(new Teacher("NY-X", null, "NY", null, Gender.FEMALE, LocalDate.of(1985, 1, 1), LocalDate.of(2008, 9, 1),
                LocalDate.of(2008, 9, 1), true, true, Subject.CHINESE, Degree.BACHELOR,
                org.junheng.core.model.Title.JUNIOR, BackboneLevel.SCHOOL, false, false, false, null, Exemption.NONE));
        CountyAssessment a = c.assess();
        assertEquals(Set.of(Stage.PRIMARY), a.stages().keySet());
        assertEquals(Stage.JUNIOR.label().en() + " section without students", a.exclusions().get(0).reason());
        assertEquals(Verdict.MET, only(a).bal2().verdict(), "sectioned teachers count; the unplaced one does not");
        assertTrue(a.notes().stream().anyMatch(n -> n.en().startsWith("1 teachers of multi-section schools name no section")),
                a.notes().toString());
    }

    @Test
    void BAL_5_theCompositeFailsAboveTheCeilingAndIsNotAssessableWithoutResources() {
        CountyAssessment a = new County().atThresholds("S1").school("S2", SchoolType.PRIMARY, false, 300, 10, 2, 3, "1200",
                "2000", 500_000, 7).assess(POLICY.with("balance.basic.primaryCvCeiling", "0.01"));
        Finding composite = a.stages().get(Stage.PRIMARY).bal5();
        assertEquals(Verdict.NOT_MET, composite.verdict());
        assertEquals("BAL-5", composite.rule());
        County c = new County().atThresholds("S1");
        c.b.add(new School("S2", "S2", COUNTY, SchoolType.PRIMARY, Ownership.PUBLIC, true, Location.URBAN, false, false, null,
                null, null, Set.of()));
        c.b.add(new Student("S2-P", null, "S2", Stage.PRIMARY, 1, Gender.MALE, LocalDate.of(2019, 1, 1), null, null, false,
                false, null, null, FamilyStatus.NONE, false, false, false, null));
        assertEquals(Verdict.NOT_ASSESSABLE, c.assess().stages().get(Stage.PRIMARY).bal5().verdict());
    }

    @Test
    void BAL_6_schoolSizeLimitsIncludeTheBoundary() {
        County c = new County().atThresholds("S1").school("NY", SchoolType.NINE_YEAR, false, 500, 21, 5, 5, "2250", "3750",
                1_000_000, 12);
        Policy at = POLICY.with("balance.schoolSize.max", "500").with("balance.schoolSize.maxNineOrTwelveYear", "500");
        Finding size = c.assess(at).stages().get(Stage.PRIMARY).bal6().get(1);
        assertEquals(Verdict.MET, size.verdict(), size.toString());
        Policy under = POLICY.with("balance.schoolSize.max", "499").with("balance.schoolSize.maxNineOrTwelveYear", "500");
        Finding over = c.assess(under).stages().get(Stage.PRIMARY).bal6().get(1);
        assertEquals(Verdict.NOT_MET, over.verdict());
        assertEquals("S1 (500 > 499)", over.facts().get("over"), "the nine-year school has its own limit");
        Policy nine = POLICY.with("balance.schoolSize.max", "500").with("balance.schoolSize.maxNineOrTwelveYear", "499");
        assertEquals("NY (500 > 499)", c.assess(nine).stages().get(Stage.PRIMARY).bal6().get(1).facts().get("over"));
    }

    @Test
    void BAL_6_noClassRecordsIsNotAssessable() {
        Finding size = new County().atThresholds("S1").assess().stages().get(Stage.PRIMARY).bal6().get(0);
        assertEquals(Verdict.NOT_ASSESSABLE, size.verdict());
        County c = new County().school("NY", SchoolType.NINE_YEAR, false, 500, 21, 5, 5, "2250", "3750", 1_000_000, 12);
        c.b.add(new SchoolClass("C1", "NY", Stage.PRIMARY, 1, 45)).add(new SchoolClass("C2", "NY", Stage.JUNIOR, 1, 60));
        Finding ok = c.assess().stages().get(Stage.PRIMARY).bal6().get(0);
        assertEquals(Verdict.MET, ok.verdict(), "a junior class does not count in the primary limit");
        assertEquals("1", ok.facts().get("classes"));
    }

    @Test
    void BAL_1_indicatorValuesRoundShortfallsUpToWholeTeachers() {
        IndicatorValue v = new IndicatorValue(ResourceIndicator.QUALIFIED_TEACHERS, new BigDecimal("20"), 501,
                new BigDecimal("4.2"));
        assertEquals(new BigDecimal("2"), v.shortfall(), "4.2 × 5.01 = 21.042 teachers: 22 needed");
        assertTrue(v.reachesFloor());
        IndicatorValue area = new IndicatorValue(ResourceIndicator.TEACHING_ROOM_AREA, new BigDecimal("2000.5"), 500,
                new BigDecimal("4.5"));
        assertEquals(new BigDecimal("249.5"), area.shortfall());
        assertEquals(4.001, area.toDouble(), 1e-12);
        assertEquals(BigDecimal.ZERO, new IndicatorValue(ResourceIndicator.SPORTS_AREA, new BigDecimal("3750"), 500,
                new BigDecimal("7.5")).shortfall());
        assertFalse(new IndicatorValue(ResourceIndicator.SPORTS_AREA, new BigDecimal("3187.4"), 500, new BigDecimal("7.5"))
                .reachesFloor());
    }
}
