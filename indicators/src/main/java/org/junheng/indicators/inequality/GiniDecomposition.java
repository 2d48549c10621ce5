package org.junheng.indicators.inequality;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Gini coefficient decomposed over groups: {@code total = between + within + overlap} (see
 * {@link Distribution#decomposeGini}). Immutable and thread-safe.
 *
 * @param total the Gini over all units
 * @param between the Gini of the group means
 * @param within {@code Σ v_g s_g G_g}
 * @param overlap the rest: how far the groups' distributions overlap
 * @param groups each group's shares, Gini and contribution
 * @param <K> the group key
 */
public record GiniDecomposition<K>(double total, double between, double within, double overlap,
        Map<K, Decomposition.Group> groups) {

    public GiniDecomposition {
        groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
    }
}
