/**
 * The report: {@link org.junheng.indicators.report.Report} of
 * {@link org.junheng.indicators.report.Section}s of {@link org.junheng.indicators.report.Table}s,
 * written as text, Markdown or typed JSON ({@link org.junheng.indicators.report.ReportFormat}, the JSON's schema
 * in the resource {@code report.schema.json}), or as tables for spreadsheets: a folder of CSV files
 * ({@link org.junheng.indicators.report.ReportCsv}) or one workbook
 * ({@link org.junheng.indicators.report.ReportXlsx}), with Chinese or English labels.
 *
 * <p>Nullness: no parameter or return value in this package is null.
 */
package org.junheng.indicators.report;
