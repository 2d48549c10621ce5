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

    /** The date the bytes spell as {@code yyyy-mm-dd} in digits, as {@code yyyymmdd}; -1 otherwise. */
    static int packedDate(byte[] bytes, int from, int to) {
        if (to - from != 10 || bytes[from + 4] != '-' || bytes[from + 7] != '-') {
            return -1;
        }
        long year = digits(bytes, from, 4);
        long month = digits(bytes, from + 5, 2);
        long day = digits(bytes, from + 8, 2);
        return year < 0 || month < 0 || day < 0 ? -1 : (int) (year * 10000 + month * 100 + day);
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
