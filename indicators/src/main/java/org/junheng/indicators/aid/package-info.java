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
 * Student aid (学生资助), rule family AID: who is entitled to which item, how much and on which facts
 * ({@link org.junheng.indicators.aid.AidCalculator}), and a data set's aid budget with AID-5's coverage
 * ({@link org.junheng.indicators.aid.AidBudget}).
 *
 * <p>Nullness: an {@link org.junheng.indicators.aid.Entitlement}'s amount is null when the policy sets
 * none; a school passed to {@code decide} may be null for a person at no school of the data set; nothing
 * else in this package is null.
 */
package org.junheng.indicators.aid;
