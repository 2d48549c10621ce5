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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junheng.indicators.rotation.RotationTest.AS_OF;
import static org.junheng.indicators.rotation.RotationTest.county;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junheng.core.model.BackboneLevel;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DataSetSeries;
import org.junheng.core.model.Degree;
import org.junheng.core.model.Exemption;
import org.junheng.core.model.Gender;
import org.junheng.core.model.PostAllocation;
import org.junheng.core.model.RotationMove;
import org.junheng.core.model.Subject;
import org.junheng.core.model.Teacher;
import org.junheng.core.model.Title;
import org.junheng.core.policy.Parameter;
import org.junheng.core.policy.Policies;
import org.junheng.core.policy.Policy;
import org.junheng.core.sample.SampleCounty;
import org.junheng.core.value.SchoolYear;
import org.junheng.indicators.report.Section;
import org.junheng.indicators.rules.Finding;
import org.junheng.indicators.rules.Verdict;
import org.junit.jupiter.api.Test;

/** Where each rotation rule holds (place), what data a dated rule is judged on (time), ROT-6, ROT-8, ROT-9. */
class RotationPlaceTimeTest {
    private static final Policy PANJIN = Policies.panjin();

    private static Teacher person(String id, String school, LocalDate birth, LocalDate hired, Title title,
            BackboneLevel backbone, boolean principal, boolean reform) {
        return new Teacher(id, null, school, null, Gender.MALE, birth, hired, hired, true, true, Subject.CHINESE,
                Degree.BACHELOR, title, backbone, principal, false, reform, null, Exemption.NONE);
    }

    private static Teacher rural(String id, LocalDate birth) {
        return person(id, "R", birth, LocalDate.of(2010, 9, 1), Title.INTERMEDIATE, BackboneLevel.NONE, false, false);
    }

    private static DataSet ages(String asOf, String birth) {
        LocalDate b = LocalDate.parse(birth);
        return county(LocalDate.parse(asOf), List.of(rural("A", b), rural("B", b)), List.of());
    }

    private static Finding only(List<Finding> findings, String rule) {
        List<Finding> of = findings.stream().filter(f -> f.rule().equals(rule)).toList();
        assertEquals(1, of.size(), findings.toString());
        return of.get(0);
    }

    private static Finding rot10(DataSet... snapshots) {
        return only(RotationAssessment.of(new DataSetSeries("s", List.of(snapshots), List.of()), PANJIN).workforce(), "ROT-10");
    }

    private static String text(Section s) {
        StringBuilder b = new StringBuilder();
        s.tables().forEach(t -> t.rows().forEach(r -> b.append(r).append('\n')));
        return b.toString();
    }

    @Test
    void ROT_1_ROT_2_BAL_6_theQuotaCitesTheRuleOfTheProfilesOwnRate() {
        assertEquals("BAL-6", Quota.of("S", 10, 1, 0, Policies.national()).quota().rule());
        assertEquals("BAL-6", Quota.of("S", 10, 1, 1, Policies.liaoning()).backbone().rule());
        assertEquals("BAL-6", Quota.of("S", 10, 1, 0, PANJIN).quota().rule());
        assertEquals("ROT-1", Quota.of("S", 10, 1, 0, Policies.shenyang()).quota().rule());
        assertEquals("ROT-1", Quota.of("S", 10, 1, 1, Policies.shenyang()).backbone().rule());
        assertEquals("ROT-2", Quota.of("S", 10, 1, 0, Policies.yingkou()).quota().rule());
        assertEquals(1, Quota.of("S", 10, 1, 0, Policies.national()).required(), "BAL-6: 10%");
        assertEquals(2, Quota.of("S", 10, 1, 0, Policies.shenyang()).required(), "ROT-1: 15%");
    }

    @Test
    void ROT_3_ROT_7_ROT_9_ROT_10_panjinsParametersAreDeclaredInPanjinOnly() {
        for (String key : List.of("rotation.reformParticipantRate", "rotation.reformParticipantRate.deadline",
                "rotation.targetedRecruitmentLockYears", "posts.weakSchoolExtraPoints", "posts.reservedShare",
                "teachers.rural.maxAverageAge", "teachers.rural.maxAverageAge.deadline")) {
            assertTrue(PANJIN.has(key), key);
            for (String other : List.of("national", "liaoning", "shenyang", "yingkou")) {
                assertFalse(Policies.builtIn(other).has(key), other + " " + key);
            }
        }
    }

