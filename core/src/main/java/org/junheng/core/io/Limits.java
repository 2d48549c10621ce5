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

import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * The limits past which input is refused rather than processed: a data set is flat records, so deep
 * nesting, huge numbers or huge strings can only be a mistake or an attack.
 */
final class Limits {
    /** A data set document nests three deep: document, array, record. */
    static final int MAX_NESTING_DEPTH = 8;
    /** Digits in one number: amounts to the fen of a whole country's spending fit in 20. */
    static final int MAX_NUMBER_LENGTH = 40;
    /** Characters in one string: names and IDs are short. */
    static final int MAX_STRING_LENGTH = 10_000;

    static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .build();

    private Limits() {
    }
}
