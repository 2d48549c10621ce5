/**
 * Balance across schools (校际均衡): the national county assessment of quality-balanced compulsory
 * education, BAL-1 to BAL-6 of 教督〔2017〕6号 ({@link org.junheng.indicators.balance.CountyAssessment}), and
 * the report section that adds the inequality measures of BAL-7 to locate a gap.
 *
 * <p>Nullness: no parameter or return value in this package is null.
 */
package org.junheng.indicators.balance;
