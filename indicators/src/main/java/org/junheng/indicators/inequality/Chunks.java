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
package org.junheng.indicators.inequality;

import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * Splits an array's index range into chunks of a fixed size, computes a partial accumulator per chunk
 * (in parallel above {@link #PARALLEL_FROM} elements when more than one processor is available) and
 * hands the partials back in index order, for the caller to combine in that order.
 *
 * <p>The chunks and the order of combining depend only on the length, never on the number of threads,
 * so a result is the same to the last bit on one core or many. A bad element is reported by the chunk
 * that holds it; when several chunks fail, the error of the first chunk is thrown, as the sequential
 * path would.
 */
final class Chunks {
    /** Elements per chunk: large enough that combining partials costs nothing, small enough to share work. */
    static final int SIZE = 1 << 16;
    /** Below this, starting threads costs more than it saves. */
    static final int PARALLEL_FROM = 1 << 18;

    private Chunks() {
    }

    /** Computes one partial over {@code [from, to)}. */
    @FunctionalInterface
    interface Part<T> {
        T compute(int from, int to);
    }

    /** Whether an array of this length is worth splitting among threads here. */
    static boolean parallel(int length) {
        return length >= PARALLEL_FROM && Runtime.getRuntime().availableProcessors() > 1;
    }

    /**
     * The partials of the chunks of {@code [0, length)}, in order (one chunk, possibly empty, when short),
     * computed on the calling thread and the common fork-join pool's workers when {@code parallel}.
     */
    static <T> T[] map(int length, Part<T> part, IntFunction<T[]> newArray, boolean parallel) {
        int count = Math.max(1, (int) ((length + (long) SIZE - 1) / SIZE));
        Run<T> run = new Run<>(length, count, part, newArray.apply(count));
        if (parallel && count > 1) {
            for (int h = Math.min(count - 1, ForkJoinPool.getCommonPoolParallelism()); h > 0; h--) {
                ForkJoinPool.commonPool().execute(run);
            }
        }
        run.run();
        run.awaitChunks();
        for (RuntimeException e : run.errors) {
            if (e != null) {
                throw e;
            }
        }
        return run.results;
    }

    /**
     * The chunks of one {@link #map}, taken one at a time by each thread that runs it, so that a thread
     * slowed by other work takes fewer: a parallel stream's halving gives each thread a quarter of the
     * range at once, and on two cores one late thread left the other a quarter's work to do alone. The
     * caller waits only for the chunks under way, not for helpers that start after the last one is taken.
     */
    private static final class Run<T> implements Runnable {
        private final int length;
        private final int count;
        private final Part<T> part;
        private final T[] results;
        private final RuntimeException[] errors;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger unfinished;
        private final Thread caller = Thread.currentThread();
        private volatile Error fatal;

        Run(int length, int count, Part<T> part, T[] results) {
            this.length = length;
            this.count = count;
            this.part = part;
            this.results = results;
            this.errors = new RuntimeException[count];
            this.unfinished = new AtomicInteger(count);
        }

        @Override
        public void run() {
            for (int c; (c = next.getAndIncrement()) < count; ) {
                try {
                    results[c] = part.compute(c * SIZE, (int) Math.min(length, (long) (c + 1) * SIZE));
                } catch (RuntimeException e) {
                    errors[c] = e; // thrown by the caller in order
                } catch (Error e) {
                    fatal = e; // out of memory, most likely: no chunk starts after it, and the caller throws it
                    next.set(count);
                    LockSupport.unpark(caller);
                }
                if (unfinished.decrementAndGet() == 0) {
                    LockSupport.unpark(caller); // the decrement publishes this chunk's result to the caller
                }
            }
        }

        /** Waits until every chunk has ended, or throws an {@link Error} one of them threw. */
        void awaitChunks() {
            while (unfinished.get() > 0 && fatal == null) {
                LockSupport.park(this);
            }
            if (fatal != null) {
                throw fatal;
            }
        }
    }

    /** An {@link IllegalArgumentException} naming the index of the element {@code cause} refused. */
    static IllegalArgumentException at(int index, IllegalArgumentException cause) {
        return new IllegalArgumentException(String.format(Locale.ROOT, "at index %d: %s", index, cause.getMessage()), cause);
    }
}
