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

/**
 * The fields of a record as the bytes they were written in, by position in the record type's field list
 * ({@link RecordCodec#fields()}): for a decoder that reads the usual record without making a string of
 * each value (see {@link StudentDecoder}). A record with an escaped value or a field of another name is
 * not {@link #plain()}, and the decoder leaves it to {@link RecordReader}.
 *
 * <p>Each field is a span of two ints in {@link #spans()}, from {@link #spanBase()} at twice its position:
 * where its value begins in {@link #plainBytes()}, then {@link #span the value's length and kind}. A
 * decoder reads them straight from the array, the same way for JSON and CSV: one call per field would
 * cost more than the reading does.
 */
interface PlainValues extends Fields {
    /** Absent, or an empty CSV cell. */
    int ABSENT = 0;
    /** Text; in a {@link #plain()} record, its bytes are its UTF-8 as they stand. Every CSV cell that has a value. */
    int TEXT = 1;
    /** A JSON number. */
    int NUMBER = 2;
    int TRUE = 3;
    int FALSE = 4;
    /** JSON null, which a decoder reads as absent. */
    int NULL = 5;
    /** A CSV cell with doubled quotes: text whose bytes are not its value. */
    int ESCAPED = 6;

    /** The second int of a value's span: its length in bytes shifted left by three, with its kind in the low three bits. */
    static int span(int length, int kind) {
        return length << 3 | kind;
    }

    /** The kind of the value a span describes: {@link #ABSENT}, {@link #TEXT} ... */
    static int kind(int span) {
        return span & 7;
    }

    /** The length in bytes of the value a span describes. */
    static int length(int span) {
        return span >>> 3;
    }

    /** Whether the record holds only fields of its type, each value written as its bytes stand. */
    boolean plain();

    /** The bytes the values are in. */
    byte[] plainBytes();

    /** The spans of the fields, two ints per position from {@link #spanBase()}. */
    int[] spans();

    /** Where the record's spans begin in {@link #spans()}. */
    int spanBase();
}
