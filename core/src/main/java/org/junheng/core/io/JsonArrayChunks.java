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
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.junheng.core.model.RecordType;

/**
 * Reads a large array of records from a file in parts, each part parsed and converted on its own thread,
 * so that no one thread scans the whole array.
 *
 * <p>A part after the first begins at a guess: the first place past its offset that looks like the start
 * of a record ({@code }, {}). The guess is kept only when the part before it, read from a start already
 * known to be right, ends its last record exactly there; a part is read from a right start just as a
 * reading in one pass reads it, so the records, their indexes and their lines are the same. A part that
 * meets any problem, or whose guess was wrong, is dropped, and the rest of the array is read in one pass
 * from the last right start: every problem is then found, in order and in its place, by the one-pass
 * reading itself. Parts are only faster, never different.
 */
final class JsonArrayChunks {
    /** Bytes of the file per part: many parts on a province, little left over at their ends. */
    static final long CHUNK_BYTES = 8L << 20;
    /** How far past a part's offset to look for the start of a record. */
    private static final int PROBE_BYTES = 1 << 16;

    private final FileChannel file;
    private final long chunkBytes;
    private final int threads;

    JsonArrayChunks(FileChannel file, long chunkBytes) {
        this(file, chunkBytes, Runtime.getRuntime().availableProcessors());
    }

    JsonArrayChunks(FileChannel file, long chunkBytes, int threads) {
        this.file = file;
        this.chunkBytes = chunkBytes;
        this.threads = threads;
    }

    /** Whether the file from the array just entered is large enough for two parts, with threads to read them. */
    boolean worthIt(JsonScanner s) throws IOException {
        return threads > 1 && file.size() - s.offset() >= 2 * chunkBytes;
    }

    /** A part as read: its records converted, and where it ended, or that it was refused. */
    private static final class Part {
        final long start;
        final List<DataSetAssembly.Converted> batches = new ArrayList<>();
        boolean refused;
        /** Whether it ended with the array's closing bracket. */
        boolean closed;
        /** Where it stopped: the start of the next element, or just past the closing bracket. */
        long end;
        /** The line it stopped on, counted from 1 at its start. */
        int line;
        /** Where that line begins, when it is not the line the part began on. */
        long lineStart;

        Part(long start) {
            this.start = start;
        }
    }

    /** Refuses a part: thrown where a problem is found, as none is ever kept from a part. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Refused INSTANCE = new Refused();

        private Refused() {
            super("a part of an array with a problem in it", null, false, false);
        }
    }

    /** Converts a part's records in batches on its own thread, and refuses the part at its first problem. */
    private static final class PartSink implements RecordSink {
        private final DataSetAssembly assembly;
        private final RecordType type;
        private final Part part;
        private RecordBatches.Batch batch = new RecordBatches.Batch(RecordBatches.BATCH);

        PartSink(DataSetAssembly assembly, RecordType type, Part part) {
            this.assembly = assembly;
            this.type = type;
            this.part = part;
        }

        @Override
        public void record(Fields fields, int index, int line) {
            // a guess past the array's end meets another type's records: refused at once, not a batch later
            if (fields instanceof JsonRecord r && r.hasUnknownFields()) {
                throw Refused.INSTANCE;
            }
            batch.add(fields, index, line);
            if (batch.size == RecordBatches.BATCH) {
                convert();
            }
        }

        @Override
        public void problem(int index, int line, String field, String value, String expected) {
            throw Refused.INSTANCE;
        }

        void convert() {
            if (batch.size == 0) {
                return;
            }
            DataSetAssembly.Converted converted = assembly.convert(type, batch);
            if (!converted.problems.isEmpty()) {
                throw Refused.INSTANCE;
            }
            part.batches.add(converted);
            batch = new RecordBatches.Batch(RecordBatches.BATCH);
        }
    }

