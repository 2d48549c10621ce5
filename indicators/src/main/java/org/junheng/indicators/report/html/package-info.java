/**
 * The report as one self-contained HTML page ({@link org.junheng.indicators.report.html.HtmlReport}): a
 * summary first (verdicts per area, the counties with the most breaches), then every section's tables with
 * verdicts coloured and numbers right-aligned, then the charts of {@link org.junheng.indicators.chart}
 * inline as SVG. No script, no style sheet or font from the network; the markup is well-formed XML as well
 * as HTML5, and the same input gives the same bytes.
 */
package org.junheng.indicators.report.html;
