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
 * A between/within decomposition of an inequality measure over groups (district, 城区/镇区/乡村,
 * public/private): this is how a gap between regions is told from a gap between schools of one region.
 * For GE(α) {@code total = between + within} exactly (up to rounding); {@link GiniDecomposition} adds
 * an overlap term. Immutable and thread-safe.
 *
 * @param alpha the α of GE(α)
 * @param total the measure over all units
 * @param between the measure of the group means, each weighted by its group's weight
 * @param within the weighted sum of the groups' own measures
 * @param groups each group's shares, measure and contribution to {@code within}
 * @param <K> the group key
 */
public record Decomposition<K>(double alpha, double total, double between, double within, Map<K, Group> groups) {

    /** Checks nothing; keeps an unmodifiable copy of {@code groups} in their given order. */
    public Decomposition {
        groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
    }

    /** The share of the total that lies between groups. */
    public double betweenShare() {
        return total == 0 ? 0 : between / total;
    }

    /**
     * One group's part.
     *
     * @param populationShare the group's share of the weight, {@code v_g}
     * @param valueShare the group's share of the total value, {@code s_g}
     * @param measure the measure within the group
     * @param contribution its contribution to the within part
     */
    public record Group(double populationShare, double valueShare, double measure, double contribution) {
    }
}
