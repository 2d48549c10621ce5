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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cells of one CSV row as read: the row's bytes where the scanner read them, kept unchanged (so that
 * a worker thread can convert it while the scanner reads on), with each cell's {@link PlainValues#span span}, in the
 * order of the record type's fields whatever the header's. Text is made of the bytes only when a field is
 * asked for; enum names, dates and digits are answered from the bytes. Every cell is text, and an empty
 * cell is an absent value.
 */
final class CsvRow implements PlainValues {

    /**
     * The columns of one file: the record type's fields, which the header holds each once in an order of
     * its own. The fields are the very strings a record type's codec asks with, so that one is found by
     * identity first.
     */
    static final class Columns {
        /** The fields in the codec's order, the order of a row's spans. */
        final String[] fields;
        private final Map<String, Integer> index = new HashMap<>();
        /** For each column of the header, the position of its field. */
        private final int[] fieldOf;
        /** For each field, the column of the header that holds it. */
        private final int[] columnOf;
        /** Whether the header is in the codec's order, so that a row's spans are copied as they come. */
        private final boolean inOrder;

        /**
         * Columns named {@code header}, which holds each of {@code known} once and nothing else (the reader
         * checks the header before any row is read).
         */
        Columns(List<String> header, List<String> known) {
            if (header.size() != known.size() || !header.containsAll(known)) {
                throw new IllegalArgumentException("a header of the columns " + known + ", each once: " + header);
            }
            fields = known.toArray(String[]::new);
            fieldOf = new int[fields.length];
            columnOf = new int[fields.length];
            for (int p = 0; p < fields.length; p++) {
                index.put(fields[p], p);
                columnOf[p] = header.indexOf(fields[p]);
                fieldOf[columnOf[p]] = p;
            }
            inOrder = header.equals(known);
        }
    }

    /**
     * Makes rows of what a scanner read, keeping the scanner's arrays: a row costs one small object, and
     * neither its bytes nor, when the header is in the codec's order, its spans are copied.
     */
    static final class Keeper {
        private final Columns columns;
        /** Spans put in the codec's order, for a header in an order of its own. */
        private int[] spans = new int[0];
        private int spansUsed;

        /** A keeper of rows of {@code columns}. */
        Keeper(Columns columns) {
            this.columns = columns;
        }

        /** The number of columns, the cells a row must have. */
        int width() {
            return columns.fields.length;
        }

        /** The row the scanner just read, which has one cell per column; the scanner {@link CsvScanner#keep keeps} it. */
        CsvRow keep(CsvScanner s) {
            int[] scanned = s.spans();
            int first = s.spanBase();
            CsvRow row;
            if (columns.inOrder) {
                row = new CsvRow(columns, s.buffer(), scanned, first, !s.escaped());
            } else {
                int width = width();
                if (spansUsed + 2 * width > spans.length) {
                    spans = new int[Math.max(CsvScanner.SPAN_BLOCK, 2 * width)];
                    spansUsed = 0;
                }
                int[] columnOf = columns.columnOf;
                for (int p = 0; p < width; p++) {
                    int c = columnOf[p];
                    spans[spansUsed + 2 * p] = scanned[first + 2 * c];
                    spans[spansUsed + 2 * p + 1] = scanned[first + 2 * c + 1];
                }
                row = new CsvRow(columns, s.buffer(), spans, spansUsed, !s.escaped());
                spansUsed += 2 * width;
            }
            s.keep();
            return row;
        }
    }

    private final Columns columns;
    private final byte[] bytes;
    private final int[] spans;
    private final int base;
    /** Whether no cell has doubled quotes. */
    private final boolean plain;
    /** The field asked for last: decoders ask for the fields in the codec's order. */
    private int hint;

    private CsvRow(Columns columns, byte[] bytes, int[] spans, int base, boolean plain) {
        this.columns = columns;
        this.bytes = bytes;
        this.spans = spans;
        this.base = base;
        this.plain = plain;
    }

