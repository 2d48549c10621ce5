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

import static org.junheng.core.gen.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteValuesTest {
    /** Bytes next to the digits and the dash, and others: '/' and ':' border the digits, ',' and '.' the dash. */
    private static final byte[] BYTES = "0123456789-/:,.\u0000 A".getBytes(StandardCharsets.ISO_8859_1);

    /** Where a date's dashes are, in the twelve bytes that hold it at 1 to 10. */
    private static final byte[] TEMPLATE = " 2024-02-29 ".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void propertyAPackedDateIsTheDigitsOfYyyyMmDd() {
        qt().withExamples(5000).forAll(lists().of(integers().between(0, 99)).ofSize(12)).checkAssert(picks -> {
            byte[] b = new byte[12];
            for (int i = 0; i < b.length; i++) {
                // mostly the byte a date has at that place, so that whole dates come up
                int pick = picks.get(i);
                b[i] = pick < 80 ? TEMPLATE[i] == '-' && pick < 70 ? (byte) '-' : (byte) ('0' + pick % 10)
                        : pick < 96 ? BYTES[pick % BYTES.length] : (byte) (0x80 + pick);
            }
            String text = new String(b, 1, 10, StandardCharsets.ISO_8859_1);
            int expected = text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}") ? Integer.parseInt(text.replace("-", "")) : -1;
            assertEquals(expected, ByteValues.packedDate(b, 1, 11), text);
        });
    }

    @Test
    void aPackedDateNeedsTenBytes() {
        byte[] b = "2024-02-29".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(20240229, ByteValues.packedDate(b, 0, 10));
        for (String other : List.of("2024-02-2", "2024-02-290", "2024/02/29", "2024-2-29 ")) {
            byte[] o = (other + "       ").getBytes(StandardCharsets.ISO_8859_1);
            assertEquals(-1, ByteValues.packedDate(o, 0, other.length()), other);
        }
    }
}
