/**
 * Charts drawn by the library as SVG text, in pure Java: {@link org.junheng.indicators.chart.LorenzChart Lorenz
 * curves}, {@link org.junheng.indicators.chart.BarChart bars against a limit} and
 * {@link org.junheng.indicators.chart.LineChart values over time}. Every chart has axes with ticks and labels,
 * a title, and is accessible ({@code role="img"}, {@code aria-label}, {@code <title>}, {@code <desc>}); its
 * text is escaped and its numbers are formatted with {@link java.util.Locale#ROOT}, so the same input gives the
 * same bytes. The callers pass every word already in the reader's language.
 */
package org.junheng.indicators.chart;
