/**
 * The vocabulary every calculator answers in: a {@link org.junheng.indicators.rules.Finding} with its
 * rule ID, {@link org.junheng.indicators.rules.Verdict}, explanation and facts.
 *
 * <p>Nullness: no parameter or return value in this package is null.
 */
package org.junheng.indicators.rules;
