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
package org.junheng.core.gen;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junheng.core.model.BackboneLevel;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.Degree;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.Exemption;
import org.junheng.core.model.FamilyStatus;
import org.junheng.core.model.FundingRecord;
import org.junheng.core.model.Gender;
import org.junheng.core.model.Jurisdiction;
import org.junheng.core.model.Location;
import org.junheng.core.model.Ownership;
import org.junheng.core.model.School;
import org.junheng.core.model.RotationMove;
import org.junheng.core.model.SchoolClass;
import org.junheng.core.model.SchoolFeature;
import org.junheng.core.model.SchoolFunding;
import org.junheng.core.model.SchoolResources;
import org.junheng.core.model.SchoolType;
import org.junheng.core.model.ServicePeriod;
import org.junheng.core.model.Stage;
import org.junheng.core.model.Student;
import org.junheng.core.model.Subject;
import org.junheng.core.model.Teacher;
import org.junheng.core.model.Title;
import org.junheng.core.value.Money;
import org.junheng.core.value.Percentage;
import org.junheng.core.value.SchoolYear;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators of valid junheng values and records, published as {@code junheng-testkit}
 * for downstream test suites. Every generated object passes its constructor's checks; a generated
 * {@link DataSet} passes the data set's checks (unique IDs, references, stages taught).
 *
 * <pre>{@code
 * Properties.qt().forAll(DomainGens.dataSets()).check(d -> myReport(d).isComplete());
 * }</pre>
 */
public final class DomainGens {
    /** The reference date of generated data sets. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 9, 1);
    private static final DivisionCode PROVINCE = DivisionCode.of("210000");
    private static final DivisionCode CITY = DivisionCode.of("210100");

    private DomainGens() {
    }

    /** Amounts from -10^9 to 10^9 yuan, in fen. */
    public static Gen<Money> money() {
        return longs().between(-100_000_000_000L, 100_000_000_000L).map(Money::ofFen);
    }

    /** Amounts from 0 to 10^9 yuan, in fen. */
    public static Gen<Money> nonNegativeMoney() {
        return longs().between(0, 100_000_000_000L).map(Money::ofFen);
    }

    /** Percentages from 0% to 100% with up to two decimals, whole percents most often. */
    public static Gen<Percentage> percentages() {
        return in -> {
            long hundredths = integers().between(0, 10_000).generate(in);
            boolean whole = booleans().all().generate(in);
            return whole ? Percentage.of(hundredths / 100) : Percentage.of(BigDecimal.valueOf(hundredths, 2));
        };
    }

    /** Dates from 1960 to the reference date. */
    public static Gen<LocalDate> dates() {
        return in -> LocalDate.ofEpochDay(longs().between(LocalDate.of(1960, 1, 1).toEpochDay(), AS_OF.toEpochDay())
                .generate(in));
    }

    private static <E extends Enum<E>> E pick(RandomnessSource in, Class<E> type) {
        E[] values = type.getEnumConstants();
        return values[integers().between(0, values.length - 1).generate(in)];
    }

    private static int between(RandomnessSource in, int min, int max) {
        return integers().between(min, max).generate(in);
    }

    private static boolean flag(RandomnessSource in) {
        return booleans().all().generate(in);
    }

    /** A school of any type in the county {@code 210199}. */
    public static Gen<School> schools() {
        return in -> school(in, "S" + between(in, 1, 999_999), DivisionCode.of("210199"));
    }

    /** A teacher of school {@code S1}, with dates in order (birth, hire, current school). */
    public static Gen<Teacher> teachers() {
        return in -> teacher(in, "T" + between(in, 1, 999_999), "S1");
    }

    /**
     * A student or person in the scope of student aid at any stage: school {@code S1} and a grade at a
     * graded stage, no school when not enrolled, optionally a school in higher education.
     */
    public static Gen<Student> students() {
        return in -> {
            Stage stage = pick(in, Stage.class);
            String school = stage.hasGrades() || stage != Stage.NOT_ENROLLED && flag(in) ? "S1" : null;
            return student(in, "P" + between(in, 1, 999_999), school, stage);
        };
    }

    /** Texts at the edges of what a string holds: empty, Latin-1, CJK, a surrogate pair, unpaired surrogates. */
    private static final String[] EDGE_TEXTS = {"", "P1", "é", "\u00ff\u0000", "学生", "\uD840\uDC00", "\uD800", "a\uDC00b",
        "\u0100", "\u0001\u0000", "Aa", "BB"};

