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
package org.junheng;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junheng.core.io.DataSetCsv;
import org.junheng.core.io.DataSetJson;
import org.junheng.core.model.InvalidDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JunhengTest {
    @TempDir
    Path dir;

    @Test
    void loadReadsAJsonFileOrACsvFolder() throws Exception {
        DataSetJson.write(Junheng.sample(), dir.resolve("sample.json"));
        DataSetCsv.write(Junheng.sample(), dir.resolve("csv"));
        assertEquals(Junheng.sample(), Junheng.load(dir.resolve("sample.json")));
        assertEquals(Junheng.sample(), Junheng.load(dir.resolve("csv").toString()));
    }

    @Test
    void aBadFileIsAListOfProblems() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("bad.json"), "{\"name\":\"x\"}");
        var e = assertThrows(InvalidDataException.class, () -> Junheng.load(dir.resolve("bad.json")));
        assertEquals("asOf", e.problems().get(0).field());
    }

    @Test
    void theDefaultPolicyIsShenyang() {
        assertEquals("shenyang", Junheng.report(Junheng.sample()).policy());
        assertEquals("yingkou", Junheng.report(Junheng.sample(), Junheng.policy("yingkou")).policy());
    }
}
