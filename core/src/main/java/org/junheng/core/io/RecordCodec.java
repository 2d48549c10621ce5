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

import java.util.List;
import java.util.function.Function;

/**
 * How one record type is read and written: the same field names in JSON and CSV, a reader that turns
 * checked fields into a record, and the field values of a record in the order of {@link #fields()}.
 */
final class RecordCodec<T> {
    /** Reads a record from checked fields; returns null when a field failed (the problem is recorded). */
    interface Decoder<T> {
        T read(RecordReader r);
    }

    private final Class<T> recordClass;
    private final List<String> fields;
    private final java.util.Set<String> known;
    private final Decoder<T> decoder;
    private final Function<T, Object[]> encoder;

    RecordCodec(Class<T> recordClass, List<String> fields, Decoder<T> decoder, Function<T, Object[]> encoder) {
        this.recordClass = recordClass;
        this.fields = List.copyOf(fields);
        this.known = java.util.Set.copyOf(fields);
        this.decoder = decoder;
        this.encoder = encoder;
    }

    /** The class of the records this codec reads and writes. */
    Class<T> recordClass() {
        return recordClass;
    }

    List<String> fields() {
        return fields;
    }

    /**
     * The record, or null with the problems recorded. Field problems come first; then the record's own
     * cross-field checks, reported against the whole record.
     */
    T read(RecordReader r) {
        r.rejectUnknown(known, fields);
        T value = decoder.read(r);
        return r.failed() ? null : value;
    }

    /** The record's values in field order: String, Boolean, Number, BigDecimal, Money, LocalDate, Enum, Set. */
    @SuppressWarnings("unchecked")
    Object[] values(Object record) {
        return encoder.apply((T) record);
    }
}