    /**
     * Epoch days at the edges: LocalDate's first and last days, and those next to int's bounds, which a
     * compact store of dates has to tell apart from its own marks.
     */
    private static final long[] EDGE_DAYS = {LocalDate.MIN.toEpochDay(), Integer.MIN_VALUE - 1L, Integer.MIN_VALUE,
        Integer.MIN_VALUE + 1L, Integer.MIN_VALUE + 2L, -1, 0, Integer.MAX_VALUE, Integer.MAX_VALUE + 1L,
        LocalDate.MAX.toEpochDay()};

    /**
     * A student whose every field may be at an edge: IDs and names from {@link #EDGE_TEXTS} (also joined to
     * a number), dates at LocalDate's ends and int's bounds as well as ordinary ones, any school ID or
     * registration, every stage and flag. Valid as a record, not meant to fit a data set's references.
     */
    public static Gen<Student> studentsAtTheEdges() {
        return in -> {
            Stage stage = pick(in, Stage.class);
            String school = stage.hasGrades() || stage != Stage.NOT_ENROLLED && flag(in) ? edgeText(in, "S") : null;
            LocalDate birth = edgeDate(in, LocalDate.MIN);
            birth = birth.equals(LocalDate.MAX) ? birth.minusDays(1) : birth; // a later date must be able to follow
            LocalDate certFrom = flag(in) ? edgeDate(in, birth) : null;
            return new Student(edgeText(in, "P"), flag(in) ? edgeText(in, "") : null, school, stage,
                    stage.hasGrades() ? between(in, 1, stage.maxGrade()) : 0, pick(in, Gender.class), birth,
                    flag(in) ? edgeDate(in, birth.plusDays(1)) : null,
                    flag(in) ? DivisionCode.of(flag(in) ? "210199" : "1" + between(in, 10000, 99999)) : null, flag(in),
                    flag(in), certFrom, certFrom != null && flag(in) ? edgeDate(in, certFrom) : null,
                    pick(in, FamilyStatus.class), flag(in), flag(in), flag(in),
                    flag(in) ? edgeDate(in, birth.plusDays(1)) : null);
        };
    }

    /** A text from {@link #EDGE_TEXTS}, or a number after {@code prefix}; never blank when the prefix is not empty. */
    private static String edgeText(RandomnessSource in, String prefix) {
        String text = between(in, 0, 2) == 0 ? prefix + between(in, 0, 50) : EDGE_TEXTS[between(in, 0, EDGE_TEXTS.length - 1)];
        return prefix.isEmpty() || !text.isBlank() ? text : prefix + text;
    }

    /** An edge day or an ordinary one, not before {@code notBefore} (which must not be LocalDate.MAX + 1). */
    private static LocalDate edgeDate(RandomnessSource in, LocalDate notBefore) {
        long day = between(in, 0, 1) == 0 ? EDGE_DAYS[between(in, 0, EDGE_DAYS.length - 1)]
                : LocalDate.of(2000, 1, 1).toEpochDay() + between(in, -20_000, 20_000);
        return LocalDate.ofEpochDay(Math.max(day, notBefore.toEpochDay()));
    }

    private static School school(RandomnessSource in, String id, DivisionCode county) {
        Ownership ownership = pick(in, Ownership.class);
        Set<SchoolFeature> features = EnumSet.noneOf(SchoolFeature.class);
        for (SchoolFeature f : SchoolFeature.values()) {
            if (flag(in)) {
                features.add(f);
            }
        }
        return new School(id, "学校" + id, county, pick(in, SchoolType.class), ownership,
                ownership == Ownership.PUBLIC || flag(in), pick(in, Location.class), flag(in), flag(in), null, null, null,
                features);
    }

