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
package org.junheng.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 text strictly: a byte sequence that is not UTF-8 (GBK, Latin-1) or a NUL character (UTF-16
 * without a byte-order mark, {@code /dev/zero}) stops the read with a {@link BadTextException} naming the
 * line, instead of the replacement characters or the guessed encoding a lenient reader would give. A
 * leading UTF-8 byte-order mark is skipped. An optional limit on the bytes read refuses a file of
 * unbounded size early.
 */
public final class Utf8Reader extends Reader {
    private final InputStream in;
    private final long maxBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private long bytesRead;
    private int line = 1;
    private boolean eof;
    private boolean flushed;
    private boolean started;
    /** A char decoded but not yet returned, or -1. */
    private int pending = -1;

    /** A problem with the text itself, with the line (from 1) where it was found. */
    public static final class BadTextException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;

        /** A problem found on {@code line}, from 1; {@code message} says what was expected. */
        public BadTextException(int line, String message) {
            super(message);
            this.line = line;
        }

        /** The line, from 1, where the text stopped being readable. */
        public int line() {
            return line;
        }
    }

    /**
     * @param in the bytes; closed with this reader
     * @param maxBytes the most bytes to read before refusing the input; {@link Long#MAX_VALUE} for no limit
     */
    public Utf8Reader(InputStream in, long maxBytes) {
        this.in = Checks.notNull(in, "in");
        this.maxBytes = maxBytes;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (len == 1 || pending >= 0) {
            return readOne(cbuf, off);
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (true) {
            CoderResult r = decoder.decode(bytes, out, eof);
            if (r.isError()) {
                throw bad(cbuf, off, out.position(), NOT_UTF8);
            }
            if (out.position() > off || r.isOverflow()) {
                break;
            }
            if (eof) {
                if (!flushed) {
                    decoder.flush(out);
                    flushed = true;
                }
                if (out.position() == off) {
                    return -1;
                }
                break;
            }
            fill();
        }
        int end = out.position();
        int from = off;
        if (!started) {
            started = true;
            if (cbuf[off] == '\uFEFF') {
                // a byte-order mark: drop it by shifting the rest
                System.arraycopy(cbuf, off + 1, cbuf, off, end - off - 1);
                end--;
                if (end == off) {
                    return read(cbuf, off, len);
                }
            }
        }
        for (int i = from; i < end; i++) {
            char c = cbuf[i];
            if (c == '\n') {
                line++;
            } else if (c == 0) {
                throw new BadTextException(line, NUL);
            }
        }
        return end - off;
    }

    /** One char for a caller that asks for one: a character outside the BMP is two, the second kept. */
    private int readOne(char[] cbuf, int off) throws IOException {
        if (pending >= 0) {
            cbuf[off] = (char) pending;
            pending = -1;
            return 1;
        }
        char[] two = new char[2];
        int n = read(two, 0, 2);
        if (n <= 0) {
            return n;
        }
        cbuf[off] = two[0];
        if (n == 2) {
            pending = two[1];
        }
        return 1;
    }

    private BadTextException bad(char[] cbuf, int off, int end, String expected) {
        int at = line;
        for (int i = off; i < end; i++) {
            if (cbuf[i] == '\n') {
                at++;
            } else if (cbuf[i] == 0) {
                return new BadTextException(at, NUL);
            }
        }
        return new BadTextException(at, expected);
    }

    /** The problem of bytes that are not UTF-8, as every strict reader of ours words it. */
    public static final String NOT_UTF8 =
            "UTF-8 text; found bytes that are not UTF-8 (is the file GBK or another encoding? save it as UTF-8)";

    /** The problem of a NUL character, as every strict reader of ours words it. */
    public static final String NUL = "UTF-8 text without NUL characters (is the file UTF-16 without a byte-order mark, "
            + "or not text at all? save it as UTF-8)";

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytesRead += n;
            bytes.position(bytes.position() + n);
            if (bytesRead > maxBytes) {
                bytes.flip();
                throw new BadTextException(line, "a file of at most " + maxBytes + " bytes");
            }
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