    @Test
    void ROT_9_ROT_10_panjinsRulesAreNotReportedOnAShenyangCounty() {
        DataSet sample = SampleCounty.dataSet();
        for (Policy p : List.of(Policies.shenyang(), Policies.national(), Policies.liaoning(), Policies.yingkou())) {
            assertEquals(List.of(), RotationAssessment.of(sample, p).workforce(), p.name());
            String shown = text(RotationSection.of(sample, p));
            for (String rule : List.of("ROT-3", "ROT-7", "ROT-8", "ROT-9", "ROT-10")) {
                assertFalse(shown.contains(rule + ","), p.name() + " shows " + rule);
            }
            assertTrue(shown.contains("ROT-4,") && shown.contains("ROT-5,"), "ROT-4 and ROT-5 are national and Liaoning's");
        }
        RotationAssessment panjin = RotationAssessment.of(sample, PANJIN);
        assertEquals(List.of("ROT-3", "ROT-8", "ROT-9", "ROT-9", "ROT-10"), panjin.workforce().stream().map(Finding::rule).toList());
        assertEquals(Verdict.MET, panjin.workforce().get(3).verdict(), "the sample holds back the fewest posts that make 10%");
        String shown = text(RotationSection.of(sample, PANJIN));
        assertTrue(shown.contains("ROT-9,") && shown.contains("ROT-10,"), shown);
    }

    @Test
    void ROT_10_isJudgedOnTheLastSnapshotOnOrBeforeTheDeadlineNeverOnALaterOne() {
        Finding f = rot10(ages("2024-09-01", "1982-09-01"), ages("2025-09-01", "1985-09-01"), ages("2026-09-01", "1980-09-01"));
        assertEquals(Verdict.MET, f.verdict(), f.toString());
        assertEquals("on the data of 2025-09-01, the last on or before the deadline 2025-12-31: 2 rural teachers, average age "
                + "40.00; at most 40", f.explanation().en());
        assertEquals("2025-09-01", f.facts().get("dataOf"));
        assertEquals("2025-12-31", f.facts().get("deadline"));
        assertEquals("210199: 乡村教师平均年龄 / rural teachers' average age", f.subject());
        // a snapshot dated on the deadline is the one judged
        Finding onTheDay = rot10(ages("2025-08-31", "1985-08-31"), ages("2025-12-31", "1984-09-01"), ages("2026-09-01", "1990-01-01"));
        assertEquals(Verdict.NOT_MET, onTheDay.verdict());
        assertEquals("2025-12-31", onTheDay.facts().get("dataOf"));
        assertEquals("82", onTheDay.facts().get("sumOfAges"));
    }

    @Test
    void ROT_10_withOnlyLaterDataItIsNotAssessableAndShowsTheLaterValue() {
        Finding f = rot10(ages("2026-09-01", "1980-09-01"));
        assertEquals(Verdict.NOT_ASSESSABLE, f.verdict());
        assertEquals("not assessable: no observation from before the deadline 2025-12-31; later (2026-09-01): 2 rural teachers, "
                + "average age 46.00; at most 40", f.explanation().en());
        assertTrue(f.explanation().zh().startsWith("无法评估: 期限 2025-12-31 前无观测数据; 其后 (2026-09-01): "));
        // the one-data-set entry point is a series of one
        assertEquals(f, only(RotationAssessment.of(ages("2026-09-01", "1980-09-01"), PANJIN).workforce(), "ROT-10"));
    }

    @Test
    void ROT_10_beforeTheDeadlineItIsNotDueWithTheTrajectory() {
        Finding f = rot10(ages("2024-09-01", "1982-09-01"), ages("2025-09-01", "1985-09-01"));
        assertEquals(Verdict.NOT_DUE, f.verdict());
        assertEquals("not yet due (deadline 2025-12-31); trajectory: 2024-09-01: 2 rural teachers, average age 42.00; at most 40; "
                + "2025-09-01: 2 rural teachers, average age 40.00; at most 40", f.explanation().en());
        assertEquals("2025-09-01", f.facts().get("dataOf"));
        assertTrue(f.explanation().zh().startsWith("未到期 (期限 2025-12-31); 进展: 2024-09-01: 乡村教师 2 人, 平均年龄 42.00 岁"));
    }

