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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junheng.core.internal.Checks;
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

/**
 * Deterministic synthetic data sets for examples, tests and benchmarks: the same seed and scale give an
 * equal data set on every machine. Names are fictional; the division codes are in the fictional
 * province {@code 990000}.
 *
 * <p>The numbers are shaped to be realistic, not to be real: about 400 to 500 students and 20 to 30
 * teachers a school, resources scattered around the national thresholds of BAL-1 so that some
 * schools pass and some fail, six years of funding with an occasional fall in per-student spending.
 */
public final class SyntheticDataSets {

    /**
     * How big a data set to make. The per-school figures are those of an ordinary school; kindergartens
     * and special schools are smaller, so the totals come out near the round numbers named here.
     */
    public enum Scale {
        /** One county: 30 schools, about 800 teachers and 12,000 students (teachers at the national ratios). */
        COUNTY(1, 1, 30, 23, 460),
        /** One city of 10 counties: 300 schools, about 8,000 teachers and 120,000 students. */
        CITY(1, 10, 30, 23, 460),
        /** One province of 10 cities, 100 counties: 10,000 schools, about 300,000 teachers and 5,000,000 students. */
        PROVINCE(10, 10, 100, 27, 578),
        /**
         * Three provinces' worth in one (30 cities, 30,000 schools, about 15,000,000 students): shows that
         * time and memory grow linearly past the province. Generate it when needed; it is too big to keep.
         */
        PROVINCE_X3(30, 10, 100, 27, 578);

        final int cities;
        final int countiesPerCity;
        final int schoolsPerCounty;
        final int teachersPerSchool;
        final int studentsPerSchool;

        Scale(int cities, int countiesPerCity, int schoolsPerCounty, int teachersPerSchool, int studentsPerSchool) {
            this.cities = cities;
            this.countiesPerCity = countiesPerCity;
            this.schoolsPerCounty = schoolsPerCounty;
            this.teachersPerSchool = teachersPerSchool;
            this.studentsPerSchool = studentsPerSchool;
        }

        /** The number of schools, kindergartens and special schools included. */
        public int schools() {
            return cities * countiesPerCity * schoolsPerCounty;
        }
    }

    /** The reference date of every synthetic data set: the first day of the 2026-2027 school year. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 9, 1);

    private static final SchoolType[] COUNTY_MIX = {
        SchoolType.KINDERGARTEN, SchoolType.PRIMARY, SchoolType.KINDERGARTEN, SchoolType.PRIMARY, SchoolType.JUNIOR,
        SchoolType.PRIMARY, SchoolType.KINDERGARTEN, SchoolType.NINE_YEAR, SchoolType.PRIMARY, SchoolType.JUNIOR,
        SchoolType.KINDERGARTEN, SchoolType.PRIMARY, SchoolType.SENIOR_HIGH, SchoolType.PRIMARY, SchoolType.NINE_YEAR,
        SchoolType.KINDERGARTEN, SchoolType.JUNIOR, SchoolType.PRIMARY, SchoolType.SECONDARY_VOCATIONAL,
        SchoolType.PRIMARY, SchoolType.KINDERGARTEN, SchoolType.JUNIOR, SchoolType.PRIMARY, SchoolType.NINE_YEAR,
        SchoolType.COMPLETE_SECONDARY, SchoolType.PRIMARY, SchoolType.JUNIOR, SchoolType.SPECIAL, SchoolType.PRIMARY,
        SchoolType.SENIOR_HIGH,
    };

    private SyntheticDataSets() {
    }

    /** A synthetic data set of the given scale, the same for the same seed. */
    public static DataSet generate(Scale scale, long seed) {
        Checks.notNull(scale, "scale");
        return new Generator(seed, "synthetic " + scale.name().toLowerCase(java.util.Locale.ROOT) + " " + seed)
                .province(scale).builder.build();
    }

    /** Builds records; shared with {@link SampleCounty}, which starts from one county of it. */
    static final class Generator {
        final SplittableRandom random;
        final DataSet.Builder builder;

        Generator(long seed, String name) {
            this.random = new SplittableRandom(seed);
            this.builder = DataSet.builder(name, AS_OF);
        }

        Generator province(Scale scale) {
            DivisionCode province = DivisionCode.of("990000");
            builder.add(new Jurisdiction(province, "合成省", null));
            for (int c = 1; c <= scale.cities; c++) {
                DivisionCode city = DivisionCode.of(String.format(java.util.Locale.ROOT, "99%02d00", c));
                builder.add(new Jurisdiction(city, "合成" + c + "市", province));
                for (int k = 1; k <= scale.countiesPerCity; k++) {
                    DivisionCode county = DivisionCode.of(String.format(java.util.Locale.ROOT, "99%02d%02d", c, k));
                    builder.add(new Jurisdiction(county, "合成" + c + "市" + k + "区", city));
                    county(county, scale.schoolsPerCounty, scale.teachersPerSchool, scale.studentsPerSchool);
                    funding(county, scale.schoolsPerCounty * scale.studentsPerSchool);
                }
            }
            return this;
        }

