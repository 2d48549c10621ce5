/**
 * Student aid (学生资助), rule family AID: who is entitled to which item, how much and on which facts
 * ({@link org.junheng.indicators.aid.AidCalculator}), and a data set's aid budget with AID-5's coverage
 * ({@link org.junheng.indicators.aid.AidBudget}).
 *
 * <p>Nullness: an {@link org.junheng.indicators.aid.Entitlement}'s amount is null when the policy sets
 * none; a school passed to {@code decide} may be null for a person at no school of the data set; nothing
 * else in this package is null.
 */
package org.junheng.indicators.aid;
