/**
 * Sample data: the embedded sample county ({@link org.junheng.core.sample.SampleCounty}) and
 * deterministic synthetic data sets at county, city and province scale
 * ({@link org.junheng.core.sample.SyntheticDataSets}).
 */
package org.junheng.core.sample;
