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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Runs steps on a second thread, one at a time and in the order they were given, while the caller goes
 * on parsing: reading a province splits into tokenising (the caller) and turning fields into records
 * (here), about half each, so two cores read it in little more than the time of the larger half. As the
 * steps run in order on one thread, records and problems come out exactly as a sequential read gives
 * them.
 *
 * <p>A small input never starts a thread: steps are batched, and the steps of an input smaller than one
 * batch run on the caller's thread in {@link #finish}. On a machine with one processor every step runs
 * on the caller's thread as it is given.
 */
final class InOrder {
    /** Steps handed over at once: large enough that the hand-over costs nothing, small enough to overlap. */
    static final int BATCH = 2048;
    private static final List<Runnable> END = List.of();

    private final int batchSize;
    private final BlockingQueue<List<Runnable>> queue = new ArrayBlockingQueue<>(8);
    private List<Runnable> batch;
    private Thread worker;
    private volatile Throwable failure;

    InOrder() {
        this(Runtime.getRuntime().availableProcessors() > 1 ? BATCH : 0);
    }

    /** @param batchSize steps per hand-over; 0 to run every step at once on the caller's thread */
    InOrder(int batchSize) {
        this.batchSize = batchSize;
        this.batch = new ArrayList<>(Math.min(batchSize, BATCH));
    }

    /** Adds a step, run after every step added before it. */
    void submit(Runnable step) throws IOException {
        if (batchSize == 0) {
            step.run();
            return;
        }
        batch.add(step);
        if (batch.size() >= batchSize) {
            if (worker == null) {
                worker = new Thread(this::work, "junheng-read");
                worker.setDaemon(true);
                worker.start();
            }
            put(batch);
            batch = new ArrayList<>(batchSize);
        }
    }

    /**
     * Runs the remaining steps and waits for all of them: after this, everything the steps did is visible
     * to the caller. Call it also when the caller stops on an exception, so that the steps given so far
     * (and the problems they record) are not lost.
     *
     * @throws RuntimeException or Error that a step threw, the first one
     */
    void finish() throws IOException {
        if (worker == null) {
            batch.forEach(Runnable::run);
            batch.clear();
            return;
        }
        put(batch);
        batch = new ArrayList<>();
        put(END);
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading");
        }
        worker = null;
        Throwable t = failure;
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }

    private void put(List<Runnable> steps) throws IOException {
        try {
            queue.put(steps);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading");
        }
    }

    private void work() {
        try {
            while (true) {
                List<Runnable> steps = queue.take();
                if (steps == END) {
                    return;
                }
                if (failure == null) {
                    try {
                        steps.forEach(Runnable::run);
                    } catch (RuntimeException | Error e) {
                        // keep taking batches so that the caller never blocks; finish() rethrows this
                        failure = e;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
