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

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junheng.core.internal.Utf8Reader;

/**
 * Splits CSV into rows and cells straight from UTF-8 bytes, for the files of {@link DataSetCsv}.
 *
 * <p>The syntax is RFC 4180: cells separated by commas; a cell that begins with a double quote runs to
 * the next lone double quote and may hold commas, line ends and doubled double quotes (one quote each).
 * A double quote inside a cell that does not begin with one is an ordinary character. Blanks between a
 * closing quote and the next comma are ignored; anything else there is malformed. Lines end with LF,
 * CR LF or a lone CR; the last line may lack its end. An empty line is a row of no cells (the reader
 * reports it as a row with the wrong number of cells). A leading UTF-8 byte-order mark is skipped.
 *
 * <p>Text is checked strictly as it is split: bytes that are not UTF-8 and NUL characters stop the scan
 * with a {@link Utf8Reader.BadTextException} naming the line; a cell longer than
 * {@link Limits#MAX_STRING_LENGTH} characters, an unterminated quote or text after a closing quote stop
 * it with a {@link MalformedException} naming the line and column. After {@link #next()} the row's cells
 * are {@link PlainValues#span spans} of {@link #buffer()}, valid until the next call unless the caller
 * {@link #keep() keeps} the row; nothing is made into a {@code String}.
 */
final class CsvScanner {

    /** The input is not well-formed CSV or exceeds a limit: stops the scan. */
    static final class MalformedException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final long column;

        MalformedException(int line, long column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }

