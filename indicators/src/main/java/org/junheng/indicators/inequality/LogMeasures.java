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
 * The log-based measures of BAL-7 of one set of weighted values, from one pass
 * ({@link Inequality#logMeasures}).
 *
 * @param theil Theil's T, GE(1)
 * @param meanLogDeviation the mean log deviation (Theil's L), GE(0)
 * @param atkinson1 the Atkinson index A(1), {@code 1 − exp(−GE(0))}
 */
public record LogMeasures(double theil, double meanLogDeviation, double atkinson1) {
}
