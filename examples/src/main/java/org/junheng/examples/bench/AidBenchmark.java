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

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junheng.core.model.DataSet;
import org.junheng.core.policy.Policies;
import org.junheng.core.sample.SyntheticDataSets;
import org.junheng.core.value.SchoolYear;
import org.junheng.indicators.aid.AidBudget;
import org.junheng.indicators.aid.AidCalculator;
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
 * Aid entitlements for every student of the synthetic province (about 5,000,000), summed into the
 * budget, on one thread (issue 3). Students per second = students / the time printed.
 *
 * <pre>
 * java -cp examples/target/junheng.jar org.openjdk.jmh.Main AidBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class AidBenchmark {

    /** The synthetic data set's size, a {@code SyntheticDataSets.Scale} name. */
    @Param({"PROVINCE"})
    public String scale;

    private DataSet data;
    private AidCalculator calculator;

    /** Generates the data set from seed 1 and a calculator under the Shenyang profile; prints the student count. */
    @Setup
    public void setUp() {
        data = SyntheticDataSets.generate(SyntheticDataSets.Scale.valueOf(scale), 1);
        calculator = AidCalculator.of(Policies.shenyang());
        System.out.printf("%n%s: %,d students%n", scale, data.students().size());
    }

    /** Every student's entitlements for school year 2026, as of 1 September 2026, summed into the budget. */
    @Benchmark
    public AidBudget provinceBudget() {
        return AidBudget.of(data, calculator, SchoolYear.of(2026), LocalDate.of(2026, 9, 1), List.of());
    }
}