    private int position(String field) {
        int at = Fields.position(columns.fields, columns.index, field, hint);
        if (at >= 0) {
            hint = at;
        }
        return at;
    }

    private int from(int position) {
        return spans[base + 2 * position];
    }

    private int to(int position) {
        return from(position) + PlainValues.length(spans[base + 2 * position + 1]);
    }

    private int kindAt(int position) {
        return PlainValues.kind(spans[base + 2 * position + 1]);
    }

    /** The position of {@code field} when its cell is plain text (not empty, no doubled quotes); else -1. */
    private int plainText(String field) {
        int p = position(field);
        return p >= 0 && kindAt(p) == TEXT ? p : -1;
    }

    /** The columns whose cells are not empty, in the header's order. */
    @Override
    public List<String> names() {
        List<String> present = new ArrayList<>();
        for (int p : columns.fieldOf) {
            if (kindAt(p) != ABSENT) {
                present.add(columns.fields[p]);
            }
        }
        return present;
    }

    /** None: the header was checked to hold only known columns before any row was read. */
    @Override
    public List<String> unknownNames(Set<String> known) {
        return List.of();
    }

    /** Absent for an empty cell (or a field the type does not have), text otherwise. */
    @Override
    public Kind kind(String field) {
        int p = position(field);
        return p < 0 || kindAt(p) == ABSENT ? Kind.ABSENT : Kind.TEXT;
    }

    /** The cell's text, doubled quotes made single; null when the cell is empty. */
    @Override
    public String text(String field) {
        int p = position(field);
        if (p < 0 || kindAt(p) == ABSENT) {
            return null;
        }
        int from = from(p);
        int to = to(p);
        // flags are most of a student's cells: the constants spare a string each
        int flag = ByteValues.bool(bytes, from, to);
        if (flag < 2) {
            return flag == 1 ? "true" : "false";
        }
        return CsvScanner.text(bytes, from, to, kindAt(p) == ESCAPED);
    }

    /**
     * Whether the cell holds exactly {@code text}: compared as bytes, without a string, when {@code text} is
     * ASCII (the IDs repeated row after row); otherwise by making the cell's text.
     */
    @Override
    public boolean textEquals(String field, String text) {
        int p = plainText(field);
        if (p < 0) {
            return PlainValues.super.textEquals(field, text);
        }
        int same = ByteValues.equalsText(bytes, from(p), to(p), text);
        return same == ByteValues.UNKNOWN ? text.equals(text(field)) : same == 1;
    }

    /** The constant whose name the cell's bytes spell exactly; null otherwise. */
    @Override
    public <E extends Enum<E>> E constant(String field, Class<E> type) {
        int p = plainText(field);
        return p < 0 ? null : ByteValues.constant(bytes, from(p), to(p), type);
    }

    /** The date the cell spells as {@code yyyy-mm-dd} in digits, packed; -1 otherwise. */
    @Override
    public int packedDate(String field) {
        int p = plainText(field);
        return p < 0 ? -1 : ByteValues.packedDate(bytes, from(p), to(p));
    }

    /**
     * Answered for {@code kind} TEXT and NUMBER alike: every cell is text, and a number is read from it, so
     * plain digits mean the same number either way.
     */
    @Override
    public long plainDigits(String field, Kind kind, int width) {
        if (kind != Kind.TEXT && kind != Kind.NUMBER) {
            return -1;
        }
        int p = plainText(field);
        if (p < 0) {
            return -1;
        }
        int from = from(p);
        int n = to(p) - from;
        if (width == 0 ? n > 18 : n != width) {
            return -1;
        }
        return ByteValues.digits(bytes, from, n);
    }

    /** True: a CSV cell is text, whatever it holds. */
    @Override
    public boolean textOnly() {
        return true;
    }

    /** Whether no cell has doubled quotes: the header was checked to hold only known columns. */
    @Override
    public boolean plain() {
        return plain;
    }

    @Override
    public byte[] plainBytes() {
        return bytes;
    }

    @Override
    public int[] spans() {
        return spans;
    }

    @Override
    public int spanBase() {
        return base;
    }
}
