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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junheng.core.internal.Checks;
import org.junheng.core.io.DataSetCsv;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.Jurisdiction;

/**
 * A synthetic country written as CSV one county at a time, so that a nation of 150 million students
 * never sits in memory: each county is a folder of its own ({@code root/990101/}, named by its code)
 * that {@link DataSetCsv#read} reads as a data set, holding the county, its city and province, its
 * schools, teachers, students and funding. A distributed job reads every county's files at once
 * ({@code root/*}{@code /students.csv}).
 *
 * <p>The records come from the same generator as {@link SyntheticDataSets}, one county at a time, each
 * county from its own random stream derived from the seed and its code: the same seed and shape give the
 * same bytes on every machine, and a county does not change when the shape adds counties after it.
 * Provinces take two-digit prefixes that GB/T 2260 leaves unused (99, 98, ... 83, 80 ... 72, 70 ... 66),
 * so no synthetic code is a real place.
 */
public final class SyntheticNation {
    /** The province prefixes, in the order provinces are made: none is a real province. */
    private static final int[] PROVINCE_PREFIXES = prefixes();

    private SyntheticNation() {
    }

    private static int[] prefixes() {
        int[] p = new int[31];
        int i = 0;
        for (int prefix = 99; i < p.length; prefix--) {
            if (prefix != 82 && prefix != 81 && prefix != 71) {
                p[i++] = prefix;
            }
        }
        return p;
    }

    /**
     * How big a country to make. Teachers follow students at the ratio of {@link SyntheticDataSets} (one
     * teacher per 20 students); kindergartens and special schools are smaller than the others, so the
     * totals come out somewhat under {@link #schools()} × {@code studentsPerSchool}.
     *
     * @param provinces provinces, 1 to 31
     * @param citiesPerProvince cities in each province, 1 to 99
     * @param countiesPerCity counties in each city, 1 to 99
     * @param schoolsPerCounty schools in each county, 1 to 999
     * @param studentsPerSchool students of an ordinary school, on average, 20 to 5,000
     */
    public record Shape(int provinces, int citiesPerProvince, int countiesPerCity, int schoolsPerCounty,
            int studentsPerSchool) {

        /** Checks the ranges, which keep every division code and record ID well formed. */
        public Shape {
            Checks.check(provinces >= 1 && provinces <= PROVINCE_PREFIXES.length, "provinces (%d) must be 1 to %d",
                    provinces, PROVINCE_PREFIXES.length);
            Checks.check(citiesPerProvince >= 1 && citiesPerProvince <= 99, "citiesPerProvince (%d) must be 1 to 99",
                    citiesPerProvince);
            Checks.check(countiesPerCity >= 1 && countiesPerCity <= 99, "countiesPerCity (%d) must be 1 to 99",
                    countiesPerCity);
            Checks.check(schoolsPerCounty >= 1 && schoolsPerCounty <= 999, "schoolsPerCounty (%d) must be 1 to 999",
                    schoolsPerCounty);
            Checks.check(studentsPerSchool >= 20 && studentsPerSchool <= 5000,
                    "studentsPerSchool (%d) must be 20 to 5000", studentsPerSchool);
        }

        /**
         * About the size of China's compulsory-education system: 31 provinces, 2,790 counties, 200,880
         * schools and some 130 million students (about 16 GB of CSV, from the city's 130 bytes a student).
         */
        public static Shape nation() {
            return new Shape(31, 10, 9, 72, 750);
        }

        /** One province the size of {@link SyntheticDataSets.Scale#PROVINCE}: 100 counties, 10,000 schools. */
        public static Shape province() {
            return new Shape(1, 10, 10, 100, 578);
        }

        /** One city the size of {@link SyntheticDataSets.Scale#CITY}: 10 counties, 300 schools. */
        public static Shape city() {
            return new Shape(1, 1, 10, 30, 460);
        }

        /** The number of counties, one folder each. */
        public int counties() {
            return provinces * citiesPerProvince * countiesPerCity;
        }

        /** The number of schools. */
        public long schools() {
            return (long) counties() * schoolsPerCounty;
        }
    }

    /** What was written: the counties (folders) and the records in them. */
    public record Written(int counties, long schools, long students, long teachers) {
    }

    /**
     * Writes a country under {@code root}, one folder per county, each folder written and forgotten
     * before the next is made. Existing files of the same names are replaced.
     *
     * @throws IOException if a file cannot be written
     */
    public static Written write(Shape shape, long seed, Path root) throws IOException {
        Checks.notNull(shape, "shape");
        Checks.notNull(root, "root");
        Files.createDirectories(root);
        int teachersPerSchool = Math.max(3, Math.round(shape.studentsPerSchool() / 20f));
        int counties = 0;
        long schools = 0;
        long students = 0;
        long teachers = 0;
        for (int p = 0; p < shape.provinces(); p++) {
            int prefix = PROVINCE_PREFIXES[p];
            DivisionCode province = DivisionCode.of(String.format(Locale.ROOT, "%02d0000", prefix));
            for (int c = 1; c <= shape.citiesPerProvince(); c++) {
                DivisionCode city = DivisionCode.of(String.format(Locale.ROOT, "%02d%02d00", prefix, c));
                for (int k = 1; k <= shape.countiesPerCity(); k++) {
                    DivisionCode county = DivisionCode.of(String.format(Locale.ROOT, "%02d%02d%02d", prefix, c, k));
                    DataSet data = county(seed, province, city, county, shape, teachersPerSchool);
                    DataSetCsv.write(data, root.resolve(county.value()));
                    counties++;
                    schools += data.schools().size();
                    students += data.students().size();
                    teachers += data.teachers().size();
                }
            }
        }
        return new Written(counties, schools, students, teachers);
    }

    /** One county with its city and province, from the county's own random stream. */
    static DataSet county(long seed, DivisionCode province, DivisionCode city, DivisionCode county, Shape shape,
            int teachersPerSchool) {
        // a stream per county: the same county whatever else the shape holds
        long countySeed = new SplittableRandom(seed ^ (Long.parseLong(county.value()) * 0x9E3779B97F4A7C15L)).nextLong();
        SyntheticDataSets.Generator g = new SyntheticDataSets.Generator(countySeed,
                "synthetic nation " + seed + " county " + county.value());
        String p = province.value().substring(0, 2);
        String c = city.value().substring(2, 4);
        String k = county.value().substring(4, 6);
        g.builder.add(new Jurisdiction(province, "合成" + p + "省", null));
        g.builder.add(new Jurisdiction(city, "合成" + p + "省" + c + "市", province));
        g.builder.add(new Jurisdiction(county, "合成" + p + "省" + c + "市" + k + "区", city));
        g.county(county, shape.schoolsPerCounty(), teachersPerSchool, shape.studentsPerSchool());
        g.funding(county, shape.schoolsPerCounty() * shape.studentsPerSchool());
        return g.builder.build();
    }
}