        /** The schools, teachers and students of one county, and its schools' funding. */
        void county(DivisionCode county, int schools, int teachersPerSchool, int studentsPerSchool) {
            List<School> made = new ArrayList<>();
            for (int i = 0; i < schools; i++) {
                SchoolType type = COUNTY_MIX[i % COUNTY_MIX.length];
                School school = school(county, i, type, made);
                made.add(school);
                builder.add(school);
                int students = type == SchoolType.KINDERGARTEN ? studentsPerSchool / 2
                        : type == SchoolType.SPECIAL ? Math.max(20, studentsPerSchool / 8)
                        : vary(studentsPerSchool, 0.6);
                sections(school, students, teachersPerSchool / (double) studentsPerSchool);
            }
            for (School s : made) {
                long budget = 200_000 + random.nextInt(800_000);
                long trainingPermille = 44 + random.nextInt(40);
                builder.add(new SchoolFunding(s.id(), AS_OF.getYear() - 1, Money.ofYuan(budget),
                        Money.ofYuan(budget * trainingPermille / 1000)));
            }
        }

        int vary(int mean, double spread) {
            return Math.max(1, (int) Math.round(mean * (1 - spread / 2 + spread * random.nextDouble())));
        }

        School school(DivisionCode county, int index, SchoolType type, List<School> earlier) {
            String id = county.value() + "-S" + String.format(java.util.Locale.ROOT, "%03d", index + 1);
            Location location = Location.values()[index % 3];
            Ownership ownership = (type == SchoolType.KINDERGARTEN && index % 4 == 0)
                    || (type == SchoolType.PRIMARY && index % 13 == 3) ? Ownership.PRIVATE : Ownership.PUBLIC;
            boolean inclusive = ownership == Ownership.PUBLIC || index % 8 == 0;
            boolean weak = location == Location.RURAL && random.nextInt(3) == 0;
            Set<SchoolFeature> features = EnumSet.noneOf(SchoolFeature.class);
            // the features added with COV-18 and COV-21..29 draw from their own stream, so the older draws stay put
            SplittableRandom later = new SplittableRandom(id.hashCode());
            for (SchoolFeature f : SchoolFeature.values()) {
                if ((f.compareTo(SchoolFeature.CANTEEN) < 0 ? random : later).nextInt(10) < 6) {
                    features.add(f);
                }
            }
            if (location == Location.URBAN) {
                features.remove(SchoolFeature.NUTRITION_PROGRAMME);
            }
            String groupId = index % 3 == 0 ? county.value() + "-G" + (index % 2 + 1) : null;
            String allianceId = location != Location.URBAN && index % 2 == 0 ? county.value() + "-A1" : null;
            String pairedWith = null;
            if (location == Location.RURAL && random.nextInt(4) != 0) {
                pairedWith = earlier.stream().filter(s -> s.location() == Location.URBAN && s.type() == type)
                        .map(School::id).findFirst().orElse(null);
            }
            String name = "合成" + county.value() + "第" + (index + 1) + type.label().zh();
            return new School(id, name, county, type, ownership, inclusive, location, weak, false, groupId, allianceId,
                    pairedWith, features);
        }

        /**
         * Resources, classes, students and teachers of each stage section of a school. Teachers follow the
         * section's students at a ratio typical of the stage (about 1:17 primary, 1:12 junior), scaled by
         * {@code density} and lower at weak schools.
         */
        void sections(School school, int students, double density) {
            Set<Stage> stages = school.type() == SchoolType.SPECIAL
                    ? EnumSet.of(Stage.PRIMARY, Stage.JUNIOR) : school.type().stages();
            int perSection = Math.max(1, students / stages.size());
            int n = 0;
            int teachersMade = 0;
            for (Stage stage : stages) {
                resources(school, stage, perSection);
                int grades = stage == Stage.JUNIOR ? 3 : stage.maxGrade() == 4 && stage == Stage.PRESCHOOL ? 3
                        : Math.min(stage.maxGrade(), 6);
                int perGrade = Math.max(1, perSection / grades);
                for (int grade = 1; grade <= grades; grade++) {
                    int classes = Math.max(1, (int) Math.ceil(perGrade / (36.0 + random.nextInt(14))));
                    int remaining = perGrade;
                    for (int c = 0; c < classes; c++) {
                        int size = c == classes - 1 ? remaining : perGrade / classes;
                        remaining -= size;
                        if (size > 0) {
                            builder.add(new SchoolClass(school.id() + "-" + stage.ordinal() + grade + "-" + (c + 1),
                                    school.id(), stage, grade, Math.min(size, 10_000)));
                        }
                    }
                    for (int k = 0; k < perGrade; k++) {
                        builder.add(student(school, stage, grade, ++n));
                    }
                }
                // teachers per 100 students of the stage, at the default density of 1 teacher per 20 students
                double perHundred = (stage == Stage.JUNIOR ? 8.2 : stage == Stage.PRIMARY ? 5.8 : 6.5) * density / 0.05;
                double factor = (school.weak() ? 0.8 : 1.0) * (0.85 + 0.3 * random.nextDouble());
                int count = Math.max(3, (int) Math.round(perSection * perHundred / 100 * factor));
                teachers(school, stages.size() > 1 ? stage : null, count, teachersMade);
                teachersMade += count;
            }
        }

