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

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Values read straight from a range of UTF-8 bytes, without making a string: enum constants, digits,
 * dates and comparisons with known text. The fast paths of {@link Fields} for the readers of bytes,
 * JSON and CSV alike.
 */
final class ByteValues {
    /** What {@link #equalsText} answers when only a string of the bytes can tell (non-ASCII text). */
    static final int UNKNOWN = -1;

    private ByteValues() {
    }

    /** An enum's constants and their names as bytes, in declaration order. */
    private record Constants(Object[] values, byte[][] names) {
    }

    private static final ClassValue<Constants> CONSTANTS = new ClassValue<>() {
        @Override
        protected Constants computeValue(Class<?> type) {
            Object[] values = type.getEnumConstants();
            byte[][] names = new byte[values.length][];
            for (int i = 0; i < values.length; i++) {
                names[i] = ((Enum<?>) values[i]).name().getBytes(StandardCharsets.UTF_8);
            }
            return new Constants(values, names);
        }
    };

    /** The constant of {@code type} whose name the bytes spell exactly; null for none. */
    static <E extends Enum<E>> E constant(byte[] bytes, int from, int to, Class<E> type) {
        Constants constants = CONSTANTS.get(type);
        byte[][] names = constants.names();
        int n = to - from;
        for (int i = 0; i < names.length; i++) {
            if (names[i].length == n && same(bytes, from, names[i])) {
                return type.cast(constants.values()[i]);
            }
        }
        return null;
    }

    /** Whether the bytes at {@code from} are {@code name}'s (short names: a plain loop beats a vector call). */
    private static boolean same(byte[] bytes, int from, byte[] name) {
        for (int k = 0; k < name.length; k++) {
            if (bytes[from + k] != name[k]) {
                return false;
            }
        }
        return true;
    }

    /** The number the {@code n} digits at {@code from} spell (n at most 18), or -1 when one is not a digit. */
    static long digits(byte[] bytes, int from, int n) {
        long v = 0;
        for (int i = from; i < from + n; i++) {
            int d = bytes[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** {@code yyyy-mm-} with '0' for each digit, as a little-endian word: subtracted from a date's first eight bytes. */
    private static final long DATE_ZEROS = 0x2D30302D30303030L;
    /** The two dashes' bytes in that word, which subtraction leaves zero. */
    private static final long DASHES = 0xFF0000FF00000000L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    /**
     * The date the bytes spell as {@code yyyy-mm-dd} in digits, as {@code yyyymmdd}; -1 otherwise. The first
     * eight bytes are checked as one word: a digit less '0' is 0 to 9, a byte below what is subtracted
     * turns negative (its high bit set), and 0x76 added to 10 or more sets the high bit as well.
     */
    static int packedDate(byte[] bytes, int from, int to) {
        if (to - from != 10) {
            return -1;
        }
        long v = (long) LONGS.get(bytes, from) - DATE_ZEROS;
        int tens = bytes[from + 8] - '0';
        int units = bytes[from + 9] - '0';
        if ((((v + 0x7676767676767676L) | v) & HIGH_BITS) != 0 || (v & DASHES) != 0 || tens < 0 || tens > 9
                || units < 0 || units > 9) {
            return -1;
        }
        int year = (int) (v & 0xFF) * 1000 + (int) (v >>> 8 & 0xFF) * 100 + (int) (v >>> 16 & 0xFF) * 10
                + (int) (v >>> 24 & 0xFF);
        int month = (int) (v >>> 40 & 0xFF) * 10 + (int) (v >>> 48 & 0xFF);
        return year * 10000 + month * 100 + tens * 10 + units;
    }

    /**
     * 1 when the bytes are {@code text}, 0 when they are not, {@link #UNKNOWN} when {@code text} is not
     * ASCII and only decoding the bytes can tell.
     */
    static int equalsText(byte[] bytes, int from, int to, String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) >= 0x80) {
                return UNKNOWN;
            }
        }
        if (to - from != n) {
            return 0;
        }
        for (int i = 0; i < n; i++) {
            if (bytes[from + i] != text.charAt(i)) {
                return 0;
            }
        }
        return 1;
    }
}
