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
package org.junheng.examples.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.junheng.core.sample.SyntheticNation;

/**
 * Writes a synthetic country as CSV, one folder per county, never holding more than one county in
 * memory: {@code GenerateNation OUTPUT SEED SHAPE}, where SHAPE is {@code city}, {@code province},
 * {@code nation}, or five counts {@code provinces,citiesPerProvince,countiesPerCity,schoolsPerCounty,studentsPerSchool}
 * (such as {@code 2,3,4,50,600}). Needs no Spark: {@code java -cp examples/target/junheng.jar
 * org.junheng.examples.spark.GenerateNation nation/ 1 nation}.
 */
public final class GenerateNation {
    private GenerateNation() {
    }

    /**
     * Generates and prints what was written.
     *
     * @param args OUTPUT SEED SHAPE
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: GenerateNation OUTPUT SEED city|province|nation|P,C,K,S,N");
            System.exit(2);
        }
        SyntheticNation.Shape shape = shape(args[2]);
        long start = System.nanoTime();
        SyntheticNation.Written w = SyntheticNation.write(shape, Long.parseLong(args[1]), Path.of(args[0]));
        System.out.printf(Locale.ROOT, "%d counties, %d schools, %d students, %d teachers in %.1f s%n", w.counties(),
                w.schools(), w.students(), w.teachers(), (System.nanoTime() - start) / 1e9);
    }

    /** A named shape, or five comma-separated counts. */
    static SyntheticNation.Shape shape(String text) {
        switch (text) {
            case "city":
                return SyntheticNation.Shape.city();
            case "province":
                return SyntheticNation.Shape.province();
            case "nation":
                return SyntheticNation.Shape.nation();
            default:
                String[] n = text.split(",");
                if (n.length != 5) {
                    throw new IllegalArgumentException("shape (" + text + ") must be city, province, nation or five counts"
                            + " P,C,K,S,N (provinces, cities per province, counties per city, schools per county,"
                            + " students per school)");
                }
                try {
                    return new SyntheticNation.Shape(Integer.parseInt(n[0].strip()), Integer.parseInt(n[1].strip()),
                            Integer.parseInt(n[2].strip()), Integer.parseInt(n[3].strip()), Integer.parseInt(n[4].strip()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("shape (" + text + "): each of the five counts must be a whole number", e);
                }
        }
    }
}