        void resources(School school, Stage stage, int students) {
            boolean junior = stage == Stage.JUNIOR;
            // around the BAL-1 thresholds: weak schools below them, urban schools above
            double quality = school.weak() ? 0.75 : school.location() == Location.URBAN ? 1.15
                    : school.location() == Location.TOWN ? 1.0 : 0.95;
            double rooms = (junior ? 5.8 : 4.5) * quality * (0.95 + 0.4 * random.nextDouble());
            double sports = (junior ? 10.2 : 7.5) * quality * (0.9 + 0.5 * random.nextDouble());
            long equipment = Math.round((junior ? 2500 : 2000) * quality * (0.9 + 0.6 * random.nextDouble()));
            double multimedia = (junior ? 2.4 : 2.3) * quality * (0.95 + 0.4 * random.nextDouble());
            builder.add(new SchoolResources(school.id(), stage,
                    BigDecimal.valueOf(Math.round(rooms * students)), BigDecimal.valueOf(Math.round(sports * students)),
                    Money.ofYuan(equipment * students), (int) Math.round(multimedia * students / 100.0),
                    (int) Math.round(students * (0.08 + 0.1 * random.nextDouble())),
                    (int) Math.round(students * (15 + 30 * random.nextDouble()))));
        }

        Student student(School school, Stage stage, int grade, int n) {
            String id = school.id() + "-" + String.format(java.util.Locale.ROOT, "%04d", n);
            int startAge = switch (stage) {
                case PRESCHOOL -> 3;
                case PRIMARY -> 6;
                case JUNIOR -> 12;
                default -> 15;
            };
            int entryYear = AS_OF.getYear() - grade + 1;
            LocalDate birth = LocalDate.of(entryYear - startAge - (random.nextInt(10) == 0 ? 1 : 0), 1, 1)
                    .plusDays(random.nextInt(365));
            LocalDate enrolment = LocalDate.of(entryYear, 9, 1);
            boolean disabled = school.type() == SchoolType.SPECIAL || random.nextInt(70) == 0;
            LocalDate certFrom = disabled ? birth.plusYears(2).plusDays(random.nextInt(700)) : null;
            if (certFrom != null && certFrom.isAfter(AS_OF)) {
                certFrom = AS_OF.minusDays(30);
            }
            // most certificates are valid on the reference date (renewed every ten years); a few have lapsed
            LocalDate certUntil = certFrom == null ? null
                    : random.nextInt(12) == 0 ? AS_OF.minusDays(1 + random.nextInt(300)) : AS_OF.plusDays(1 + random.nextInt(3000));
            if (certUntil != null && certUntil.isBefore(certFrom)) {
                certUntil = certFrom;
            }
            FamilyStatus family = switch (random.nextInt(40)) {
                case 0 -> FamilyStatus.MINIMUM_LIVING;
                case 1 -> FamilyStatus.MINIMUM_LIVING_MARGIN;
                case 2 -> FamilyStatus.POVERTY_MONITORING;
                case 3 -> FamilyStatus.EXTREME_POVERTY;
                default -> FamilyStatus.NONE;
            };
            boolean hardship = family != FamilyStatus.NONE || random.nextInt(25) == 0;
            DivisionCode hukou = random.nextInt(30) == 0 ? DivisionCode.of("220102") : school.jurisdiction();
            boolean boarding = school.location() == Location.RURAL && stage != Stage.PRESCHOOL && random.nextInt(3) == 0;
            return new Student(id, null, school.id(), stage, grade, random.nextBoolean() ? Gender.FEMALE : Gender.MALE,
                    birth, enrolment, hukou, boarding, disabled && stage.isCompulsory() && random.nextInt(20) == 0,
                    certFrom, certUntil, family, hardship, random.nextInt(60) == 0, false, null);
        }

