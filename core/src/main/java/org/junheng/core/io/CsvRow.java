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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cells of one CSV row as read: the row's bytes copied out of the scanner's buffer (so that a worker
 * thread can convert it while the scanner reads on) with each cell's range. Text is made of the bytes only
 * when a field is asked for; enum names, dates and digits are answered from the bytes. Every cell is text,
 * and an empty cell is an absent value.
 */
final class CsvRow implements PlainValues {

    /**
     * The columns of one file, in the header's order, named by the very strings a record type's codec asks
     * with, so that a column is found by identity first.
     */
    static final class Columns {
        final String[] names;
        private final Map<String, Integer> index = new HashMap<>();
        /** The column of each of the known fields, by their position; -1 for one the header lacks. */
        private final int[] columnOf;

        /** Columns named {@code header}, each one of {@code known} (which supplies the string used). */
        Columns(List<String> header, List<String> known) {
            names = new String[header.size()];
            for (int i = 0; i < names.length; i++) {
                int k = known.indexOf(header.get(i));
                names[i] = k >= 0 ? known.get(k) : header.get(i);
                index.put(names[i], i);
            }
            columnOf = new int[known.size()];
            for (int k = 0; k < columnOf.length; k++) {
                columnOf[k] = header.indexOf(known.get(k));
            }
        }
    }

    /**
     * Copies rows out of a scanner into shared blocks, so that a row costs one small object rather than
     * arrays of its own. Each block is only appended to, so rows handed to other threads never change.
     */
    static final class Copier {
        private static final int BLOCK = 1 << 18;
        private final Columns columns;
        private byte[] bytes = new byte[0];
        private int used;
        private int[] bounds = new int[0];
        private int boundsUsed;

        /** A copier for rows of {@code columns}. */
        Copier(Columns columns) {
            this.columns = columns;
        }

        /** The number of columns, the cells a row must have. */
        int width() {
            return columns.names.length;
        }

        /** The row the scanner just read, which has one cell per column. */
        CsvRow copy(CsvScanner s) {
            int from = s.rowStart();
            int n = s.rowEnd() - from;
            if (used + n > bytes.length) {
                bytes = new byte[Math.max(BLOCK, n)];
                used = 0;
            }
            int cells = s.cells();
            if (boundsUsed + 2 * cells > bounds.length) {
                bounds = new int[Math.max(BLOCK / 8, 2 * cells)];
                boundsUsed = 0;
            }
            System.arraycopy(s.buffer(), from, bytes, used, n);
            int[] scanned = s.bounds();
            int shift = used - from;
            for (int i = 0; i < 2 * cells; i++) {
                // the ESCAPED mark survives the shift: both offsets stay below it
                bounds[boundsUsed + i] = scanned[i] + shift;
            }
            CsvRow row = new CsvRow(columns, bytes, bounds, boundsUsed);
            used += n;
            boundsUsed += 2 * cells;
            return row;
        }
    }

    private final Columns columns;
    private final byte[] bytes;
    private final int[] bounds;
    private final int first;
    /** The column asked for last: decoders ask for the fields in the codec's order, mostly the header's. */
    private int hint;

    private CsvRow(Columns columns, byte[] bytes, int[] bounds, int first) {
        this.columns = columns;
        this.bytes = bytes;
        this.bounds = bounds;
        this.first = first;
    }

    private int column(String field) {
        int at = Fields.position(columns.names, columns.index, field, hint);
        if (at >= 0) {
            hint = at;
        }
        return at;
    }

    private int start(int column) {
        return bounds[first + 2 * column];
    }

    /** The end of the cell, with the {@link CsvScanner#ESCAPED} mark when it holds doubled quotes. */
    private int end(int column) {
        return bounds[first + 2 * column + 1];
    }

    /** The column of {@code field} when its cell is plain text (not empty, no doubled quotes); else -1. */
    private int plain(String field) {
        int c = column(field);
        if (c < 0) {
            return -1;
        }
        int end = end(c);
        return (end & CsvScanner.ESCAPED) != 0 || end == start(c) ? -1 : c;
    }

    /** The columns whose cells are not empty, in the header's order. */
    @Override
    public List<String> names() {
        List<String> present = new ArrayList<>();
        for (int i = 0; i < columns.names.length; i++) {
            if ((end(i) & ~CsvScanner.ESCAPED) != start(i)) {
                present.add(columns.names[i]);
            }
        }
        return present;
    }

    /** None: the header was checked to hold only known columns before any row was read. */
    @Override
    public List<String> unknownNames(Set<String> known) {
        return List.of();
    }

    /** Absent for an empty cell (or a column the header lacks), text otherwise. */
    @Override
    public Kind kind(String field) {
        int c = column(field);
        return c < 0 || (end(c) & ~CsvScanner.ESCAPED) == start(c) ? Kind.ABSENT : Kind.TEXT;
    }

    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

    /** The cell's text, doubled quotes made single; null when the cell is empty. */
    @Override
    public String text(String field) {
        int c = column(field);
        if (c < 0) {
            return null;
        }
        int from = start(c);
        int end = end(c);
        int to = end & ~CsvScanner.ESCAPED;
        if (to == from) {
            return null;
        }
        // flags are most of a student's cells: the constants spare a string each
        if (Arrays.equals(bytes, from, to, TRUE, 0, TRUE.length)) {
            return "true";
        }
        if (Arrays.equals(bytes, from, to, FALSE, 0, FALSE.length)) {
            return "false";
        }
        return CsvScanner.text(bytes, from, to, end != to);
    }

    /**
     * Whether the cell holds exactly {@code text}: compared as bytes, without a string, when {@code text} is
     * ASCII (the IDs repeated row after row); otherwise by making the cell's text.
     */
    @Override
    public boolean textEquals(String field, String text) {
        int c = plain(field);
        if (c < 0) {
            return PlainValues.super.textEquals(field, text);
        }
        int same = ByteValues.equalsText(bytes, start(c), end(c), text);
        return same == ByteValues.UNKNOWN ? text.equals(text(field)) : same == 1;
    }

    /** The constant whose name the cell's bytes spell exactly; null otherwise. */
    @Override
    public <E extends Enum<E>> E constant(String field, Class<E> type) {
        int c = plain(field);
        if (c < 0) {
            return null;
        }
        return ByteValues.constant(bytes, start(c), end(c), type);
    }

    /** The date the cell spells as {@code yyyy-mm-dd} in digits, packed; -1 otherwise. */
    @Override
    public int packedDate(String field) {
        int c = plain(field);
        if (c < 0) {
            return -1;
        }
        return ByteValues.packedDate(bytes, start(c), end(c));
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
        int c = plain(field);
        if (c < 0) {
            return -1;
        }
        int from = start(c);
        int n = end(c) - from;
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

    /** True: the header was checked to hold only known columns. */
    @Override
    public boolean onlyKnownFields() {
        return true;
    }

    /** {@link PlainValues#TEXT} for a cell with a value and no doubled quote, whatever it holds. */
    @Override
    public int plainKind(int position) {
        int c = columns.columnOf[position];
        if (c < 0) {
            return ABSENT;
        }
        int end = end(c);
        return (end & ~CsvScanner.ESCAPED) == start(c) ? ABSENT : (end & CsvScanner.ESCAPED) != 0 ? OTHER : TEXT;
    }

    @Override
    public byte[] plainBytes() {
        return bytes;
    }

    @Override
    public int plainFrom(int position) {
        return start(columns.columnOf[position]);
    }

    @Override
    public int plainTo(int position) {
        return end(columns.columnOf[position]);
    }
}
