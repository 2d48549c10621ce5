/**
 * Exact values: {@link org.junheng.core.value.Money}, {@link org.junheng.core.value.Ratio},
 * {@link org.junheng.core.value.Percentage}, {@link org.junheng.core.value.SchoolYear} and
 * {@link org.junheng.core.value.FiscalYear}.
 *
 * <p>Nullness: no parameter or return value in this package is null; a null argument throws a
 * {@link java.lang.NullPointerException} naming the parameter.
 */
package org.junheng.core.value;
