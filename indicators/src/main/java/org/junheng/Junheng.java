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
package org.junheng;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junheng.core.internal.Checks;
import org.junheng.core.io.DataSetCsv;
import org.junheng.core.io.DataSetJson;
import org.junheng.core.io.DataSetSeriesCsv;
import org.junheng.core.io.DataSetSeriesJson;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DataSetSeries;
import org.junheng.core.policy.Policies;
import org.junheng.core.policy.Policy;
import org.junheng.core.policy.Rule;
import org.junheng.core.policy.RuleCatalog;
import org.junheng.core.sample.SampleCounty;
import java.util.List;
import java.util.Map;
import org.junheng.indicators.aid.AidBudget;
import org.junheng.indicators.balance.CountyAssessment;
import org.junheng.indicators.coverage.CoverageIndicators;
import org.junheng.indicators.funding.TwoNoDecreases;
import org.junheng.indicators.funding.YearCheck;
import org.junheng.indicators.report.Report;
import org.junheng.indicators.report.Reports;
import org.junheng.indicators.rotation.RotationAssessment;
import org.junheng.indicators.summary.DataSetSummary;
import org.junheng.indicators.targets.TargetCatalog;
import org.junheng.indicators.targets.TargetEvaluation;
import org.junheng.indicators.targets.TargetResult;

/**
 * The front door: the common paths in one line each.
 *
 * <pre>{@code
 * var data = Junheng.sample();                       // 示例县, the embedded sample county
 * var policy = Junheng.policy("shenyang");           // a built-in profile
 * System.out.println(Junheng.report(data, policy));  // the report as text
 * Junheng.fundingChecks(data).get(3).fin2();         // FIN-2 for 2023, with its shortfall
 * }</pre>
 *
 * <p>Everything here delegates to the packages behind it, which offer more for those who need it.
 * Stateless and thread-safe.
 */
public final class Junheng {
    private Junheng() {
    }

    /** The embedded sample county (示例县), as on 2026-09-01. */
    public static DataSet sample() {
        return SampleCounty.dataSet();
    }

    /** The embedded sample county over three school years, 2024-09-01 to 2026-09-01, the last being {@link #sample()}. */
    public static DataSetSeries sampleSeries() {
        return SampleCounty.series();
    }

    /**
     * Loads a series: a {@code junheng-series} JSON document, or a series folder (one sub-folder of CSV
     * files a school year and {@code observations.csv}). A single data set (a data set document or CSV
     * folder) is read as a series of one snapshot.
     *
     * @throws org.junheng.core.model.InvalidDataException listing every problem with its place
     */
    public static DataSetSeries loadSeries(Path path) throws IOException {
        Checks.notNull(path, "path");
        if (Files.isDirectory(path)) {
            return DataSetSeriesCsv.isSeries(path) ? DataSetSeriesCsv.read(path) : DataSetSeries.of(DataSetCsv.read(path));
        }
        return DataSetSeriesJson.isSeries(path) ? DataSetSeriesJson.read(path) : DataSetSeries.of(DataSetJson.read(path));
    }

    /** The dated targets that the policy holds for the series' jurisdiction, each judged on its own window. */
    public static List<TargetResult> targets(DataSetSeries series, Policy policy) {
        return TargetEvaluation.of(series, TargetCatalog.builtIn(), policy);
    }

    /** The report on a series under a policy: today's sections on the latest snapshot, targets on the series, and year by year. */
    public static Report report(DataSetSeries series, Policy policy) {
        return Reports.of(series, policy);
    }

    /**
     * Loads a data set: a {@code .json} file, or a folder of CSV files.
     *
     * @throws org.junheng.core.model.InvalidDataException listing every problem with its place
     */
    public static DataSet load(Path path) throws IOException {
        Checks.notNull(path, "path");
        return Files.isDirectory(path) ? DataSetCsv.read(path) : DataSetJson.read(path);
    }

    /** Loads a data set from a path given as text. */
    public static DataSet load(String path) throws IOException {
        return load(Path.of(Checks.notNull(path, "path")));
    }

    /** A built-in policy profile: national, liaoning, shenyang, panjin or yingkou. */
    public static Policy policy(String name) {
        return Policies.builtIn(name);
    }

    /**
     * Every rule of the built-in catalog (AID, FIN, ROT, COV, TGT, BAL), each with its documents, clauses,
     * places, strengths, texts in Chinese and English, and the parameters it reads.
     */
    public static List<Rule> rules() {
        return RuleCatalog.builtIn().rules();
    }

    /**
     * One rule of the built-in catalog, such as {@code ROT-1} (SY24 措施7).
     *
     * @throws IllegalArgumentException if the catalog has no such rule
     */
    public static Rule rule(String id) {
        return RuleCatalog.builtIn().rule(Checks.notNull(id, "id"));
    }

    /** A policy profile from a JSON file that extends a built-in one. */
    public static Policy policy(Path file) throws IOException {
        return Policies.read(file);
    }

    /** What a data set holds, counted. */
    public static DataSetSummary summary(DataSet data) {
        return DataSetSummary.of(data);
    }

    /** Aid entitlements summed for the school year of the data set's reference date (AID-1 to AID-9). */
    public static AidBudget aidBudget(DataSet data, Policy policy) {
        return AidBudget.of(data, policy);
    }

    /**
     * The two no-decreases (FIN-1, FIN-2) for every jurisdiction's series, by jurisdiction then year;
     * {@link YearCheck#table} prints them as a table.
     */
    public static List<YearCheck> fundingChecks(DataSet data) {
        Checks.notNull(data, "data");
        return TwoNoDecreases.checkAll(data.funding()).values().stream().flatMap(List::stream).toList();
    }

    /** Teacher rotation in the school year of the reference date (ROT-1 to ROT-10). */
    public static RotationAssessment rotation(DataSet data, Policy policy) {
        return RotationAssessment.of(data, policy);
    }

    /** Every coverage indicator with its breakdowns (COV-1 to COV-29), under the national profile. */
    public static List<CoverageIndicators> coverage(DataSet data) {
        return CoverageIndicators.of(data);
    }

    /** Every coverage indicator with its breakdowns (COV-1 to COV-29), with the policy's class sizes and COV-7 counties. */
    public static List<CoverageIndicators> coverage(DataSet data, Policy policy) {
        return CoverageIndicators.of(data, policy);
    }

    /** The dated targets that concern the data set's jurisdiction, judged on its reference date. */
    public static List<TargetResult> targets(DataSet data) {
        Checks.notNull(data, "data");
        return TargetEvaluation.of(data, TargetCatalog.builtIn(), data.asOf(), Map.of());
    }

    /** The county assessment of balance for every county of the data set (BAL-1 to BAL-6). */
    public static List<CountyAssessment> balance(DataSet data, Policy policy) {
        return CountyAssessment.all(data, policy);
    }

    /** The report on a data set under a policy. */
    public static Report report(DataSet data, Policy policy) {
        return Reports.of(data, policy);
    }

    /** The report on a data set under the Shenyang profile, the default. */
    public static Report report(DataSet data) {
        return Reports.of(data, Policies.shenyang());
    }
}
