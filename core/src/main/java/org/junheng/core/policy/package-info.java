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
 * Policies as data: every amount, rate and year count of the rule catalog (RuleCatalog) as a named
 * {@link org.junheng.core.policy.Parameter} with its {@link org.junheng.core.policy.Source}, gathered in
 * a {@link org.junheng.core.policy.Policy}; the built-in profiles are in
 * {@link org.junheng.core.policy.Policies}.
 *
 * <p>Nullness: a parameter's value, a policy's parent and a policy's jurisdiction may be null, as their
 * documentation says; nothing else is.
 */
package org.junheng.core.policy;
