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
