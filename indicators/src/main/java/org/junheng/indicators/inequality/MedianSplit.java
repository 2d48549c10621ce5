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
 * Which units the McLoone and Verstegen indices (BAL-7) take as "below" or "above" the median.
 */
public enum MedianSplit {
    /**
     * The bottom (top) half of the weight, the pupils when pupils are the weights, as the school-finance
     * literature computes it: the unit that straddles the median is split, so that exactly {@code W/2}
     * of weight is counted. The default.
     */
    HALF_OF_WEIGHT,
    /** Only the units whose value lies strictly below (above) the median, the straddling unit left out. */
    UNITS_BEYOND_MEDIAN
}
