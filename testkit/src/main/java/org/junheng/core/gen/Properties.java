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
package org.junheng.core.gen;

import org.quicktheories.QuickTheory;

/**
 * The entry point of junheng's property tests: QuickTheories with a fixed seed, so that a failure in CI
 * reproduces. The seed is the system property {@code junheng.seed} (set by the build), or 20261123.
 *
 * <p>Downstream test suites may use it too: {@code Properties.qt().forAll(DomainGens.money()).check(...)}.
 */
public final class Properties {
    /** The seed of every property test of a run. */
    public static final long SEED = Long.getLong("junheng.seed", 20261123L);

    private Properties() {
    }

    /** QuickTheories with the run's fixed seed and 200 examples. */
    public static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(SEED).withExamples(200);
    }
}
