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
package org.junheng.core.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junheng.core.model.RecordType;

/** Records as the readers keep them, scanned from text, for the tests of what is read from them. */
final class ScannedRecords {
    private ScannedRecords() {
    }

    /** The student record written as the JSON object {@code json} (fields of other names too), as the reader keeps it. */
    static JsonRecord student(String json) {
        try {
            JsonScanner s = new JsonScanner(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
            JsonRecord.Layout layout = JsonRecord.layout(RecordType.STUDENTS);
            JsonRecord.Arena arena = new JsonRecord.Arena();
            JsonRecord record = new JsonRecord(layout, arena);
            s.peek();
            s.open();
            while (s.peek() != '}') {
                if (s.peek() == ',') {
                    s.expect(',', "','");
                }
                s.name();
                int slot = layout.slotOf(s, -1);
                String name = s.text();
                s.expect(':', "':'");
                assertTrue(record.add(slot, name, s.value(), s, arena));
            }
            return record;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
