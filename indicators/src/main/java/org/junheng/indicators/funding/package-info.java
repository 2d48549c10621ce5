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
 * Funding (经费保障): the two no-decreases of FIN-1 and FIN-2
 * ({@link org.junheng.indicators.funding.TwoNoDecreases}), their roll-up from districts to cities
 * ({@link org.junheng.indicators.funding.FundingRollUp}), FIN-3 to FIN-7, FIN-9 and BAL-6's training share
 * ({@link org.junheng.indicators.funding.FundingRules}, each only where the policy holds it, FIN-5 by its
 * deadline) and FIN-8's statutory growth rules ({@link org.junheng.indicators.funding.StatutoryGrowth}).
 * Their texts are in the built-in rule catalog ({@code RuleCatalog}).
 *
 * <p>Nullness: the prior figures of a {@link org.junheng.indicators.funding.YearCheck} are null when the
 * year is not assessable; nothing else in this package is null. The figures a record leaves out give no
 * finding or a "not assessable" one, never a verdict.
 */
package org.junheng.indicators.funding;
