/**
 * The report: {@link org.junheng.indicators.report.Report} of
 * {@link org.junheng.indicators.report.Section}s of {@link org.junheng.indicators.report.Table}s,
 * written as text, Markdown or JSON with Chinese or English labels.
 *
 * <p>Nullness: no parameter or return value in this package is null.
 */
package org.junheng.indicators.report;
