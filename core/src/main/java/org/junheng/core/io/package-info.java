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
 * Data sets in and out: one JSON document ({@link org.junheng.core.io.DataSetJson}) or a folder of CSV
 * files ({@link org.junheng.core.io.DataSetCsv}), with the same field names. Reading is
 * all-or-problems: a valid {@link org.junheng.core.model.DataSet}, or an
 * {@link org.junheng.core.model.InvalidDataException} listing every problem with its place.
 *
 * <p>Nullness: no parameter or return value in this package is null.
 */
package org.junheng.core.io;
