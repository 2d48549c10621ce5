package org.junheng;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junheng.core.internal.Checks;
import org.junheng.core.io.DataSetCsv;
import org.junheng.core.io.DataSetJson;
import org.junheng.core.model.DataSet;
import org.junheng.core.policy.Policies;
import org.junheng.core.policy.Policy;
import org.junheng.core.sample.SampleCounty;
import org.junheng.indicators.report.Report;
import org.junheng.indicators.report.Reports;
import org.junheng.indicators.summary.DataSetSummary;

/**
 * The front door: the common paths in one line each.
 *
 * <pre>{@code
 * var data = Junheng.sample();                       // 示例县, the embedded sample county
 * var policy = Junheng.policy("shenyang");           // a built-in profile
 * System.out.println(Junheng.report(data, policy));  // the report as text
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

    /** A policy profile from a JSON file that extends a built-in one. */
    public static Policy policy(Path file) throws IOException {
        return Policies.read(file);
    }

    /** What a data set holds, counted. */
    public static DataSetSummary summary(DataSet data) {
        return DataSetSummary.of(data);
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
