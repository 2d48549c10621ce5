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
import java.util.function.IntFunction;
import java.util.stream.IntStream;

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
     * computed on the common fork-join pool when {@code parallel}.
     */
    static <T> T[] map(int length, Part<T> part, IntFunction<T[]> newArray, boolean parallel) {
        int count = Math.max(1, (int) ((length + (long) SIZE - 1) / SIZE));
        T[] results = newArray.apply(count);
        RuntimeException[] errors = new RuntimeException[count];
        IntStream chunks = IntStream.range(0, count);
        if (parallel) {
            chunks = chunks.parallel();
        }
        chunks.forEach(c -> {
            try {
                results[c] = part.compute(c * SIZE, (int) Math.min(length, (long) (c + 1) * SIZE));
            } catch (RuntimeException e) {
                errors[c] = e; // rethrown below in order, from the calling thread
            }
        });
        for (RuntimeException e : errors) {
            if (e != null) {
                throw e;
            }
        }
        return results;
    }

    /** An {@link IllegalArgumentException} naming the index of the element {@code cause} refused. */
    static IllegalArgumentException at(int index, IllegalArgumentException cause) {
        return new IllegalArgumentException(String.format(Locale.ROOT, "at index %d: %s", index, cause.getMessage()), cause);
    }
}
