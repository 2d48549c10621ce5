/**
 * What a data set holds, counted: {@link org.junheng.indicators.summary.DataSetSummary}.
 *
 * <p>Nullness: no parameter or return value in this package is null.
 */
package org.junheng.indicators.summary;