    @Test
    void ROT_10_anAverageOfExactlyFortyCompliesAndFortyAndAHalfDoesNot() {
        assertEquals(Verdict.MET, rot10(ages("2025-09-01", "1985-09-01"), ages("2026-09-01", "1980-09-01")).verdict());
        DataSet mixed = county(LocalDate.of(2025, 9, 1), List.of(rural("A", LocalDate.of(1985, 9, 1)),
                rural("B", LocalDate.of(1984, 9, 1))), List.of());
        Finding f = rot10(mixed, ages("2026-09-01", "1990-09-01"));
        assertEquals(Verdict.NOT_MET, f.verdict());
        assertEquals("40.50", f.facts().get("average"));
    }

    private static List<Teacher> participants(int n) {
        List<Teacher> teachers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            teachers.add(person("P" + i, "U", LocalDate.of(1985, 3, 1), LocalDate.of(2010, 9, 1), Title.INTERMEDIATE,
                    BackboneLevel.NONE, false, true));
        }
        return teachers;
    }

    private static List<RotationMove> moves(LocalDate asOf, int n) {
        SchoolYear y = SchoolYear.containing(asOf);
        List<RotationMove> m = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            m.add(new RotationMove("P" + i, "U", "R", y));
        }
        return m;
    }

    private static DataSet reform(String asOf, int moved) {
        LocalDate d = LocalDate.parse(asOf);
        return county(d, participants(25), moves(d, moved));
    }

    private static Finding rot3(DataSet... snapshots) {
        return only(RotationAssessment.of(new DataSetSeries("s", List.of(snapshots), List.of()), PANJIN).workforce(), "ROT-3");
    }

    @Test
    void ROT_3_eightPercentOfReformParticipantsByTheEndOf2025() {
        Finding met = rot3(reform("2025-09-01", 2), reform("2026-09-01", 0));
        assertEquals(Verdict.MET, met.verdict(), "2 of 25 is exactly 8%, on the 2025 data; 2026 is later");
        assertEquals("on the data of 2025-09-01, the last on or before the deadline 2025-12-31: exchanged 2 of 25 reform "
                + "participants; needs 2 (8%)", met.explanation().en());
        Finding shortByOne = rot3(reform("2024-09-01", 2), reform("2025-09-01", 1), reform("2026-09-01", 3));
        assertEquals(Verdict.NOT_MET, shortByOne.verdict());
        assertEquals("1", shortByOne.facts().get("exchanged"));
        assertEquals(Verdict.NOT_DUE, rot3(reform("2024-09-01", 0), reform("2025-09-01", 2)).verdict());
        assertEquals(Verdict.NOT_ASSESSABLE, rot3(reform("2026-09-01", 3)).verdict());
        assertEquals(Verdict.NOT_ASSESSABLE, rot3(county(LocalDate.of(2025, 9, 1), List.of(RotationTest.veteran("V", "U")),
                List.of()), reform("2026-09-01", 3)).verdict(), "no reform participants in 2025");
    }

    @Test
    void ROT_3_aPlanCountsOnTheLatestSnapshot() {
        DataSet d = reform("2025-09-01", 0);
        SchoolYear y = SchoolYear.of(2025);
        RotationAssessment r = RotationAssessment.of(new DataSetSeries("s", List.of(reform("2024-09-01", 0), d), List.of()),
                PANJIN, y, moves(LocalDate.of(2025, 9, 1), 2));
        assertTrue(only(r.workforce(), "ROT-3").explanation().en().endsWith("2025-09-01: exchanged 2 of 25 reform participants; "
                + "needs 2 (8%)"), only(r.workforce(), "ROT-3").toString());
        assertTrue(only(r.workforce(), "ROT-3").explanation().en().contains("2024-09-01: exchanged 0 of 25"));
    }

    private static Teacher priority(String id, BackboneLevel backbone, boolean principal, LocalDate since) {
        return person(id, "U", LocalDate.of(1980, 1, 1), since, Title.INTERMEDIATE, backbone, principal, false);
    }

    private static List<Finding> rot6(List<String> moving) {
        LocalDate old = LocalDate.of(2015, 9, 1);
        DataSet d = county(List.of(priority("A", BackboneLevel.NONE, false, old), priority("B", BackboneLevel.COUNTY, false, old),
                priority("C", BackboneLevel.NONE, true, old), priority("D", BackboneLevel.CITY, false, LocalDate.of(2022, 9, 1)),
                priority("E", BackboneLevel.NONE, false, old)), List.of());
        SchoolYear y = SchoolYear.of(2026);
        return RotationAssessment.of(d, Policies.national(), y, moving.stream().map(id -> new RotationMove(id, "U", "R", y))
                .toList()).plan().stream().filter(f -> f.rule().equals("ROT-6") && f.subject().equals("U")).toList();
    }

    @Test
    void ROT_6_principalsAndBackboneTeachersWithTheLocalYearsRotateFirst() {
        Finding f = rot6(List.of("A")).get(0);
        assertEquals(Verdict.NOT_MET, f.verdict());
        assertEquals("U", f.subject());
        assertEquals("B,C", f.facts().get("staying"), "D has 4 years at the school, fewer than 6");
        assertEquals("A", f.facts().get("moving"));
        assertEquals("principals and backbone teachers B, C with 6 years at the school rotate first, but the plan moves "
                + "others: A", f.explanation().en());
        assertEquals("C", rot6(List.of("A", "B", "E")).get(0).facts().get("staying"));
        assertEquals("A,E", rot6(List.of("A", "B", "E")).get(0).facts().get("moving"));
        assertEquals(List.of(), rot6(List.of("B")), "a priority teacher moving alone is fine");
        assertEquals(List.of(), rot6(List.of("A", "B", "C")));
        assertEquals("D", rot6(List.of("D")).get(0).facts().get("moving"), "D (4 years) is no priority teacher");
        assertEquals(List.of(), rot6(List.of()));
    }

    @Test
    void ROT_8_theShareOfNewHiresPlacedRurallyIsReportedWithoutAVerdict() {
        LocalDate recent = LocalDate.of(2026, 3, 1);
        DataSet d = county(List.of(person("H1", "R", LocalDate.of(2000, 1, 1), recent, Title.JUNIOR, BackboneLevel.NONE, false, false),
                person("H2", "U", LocalDate.of(2000, 1, 1), AS_OF.minusYears(1).plusDays(1), Title.JUNIOR, BackboneLevel.NONE, false, false),
                person("H3", "R", LocalDate.of(2000, 1, 1), AS_OF.minusYears(1), Title.JUNIOR, BackboneLevel.NONE, false, false),
                person("V", "U", LocalDate.of(1980, 1, 1), LocalDate.of(2010, 9, 1), Title.SENIOR, BackboneLevel.NONE, false, false)),
                List.of());
        Finding f = only(RotationAssessment.of(d, PANJIN).workforce(), "ROT-8");
        assertEquals(Verdict.REPORTED, f.verdict());
        assertEquals("1 of 2 new hires of the past year placed at rural schools (50.0%); rural teachers are 2 of 4",
                f.explanation().en());
        assertEquals("50.0%", f.facts().get("share"));
        DataSet none = county(List.of(RotationTest.veteran("V", "U")), List.of());
        assertEquals(Verdict.NOT_ASSESSABLE, only(RotationAssessment.of(none, PANJIN).workforce(), "ROT-8").verdict());
    }

    @Test
    void ROT_9_twoPointsAboveIsExactAtTheBoundary() {
        BigDecimal two = new BigDecimal("2");
        assertTrue(Workforce.atLeastPointsAbove(52, 100, 50, 100, two));
        assertFalse(Workforce.atLeastPointsAbove(51, 100, 50, 100, two));
        assertTrue(Workforce.atLeastPointsAbove(1, 3, 31, 100, new BigDecimal("2.3")), "33.33… ≥ 31 + 2.3");
        assertFalse(Workforce.atLeastPointsAbove(1, 3, 31, 100, new BigDecimal("2.34")));
        assertTrue(Workforce.atLeastPointsAbove(0, 1, 0, 1, BigDecimal.ZERO));
    }

    private static List<Finding> rot9(long ruralMiddle, long urbanSenior, long reserved, SchoolYear year) {
        List<Teacher> teachers = new ArrayList<>();
        for (String id : List.of("R1", "R2", "U1", "U2", "U3")) {
            teachers.add(person(id, id.substring(0, 1), LocalDate.of(1980, 1, 1), LocalDate.of(2010, 9, 1), Title.JUNIOR,
                    BackboneLevel.NONE, false, false));
        }
        DataSet d = county(teachers, List.of()).toBuilder()
                .add(new PostAllocation(RotationTest.COUNTY, "R", year, 0, ruralMiddle))
                .add(new PostAllocation(RotationTest.COUNTY, "U", year, urbanSenior, 0))
                .add(new PostAllocation(RotationTest.COUNTY, null, year, 0, reserved)).build();
        return RotationAssessment.of(d, PANJIN).workforce().stream().filter(f -> f.rule().equals("ROT-9")).toList();
    }

    @Test
    void ROT_9_postsPerTeacherAtRemoteAndWeakSchoolsTwoPointsAboveTheOthers() {
        SchoolYear y = SchoolYear.of(2026);
        Finding f = rot9(1, 1, 1, y).get(0);
        assertEquals(Verdict.MET, f.verdict(), "1/2 = 50% ≥ 1/3 + 2 points");
        assertEquals("1/2", f.facts().get("remotePosts"));
        assertEquals("1/3", f.facts().get("otherPosts"));
        assertEquals("1 senior and middle posts for 2 teachers at remote and weak schools against 1 for 3 elsewhere; needs 2 "
                + "points more", f.explanation().en());
        assertEquals(Verdict.NOT_MET, rot9(0, 1, 1, y).get(0).verdict());
        assertEquals(Verdict.NOT_ASSESSABLE, rot9(1, 1, 1, SchoolYear.of(2025)).get(0).verdict(), "another year's posts");
        assertEquals(Verdict.NOT_ASSESSABLE, rot9(1, 1, 1, SchoolYear.of(2025)).get(1).verdict());
    }

    @Test
    void ROT_9_atLeastTenPercentOfThePostsAreHeldBackForCentralAllocation() {
        SchoolYear y = SchoolYear.of(2026);
        Finding met = rot9(1, 8, 1, y).get(1);
        assertEquals(Verdict.MET, met.verdict(), "1 of 10 is exactly 10%");
        assertEquals("1 of 10 senior and middle posts held back for central allocation; needs 1 (10%)", met.explanation().en());
        Finding shortByOne = rot9(1, 9, 1, y).get(1);
        assertEquals(Verdict.NOT_MET, shortByOne.verdict(), "1 of 11 < 10%");
        assertEquals("1 of 11 senior and middle posts held back for central allocation; needs 2 (10%), short by 1",
                shortByOne.explanation().en());
        assertEquals("210199: 统筹预留岗位 / posts held back", shortByOne.subject());
        assertEquals(Verdict.NOT_MET, rot9(1, 1, 0, y).get(1).verdict());
    }

    @Test
    void ROT_9_aPostRecordOfASchoolInAnotherCountyIsRefused() {
        DataSet d = county(List.of(), List.of());
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.junheng.core.model.InvalidDataException.class, () -> d.toBuilder()
                .add(new org.junheng.core.model.Jurisdiction(org.junheng.core.model.DivisionCode.of("210198"), "另一县", null))
                .add(new PostAllocation(org.junheng.core.model.DivisionCode.of("210198"), "R", SchoolYear.of(2026), 1, 1)).build());
        assertEquals("jurisdiction", e.problems().get(0).field());
    }

    @Test
    void ROT_1_everyRotationCareerPostsAndTeachersParameterOfEveryProfileIsRead() {
        for (String name : Policies.BUILT_IN) {
            Policy p = Policies.builtIn(name).tracking();
            RotationSection.of(SampleCounty.dataSet(), p);
            Set<String> unread = new TreeSet<>();
            for (Parameter param : p.parameters()) {
                String k = param.key();
                boolean ours = k.startsWith("rotation.") || k.startsWith("career.") || k.startsWith("posts.") || k.startsWith("teachers.");
                if (ours && !p.keysRead().contains(k)) {
                    unread.add(k);
                }
            }
            assertEquals(Set.of(), unread, name);
        }
    }
}
