/**
 * Policies as data: every amount, rate and year count of the rule catalog (RuleCatalog) as a named
 * {@link org.junheng.core.policy.Parameter} with its {@link org.junheng.core.policy.Source}, gathered in
 * a {@link org.junheng.core.policy.Policy}; the built-in profiles are in
 * {@link org.junheng.core.policy.Policies}.
 *
 * <p>Nullness: a parameter's value, a policy's parent and a policy's jurisdiction may be null, as their
 * documentation says; nothing else is.
 */
package org.junheng.core.policy;
