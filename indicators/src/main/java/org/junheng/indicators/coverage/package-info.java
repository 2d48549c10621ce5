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
