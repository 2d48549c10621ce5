/**
 * Funding (经费保障): the two no-decreases of FIN-1 and FIN-2
 * ({@link org.junheng.indicators.funding.TwoNoDecreases}), their roll-up from districts to cities
 * ({@link org.junheng.indicators.funding.FundingRollUp}), and FIN-3 to FIN-7
 * ({@link org.junheng.indicators.funding.FundingRules}); RULES.md, section FIN.
 *
 * <p>Nullness: the prior figures of a {@link org.junheng.indicators.funding.YearCheck} are null when the
 * year is not assessable; nothing else in this package is null.
 */
package org.junheng.indicators.funding;
