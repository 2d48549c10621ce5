/**
 * Dated targets as data (TGT and every dated COV, AID, FIN, ROT and BAL number): the
 * {@link org.junheng.indicators.targets.TargetCatalog}, and their evaluation on a date
 * ({@link org.junheng.indicators.targets.TargetResult},
 * {@link org.junheng.indicators.targets.TargetEvaluation}).
 *
 * <p>Nullness: a target's deadline and baseline, and a result's observation, gap and progress, may be
 * null as documented; nothing else in this package is null.
 */
package org.junheng.indicators.targets;
