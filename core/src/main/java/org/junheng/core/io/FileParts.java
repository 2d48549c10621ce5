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
 * Reads a long run of records from a file in parts, each part scanned and converted on its own thread, so
 * that no one thread scans the whole run: a JSON document's large arrays ({@link JsonArrayParts}) and a
 * large CSV file ({@link CsvFileParts}).
 *
 * <p>A part after the first begins at a guess, made by the format from the bytes past the part's offset.
 * The guess is kept only when the part before it, read from a start already known to be right, ends its
 * last record exactly there; a part read from a right start reads what a reading in one pass reads, so the
 * records, their indexes and their lines are the same. A part that meets any problem, or whose guess was
 * wrong, is dropped, and the rest of the run is read in one pass from the last right start: every problem
 * is then found, in order and in its place, by the one-pass reading itself. Parts are only faster, never
 * different.
 */
final class FileParts {
    /** Bytes of the file per part: many parts on a province, little left over at their ends. */
    static final long PART_BYTES = 8L << 20;
    /** How far past a part's offset to look for the start of a record. */
    private static final int PROBE_BYTES = 1 << 16;

    /** How a format's records are found and read in a part. */
    interface Format {
        /** Where in {@code probe[0..n)} a record may begin; -1 when nowhere. */
        int guessStart(byte[] probe, int n);

        /**
         * Reads records to {@code sink}, indexed from 0, from {@code start}, which is line 1, until one
         * would begin at {@code stopAt} or later, or the run ends.
         *
         * @param first whether {@code start} is the run's start, before its first record if it has any
         */
        End read(long start, long stopAt, boolean first, RecordSink sink) throws IOException;
    }

    /**
     * Where a part stopped: at {@code offset}, on {@code line} (counted from 1 at the part's start), which
     * begins at {@code lineStart} unless it is line 1; {@code last} when the run ended there.
     */
    record End(long offset, int line, long lineStart, boolean last) {
    }

    /**
     * Where the parts stopped: at {@code offset}, before the record of {@code index}, on {@code line} which
     * begins at {@code lineStart}. When {@code done}, the whole run was read and {@code offset} is past it;
     * otherwise the one-pass reading goes on from there.
     */
    record Stop(long offset, int index, int line, long lineStart, boolean done) {
    }

    private final FileChannel file;
    private final long partBytes;
    private final int threads;

    FileParts(FileChannel file) {
        this(file, PART_BYTES, Runtime.getRuntime().availableProcessors());
    }

    /** Parts of {@code partBytes} on {@code threads} threads: tests use small parts to have many. */
    FileParts(FileChannel file, long partBytes, int threads) {
        this.file = file;
        this.partBytes = partBytes;
        this.threads = threads;
    }

    FileChannel file() {
        return file;
    }

    /** Whether the file from {@code offset} is large enough for two parts, with threads to read them. */
    boolean worthIt(long offset) throws IOException {
        return threads > 1 && file.size() - offset >= 2 * partBytes;
    }

    /** A part as read: its records converted, and where it ended, or that it was refused. */
    private static final class Part {
        final long start;
        final List<DataSetAssembly.Converted> batches = new ArrayList<>();
        boolean refused;
        End end;

        Part(long start) {
            this.start = start;
        }
    }

    /** Refuses a part: thrown where a problem is found, as none is ever kept from a part. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Refused INSTANCE = new Refused();

        private Refused() {
            super("a part of a run of records with a problem in it", null, false, false);
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
            // a guess past a JSON array's end meets another type's records: refused at once, not a batch later
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
     * Reads the run of records that begins at {@code start}, on {@code line} which begins at
     * {@code lineStart}, in parts. Records go to the assembly in order, until the run ends or a part is
     * refused; the stop says which, and where.
     */
    Stop read(Format format, long start, int line, long lineStart, DataSetAssembly assembly, RecordType type)
            throws IOException {
        int index = 0;
        long expected = start;
        ExecutorService pool = RecordBatches.pool(threads);
        ArrayDeque<Future<Part>> inFlight = new ArrayDeque<>();
        long nextStart = start;
        try {
            while (true) {
                // a bounded window of parts: the records of parts ahead wait in memory to be merged
                while (inFlight.size() < 2 * threads && nextStart >= 0) {
                    long from = nextStart;
                    long stop = guessAfter(format, from + partBytes);
                    inFlight.add(pool.submit(() -> readPart(format, from, stop < 0 ? Long.MAX_VALUE : stop,
                            from == start, assembly, type)));
                    nextStart = stop;
                }
                Part part = inFlight.isEmpty() ? null : RecordBatches.await(inFlight.removeFirst());
                if (part == null || part.refused || part.start != expected) {
                    return new Stop(expected, index, line, lineStart, false);
                }
                for (DataSetAssembly.Converted batch : part.batches) {
                    batch.shift(index, line - 1);
                    assembly.merge(type, batch);
                    index += batch.size();
                }
                End end = part.end;
                if (end.line() > 1) {
                    lineStart = end.lineStart();
                }
                line += end.line() - 1;
                expected = end.offset();
                if (end.last()) {
                    return new Stop(expected, index, line, lineStart, true);
                }
            }
        } finally {
            // parts under way finish on their own: interrupting one would close the file under the others
            inFlight.forEach(f -> f.cancel(false));
            pool.shutdown();
        }
    }

    /** Reads a part from {@code start} until a record would begin at {@code stopAt} or later. */
    private static Part readPart(Format format, long start, long stopAt, boolean first, DataSetAssembly assembly,
            RecordType type) {
        Part part = new Part(start);
        PartSink sink = new PartSink(assembly, type, part);
        try {
            End end = format.read(start, stopAt, first, sink);
            sink.convert();
            part.end = end;
        } catch (IOException | RuntimeException e) {
            // a problem, or a guess that was not a record's start: the one-pass reading tells which, and
            // throws again whatever was thrown here from a right start
            part.refused = true;
            part.batches.clear();
        }
        return part;
    }

    /** The offset of the format's guess for a record's start at or after {@code from}; -1 when none is near. */
    private long guessAfter(Format format, long from) throws IOException {
        ByteBuffer probe = ByteBuffer.allocate(PROBE_BYTES);
        long at = from;
        while (probe.hasRemaining() && file.read(probe, at) > 0) {
            at = from + probe.position();
        }
        int found = format.guessStart(probe.array(), probe.position());
        return found < 0 ? -1 : from + found;
    }
}
