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
 * The nation in Apache Spark: {@link org.junheng.examples.spark.NationJob} reads a data set's CSV files as
 * Spark tables and runs the library's calculators and accumulators on a cluster
 * ({@link org.junheng.examples.spark.SparkNation}); {@link org.junheng.examples.spark.GenerateNation}
 * writes a synthetic country county by county. Spark is a provided dependency: these classes need it on
 * the class path, the rest of the jar does not.
 */
package org.junheng.examples.spark;