    /**
     * Reads the array of records that {@code s} has just entered, to its end, and leaves {@code s} after
     * it. Records go to the assembly in order; if a part is refused, the rest goes through {@code rest} in
     * one pass.
     */
    void read(JsonScanner s, DataSetAssembly assembly, RecordType type, RecordBatches rest) throws IOException {
        long arrayStart = s.offset();
        int depth = s.depth();
        int line = s.line();
        long lineStart = s.lineStart();
        int index = 0;
        long expected = arrayStart;
        ExecutorService pool = RecordBatches.pool(threads);
        ArrayDeque<Future<Part>> inFlight = new ArrayDeque<>();
        long nextStart = arrayStart;
        try {
            while (true) {
                // a bounded window of parts: the records of parts ahead wait in memory to be merged
                while (inFlight.size() < 2 * threads && nextStart >= 0) {
                    long start = nextStart;
                    long stop = recordStartAfter(start + chunkBytes);
                    inFlight.add(pool.submit(() -> readPart(start, stop < 0 ? Long.MAX_VALUE : stop,
                            start == arrayStart, depth, assembly, type)));
                    nextStart = stop;
                }
                Part part = inFlight.isEmpty() ? null : RecordBatches.await(inFlight.removeFirst());
                if (part == null || part.refused || part.start != expected) {
                    s.moveTo(expected, line, lineStart, depth);
                    if (expected == arrayStart) {
                        DataSetJson.readArray(s, type, rest);
                    } else {
                        DataSetJson.readElements(s, type, rest, index, Long.MAX_VALUE);
                    }
                    return;
                }
                for (DataSetAssembly.Converted batch : part.batches) {
                    batch.shift(index, line - 1);
                    assembly.merge(type, batch);
                    index += batch.size();
                }
                if (part.line > 1) {
                    lineStart = part.lineStart;
                }
                line += part.line - 1;
                expected = part.end;
                if (part.closed) {
                    s.moveTo(part.end, line, lineStart, depth - 1);
                    return;
                }
            }
        } finally {
            // parts under way finish on their own: interrupting one would close the file under the others
            inFlight.forEach(f -> f.cancel(false));
            pool.shutdown();
        }
    }

    /** Reads a part from {@code start} until a record would begin at {@code stopAt} or later. */
    private Part readPart(long start, long stopAt, boolean first, int depth, DataSetAssembly assembly,
            RecordType type) {
        Part part = new Part(start);
        PartSink sink = new PartSink(assembly, type, part);
        try {
            JsonScanner s = new JsonScanner(file, start, 1, depth);
            if (first && s.peek() == ']') {
                s.close();
                part.closed = true;
            } else {
                part.closed = DataSetJson.readElements(s, type, sink, 0, stopAt);
            }
            sink.convert();
            part.end = s.offset();
            part.line = s.line();
            part.lineStart = s.lineStart();
        } catch (IOException | RuntimeException e) {
            // a problem, or a guess that was not a record's start: the one-pass reading tells which, and
            // throws again whatever was thrown here from a right start
            part.refused = true;
            part.batches.clear();
        }
        return part;
    }

    /**
     * The offset of the first {@code {} at or after {@code from} that follows {@code }} and {@code ,} with
     * only whitespace between, within {@link #PROBE_BYTES}; -1 when there is none there.
     */
    private long recordStartAfter(long from) throws IOException {
        ByteBuffer probe = ByteBuffer.allocate(PROBE_BYTES);
        long at = from;
        while (probe.hasRemaining() && file.read(probe, at) > 0) {
            at = from + probe.position();
        }
        byte[] b = probe.array();
        int n = probe.position();
        for (int i = 0; i < n; i++) {
            if (b[i] != '}') {
                continue;
            }
            int j = skipBlanks(b, i + 1, n);
            if (j < n && b[j] == ',') {
                int k = skipBlanks(b, j + 1, n);
                if (k < n && b[k] == '{') {
                    return from + k;
                }
            }
        }
        return -1;
    }

    private static int skipBlanks(byte[] b, int i, int n) {
        while (i < n && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
            i++;
        }
        return i;
    }
}
