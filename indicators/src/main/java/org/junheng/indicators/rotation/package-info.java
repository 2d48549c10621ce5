/**
 * Teacher exchange and rotation (教师交流轮岗), rule family ROT: eligibility with reasons
 * ({@link org.junheng.indicators.rotation.Eligibility}), quotas
 * ({@link org.junheng.indicators.rotation.Quota}), plan checks and the workforce rules
 * ({@link org.junheng.indicators.rotation.RotationAssessment}), career conditions
 * ({@link org.junheng.indicators.rotation.CareerConditions}) and the exact service-time convention
 * ({@link org.junheng.indicators.rotation.ServiceTime}).
 *
 * <p>Nullness: no parameter or return value in this package is null.
 */
package org.junheng.indicators.rotation;
