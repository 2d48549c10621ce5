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
 * The domain: jurisdictions, schools and their resources, classes, teachers, service periods, students
 * and funding, gathered in a checked {@link org.junheng.core.model.DataSet}.
 *
 * <p>Every type here is immutable, thread-safe and validated in its constructor; the domain holds no
 * I/O, clock or global configuration: the reference date is part of the data set.
 *
 * <p>Nullness: record components documented as "optional" may be null, meaning "none" or "not
 * recorded"; every other parameter and return value is non-null, and a null argument throws a
 * {@link java.lang.NullPointerException} naming it.
 */
package org.junheng.core.model;
