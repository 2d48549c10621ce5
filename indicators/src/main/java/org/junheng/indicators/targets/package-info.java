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
 * Dated targets as data (TGT and every dated COV, AID, FIN, ROT and BAL number): the
 * {@link org.junheng.indicators.targets.TargetCatalog}, and their evaluation on a date
 * ({@link org.junheng.indicators.targets.TargetResult},
 * {@link org.junheng.indicators.targets.TargetEvaluation}).
 *
 * <p>Nullness: a target's deadline and baseline, and a result's observation, gap and progress, may be
 * null as documented; nothing else in this package is null.
 */
package org.junheng.indicators.targets;
