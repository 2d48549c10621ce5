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
 * each value (see {@link StudentDecoder}). A value written any other way is {@link #OTHER}, and the
 * decoder leaves the record to {@link RecordReader}.
 */
interface PlainValues extends Fields {
    /** Absent, JSON null, or an empty CSV cell. */
    int ABSENT = 0;
    /** Text whose bytes are its UTF-8 as they stand: no escape, no doubled quote. Every CSV cell that has a value. */
    int TEXT = 1;
    /** A JSON number. */
    int NUMBER = 2;
    int TRUE = 3;
    int FALSE = 4;
    /** Anything else: text with escapes, for one. */
    int OTHER = 5;

    /** Whether the record holds only fields of its type; a field of another name is reported by the reader. */
    boolean onlyKnownFields();

    /** How the field at {@code position} is written: {@link #ABSENT}, {@link #TEXT} ... */
    int plainKind(int position);

    /** The bytes the values are in. */
    byte[] plainBytes();

    /** Where the value of the field at {@code position}, of kind TEXT or NUMBER, begins in {@link #plainBytes()}. */
    int plainFrom(int position);

    /** Where it ends, exclusive. */
    int plainTo(int position);
}
