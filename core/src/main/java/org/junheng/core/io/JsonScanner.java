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
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import org.junheng.core.internal.Utf8Reader;

/**
 * Reads JSON straight from UTF-8 bytes, token by token, for the flat documents of {@link DataSetJson}.
 *
 * <p>It is strict where a data set needs it: RFC 8259 syntax, UTF-8 checked byte by byte as the JDK's
 * decoder checks it (no overlong forms, no surrogates, nothing past U+10FFFF), no NUL and no raw control
 * character in a string, and the limits of {@link Limits} on nesting, numbers and strings. A problem
 * stops the scan with its line and column. A raw newline cannot occur inside a JSON string, so lines are
 * counted in the whitespace between tokens only.
 *
 * <p>A string or number just scanned is a range of {@link #buffer()}, valid until the next call; a string
 * with escapes is decoded to {@link #decoded()} instead. Nothing is made into a {@code String} unless the
 * caller asks: the hot path of a province copies bytes, and the worker threads decode them.
 */
final class JsonScanner {
    /** What a value is. */
    enum Value { OBJECT, ARRAY, STRING, INTEGER, DECIMAL, TRUE, FALSE, NULL }

    /** The document is not well-formed JSON, or exceeds a limit: stops the scan. */
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

    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    /** Bytes that stay in the buffer ahead of the scan: the longest token a limit allows fits. */
    private static final int WINDOW = Limits.MAX_STRING_LENGTH * 6 + 4096;
    /**
     * Bytes of the current line that stay in the buffer behind the scan, so that a column is counted in
     * characters however the input was buffered (and wherever a scan began); past this, in bytes.
     */
    private static final int LINE_KEPT = 1 << 16;

    /** The input: a stream read in order, or a file read from any offset (null when the other is used). */
    private final InputStream in;
    private final FileChannel file;
    /** For a file, the offset of the next byte to read into the buffer. */
    private long next;
    private final byte[] buf = new byte[1 << 20];
    private int pos;
    private int limit;
    private boolean eof;
    /** The offset in the input of {@code buf[0]}. */
    private long bufStart;
    private int line = 1;
    /** The offset in the input where the current line begins. */
    private long lineStart;
    private int depth;

    private int start;
    private int end;
    private String decoded;

    JsonScanner(InputStream in) throws IOException {
        this.in = in;
        this.file = null;
        fill();
        skipByteOrderMark();
    }

    /** Scans a file from its beginning; {@link #moveTo} can then go to any offset. */
    JsonScanner(FileChannel file) throws IOException {
        this(file, 0, 1, 0);
        skipByteOrderMark();
    }

    /**
     * Scans a file from {@code offset}, as if the scan had reached it on {@code line} at {@code depth}. The
     * line begins at {@code offset} as far as columns go: a scan that starts inside a line counts its
     * columns from there.
     */
    JsonScanner(FileChannel file, long offset, int line, int depth) throws IOException {
        this.in = null;
        this.file = file;
        moveTo(offset, line, offset, depth);
    }

    private void skipByteOrderMark() {
        if (bufStart == 0 && limit >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
            pos = 3;
            lineStart = 3;
        }
    }

    /**
     * Goes on from {@code offset} of the file, on {@code line} that began at {@code lineStart}, at
     * {@code depth}: the state of a scan that had read up to there.
     */
    void moveTo(long offset, int line, long lineStart, int depth) throws IOException {
        if (file == null) {
            throw new IllegalStateException("a stream cannot be scanned from another offset");
        }
        long from = offset - lineStart <= LINE_KEPT ? lineStart : offset;
        bufStart = from;
        next = from;
        pos = 0;
        limit = 0;
        eof = false;
        fill();
        pos = (int) Math.min(offset - from, limit);
        this.line = line;
        this.lineStart = lineStart;
        this.depth = depth;
    }

    /** The line of the next byte to scan, from 1. */
    int line() {
        return line;
    }

    /** The offset in the input of the next byte to scan (after whitespace when {@link #peek} came last). */
    long offset() {
        return bufStart + pos;
    }

    /** The offset in the input where the line of the next byte begins. */
    long lineStart() {
        return lineStart;
    }

    /** Objects and arrays entered and not yet left. */
    int depth() {
        return depth;
    }

    /** The bytes the last string or number was scanned from; see {@link #start()} and {@link #end()}. */
    byte[] buffer() {
        return buf;
    }

