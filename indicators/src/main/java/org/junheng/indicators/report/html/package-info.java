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
 * The report as one self-contained HTML page ({@link org.junheng.indicators.report.html.HtmlReport}): a
 * summary first (verdicts per area, the counties with the most breaches), then every section's tables with
 * verdicts coloured and numbers right-aligned, then the charts of {@link org.junheng.indicators.chart}
 * inline as SVG. No script, no style sheet or font from the network; the markup is well-formed XML as well
 * as HTML5, and the same input gives the same bytes.
 */
package org.junheng.indicators.report.html;