        /** Where, as {@code line L column C} (both from 1; the column counts characters). */
        String place() {
            return "line " + line + " column " + column;
        }
    }

    /** The longest row kept whole in memory: far above any real row, so that a broken file stops early. */
    static final int MAX_ROW_BYTES = 1 << 24;
    /**
     * A cell of more bytes than this has more than {@link Limits#MAX_STRING_LENGTH} characters: a
     * character takes at most three bytes per UTF-16 unit, an escaped quote two.
     */
    private static final int MAX_CELL_BYTES = 3 * Limits.MAX_STRING_LENGTH;
    /**
     * Bytes per block of input: large enough that reading costs nothing, small enough not to be a
     * humongous object for G1, since a scanner whose rows are kept makes a block per block of input.
     */
    private static final int BLOCK = 1 << 18;
    /** Ints per block of spans, which the rows kept share: some thousand rows. */
    static final int SPAN_BLOCK = 1 << 15;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long COMMAS = 0x2C2C2C2C2C2C2C2CL;
    private static final long QUOTES = 0x2222222222222222L;
    private static final long BELOW_BLANK = 0x2020202020202020L;

    /** The input: a stream read in order, or a file read from an offset (null when the other is used). */
    private final InputStream in;
    private final FileChannel file;
    /** For a file, the offset of the next byte to read into the buffer. */
    private long next;
    private byte[] buf;
    private int pos;
    private int limit;
    private boolean eof;
    /** The offset in the input of {@code buf[0]}. */
    private long bufStart;
    /** The line of {@link #pos}, from 1. */
    private int line = 1;
    /** The offset in the input where the line of {@link #pos} begins. */
    private long lineStart;

    private int rowStart;
    private int rowEnd;
    private int rowLine;
    private int cells;
    /**
     * Per cell from {@link #spanBase}: its start in {@link #buf}, then its {@link PlainValues#span span},
     * of kind ABSENT when empty, ESCAPED when it has doubled quotes, TEXT otherwise. The rows kept before
     * hold the entries below {@link #spanBase}, which are never changed.
     */
    private int[] spans = new int[64];
    private int spanBase;
    /** Whether a row kept refers to {@link #buf}: its bytes are then never moved, and a new block reads on. */
    private boolean kept;
    /** Whether a cell of the row has doubled quotes. */
    private boolean rowEscaped;

    /** A scanner reading {@code in} in blocks of its own (a buffering stream would copy every byte twice). */
    CsvScanner(InputStream in) throws IOException {
        this(in, BLOCK);
    }

    /** With a first block of {@code blockSize} bytes: tests use small ones to cross block ends often. */
    CsvScanner(InputStream in, int blockSize) throws IOException {
        this.in = in;
        this.file = null;
        this.buf = new byte[Math.max(blockSize, 16)];
        fill();
        skipByteOrderMark();
    }

    /**
     * Scans a file from {@code offset}, the start of a line, as if the scan had reached it on {@code line}.
     * A byte order mark at the file's start is skipped only when asked.
     */
    CsvScanner(FileChannel file, long offset, int line) throws IOException {
        this.in = null;
        this.file = file;
        this.buf = new byte[BLOCK];
        this.bufStart = offset;
        this.next = offset;
        this.line = line;
        this.lineStart = offset;
        fill();
    }

    /** Skips a UTF-8 byte order mark at the start of the input. */
    void skipByteOrderMark() {
        if (bufStart == 0 && pos == 0 && limit >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB
                && buf[2] == (byte) 0xBF) {
            pos = 3;
            lineStart = 3;
        }
    }

    /** Scans the next row; false at the end of the input. */
    boolean next() throws IOException {
        while (true) {
            if (pos >= limit) {
                fill();
                if (pos >= limit) {
                    return false;
                }
            }
            if (scanUsualRow() || scanRow()) {
                return true;
            }
            // the block ended inside the row: keep the row's bytes and read on, then scan the row again
            if (pos == 0 && limit == buf.length) {
                if (buf.length >= MAX_ROW_BYTES) {
                    throw new MalformedException(line, 1, "a row of at most " + MAX_ROW_BYTES + " bytes");
                }
                buf = Arrays.copyOf(buf, Math.min(MAX_ROW_BYTES, buf.length * 2));
            }
            fill();
        }
    }

    /** The line where the last row begins, from 1. */
    int line() {
        return rowLine;
    }

    /** The offset in the input of the next row. */
    long offset() {
        return bufStart + pos;
    }

    /** The line of the next row, from 1. */
    int nextLine() {
        return line;
    }

    /** The offset in the input where the line of the next row begins. */
    long lineStart() {
        return lineStart;
    }

    /** The number of cells of the last row; 0 for an empty line. */
    int cells() {
        return cells;
    }

    /** The bytes the last row was scanned from; see {@link #rowStart()}, {@link #rowEnd()}, {@link #spans()}. */
    byte[] buffer() {
        return buf;
    }

    /** Where the last row begins in {@link #buffer()}. */
    int rowStart() {
        return rowStart;
    }

    /** Where the last row's cells end in {@link #buffer()}, before its line end. */
    int rowEnd() {
        return rowEnd;
    }

    /**
     * Per cell of the last row, two ints from {@link #spanBase()}: its start in {@link #buffer()} (inside
     * any quotes), then its {@link PlainValues#span span}, of kind {@link PlainValues#ABSENT} for an empty
     * cell, {@link PlainValues#ESCAPED} for one holding doubled quotes, {@link PlainValues#TEXT} for any other.
     */
    int[] spans() {
        return spans;
    }

    /** Whether a cell of the last row has doubled quotes. */
    boolean escaped() {
        return rowEscaped;
    }

    /** Where the last row's spans begin in {@link #spans()}. */
    int spanBase() {
        return spanBase;
    }

    /**
     * Keeps the last row: its bytes and spans, where {@link #buffer()} and {@link #spans()} hold them now, are
     * never changed afterwards, so it can be read on another thread while the scan goes on. The scan reads
     * on into new arrays, not over the row; {@link #text(int)} no longer answers for it.
     */
    void keep() {
        kept = true;
        spanBase += 2 * cells;
    }

    /** Cell {@code i} of the last row as text, quotes undoubled. */
    String text(int i) {
        int from = spans[spanBase + 2 * i];
        int span = spans[spanBase + 2 * i + 1];
        return text(buf, from, from + PlainValues.length(span), PlainValues.kind(span) == PlainValues.ESCAPED);
    }

    /** The text of the cell at {@code from..to} of {@code bytes}, turning doubled quotes into one when escaped. */
    static String text(byte[] bytes, int from, int to, boolean escaped) {
        String s = new String(bytes, from, to - from, StandardCharsets.UTF_8);
        return escaped ? s.replace("\"\"", "\"") : s;
    }

    private void fill() throws IOException {
        if (pos > 0) {
            byte[] to = buf;
            if (kept) {
                to = new byte[buf.length];
                kept = false;
            }
            System.arraycopy(buf, pos, to, 0, limit - pos);
            buf = to;
            bufStart += pos;
            limit -= pos;
            pos = 0;
        }
        while (limit < buf.length && !eof) {
            int n = file != null ? file.read(ByteBuffer.wrap(buf, limit, buf.length - limit), next)
                    : in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
                next += n;
            }
        }
    }

    /**
     * Moves the row being scanned, with its first {@code n} cells, to the start of a new block of spans:
     * the rows kept keep the old one.
     */
    private void roomForSpans(int n) {
        int[] fresh = new int[Math.max(SPAN_BLOCK, 4 * n + 4)];
        System.arraycopy(spans, spanBase, fresh, 0, 2 * n);
        spans = fresh;
        spanBase = 0;
    }

    /** Adds the cell at {@code from..to}; a cell too long is placed at {@code at} on the line from {@code ls}. */
    private void cell(int from, int to, boolean escaped, int at, int ln, long ls) throws MalformedException {
        if (to - from > Limits.MAX_STRING_LENGTH && chars(from, to, escaped) > Limits.MAX_STRING_LENGTH) {
            throw tooLong(at, ln, ls);
        }
        if (spanBase + 2 * cells + 2 > spans.length) {
            roomForSpans(cells);
        }
        int kind = to == from ? PlainValues.ABSENT : escaped ? PlainValues.ESCAPED : PlainValues.TEXT;
        rowEscaped |= escaped;
        spans[spanBase + 2 * cells] = from;
        spans[spanBase + 2 * cells + 1] = PlainValues.span(to - from, kind);
        cells++;
    }

    /**
     * Scans the row at {@link #pos} when it is the usual one: cells of printable ASCII without quotes, and
     * a line end (LF or CR LF) before the block's last eight bytes. Eight bytes at a time, each comma taken
     * from the word's mask of special bytes. False for any other row, having changed nothing but the
     * spans; {@link #scanRow} then scans it, and finds what is wrong with it if anything is.
     */
    private boolean scanUsualRow() {
        final byte[] b = buf;
        final int start = pos;
        int[] sp = spans;
        int base = spanBase;
        int n = 0;
        int from = start;
        for (int i = start; i + 8 <= limit; i += 8) {
            long w = (long) LONGS.get(b, i);
            long commas = w ^ COMMAS;
            long quotes = w ^ QUOTES;
            long special = (((commas - ONES) & ~commas) | ((quotes - ONES) & ~quotes) | ((w - BELOW_BLANK) & ~w) | w)
                    & HIGH_BITS;
            while (special != 0) {
                int j = i + (Long.numberOfTrailingZeros(special) >>> 3);
                special &= special - 1;
                byte c = b[j];
                boolean lineEnd = c == '\n' || c == '\r' && j + 1 < limit && b[j + 1] == '\n';
                if (c != ',' && !lineEnd) {
                    if (c < ' ' || c == '"') {
                        return false; // a quote, a control character or a byte past ASCII: the full scan's
                    }
                    continue; // an ordinary byte marked by a borrow from the special byte below it
                }
                if (j - from > Limits.MAX_STRING_LENGTH || lineEnd && j == start) {
                    return false; // a cell too long to take, or an empty line
                }
                if (base + 2 * n + 2 > sp.length) {
                    roomForSpans(n);
                    sp = spans;
                    base = spanBase;
                }
                sp[base + 2 * n] = from;
                sp[base + 2 * n + 1] = PlainValues.span(j - from, j == from ? PlainValues.ABSENT : PlainValues.TEXT);
                n++;
                from = j + 1;
                if (lineEnd) {
                    int next = c == '\r' ? j + 2 : j + 1;
                    cells = n;
                    rowEscaped = false;
                    rowStart = start;
                    rowEnd = j;
                    rowLine = line;
                    pos = next;
                    line++;
                    lineStart = bufStart + next;
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Scans the row at {@link #pos}, which is before {@link #limit}: true when done, false when the block
     * ends first and more input may follow (nothing is then changed but the spans).
     */
    private boolean scanRow() throws IOException {
        final byte[] b = buf;
        final int lim = limit;
        int i = pos;
        int ln = line;
        long ls = lineStart;
        cells = 0;
        rowEscaped = false;
        byte c = b[i];
        if (c != '\n' && c != '\r') {
            while (true) {
                if (i < lim && b[i] == '"') {
                    int open = i;
                    int openLine = ln;
                    long openLineStart = ls;
                    int from = ++i;
                    boolean escaped = false;
                    while (true) {
                        i = plainRun(b, i, Math.min(lim, from + MAX_CELL_BYTES + 1), QUOTES, (byte) '"');
                        if (i - from > MAX_CELL_BYTES) {
                            throw tooLong(open, openLine, openLineStart);
                        }
                        if (i >= lim) {
                            if (!eof) {
                                return false;
                            }
                            throw new MalformedException(openLine, column(open, openLineStart),
                                    "a closing '\"' for the quoted cell that begins here; found the end of the input");
                        }
                        c = b[i];
                        if (c == '"') {
                            if (i + 1 >= lim && !eof) {
                                return false;
                            }
                            if (i + 1 < lim && b[i + 1] == '"') {
                                escaped = true;
                                i += 2;
                                continue;
                            }
                            break;
                        }
                        if (c < 0) {
                            int n = utf8(i, ln);
                            if (n == 0) {
                                return false;
                            }
                            i += n;
                        } else if (c == '\n') {
                            i++;
                            ln++;
                            ls = bufStart + i;
                        } else if (c == '\r') {
                            if (i + 1 >= lim && !eof) {
                                return false;
                            }
                            i++;
                            if (i >= lim || b[i] != '\n') {
                                ln++;
                                ls = bufStart + i;
                            }
                        } else if (c == 0) {
                            throw new Utf8Reader.BadTextException(ln, Utf8Reader.NUL);
                        } else {
                            i++; // a tab or another control character: text like any other
                        }
                    }
                    int to = i++;
                    while (i < lim && (b[i] == ' ' || b[i] == '\t')) {
                        i++;
                    }
                    if (i >= lim && !eof) {
                        return false;
                    }
                    cell(from, to, escaped, open, openLine, openLineStart);
                    if (i >= lim) {
                        break;
                    }
                    c = b[i];
                    if (c == ',') {
                        i++;
                        continue;
                    }
                    if (c == '\n' || c == '\r') {
                        break;
                    }
                    if (c < 0 && utf8(i, ln) == 0) {
                        return false;
                    }
                    throw afterQuote(i, ln, ls);
                }
                int from = i;
                while (true) {
                    i = plainRun(b, i, Math.min(lim, from + MAX_CELL_BYTES + 1), COMMAS, (byte) ',');
                    if (i - from > MAX_CELL_BYTES) {
                        throw tooLong(from, ln, ls);
                    }
                    if (i >= lim) {
                        if (!eof) {
                            return false;
                        }
                        break;
                    }
                    c = b[i];
                    if (c == ',' || c == '\n' || c == '\r') {
                        break;
                    }
                    if (c < 0) {
                        int n = utf8(i, ln);
                        if (n == 0) {
                            return false;
                        }
                        i += n;
                    } else if (c == 0) {
                        throw new Utf8Reader.BadTextException(ln, Utf8Reader.NUL);
                    } else {
                        i++;
                    }
                }
                cell(from, i, false, from, ln, ls);
                if (i < lim && b[i] == ',') {
                    i++;
                    continue;
                }
                break;
            }
        }
        int end = i;
        if (i < lim) {
            // the line end: LF, CR LF or CR
            if (b[i] == '\r') {
                if (i + 1 >= lim && !eof) {
                    return false;
                }
                i++;
                if (i < lim && b[i] == '\n') {
                    i++;
                }
            } else {
                i++;
            }
            ln++;
            ls = bufStart + i;
        }
        rowStart = pos;
        rowEnd = end;
        rowLine = line;
        pos = i;
        line = ln;
        lineStart = ls;
        return true;
    }

    /**
     * The first index from {@code i} below {@code stop} whose byte is {@code delimiter} (also given eight
     * times over in {@code repeated}), a control character or not ASCII: eight ordinary bytes at a time,
     * then one by one.
     */
    private static int plainRun(byte[] b, int i, int stop, long repeated, byte delimiter) {
        while (i + 8 <= stop) {
            long w = (long) LONGS.get(b, i);
            long d = w ^ repeated;
            long special = (((d - ONES) & ~d) | ((w - BELOW_BLANK) & ~w) | w) & HIGH_BITS;
            if (special != 0) {
                return i + (Long.numberOfTrailingZeros(special) >>> 3); // the first special byte, as in JsonScanner
            }
            i += 8;
        }
        while (i < stop) {
            byte c = b[i];
            if (c < 0x20 || c == delimiter) {
                break;
            }
            i++;
        }
        return i;
    }

    /**
     * The length of the UTF-8 sequence at {@code i}, checked strictly as the JDK's decoder checks it (no
     * overlong forms, no surrogates, nothing past U+10FFFF); 0 when the block ends inside it and more
     * input may follow.
     */
    private int utf8(int i, int ln) throws IOException {
        int n = Utf8Bytes.sequence(buf, i, limit);
        if (n == Utf8Bytes.CUT && !eof) {
            return 0;
        }
        if (n <= 0) {
            throw new Utf8Reader.BadTextException(ln, Utf8Reader.NOT_UTF8);
        }
        return n;
    }

    /** UTF-16 units in a range of valid UTF-8, as a Java string of it would hold; a doubled quote is one. */
    private int chars(int from, int to, boolean escaped) {
        int n = Utf8Bytes.chars(buf, from, to);
        if (!escaped) {
            return n;
        }
        int quotes = 0;
        for (int i = from; i < to; i++) {
            if (buf[i] == '"') {
                quotes++;
            }
        }
        return n - quotes / 2;
    }

    /** The column of {@code at} in characters, from 1, on the line starting at input offset {@code ls}. */
    private long column(int at, long ls) {
        int from = (int) Math.max(0, ls - bufStart);
        return chars(from, Math.min(at, limit), false) + 1L;
    }

    private MalformedException tooLong(int from, int ln, long ls) {
        return new MalformedException(ln, column(from, ls), "a cell of at most " + Limits.MAX_STRING_LENGTH + " characters");
    }

    private MalformedException afterQuote(int at, int ln, long ls) throws IOException {
        int c = buf[at] & 0xFF;
        String found;
        if (c == 0) {
            throw new Utf8Reader.BadTextException(ln, Utf8Reader.NUL);
        } else if (c >= 0x80) {
            found = "'" + new String(buf, at, utf8(at, ln), StandardCharsets.UTF_8) + "'";
        } else if (c < 0x20) {
            found = String.format(java.util.Locale.ROOT, "U+%04X", c);
        } else {
            found = "'" + (char) c + "'";
        }
        return new MalformedException(ln, column(at, ls),
                "',' or the end of the line after a quoted cell's closing '\"' (write a quote inside it as \"\"); found "
                        + found);
    }
}