    /** Where the last string's content (without quotes) or number begins in {@link #buffer()}. */
    int start() {
        return start;
    }

    /** Where it ends, exclusive. */
    int end() {
        return end;
    }

    /** The last string with its escapes decoded, or null when it had none (then its bytes are the text). */
    String decoded() {
        return decoded;
    }

    /** The last string or number as text. */
    String text() {
        return decoded != null ? decoded : new String(buf, start, end - start, StandardCharsets.UTF_8);
    }

    private void fill() throws IOException {
        // the current line stays while it is short, for its columns; what is before it goes
        long keepFrom = bufStart + pos - lineStart <= LINE_KEPT ? Math.max(lineStart, bufStart) : bufStart + pos;
        int drop = (int) (keepFrom - bufStart);
        if (drop > 0) {
            System.arraycopy(buf, drop, buf, 0, limit - drop);
            bufStart += drop;
            limit -= drop;
            pos -= drop;
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

    private void ensure() throws IOException {
        if (limit - pos < WINDOW && !eof) {
            fill();
        }
    }

    /** Skips whitespace and returns the next byte without taking it, or -1 at the end of the input. */
    int peek() throws IOException {
        while (true) {
            if (pos >= limit) {
                fill();
                if (pos >= limit) {
                    return -1;
                }
            }
            byte c = buf[pos];
            if (c == ' ' || c == '\t') {
                pos++;
            } else if (c == '\n') {
                pos++;
                line++;
                lineStart = bufStart + pos;
            } else if (c == '\r') {
                pos++;
                // CR LF is one line end, counted at the LF; a CR alone ends a line too
                if (pos < limit && buf[pos] != '\n') {
                    line++;
                    lineStart = bufStart + pos;
                }
            } else {
                return c & 0xFF;
            }
        }
    }

    /** Takes {@code c}, after whitespace, or stops with what was expected instead. */
    void expect(char c, String what) throws IOException {
        if (peek() != c) {
            throw unexpected(what);
        }
        pos++;
    }

    /**
     * After a member of an object or array: takes a comma and returns true (another member follows), or
     * takes the closing {@code close} and returns false; anything else stops with {@code what} expected.
     */
    boolean nextMember(int close, String what) throws IOException {
        int c = peek();
        if (c == ',') {
            pos++;
            return true;
        }
        if (c != close) {
            throw unexpected(what);
        }
        close();
        return false;
    }

    /** Enters an object or array whose opening byte {@link #peek} returned. */
    void open() throws IOException {
        pos++;
        if (++depth > Limits.MAX_NESTING_DEPTH) {
            throw malformed("nesting deeper than " + Limits.MAX_NESTING_DEPTH);
        }
    }

    /** Leaves an object or array whose closing byte {@link #peek} returned. */
    void close() {
        pos++;
        depth--;
    }

    /**
     * Scans the next value. A string or number is then at {@link #start()}..{@link #end()}; an object or
     * array is entered (skip it with {@link #skipRest} or read it).
     */
    Value value() throws IOException {
        int c = peek();
        switch (c) {
            case '"':
                scanString();
                return Value.STRING;
            case '{':
                open();
                return Value.OBJECT;
            case '[':
                open();
                return Value.ARRAY;
            case 't':
                literal("true");
                return Value.TRUE;
            case 'f':
                literal("false");
                return Value.FALSE;
            case 'n':
                literal("null");
                return Value.NULL;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return scanNumber();
                }
                throw unexpected("a value");
        }
    }

    /** Skips what is left of the object or array just entered, with everything in it. */
    void skipRest(Value container) throws IOException {
        int close = container == Value.OBJECT ? '}' : ']';
        if (peek() == close) {
            close();
            return;
        }
        while (true) {
            if (container == Value.OBJECT) {
                name();
                expect(':', "':' after a field name");
            }
            Value v = value();
            if (v == Value.OBJECT || v == Value.ARRAY) {
                skipRest(v);
            }
            if (!nextMember(close, "',' or '" + (char) close + "'")) {
                return;
            }
        }
    }

    /** Scans a field name, which must come next: its bytes are then at {@link #start()}..{@link #end()}. */
    void name() throws IOException {
        if (peek() != '"') {
            throw unexpected("a field name in double quotes");
        }
        scanString();
    }

    /**
     * Takes a field name and the colon after it if they come next written exactly as {@code nameColon}
     * ({@code "name":}), in one pass over its bytes; otherwise takes nothing. Records of one type repeat
     * their names in one order, so the name expected next is usually the one there; any other spelling
     * (a blank before the colon, an escape) is read by {@link #name} instead.
     */
    boolean nameIs(byte[] nameColon) throws IOException {
        if (peek() != '"') {
            return false;
        }
        ensure();
        int n = nameColon.length;
        if (limit - pos < n) {
            return false;
        }
        byte[] b = buf;
        int at = pos;
        if (n >= 8) {
            // eight bytes at a time, the last eight overlapping the word before them rather than byte by byte
            for (int i = 0; i < n - 8; i += 8) {
                if ((long) LONGS.get(b, at + i) != (long) LONGS.get(nameColon, i)) {
                    return false;
                }
            }
            if ((long) LONGS.get(b, at + n - 8) != (long) LONGS.get(nameColon, n - 8)) {
                return false;
            }
        } else {
            for (int i = 0; i < n; i++) {
                if (b[at + i] != nameColon[i]) {
                    return false;
                }
            }
        }
        decoded = null;
        start = at + 1;
        end = at + n - 2;
        pos = at + n;
        return true;
    }

    private void literal(String word) throws IOException {
        ensure();
        int n = word.length();
        if (limit - pos < n) {
            throw unexpected("a value");
        }
        for (int i = 0; i < n; i++) {
            if (buf[pos + i] != word.charAt(i)) {
                throw unexpected("a value");
            }
        }
        pos += n;
        afterScalar();
    }

    /** A value must be followed by whitespace, a comma, a closing bracket or the end. */
    private void afterScalar() throws IOException {
        if (pos < limit) {
            byte c = buf[pos];
            if (c != ',' && c != '}' && c != ']' && c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                throw unexpected("',', '}' or ']' after a value");
            }
        }
    }

    private Value scanNumber() throws IOException {
        ensure();
        int i = pos;
        decoded = null;
        start = i;
        if (buf[i] == '-') {
            i++;
        }
        boolean decimal = false;
        if (i < limit && buf[i] == '0') {
            i++;
            if (i < limit && buf[i] >= '0' && buf[i] <= '9') {
                pos = i;
                throw malformed("a number without leading zeros");
            }
        } else {
            int from = i;
            i = digits(i);
            if (i == from) {
                pos = i;
                throw unexpected("a digit");
            }
        }
        if (i < limit && buf[i] == '.') {
            decimal = true;
            int from = ++i;
            i = digits(i);
            if (i == from) {
                pos = i;
                throw unexpected("a digit after the decimal point");
            }
        }
        if (i < limit && (buf[i] == 'e' || buf[i] == 'E')) {
            decimal = true;
            i++;
            if (i < limit && (buf[i] == '+' || buf[i] == '-')) {
                i++;
            }
            int from = i;
            i = digits(i);
            if (i == from) {
                pos = i;
                throw unexpected("a digit in the exponent");
            }
        }
        if (i - start > Limits.MAX_NUMBER_LENGTH) {
            throw malformed("a number of at most " + Limits.MAX_NUMBER_LENGTH + " characters");
        }
        end = i;
        pos = i;
        afterScalar();
        return decimal ? Value.DECIMAL : Value.INTEGER;
    }

    private int digits(int i) {
        // bounded so that a run of digits past any limit stops early; the length check then refuses it
        int stop = Math.min(limit, i + Limits.MAX_NUMBER_LENGTH + 2);
        while (i < stop && buf[i] >= '0' && buf[i] <= '9') {
            i++;
        }
        return i;
    }

    private void scanString() throws IOException {
        ensure();
        byte[] b = buf;
        int i = pos + 1;
        int lim = limit;
        decoded = null;
        start = i;
        boolean escaped = false;
        while (true) {
            // eight plain ASCII bytes at a time: no quote, backslash, control character or non-ASCII byte
            while (i + 8 <= lim) {
                long w = (long) LONGS.get(b, i);
                long quote = w ^ 0x2222222222222222L;
                long backslash = w ^ 0x5C5C5C5C5C5C5C5CL;
                long special = ((quote - ONES) & ~quote) | ((backslash - ONES) & ~backslash)
                        | ((w - 0x2020202020202020L) & ~w) | w;
                if ((special & HIGH_BITS) != 0) {
                    // to the first flagged byte, which is the first special one: a borrow only carries
                    // upwards from a special byte, so no plain byte below it is flagged
                    i += Long.numberOfTrailingZeros(special & HIGH_BITS) >>> 3;
                    break;
                }
                i += 8;
            }
            if (i >= lim) {
                pos = i;
                throw eof ? malformed("the closing '\"' of a string") : malformed(
                        "a string of at most " + Limits.MAX_STRING_LENGTH + " characters");
            }
            byte c = b[i];
            if (c == '"') {
                break;
            }
            if (c >= 0x20 && c != '\\') {
                i++;
            } else if (c == '\\') {
                escaped = true;
                i += 2;
            } else if (c < 0) {
                i += utf8(i);
            } else if (c == 0) {
                throw new Utf8Reader.BadTextException(line, Utf8Reader.NUL);
            } else {
                pos = i;
                throw malformed(String.format(java.util.Locale.ROOT,
                        "a control character (U+%04X) inside a string written as an escape", (int) c));
            }
        }
        end = i;
        pos = i + 1;
        if (escaped) {
            decoded = unescape(start, end);
        }
        // the length a limit counts is the string's, escapes decoded
        if (end - start > Limits.MAX_STRING_LENGTH
                && (escaped ? decoded.length() : chars(start, end)) > Limits.MAX_STRING_LENGTH) {
            throw malformed("a string of at most " + Limits.MAX_STRING_LENGTH + " characters");
        }
    }

    /** UTF-16 units in a range of valid UTF-8, as a Java string of it would hold. */
    private int chars(int from, int to) {
        return Utf8Bytes.chars(buf, from, to);
    }

    /** The length of the UTF-8 sequence at {@code i}, checked strictly; stops the scan if it is not UTF-8. */
    private int utf8(int i) throws IOException {
        int n = Utf8Bytes.sequence(buf, i, limit);
        if (n <= 0) {
            throw notUtf8();
        }
        return n;
    }

    private IOException notUtf8() {
        return new Utf8Reader.BadTextException(line, Utf8Reader.NOT_UTF8);
    }

    private String unescape(int from, int to) throws IOException {
        StringBuilder sb = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            int run = i;
            while (i < to && buf[i] != '\\') {
                i++;
            }
            if (i > run) {
                sb.append(new String(buf, run, i - run, StandardCharsets.UTF_8));
            }
            if (i >= to) {
                break;
            }
            byte e = buf[i + 1];
            switch (e) {
                case '"' -> sb.append('"');
                case '\\' -> sb.append('\\');
                case '/' -> sb.append('/');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    int v = 0;
                    for (int k = 2; k < 6; k++) {
                        int d = i + k < to ? Character.digit(buf[i + k], 16) : -1;
                        if (d < 0) {
                            pos = i;
                            throw malformed("four hexadecimal digits after \\u");
                        }
                        v = v * 16 + d;
                    }
                    sb.append((char) v);
                    i += 4;
                }
                default -> {
                    pos = i;
                    throw malformed("a valid escape after '\\' (one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
                }
            }
            i += 2;
        }
        return sb.toString();
    }

