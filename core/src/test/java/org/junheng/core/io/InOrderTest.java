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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderTest {

    @Test
    void stepsRunInTheOrderGivenAcrossManyBatches() throws Exception {
        List<Integer> seen = new ArrayList<>();
        InOrder steps = new InOrder(3);
        for (int i = 0; i < 1000; i++) {
            int n = i;
            steps.submit(() -> seen.add(n));
        }
        steps.finish();
        assertEquals(IntStream.range(0, 1000).boxed().toList(), seen);
    }

    @Test
    void aSmallInputRunsOnTheCallersThread() throws Exception {
        List<Thread> threads = new ArrayList<>();
        InOrder steps = new InOrder(10);
        for (int i = 0; i < 9; i++) {
            steps.submit(() -> threads.add(Thread.currentThread()));
        }
        assertEquals(List.of(), threads, "nothing runs before finish when no batch is full");
        steps.finish();
        assertEquals(9, threads.size());
        threads.forEach(t -> assertSame(Thread.currentThread(), t));
    }

    @Test
    void withoutBatchesEveryStepRunsAsItIsGiven() throws Exception {
        List<Integer> seen = new ArrayList<>();
        InOrder steps = new InOrder(0);
        steps.submit(() -> seen.add(1));
        assertEquals(List.of(1), seen);
        steps.submit(() -> seen.add(2));
        steps.finish();
        assertEquals(List.of(1, 2), seen);
    }

    @Test
    void aLargeInputRunsOnAnotherThread() throws Exception {
        List<Thread> threads = new ArrayList<>();
        InOrder steps = new InOrder(2);
        for (int i = 0; i < 4; i++) {
            steps.submit(() -> threads.add(Thread.currentThread()));
        }
        steps.finish();
        assertEquals(4, threads.size());
        assertNotEquals(Thread.currentThread(), threads.get(0));
    }

    @Test
    void aFailingStepIsRethrownByFinishAndTheCallerNeverBlocks() throws Exception {
        List<Integer> seen = new ArrayList<>();
        InOrder steps = new InOrder(2);
        steps.submit(() -> seen.add(0));
        steps.submit(() -> {
            throw new IllegalStateException("step 1");
        });
        // far more batches than the queue holds: a stuck worker would block this loop
        for (int i = 2; i < 200; i++) {
            int n = i;
            steps.submit(() -> seen.add(n));
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, steps::finish);
        assertEquals("step 1", e.getMessage());
        assertEquals(List.of(0), seen, "no step after the failing one runs");
    }
}
