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

/** Small-sample corrections; off by default, since the assessments use the population forms. */
public enum Correction {
    /** The population form: divide by the total weight (BAL-4). */
    NONE,
    /** Weights as frequencies: divide by the total weight less one (variance), or scale Gini by W/(W−1). */
    FREQUENCY
}
