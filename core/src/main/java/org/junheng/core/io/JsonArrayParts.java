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
import org.junheng.core.model.RecordType;

/**
 * Reads a JSON document's large arrays of records in {@link FileParts}. A part after the first begins at
 * the first place past its offset that looks like the start of a record: {@code }}, {@code ,} and
 * {@code {} with only whitespace between.
 */
final class JsonArrayParts {
    private final FileParts parts;

    JsonArrayParts(FileParts parts) {
        this.parts = parts;
    }

    /** Whether the array that {@code s} has just entered is worth reading in parts. */
    boolean worthIt(JsonScanner s) throws IOException {
        return parts.worthIt(s.offset());
    }

    /**
     * Reads the array of records that {@code s} has just entered, to its end, and leaves {@code s} after
     * it. Records go to the assembly in order; if a part is refused, the rest goes through {@code rest} in
     * one pass.
     */
    void read(JsonScanner s, DataSetAssembly assembly, RecordType type, RecordBatches rest) throws IOException {
        long arrayStart = s.offset();
        int depth = s.depth();
        FileParts.Stop stop = parts.read(new Elements(type, depth), arrayStart, s.line(), s.lineStart(), assembly,
                type);
        if (stop.done()) {
            s.moveTo(stop.offset(), stop.line(), stop.lineStart(), depth - 1);
            return;
        }
        s.moveTo(stop.offset(), stop.line(), stop.lineStart(), depth);
        if (stop.offset() == arrayStart) {
            DataSetJson.readArray(s, type, rest);
        } else {
            DataSetJson.readElements(s, type, rest, stop.index(), Long.MAX_VALUE);
        }
    }

    /** The elements of one array, at {@code depth}. */
    private final class Elements implements FileParts.Format {
        private final RecordType type;
        private final int depth;

        Elements(RecordType type, int depth) {
            this.type = type;
            this.depth = depth;
        }

        @Override
        public int guessStart(byte[] b, int n) {
            for (int i = 0; i < n; i++) {
                if (b[i] != '}') {
                    continue;
                }
                int j = skipBlanks(b, i + 1, n);
                if (j < n && b[j] == ',') {
                    int k = skipBlanks(b, j + 1, n);
                    if (k < n && b[k] == '{') {
                        return k;
                    }
                }
            }
            return -1;
        }

        @Override
        public FileParts.End read(long start, long stopAt, boolean first, RecordSink sink) throws IOException {
            JsonScanner s = new JsonScanner(parts.file(), start, 1, depth);
            boolean closed;
            if (first && s.peek() == ']') {
                s.close();
                closed = true;
            } else {
                closed = DataSetJson.readElements(s, type, sink, 0, stopAt);
            }
            return new FileParts.End(s.offset(), s.line(), s.lineStart(), closed);
        }
    }

    private static int skipBlanks(byte[] b, int i, int n) {
        while (i < n && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
            i++;
        }
        return i;
    }
}
