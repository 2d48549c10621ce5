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
package org.junheng.core.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DataSetSeries;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.Exemption;
import org.junheng.core.model.FamilyStatus;
import org.junheng.core.model.FundingRecord;
import org.junheng.core.model.Gender;
import org.junheng.core.model.Jurisdiction;
import org.junheng.core.model.Location;
import org.junheng.core.model.PostAllocation;
import org.junheng.core.model.RotationMove;
import org.junheng.core.model.School;
import org.junheng.core.model.Stage;
import org.junheng.core.model.Student;
import org.junheng.core.model.Teacher;
import org.junheng.core.model.Title;
import org.junheng.core.value.Money;
import org.junheng.core.value.SchoolYear;

/**
 * The embedded sample: 示例县 (Sample County), a fictional county of 沈阳市 with 30 schools of every
 * stage, about 800 teachers (at the national teacher-pupil ratios), 12,000 students and six years of
 * funding, as on 2026-09-01.
 *
 * <p>It is built so that every area has both compliant and failing cases: schools above and below the
 * balance thresholds, rural and weak schools, teachers locked by targeted recruitment, disabled
 * students with valid and expired certificates, university students and an adult-education graduate for
 * the aid rules, a registration outside Shenyang, a funding series with a fall in per-student spending
 * (a FIN-2 breach) and a year compared with a restated prior year, and a rotation plan with a school
 * that meets its quota, one that misses it and a teacher still locked by targeted recruitment.
 *
 * <p>The data set is made in code, deterministically; {@code junheng export-sample} writes it as JSON or
 * CSV for a look.
 */
public final class SampleCounty {
    /** The sample county's code: fictional, within 沈阳市 (210100). */
    public static final DivisionCode CODE = DivisionCode.of("210199");
    /** The seed of the generator behind the sample. */
    public static final long SEED = 2024_06_25L;

    private static volatile DataSet instance;
    private static volatile DataSetSeries series;

    private SampleCounty() {
    }

    /** The sample data set; made once, then shared (it is immutable). */
    public static DataSet dataSet() {
        DataSet d = instance;
        if (d == null) {
            synchronized (SampleCounty.class) {
                d = instance;
                if (d == null) {
                    d = build();
                    instance = d;
                }
            }
        }
        return d;
    }

    /**
     * The sample county over three school years, snapshots on 2024-09-01, 2025-09-01 and 2026-09-01,
     * the last being {@link #dataSet()} itself; the earlier ones have fewer inclusive schools, larger
     * classes, and only the people and funding years already there. With dated values for what no record
     * holds (the share of disabled students aided, schools built). Made once, then shared.
     */
    public static DataSetSeries series() {
        DataSetSeries s = series;
        if (s == null) {
            synchronized (SampleCounty.class) {
                s = series;
                if (s == null) {
                    s = SampleSeries.build(dataSet());
                    series = s;
                }
            }
        }
        return s;
    }

    private static DataSet build() {
        SyntheticDataSets.Generator g = new SyntheticDataSets.Generator(SEED, "示例县 Sample County");
        DivisionCode province = DivisionCode.of("210000");
        DivisionCode city = DivisionCode.of("210100");
        g.builder.add(new Jurisdiction(province, "辽宁省", null));
        g.builder.add(new Jurisdiction(city, "沈阳市", province));
        g.builder.add(new Jurisdiction(CODE, "示例县", city));
        g.county(CODE, 30, 23, 460);
        funding(g.builder);
        aidCases(g.builder);
        DataSet generated = g.builder.build();
        DataSet.Builder withPlan = generated.toBuilder();
        rotationPlan(generated).forEach(withPlan::add);
        posts(generated).forEach(withPlan::add);
        return withPlan.build();
    }

    /**
     * The senior and middle posts of the school year (ROT-9): each public compulsory school has as many as
     * its teachers with such titles hold, and the county holds back the fewest posts that make 10% of
     * the total, {@code ceil(schools' posts / 9)}.
     */
    private static List<PostAllocation> posts(DataSet data) {
        SchoolYear year = SchoolYear.containing(SyntheticDataSets.AS_OF);
        List<PostAllocation> posts = new ArrayList<>();
        long total = 0;
        for (School s : data.schools()) {
            if (!s.isPublic() || !s.type().isOrdinaryCompulsory()) {
                continue;
            }
            long senior = data.teachers().stream().filter(t -> t.schoolId().equals(s.id())
                    && t.title().compareTo(Title.ASSOCIATE_SENIOR) >= 0).count();
            long middle = data.teachers().stream().filter(t -> t.schoolId().equals(s.id()) && t.title() == Title.INTERMEDIATE).count();
            posts.add(new PostAllocation(s.jurisdiction(), s.id(), year, senior, middle));
            total += senior + middle;
        }
        posts.add(new PostAllocation(CODE, null, year, 0, (total + 8) / 9));
        return posts;
    }

