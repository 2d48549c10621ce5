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
 * Charts drawn by the library as SVG text, in pure Java: {@link org.junheng.indicators.chart.LorenzChart Lorenz
 * curves}, {@link org.junheng.indicators.chart.BarChart bars against a limit} and
 * {@link org.junheng.indicators.chart.LineChart values over time}. Every chart has axes with ticks and labels,
 * a title, and is accessible ({@code role="img"}, {@code aria-label}, {@code <title>}, {@code <desc>}); its
 * text is escaped and its numbers are formatted with {@link java.util.Locale#ROOT}, so the same input gives the
 * same bytes. The callers pass every word already in the reader's language.
 */
package org.junheng.indicators.chart;
