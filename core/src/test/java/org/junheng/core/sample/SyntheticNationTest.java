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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junheng.core.io.DataSetCsv;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DivisionCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticNationTest {
    @TempDir
    Path dir;

    private static final SyntheticNation.Shape SMALL = new SyntheticNation.Shape(2, 2, 2, 6, 100);

    @Test
    void theSameSeedWritesTheSameBytesAndEveryCountyReadsBack() throws IOException {
        SyntheticNation.Written a = SyntheticNation.write(SMALL, 5, dir.resolve("a"));
        SyntheticNation.write(SMALL, 5, dir.resolve("b"));
        assertEquals(8, a.counties());
        assertEquals(48, a.schools());
        List<Path> files = files(dir.resolve("a"));
        assertEquals(8 * 12, files.size());
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(dir.resolve("b").resolve(dir.resolve("a").relativize(f))),
                    f.toString());
        }
        long students = 0;
        for (String county : List.of("990101", "990102", "990201", "990202", "980101", "980102", "980201", "980202")) {
            DataSet d = DataSetCsv.read(dir.resolve("a").resolve(county));
            assertEquals(6, d.schools().size());
            assertTrue(d.schools().stream().allMatch(s -> s.jurisdiction().equals(DivisionCode.of(county))));
            assertEquals(3, d.jurisdictions().size());
            students += d.students().size();
        }
        assertEquals(a.students(), students);
    }

    @Test
    void aCountyDoesNotDependOnTheRestOfTheShapeButOnTheSeed() throws IOException {
        SyntheticNation.write(SMALL, 5, dir.resolve("small"));
        SyntheticNation.write(new SyntheticNation.Shape(1, 1, 1, 6, 100), 5, dir.resolve("one"));
        SyntheticNation.write(new SyntheticNation.Shape(1, 1, 1, 6, 100), 6, dir.resolve("other"));
        Path students = Path.of("990101", "students.csv");
        assertArrayEquals(Files.readAllBytes(dir.resolve("small").resolve(students)),
                Files.readAllBytes(dir.resolve("one").resolve(students)));
        assertNotEquals(Files.readString(dir.resolve("one").resolve(students)),
                Files.readString(dir.resolve("other").resolve(students)));
    }

    @Test
    void shapesOutsideTheCodesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SyntheticNation.Shape(32, 1, 1, 1, 100));
        assertThrows(IllegalArgumentException.class, () -> new SyntheticNation.Shape(1, 100, 1, 1, 100));
        assertThrows(IllegalArgumentException.class, () -> new SyntheticNation.Shape(1, 1, 0, 1, 100));
        assertThrows(IllegalArgumentException.class, () -> new SyntheticNation.Shape(1, 1, 1, 1000, 100));
        assertThrows(IllegalArgumentException.class, () -> new SyntheticNation.Shape(1, 1, 1, 1, 19));
        assertEquals(2790, SyntheticNation.Shape.nation().counties());
        assertEquals(200_880, SyntheticNation.Shape.nation().schools());
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