        /** {@code count} teachers of one section ({@code section} null for a single-section school). */
        void teachers(School school, Stage section, int count, int numberedFrom) {
            for (int i = 0; i < count; i++) {
                String id = school.id() + "-T" + String.format(java.util.Locale.ROOT, "%03d", numberedFrom + i + 1);
                LocalDate birth = LocalDate.of(1963 + random.nextInt(41), 1, 1).plusDays(random.nextInt(365));
                LocalDate hire = birth.plusYears(22 + random.nextInt(4)).withMonth(9).withDayOfMonth(1);
                if (hire.isAfter(AS_OF)) {
                    hire = AS_OF; // a new hire starts with the school year
                }
                long span = AS_OF.toEpochDay() - hire.toEpochDay();
                LocalDate since = random.nextInt(3) == 0 ? hire : hire.plusDays((long) (random.nextDouble() * span));
                Subject subject = subject();
                Degree degree = degree(section == null ? school.type().stages().iterator().next() : section);
                Title title = Title.values()[Math.min(4, random.nextInt(4) + (birth.getYear() < 1980 ? 1 : 0))];
                // backbone teachers gather in urban schools, as they do in fact: the gap BAL-3 measures
                int backboneShare = school.location() == Location.URBAN ? 55 : school.location() == Location.TOWN ? 30 : 12;
                BackboneLevel backbone = random.nextInt(100) < backboneShare
                        ? BackboneLevel.values()[1 + random.nextInt(5)] : BackboneLevel.NONE;
                LocalDate targeted = school.location() == Location.RURAL && random.nextInt(25) == 0
                        ? AS_OF.minusYears(random.nextInt(8)).withMonth(9).withDayOfMonth(1) : null;
                if (targeted != null && targeted.isBefore(hire)) {
                    targeted = hire;
                }
                Exemption exemption = random.nextInt(40) == 0 ? Exemption.values()[1 + random.nextInt(2)] : Exemption.NONE;
                Teacher t = new Teacher(id, null, school.id(), section, random.nextInt(3) == 0 ? Gender.MALE : Gender.FEMALE,
                        birth, hire, since, random.nextInt(10) != 0, true, subject, degree, title, backbone,
                        numberedFrom + i == 0,
                        school.type() == SchoolType.SECONDARY_VOCATIONAL && random.nextBoolean(),
                        random.nextInt(2) == 0, targeted, exemption);
                builder.add(t);
                if (random.nextInt(3) == 0) {
                    LocalDate from = hire.plusDays(random.nextInt(400));
                    LocalDate until = from.plusDays(200 + random.nextInt(1500));
                    if (until.isAfter(AS_OF)) {
                        until = AS_OF;
                    }
                    if (!until.isBefore(from)) {
                        builder.add(new ServicePeriod(id, null, from, until, true, random.nextBoolean()));
                    }
                }
            }
        }

        /** About a fifth PE, music and fine art, as timetables give them; the rest spread over the others. */
        Subject subject() {
            int r = random.nextInt(100);
            if (r < 11) {
                return Subject.PHYSICAL_EDUCATION;
            }
            if (r < 16) {
                return Subject.MUSIC;
            }
            if (r < 21) {
                return Subject.FINE_ART;
            }
            Subject[] others = {Subject.CHINESE, Subject.MATHEMATICS, Subject.FOREIGN_LANGUAGE, Subject.SCIENCE,
                Subject.MORALITY_AND_LAW, Subject.INFORMATION_TECHNOLOGY, Subject.MENTAL_HEALTH, Subject.PHYSICS,
                Subject.CHEMISTRY, Subject.BIOLOGY, Subject.HISTORY, Subject.GEOGRAPHY, Subject.OTHER};
            return others[random.nextInt(others.length)];
        }

        /** Degrees as the stage's teachers mostly hold them: primary 大专 and up, junior mostly 本科 and up. */
        Degree degree(Stage stage) {
            int r = random.nextInt(100);
            if (stage == Stage.PRIMARY || stage == Stage.PRESCHOOL) {
                return r < 4 ? Degree.SENIOR_SECONDARY : r < 40 ? Degree.JUNIOR_COLLEGE : r < 95 ? Degree.BACHELOR : Degree.MASTER;
            }
            return r < 14 ? Degree.JUNIOR_COLLEGE : r < 88 ? Degree.BACHELOR : Degree.MASTER;
        }

        /** Six budget years before the reference date; spending usually grows, students drift. */
        void funding(DivisionCode county, int students) {
            long perStudent = 14_000 + random.nextInt(4000);
            long enrolled = students;
            for (int year = AS_OF.getYear() - 6; year < AS_OF.getYear(); year++) {
                enrolled = Math.max(1, Math.round(enrolled * (0.97 + 0.06 * random.nextDouble())));
                perStudent = Math.round(perStudent * (0.97 + 0.09 * random.nextDouble()));
                builder.add(FundingRecord.of(county, year, Money.ofYuan(perStudent * enrolled), enrolled));
            }
        }
    }
}
