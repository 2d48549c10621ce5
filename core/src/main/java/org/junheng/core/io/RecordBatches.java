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
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junheng.core.model.DataProblem;
import org.junheng.core.model.RecordType;
import org.junheng.core.model.StudentList;

/**
 * Turns the records of one type from fields into records on worker threads while the caller goes on
 * parsing, and merges the results back in input order: records and problems come out exactly as a
 * sequential read gives them, whatever the number of threads.
 *
 * <p>The caller hands over records (fields with their place) and problems found while parsing; they are
 * grouped in batches, each batch is converted by one task, and a bounded number of batches is in flight
 * so that memory stays flat on a province. An input smaller than one batch never starts a thread.
 */
final class RecordBatches implements RecordSink {
    /**
     * Records per task: large enough that handing over costs nothing, small enough to spread; and a
     * student list's page, so that a batch of students joins the data set as a full page, not copied.
     */
    static final int BATCH = StudentList.PAGE_SIZE;

    private boolean abandoned;
    private final DataSetAssembly assembly;
    private final RecordType type;
    private final int batchSize;
    private final int threads;
    private final ArrayDeque<Future<DataSetAssembly.Converted>> inFlight = new ArrayDeque<>();
    private ExecutorService pool;
    private Batch batch;

    /** What a batch holds: per step either the fields of a record or a problem already placed. */
    static final class Batch {
        final Object[] steps;
        final int[] indexes;
        final int[] lines;
        int size;

        Batch(int capacity) {
            steps = new Object[capacity];
            indexes = new int[capacity];
            lines = new int[capacity];
        }

        void add(Object step, int index, int line) {
            steps[size] = step;
            indexes[size] = index;
            lines[size] = line;
            size++;
        }
    }

    RecordBatches(DataSetAssembly assembly, RecordType type) {
        this(assembly, type, BATCH, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param batchSize records per task
     * @param threads worker threads; with 1, every batch is converted on the caller's thread
     */
    RecordBatches(DataSetAssembly assembly, RecordType type, int batchSize, int threads) {
        this.assembly = assembly;
        this.type = type;
        this.batchSize = batchSize;
        this.threads = threads;
        this.batch = new Batch(batchSize);
    }

    @Override
    public void record(Fields fields, int index, int line) throws IOException {
        batch.add(fields, index, line);
        if (batch.size == batchSize) {
            submit();
        }
    }

    /** Kept in order with the problems that converting the records finds. */
    @Override
    public void problem(int index, int line, String field, String value, String expected) throws IOException {
        batch.add(new DataProblem(assembly.source(type), assembly.location(type, index, line), field,
                value == null ? "" : value, expected), index, line);
        if (batch.size == batchSize) {
            submit();
        }
    }

    private void submit() throws IOException {
        Batch full = batch;
        batch = new Batch(batchSize);
        if (threads <= 1) {
            assembly.merge(type, assembly.convert(type, full));
            return;
        }
        if (pool == null) {
            pool = pool(threads);
        }
        inFlight.add(pool.submit(() -> assembly.convert(type, full)));
        // a bounded window: the parser never runs far ahead of the workers
        while (inFlight.size() > 2 * threads) {
            mergeOldest();
        }
    }

    private void mergeOldest() throws IOException {
        assembly.merge(type, await(inFlight.removeFirst()));
    }

    /** The result of a task, with what it threw thrown as it was (an error, or a runtime exception). */
    static <T> T await(Future<T> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Worker threads that do not keep the program alive. */
    static ExecutorService pool(int threads) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "junheng-read");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Stops after an {@link Error} (out of memory, most likely): nothing more is converted or merged, the
     * workers stop, and {@link #finish} does nothing. Merging on after an error could fail on its own and
     * throw a second error that hides the first.
     */
    void abandon() {
        abandoned = true;
        inFlight.forEach(f -> f.cancel(true));
        inFlight.clear();
        if (pool != null) {
            pool.shutdownNow();
            pool = null;
        }
    }

    /**
     * Converts what is left and merges every batch, in order. Call it also when the caller stops on an
     * exception, so that the records and problems handed over so far are not lost; after an error, call
     * {@link #abandon} instead.
     *
     * @throws RuntimeException or Error that a conversion threw, the first one in input order
     */
    void finish() throws IOException {
        if (abandoned) {
            return;
        }
        try {
            if (pool == null) {
                assembly.merge(type, assembly.convert(type, batch));
            } else {
                if (batch.size > 0) {
                    Batch last = batch;
                    inFlight.add(pool.submit(() -> assembly.convert(type, last)));
                }
                while (!inFlight.isEmpty()) {
                    mergeOldest();
                }
            }
            batch = new Batch(0);
        } finally {
            if (pool != null) {
                inFlight.forEach(f -> f.cancel(true));
                inFlight.clear();
                pool.shutdownNow();
                pool = null;
            }
        }
    }
}
