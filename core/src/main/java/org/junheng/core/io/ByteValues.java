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

    /**
     * An enum's constants found by the bytes of their names: an open-addressing table keyed by the length
     * and three of the bytes, so that a name is found with one comparison, not one per constant.
     */
    static final class Names<E extends Enum<E>> {
        private final int mask;
        private final Object[] constants;
        private final byte[][] names;

        private Names(Class<E> type) {
            E[] values = type.getEnumConstants();
            int size = Integer.highestOneBit(Math.max(1, values.length) * 4 - 1) << 1; // at most a quarter full
            mask = size - 1;
            constants = new Object[size];
            names = new byte[size][];
            for (E e : values) {
                byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
                int slot = hash(name, 0, name.length) & mask;
                while (names[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                names[slot] = name;
                constants[slot] = e;
            }
        }

        private static int hash(byte[] b, int from, int n) {
            int h = ((b[from] * 31 + b[from + n - 1]) * 31 + b[from + (n >> 1)]) * 31 + n;
            return h ^ h >>> 5;
        }

        /** The constant whose name the bytes {@code from..to} spell exactly; null for none. */
        @SuppressWarnings("unchecked")
        E find(byte[] b, int from, int to) {
            int n = to - from;
            if (n <= 0) {
                return null; // no constant has an empty name
            }
            for (int slot = hash(b, from, n) & mask;; slot = (slot + 1) & mask) {
                byte[] name = names[slot];
                if (name == null) {
                    return null;
                }
                if (sameBytes(b, from, to, name)) {
                    return (E) constants[slot];
                }
            }
        }
    }

    private static final ClassValue<Names<?>> NAMES = new ClassValue<>() {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected Names<?> computeValue(Class<?> type) {
            return new Names(type);
        }
    };

    /** The names of {@code type}'s constants, made once per enum. */
    @SuppressWarnings("unchecked")
    static <E extends Enum<E>> Names<E> names(Class<E> type) {
        return (Names<E>) NAMES.get(type);
    }

    /** The constant of {@code type} whose name the bytes spell exactly; null for none. */
    static <E extends Enum<E>> E constant(byte[] bytes, int from, int to, Class<E> type) {
        return names(type).find(bytes, from, to);
    }

    /** Whether the bytes {@code from..to} are {@code other}'s: eight at a time, then one by one. */
    static boolean sameBytes(byte[] bytes, int from, int to, byte[] other) {
        int n = to - from;
        if (n != other.length) {
            return false;
        }
        int k = 0;
        for (; k + 8 <= n; k += 8) {
            if ((long) LONGS.get(bytes, from + k) != (long) LONGS.get(other, k)) {
                return false;
            }
        }
        for (; k < n; k++) {
            if (bytes[from + k] != other[k]) {
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

    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    /** {@code true} and the first four bytes of {@code false}, as little-endian ints. */
    private static final int TRUE_BYTES = 't' | 'r' << 8 | 'u' << 16 | 'e' << 24;
    private static final int FALS_BYTES = 'f' | 'a' << 8 | 'l' << 16 | 's' << 24;

    /** 1 when the bytes spell {@code true}, 0 when {@code false}, 2 for anything else. */
    static int bool(byte[] bytes, int from, int to) {
        int n = to - from;
        if (n == 4 && (int) INTS.get(bytes, from) == TRUE_BYTES) {
            return 1;
        }
        return n == 5 && (int) INTS.get(bytes, from) == FALS_BYTES && bytes[from + 4] == 'e' ? 0 : 2;
    }

    private static final long BLANKS = 0x2020202020202020L;
    private static final long ONES = 0x0101010101010101L;

    /**
     * Whether every byte from {@code from} to {@code to} is visible ASCII or a space (0x20 to 0x7E): eight at
     * a time, a byte below 0x20 borrowing into its high bit, 0x7F carrying into it, and any past 0x7F having it.
     * A borrow may flag the bytes above a flagged one too, so the answer for the word stays exact.
     */
    static boolean printableAscii(byte[] bytes, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = (long) LONGS.get(bytes, i);
            if ((((w - BLANKS) | (w + ONES) | w) & HIGH_BITS) != 0) {
                return false;
            }
        }
        for (; i < to; i++) {
            if (bytes[i] < ' ' || bytes[i] == 0x7F) {
                return false;
            }
        }
        return true;
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
