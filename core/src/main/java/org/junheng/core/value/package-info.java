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
 * Exact values: {@link org.junheng.core.value.Money}, {@link org.junheng.core.value.Ratio},
 * {@link org.junheng.core.value.Percentage}, {@link org.junheng.core.value.SchoolYear} and
 * {@link org.junheng.core.value.FiscalYear}.
 *
 * <p>Nullness: no parameter or return value in this package is null; a null argument throws a
 * {@link java.lang.NullPointerException} naming the parameter.
 */
package org.junheng.core.value;
