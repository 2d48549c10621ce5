/**
 * The nation in Apache Spark: {@link org.junheng.examples.spark.NationJob} reads a data set's CSV files as
 * Spark tables and runs the library's calculators and accumulators on a cluster
 * ({@link org.junheng.examples.spark.SparkNation}); {@link org.junheng.examples.spark.GenerateNation}
 * writes a synthetic country county by county. Spark is a provided dependency: these classes need it on
 * the class path, the rest of the jar does not.
 */
package org.junheng.examples.spark;
