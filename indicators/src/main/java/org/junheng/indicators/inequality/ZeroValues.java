package org.junheng.indicators.inequality;

/**
 * What the measures that need positive values (Theil, mean log deviation, GE(α) for α ≤ 0, Atkinson for
 * ε ≥ 1) do with a zero.
 */
public enum ZeroValues {
    /** Refuse a zero with an error that names it: the default, since a zero is usually a missing figure. */
    REFUSE,
    /**
     * Use the limit where it exists: {@code 0·ln 0 = 0} in Theil T, {@code 0^α = 0} for α &gt; 0 in GE(α) and
     * in Atkinson for ε &lt; 1. Where no limit exists (MLD, α ≤ 0, ε ≥ 1) a zero is still refused.
     */
    USE_LIMITS
}
