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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8ReaderTest {
    private static Utf8Reader reader(byte[] bytes, long max) {
        return new Utf8Reader(new ByteArrayInputStream(bytes), max);
    }

    private static String readAll(Reader r, int chunk) throws IOException {
        StringBuilder s = new StringBuilder();
        char[] buffer = new char[chunk];
        for (int n; (n = r.read(buffer, 0, chunk)) >= 0;) {
            assertTrue(n > 0, "a read of at least one char makes progress");
            s.append(buffer, 0, n);
        }
        return s.toString();
    }

    @Test
    void textIsReadWholeInAnyChunkSizeAndAByteOrderMarkIsDropped() throws IOException {
        String text = "示例县 😀\nline 2\n";
        byte[] utf8 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        for (int chunk : new int[] {1, 2, 3, 7, 1 << 16}) {
            assertEquals(text, readAll(reader(utf8, Long.MAX_VALUE), chunk), "chunk " + chunk);
        }
    }

    @Test
    void bytesThatAreNotUtf8StopTheReadAtTheirLine() {
        byte[] bytes = "a\nb\n示例".getBytes(java.nio.charset.Charset.forName("GBK"));
        Utf8Reader.BadTextException e = assertThrows(Utf8Reader.BadTextException.class,
                () -> readAll(reader(bytes, Long.MAX_VALUE), 1 << 16));
        assertEquals(3, e.line());
        Utf8Reader.BadTextException nul = assertThrows(Utf8Reader.BadTextException.class,
                () -> readAll(reader("x\ny".getBytes(StandardCharsets.UTF_16LE), Long.MAX_VALUE), 1 << 16));
        assertEquals(1, nul.line());
        assertTrue(nul.getMessage().contains("UTF-16"), nul.getMessage());
    }

    @Test
    void moreBytesThanTheLimitAreRefused() {
        Utf8Reader.BadTextException e = assertThrows(Utf8Reader.BadTextException.class,
                () -> readAll(reader(new byte[100_000], 1000), 1 << 16));
        assertTrue(e.getMessage().contains("NUL") || e.getMessage().contains("at most"), e.getMessage());
        Utf8Reader.BadTextException big = assertThrows(Utf8Reader.BadTextException.class,
                () -> readAll(reader(" ".repeat(100_000).getBytes(StandardCharsets.UTF_8), 1000), 1 << 16));
        assertTrue(big.getMessage().contains("at most 1000 bytes"), big.getMessage());
    }
}
