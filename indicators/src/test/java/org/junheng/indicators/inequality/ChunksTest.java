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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The chunks the measures of BAL-7 are computed in, on one thread or several: the same partials in the same order. */
class ChunksTest {

    private static final int LENGTH = 7 * Chunks.SIZE + 5;

    private static int[][] ranges(boolean parallel, AtomicInteger calls) {
        return Chunks.map(LENGTH, (from, to) -> {
            calls.incrementAndGet();
            return new int[] {from, to};
        }, int[][]::new, parallel);
    }

    @Test
    void BAL_7_eachChunkIsComputedOnceAndHandedBackInOrderOnOneThreadOrMany() {
        for (boolean parallel : new boolean[] {false, true}) {
            AtomicInteger calls = new AtomicInteger();
            int[][] chunks = ranges(parallel, calls);
            assertEquals(8, chunks.length);
            assertEquals(8, calls.get(), "each chunk once");
            for (int c = 0; c < chunks.length; c++) {
                assertArrayEquals(new int[] {c * Chunks.SIZE, Math.min(LENGTH, (c + 1) * Chunks.SIZE)}, chunks[c]);
            }
        }
        assertEquals(1, Chunks.map(0, (from, to) -> to - from, Integer[]::new, true).length, "an empty range is one chunk");
    }

    @Test
    void BAL_7_theFirstChunksErrorIsThrownAfterEveryChunkHasRun() {
        AtomicInteger calls = new AtomicInteger();
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> Chunks.map(LENGTH,
                (from, to) -> {
                    calls.incrementAndGet();
                    if (from == 2 * Chunks.SIZE || from == 5 * Chunks.SIZE) {
                        throw new IllegalArgumentException("at " + from);
                    }
                    return from;
                }, Integer[]::new, true));
        assertEquals("at " + 2 * Chunks.SIZE, thrown.getMessage());
        assertEquals(8, calls.get());
    }

    @Test
    void BAL_7_anErrorInAChunkReachesTheCallerWithoutWaitingForTheRest() {
        OutOfMemoryError error = new OutOfMemoryError("test");
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            OutOfMemoryError thrown = assertThrows(OutOfMemoryError.class, () -> Chunks.map(LENGTH, (from, to) -> {
                if (from == 3 * Chunks.SIZE) {
                    throw error;
                }
                return from;
            }, Integer[]::new, true));
            assertSame(error, thrown);
        });
    }

    @Test
    void BAL_7_theCallerDoesNotWaitForWorkersBusyWithOtherWork() throws InterruptedException {
        // every worker of the common pool held until the chunks are done: the caller takes them all itself
        int workers = ForkJoinPool.getCommonPoolParallelism();
        CountDownLatch started = new CountDownLatch(workers);
        CountDownLatch release = new CountDownLatch(1);
        ForkJoinTask<?>[] blockers = new ForkJoinTask<?>[workers];
        for (int i = 0; i < workers; i++) {
            blockers[i] = ForkJoinPool.commonPool().submit(() -> {
                started.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        try {
            started.await();
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                AtomicInteger calls = new AtomicInteger();
                int[][] chunks = ranges(true, calls);
                assertEquals(8, chunks.length);
                assertEquals(8, calls.get());
            });
        } finally {
            release.countDown();
            for (ForkJoinTask<?> blocker : blockers) {
                blocker.join();
            }
        }
    }
}
