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
