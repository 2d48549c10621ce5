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

/**
 * The rows of a large CSV file read in {@link FileParts}. A part after the first begins where a line
 * begins, after the first line feed past its offset. That guess is wrong only inside a quoted cell that
 * holds a line break, or where lines end with a lone CR; either way the part before it, read from a right
 * start, does not end there, and the guess is dropped.
 */
final class CsvFileParts implements FileParts.Format {
    private final FileParts parts;
    private final CsvRow.Columns columns;

    /** Rows of the file that {@code parts} reads, with one cell per column of {@code columns}. */
    CsvFileParts(FileParts parts, CsvRow.Columns columns) {
        this.parts = parts;
        this.columns = columns;
    }

    @Override
    public int guessStart(byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            if (b[i] == '\n') {
                return i + 1;
            }
        }
        return -1;
    }

    @Override
    public FileParts.End read(long start, long stopAt, boolean first, RecordSink sink) throws IOException {
        CsvScanner s = new CsvScanner(parts.file(), start, 1);
        boolean last = readRows(s, new CsvRow.Keeper(columns), sink, 0, stopAt);
        return new FileParts.End(s.offset(), s.nextLine(), s.lineStart(), last);
    }

    /**
     * Reads rows from the scanner's next one, numbered from {@code index}, to {@code out}: to the end of
     * the file, or until a row would begin at offset {@code stopAt} or later.
     *
     * @return whether the file ended
     */
    static boolean readRows(CsvScanner s, CsvRow.Keeper rows, RecordSink out, int index, long stopAt)
            throws IOException {
        int width = rows.width();
        while (s.offset() < stopAt) {
            if (!s.next()) {
                return true;
            }
            int at = index++;
            if (s.cells() != width) {
                String cells = String.valueOf(s.cells());
                out.problem(at, s.line(), "", cells, width + " cells, one per column of the header");
            } else {
                out.record(rows.keep(s), at, s.line());
            }
        }
        return false;
    }
}
