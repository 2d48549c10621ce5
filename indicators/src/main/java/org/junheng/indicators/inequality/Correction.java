package org.junheng.indicators.inequality;

/** Small-sample corrections; off by default, since the assessments use the population forms. */
public enum Correction {
    /** The population form: divide by the total weight (BAL-4). */
    NONE,
    /** Weights as frequencies: divide by the total weight less one (variance), or scale Gini by W/(W−1). */
    FREQUENCY
}