    /**
     * A small valid data set: a province, a city and one or two counties, with up to 8 schools and a few
     * records of every type that refer to them.
     */
    public static Gen<DataSet> dataSets() {
        return in -> {
            DataSet.Builder b = DataSet.builder("generated " + between(in, 0, 999), AS_OF);
            b.add(new Jurisdiction(PROVINCE, "辽宁省", null));
            b.add(new Jurisdiction(CITY, "沈阳市", PROVINCE));
            int counties = between(in, 1, 2);
            int schools = between(in, 0, 8);
            School[] made = new School[schools];
            for (int c = 1; c <= counties; c++) {
                b.add(new Jurisdiction(DivisionCode.of("21019" + c), "县" + c, CITY));
            }
            for (int i = 0; i < schools; i++) {
                School s = school(in, "S" + i, DivisionCode.of("21019" + between(in, 1, counties)));
                if (i > 0 && flag(in)) {
                    s = new School(s.id(), s.name(), s.jurisdiction(), s.type(), s.ownership(), s.inclusive(),
                            s.location(), s.weak(), s.teachingPoint(), "G1", "A1", made[i - 1].id(), s.features());
                }
                made[i] = s;
                b.add(s);
                for (Stage stage : s.type().stages()) {
                    if (flag(in)) {
                        b.add(new SchoolResources(s.id(), stage, BigDecimal.valueOf(between(in, 0, 100_000), 1),
                                BigDecimal.valueOf(between(in, 0, 100_000)), Money.ofFen(between(in, 0, 1_000_000_000)),
                                between(in, 0, 100), between(in, 0, 500), between(in, 0, 100_000)));
                    }
                }
                Stage stage = s.type().stages().iterator().next();
                int teachers = between(in, 0, 3);
                for (int t = 0; t < teachers; t++) {
                    Teacher teacher = teacher(in, s.id() + "-T" + t, s.id());
                    b.add(teacher);
                    if (flag(in)) {
                        LocalDate from = teacher.hireDate();
                        b.add(new ServicePeriod(teacher.id(), flag(in) ? s.id() : null, from,
                                flag(in) ? null : from.plusDays(between(in, 0, 3000)), true, flag(in)));
                    }
                }
                if (stage.hasGrades()) {
                    int classes = between(in, 0, 2);
                    for (int k = 0; k < classes; k++) {
                        b.add(new SchoolClass(s.id() + "-C" + k, s.id(), stage, between(in, 1, stage.maxGrade()),
                                between(in, 1, 70)));
                    }
                }
                int students = between(in, 0, 4);
                for (int k = 0; k < students; k++) {
                    b.add(student(in, s.id() + "-P" + k, stage.hasGrades() ? s.id() : null, stage));
                }
                if (flag(in)) {
                    b.add(new SchoolFunding(s.id(), 2025, Money.ofYuan(between(in, 0, 1_000_000)),
                            Money.ofYuan(between(in, 0, 50_000))));
                }
            }
            if (flag(in)) {
                b.add(student(in, "U1", null, Stage.UNDERGRADUATE));
            }
            if (schools >= 2 && flag(in)) {
                Teacher mover = teacher(in, "MOVER", made[0].id());
                b.add(mover);
                b.add(new RotationMove(mover.id(), made[0].id(), made[1].id(), SchoolYear.of(2026)));
            }
            int years = between(in, 0, 4);
            for (int y = 0; y < years; y++) {
                boolean restated = flag(in);
                b.add(new FundingRecord(DivisionCode.of("210191"), 2020 + y, FundingRecord.GENERAL_BUDGET,
                        Money.ofFen(longs().between(0, 100_000_000_000L).generate(in)), between(in, 1, 1_000_000),
                        restated ? Money.ofYuan(between(in, 0, 1_000_000)) : null,
                        restated ? Long.valueOf(between(in, 1, 1_000_000)) : null, null, null, null, null, null,
                        null, null, null));
            }
            return b.build();
        };
    }

    private static Teacher teacher(RandomnessSource in, String id, String schoolId) {
        LocalDate birth = LocalDate.of(between(in, 1962, 1998), between(in, 1, 12), between(in, 1, 28));
        LocalDate hire = birth.plusYears(between(in, 20, 26)).plusDays(between(in, 0, 300));
        LocalDate since = hire.plusDays(between(in, 0, (int) Math.max(0, AS_OF.toEpochDay() - hire.toEpochDay())));
        return new Teacher(id, flag(in) ? "教师" + id : null, schoolId, null, pick(in, Gender.class), birth, hire, since,
                flag(in), flag(in), pick(in, Subject.class), pick(in, Degree.class), pick(in, Title.class),
                pick(in, BackboneLevel.class), flag(in), flag(in), flag(in), flag(in) ? hire : null,
                pick(in, Exemption.class));
    }

    private static Student student(RandomnessSource in, String id, String schoolId, Stage stage) {
        LocalDate birth = LocalDate.of(between(in, 1990, 2022), between(in, 1, 12), between(in, 1, 28));
        boolean certificate = flag(in);
        LocalDate certFrom = certificate ? birth.plusDays(between(in, 0, 1000)) : null;
        return new Student(id, flag(in) ? "学生" + id : null, schoolId, stage, stage.hasGrades() ? between(in, 1,
                stage.maxGrade()) : 0, pick(in, Gender.class), birth, flag(in) ? birth.plusYears(3) : null,
                flag(in) ? DivisionCode.of("210199") : null, flag(in), flag(in), certFrom,
                certificate && flag(in) ? certFrom.plusYears(between(in, 0, 10)) : null, pick(in, FamilyStatus.class),
                flag(in), flag(in), flag(in), flag(in) ? birth.plusYears(20) : null);
    }
}