    private MalformedException unexpected(String expected) throws IOException {
        if (pos >= limit) {
            return malformed(expected + "; found the end of the input");
        }
        int c = buf[pos] & 0xFF;
        if (c == 0) {
            throw new Utf8Reader.BadTextException(line, Utf8Reader.NUL);
        }
        if (c >= 0x80) {
            utf8(pos); // bytes that are not UTF-8 are a problem of the text, not of the JSON
            return malformed(expected + "; found '" + new String(buf, pos, utf8(pos), StandardCharsets.UTF_8) + "'");
        }
        String found = c < 0x20 ? String.format(java.util.Locale.ROOT, "U+%04X", c) : "'" + (char) c + "'";
        return malformed(expected + "; found " + found);
    }

    MalformedException malformed(String expected) {
        return new MalformedException(line, column(), expected);
    }

    /**
     * The column of {@link #pos}, from 1: in characters when it is at most {@link #LINE_KEPT} bytes into
     * its line (the line's bytes are then still in the buffer), in bytes past that.
     */
    private long column() {
        long at = bufStart + Math.min(pos, limit);
        if (at - lineStart > LINE_KEPT || lineStart < bufStart) {
            return at - lineStart + 1;
        }
        return chars((int) (lineStart - bufStart), (int) (at - bufStart)) + 1L;
    }
}
