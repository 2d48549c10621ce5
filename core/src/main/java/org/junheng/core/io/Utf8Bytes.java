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

/** UTF-8 checked byte by byte, as the JDK's strict decoder checks it; shared by the JSON and CSV scanners. */
final class Utf8Bytes {
    /** What {@link #sequence} answers for bytes that are not UTF-8. */
    static final int INVALID = -1;
    /** What {@link #sequence} answers when the bytes end inside the sequence. */
    static final int CUT = 0;

    private Utf8Bytes() {
    }

    /**
     * The length of the multi-byte sequence starting at {@code i} (2 to 4): no overlong forms, no
     * surrogates, nothing past U+10FFFF. {@link #CUT} when {@code limit} comes first, {@link #INVALID}
     * when the bytes are not UTF-8.
     */
    static int sequence(byte[] buf, int i, int limit) {
        int c = buf[i] & 0xFF;
        int n;
        int min;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 2;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 3;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4;
            min = 0x10000;
        } else {
            return INVALID;
        }
        int cp = c & (0x7F >> n);
        for (int k = 1; k < n; k++) {
            if (i + k >= limit) {
                return CUT;
            }
            int d = buf[i + k] & 0xFF;
            if ((d & 0xC0) != 0x80) {
                return INVALID;
            }
            cp = (cp << 6) | (d & 0x3F);
        }
        return cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) ? INVALID : n;
    }

    /** UTF-16 units in a range of valid UTF-8, as a Java string of it would hold. */
    static int chars(byte[] buf, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            int c = buf[i] & 0xFF;
            if ((c & 0xC0) != 0x80) {
                n += c >= 0xF0 ? 2 : 1;
            }
        }
        return n;
    }
}