    /**
     * The 2026-2027 rotation plan: the first urban compulsory school sends a sixth of its long-serving
     * teachers (a backbone teacher among them) to rural schools, enough for a 15% quota; the second sends
     * one, too few; and a rural teacher still within the 5-year lock of targeted recruitment (ROT-7) is
     * put on the plan to show the refusal. "Long-serving" here is a plain filter (8 or more years at the
     * school, under 50, no exemption, not targeted); the calculators judge the plan by the policy.
     */
    private static List<RotationMove> rotationPlan(DataSet data) {
        SchoolYear year = SchoolYear.containing(SyntheticDataSets.AS_OF);
        LocalDate asOf = data.asOf();
        List<School> urban = data.schools().stream().filter(s -> s.location() == Location.URBAN && s.isPublic()
                && s.type().isOrdinaryCompulsory()).toList();
        List<School> rural = data.schools().stream().filter(s -> s.location() == Location.RURAL && s.isPublic()
                && s.type().isOrdinaryCompulsory()).toList();
        List<RotationMove> moves = new ArrayList<>();
        for (int k = 0; k < 2 && k < urban.size(); k++) {
            School from = urban.get(k);
            List<Teacher> candidates = data.teachers().stream().filter(t -> t.schoolId().equals(from.id())
                    && !t.currentSchoolSince().isAfter(asOf.minusYears(8)) && t.birthDate().isAfter(asOf.minusYears(50))
                    && t.exemption() == Exemption.NONE && t.targetedRecruitment() == null && t.onEstablishment()).toList();
            int count = k == 0 ? Math.max(2, (candidates.size() + 5) / 6) : 1;
            List<Teacher> chosen = new ArrayList<>(candidates.stream().filter(t -> t.backbone().isBackbone()).limit(1).toList());
            candidates.stream().filter(t -> !chosen.contains(t)).limit(count - chosen.size()).forEach(chosen::add);
            for (int i = 0; i < chosen.size(); i++) {
                moves.add(new RotationMove(chosen.get(i).id(), from.id(), rural.get((k + i) % rural.size()).id(), year));
            }
        }
        data.teachers().stream().filter(t -> t.targetedRecruitment() != null
                && t.targetedRecruitment().isAfter(asOf.minusYears(5)) && t.exemption() == Exemption.NONE
                && t.onEstablishment() && rural.stream().anyMatch(r -> r.id().equals(t.schoolId()))).findFirst()
                .ifPresent(t -> moves.add(new RotationMove(t.id(), t.schoolId(), urban.get(0).id(), year)));
        return moves;
    }

    /**
     * 2020 to 2025. Per-student spending falls in 2023 (a FIN-2 breach: students grew faster than
     * spending); 2024 is compared with 2023 restated on a new basis (同口径) after a boundary change.
     */
    private static void funding(DataSet.Builder b) {
        b.add(year(2020, "1620000000.00", 118_000));
        b.add(year(2021, "1702000000.00", 119_500));
        b.add(year(2022, "1766000000.00", 120_100));
        b.add(year(2023, "1790000000.00", 123_400));
        b.add(new FundingRecord(CODE, 2024, FundingRecord.GENERAL_BUDGET, Money.parse("1851000000.00"), 124_000,
                Money.parse("1802000000.00"), 123_900L, Money.parse("86000000.00"), Money.parse("27100000.00"),
                Money.parse("112000.00"), Money.parse("109500.00"), Money.parse("620.00"), Money.parse("800.00"),
                96_000L, Money.parse("76800000.00")));
        b.add(new FundingRecord(CODE, 2025, FundingRecord.GENERAL_BUDGET, Money.parse("1873000000.00"), 125_600,
                null, null, Money.parse("88000000.00"), Money.parse("24500000.00"),
                Money.parse("113000.00"), Money.parse("116800.00"), Money.parse("580.00"), Money.parse("800.00"),
                97_000L, Money.parse("76100000.00")));
    }

    private static FundingRecord year(int year, String expenditure, long students) {
        return FundingRecord.of(CODE, year, Money.parse(expenditure), students);
    }

    /** People in the scope of the aid rules whom the schools' records do not show. */
    private static void aidCases(DataSet.Builder b) {
        LocalDate asOf = SyntheticDataSets.AS_OF;
        // a disabled university student (AID-2)
        b.add(person("SX-U001", "赵一", Stage.UNDERGRADUATE, LocalDate.of(2005, 3, 14), LocalDate.of(2024, 9, 1),
                LocalDate.of(2012, 5, 2), FamilyStatus.NONE, false, false, null));
        // a university student of a 低保 family with a disabled member, enrolled this year after a special
        // hardship: AID-2 and AID-3(a)
        b.add(person("SX-U002", "钱二", Stage.JUNIOR_COLLEGE, LocalDate.of(2007, 8, 1), asOf, null,
                FamilyStatus.MINIMUM_LIVING, true, true, null));
        // a postgraduate whose certificate expired before the reference date: refused
        b.add(new Student("SX-U003", "孙三", null, Stage.POSTGRADUATE, 0, Gender.MALE, LocalDate.of(2001, 1, 9),
                LocalDate.of(2023, 9, 1), CODE, false, false, LocalDate.of(2010, 1, 1), asOf.minusDays(10),
                FamilyStatus.NONE, false, false, false, null));
        // a disabled adult who obtained an adult-education diploma this year: AID-3(b)
        b.add(person("SX-A001", "李四", Stage.NOT_ENROLLED, LocalDate.of(1990, 6, 30), null,
                LocalDate.of(2000, 2, 2), FamilyStatus.NONE, false, false, asOf.minusMonths(2)));
        // a disabled university student registered outside Shenyang: refused under the Shenyang profile
        b.add(new Student("SX-U004", "周五", null, Stage.UNDERGRADUATE, 0, Gender.FEMALE, LocalDate.of(2006, 4, 4),
                LocalDate.of(2025, 9, 1), DivisionCode.of("220102"), false, false, LocalDate.of(2015, 7, 7), null,
                FamilyStatus.NONE, false, false, false, null));
    }

    private static Student person(String id, String name, Stage stage, LocalDate birth, LocalDate enrolment,
            LocalDate certificate, FamilyStatus family, boolean disabledMember, boolean specialHardship,
            LocalDate diploma) {
        return new Student(id, name, null, stage, 0, Gender.FEMALE, birth, enrolment, CODE, false, false, certificate,
                null, family, family != FamilyStatus.NONE, disabledMember, specialHardship, diploma);
    }
}
