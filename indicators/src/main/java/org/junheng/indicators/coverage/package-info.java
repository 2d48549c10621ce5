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
 * Coverage and rates (COV-1 to COV-29, in the rule catalog): the indicators
 * ({@link org.junheng.indicators.coverage.CoverageIndicator}), exact rates that say when they do not
 * apply ({@link org.junheng.indicators.coverage.Rate}), and their computation from a data set with
 * breakdowns by district, location and ownership
 * ({@link org.junheng.indicators.coverage.CoverageIndicators}), and the report section that shows the
 * indicators of the rules a profile holds ({@link org.junheng.indicators.coverage.CoverageSection}).
 *
 * <p>Nullness: a rate's reason for not applying is null when it applies; nothing else is null.
 */
package org.junheng.indicators.coverage;
