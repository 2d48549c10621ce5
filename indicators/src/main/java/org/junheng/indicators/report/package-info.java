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
