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
package org.junheng.examples.bench;

import java.util.concurrent.TimeUnit;
import org.junheng.core.model.DataSet;
import org.junheng.core.policy.Policies;
import org.junheng.core.sample.SyntheticDataSets;
import org.junheng.indicators.rotation.RotationAssessment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Eligibility, plan checks, quotas, career conditions and workforce rules for every teacher of the
 * synthetic province (about 300,000 teachers), on one thread (issue 5).
 *
 * <pre>
 * java -cp examples/target/junheng.jar org.openjdk.jmh.Main RotationBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class RotationBenchmark {

    /** The synthetic data set's size, a {@code SyntheticDataSets.Scale} name. */
    @Param({"PROVINCE"})
    public String scale;

    private DataSet data;

    /** Generates the data set from seed 1 and prints its teacher count. */
    @Setup
    public void setUp() {
        data = SyntheticDataSets.generate(SyntheticDataSets.Scale.valueOf(scale), 1);
        System.out.printf("%n%s: %,d teachers%n", scale, data.teachers().size());
    }

    /** The whole rotation assessment (eligibility, plan, quotas, careers) under the Shenyang profile. */
    @Benchmark
    public RotationAssessment assessProvince() {
        return RotationAssessment.of(data, Policies.shenyang());
    }
}
