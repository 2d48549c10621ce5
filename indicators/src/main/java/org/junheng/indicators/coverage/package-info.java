/**
 * Coverage and rates (RULES.md, COV-1 to COV-20): the indicators
 * ({@link org.junheng.indicators.coverage.CoverageIndicator}), exact rates that say when they do not
 * apply ({@link org.junheng.indicators.coverage.Rate}), and their computation from a data set with
 * breakdowns by district, location and ownership
 * ({@link org.junheng.indicators.coverage.CoverageIndicators}).
 *
 * <p>Nullness: a rate's reason for not applying is null when it applies; nothing else is null.
 */
package org.junheng.indicators.coverage;
