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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junheng.core.model.BackboneLevel;
import org.junheng.core.model.Degree;
import org.junheng.core.model.Exemption;
import org.junheng.core.model.FamilyStatus;
import org.junheng.core.model.Gender;
import org.junheng.core.model.JurisdictionLevel;
import org.junheng.core.model.Location;
import org.junheng.core.model.Ownership;
import org.junheng.core.model.SchoolFeature;
import org.junheng.core.model.SchoolType;
import org.junheng.core.model.Stage;
import org.junheng.core.model.Subject;
import org.junheng.core.model.Title;
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

    /** The enums the readers match by name. */
    private static final List<Class<? extends Enum<?>>> ENUMS = List.of(BackboneLevel.class, Degree.class,
            Exemption.class, FamilyStatus.class, Gender.class, JurisdictionLevel.class, Location.class,
            Ownership.class, SchoolFeature.class, SchoolType.class, Stage.class, Subject.class, Title.class);

    /** The constant the text names, found one by one. */
    private static Object byName(Class<? extends Enum<?>> type, String text) {
        for (Enum<?> e : type.getEnumConstants()) {
            if (e.name().equals(text)) {
                return e;
            }
        }
        return null;
    }

    @Test
    void everyConstantIsFoundByItsNameAndNothingElseIs() {
        for (Class<? extends Enum<?>> type : ENUMS) {
            List<String> texts = new ArrayList<>(List.of("", "X", "字"));
            for (Enum<?> e : type.getEnumConstants()) {
                String n = e.name();
                // the name, and near misses: shorter, longer, another case, another byte inside
                texts.addAll(List.of(n, n.substring(1), n.substring(0, n.length() - 1), n + "_", "_" + n,
                        n.toLowerCase(java.util.Locale.ROOT), n.substring(0, n.length() / 2) + "#"
                                + n.substring(n.length() / 2 + 1)));
            }
            int found = 0;
            for (String text : texts) {
                // the text amid other bytes: only its own range counts
                byte[] b = ("AB" + text + "CD").getBytes(StandardCharsets.UTF_8);
                int to = b.length - 2;
                @SuppressWarnings({"unchecked", "rawtypes"})
                Object constant = ByteValues.constant(b, 2, to, (Class) type);
                assertSame(byName(type, text), constant, type.getSimpleName() + " " + text);
                found += constant == null ? 0 : 1;
            }
            assertEquals(type.getEnumConstants().length, found, type.getSimpleName());
        }
        assertNull(ByteValues.constant(new byte[0], 0, 0, Gender.class));
        assertSame(Stage.PRESCHOOL, ByteValues.names(Stage.class).find("PRESCHOOL".getBytes(StandardCharsets.US_ASCII), 0, 9));
    }

    @Test
    void propertyTheWordWiseByteTestsAgreeWithByteByByteOnes() {
        // bytes around the edges the word tests draw: control, space, the visible range, DEL, past ASCII
        byte[] edges = {0, 1, '\t', 0x1F, ' ', '!', 'A', 't', 'r', 'u', 'e', 'f', 'a', 'l', 's', '~', 0x7F,
            (byte) 0x80, (byte) 0xE5, (byte) 0xFF};
        qt().withExamples(5000).forAll(lists().of(integers().between(0, edges.length - 1)).ofSizeBetween(0, 20),
                integers().between(0, 7)).checkAssert((picks, kind) -> {
                    byte[] b = new byte[picks.size() + 16];
                    Arrays.fill(b, (byte) '!');
                    for (int i = 0; i < picks.size(); i++) {
                        // mostly visible bytes, so that both answers come up
                        b[8 + i] = kind == 0 || picks.get(i) % 3 == 0 ? edges[picks.get(i)] : (byte) ('A' + picks.get(i));
                    }
                    int from = 8;
                    int to = 8 + picks.size();
                    boolean printable = true;
                    for (int i = from; i < to; i++) {
                        printable &= b[i] >= ' ' && b[i] != 0x7F;
                    }
                    assertEquals(printable, ByteValues.printableAscii(b, from, to), Arrays.toString(b));
                    String text = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
                    assertEquals(text.equals("true") ? 1 : text.equals("false") ? 0 : 2, ByteValues.bool(b, from, to), text);
                    byte[] other = Arrays.copyOfRange(b, from, to);
                    if (kind > 3 && other.length > 0) {
                        other[kind % other.length] ^= 1 << kind;
                    }
                    assertEquals(Arrays.equals(b, from, to, other, 0, other.length), ByteValues.sameBytes(b, from, to, other));
                });
    }

    @Test
    void flagsAreTrueOrFalseSpelledExactly() {
        for (String text : List.of("true", "false", "True", "FALSE", "tru", "falsee", "true ", "", "fals", "truf")) {
            byte[] b = (text + "        ").getBytes(StandardCharsets.US_ASCII);
            assertEquals(text.equals("true") ? 1 : text.equals("false") ? 0 : 2, ByteValues.bool(b, 0, text.length()), text);
        }
    }

    @Test
    void aBorrowMarksNoPrintableWordAsUnprintable() {
        // a word whose bytes sit at the edges of the visible range, from both sides
        Random random = new Random(12);
        for (int k = 0; k < 10_000; k++) {
            byte[] b = new byte[16];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) (random.nextBoolean() ? ' ' + random.nextInt(2) : '~' - random.nextInt(2));
            }
            assertTrue(ByteValues.printableAscii(b, 0, 16), Arrays.toString(b));
            b[random.nextInt(16)] = (byte) (random.nextBoolean() ? 0x1F : 0x7F);
            assertFalse(ByteValues.printableAscii(b, 0, 16), Arrays.toString(b));
        }
    }
}
