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

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junheng.Junheng;
import org.junheng.core.model.DataSetSeries;
import org.junheng.core.policy.Policies;
import org.junheng.core.policy.Policy;
import org.junheng.core.value.Language;
import org.junheng.indicators.report.html.Figure;
import org.junheng.indicators.report.html.HtmlReport;
import org.junheng.indicators.report.html.ReportCharts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The HTML report of the sample series (three school years, Shenyang profile): the whole page, and its
 * charts alone, on one thread.
 *
 * <pre>
 * java -cp examples/target/junheng.jar org.openjdk.jmh.Main HtmlReportBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class HtmlReportBenchmark {
    private DataSetSeries series;
    private Policy policy;

    /** Loads the sample series once. */
    @Setup
    public void setUp() {
        series = Junheng.sampleSeries();
        policy = Policies.shenyang();
    }

    /** The whole page: report, summary, tables and charts. */
    @Benchmark
    public String page() {
        return HtmlReport.render(series, policy, Language.ZH);
    }

    /** The charts alone: the calculators' results drawn as SVG. */
    @Benchmark
    public List<Figure> charts() {
        return ReportCharts.of(series, policy, Language.ZH);
    }
}
