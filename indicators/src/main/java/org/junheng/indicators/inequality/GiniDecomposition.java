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

    /** Checks nothing; keeps an unmodifiable copy of {@code groups} in their given order. */
    public GiniDecomposition {
        groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
    }
}
