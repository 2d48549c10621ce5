package org.junheng.indicators.rules;

/** What a number in a finding or a report counts or measures. */
public enum Unit {
    /** Yuan (元), exact to the fen. */
    YUAN,
    /** A head-count or other whole number. */
    COUNT,
    /** Per cent: {@code 12.5} means 12.5%. */
    PERCENT,
    /** A plain number: a ratio, a coefficient, a year. */
    PLAIN
}
