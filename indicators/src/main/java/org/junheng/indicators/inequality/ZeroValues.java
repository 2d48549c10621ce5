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
