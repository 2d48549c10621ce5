/*
 * Copyright 2026 the junheng authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except in
 * compliance with the License. You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software distributed under the License is
 * distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and limitations under the License.
 */
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
