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
package org.junheng.examples.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junheng.indicators.inequality.Decomposition;
import org.junheng.indicators.inequality.GiniDecomposition;

/**
 * The Spark job's entry point: {@code NationJob INPUT OUTPUT [POLICY]} reads a data set (a folder of CSV
 * files, or a folder of such folders) and writes its figures as CSV files to OUTPUT, a local folder on
 * the driver: {@code aid.csv}, {@code balance.csv}, {@code inequality.csv} and {@code fin.csv}. The
 * policy is a built-in profile's name or a policy file; {@code shenyang} by default. The master comes
 * from {@code spark-submit} ({@code --master}), or {@code -Dspark.master=local[*]} under plain
 * {@code java}. Output is sorted, so the same input gives the same bytes.
 */
public final class NationJob {
    private NationJob() {
    }

    /**
     * Runs the job and prints how long it took.
     *
     * @param args INPUT OUTPUT [POLICY]
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: NationJob INPUT OUTPUT [POLICY]   (INPUT: a data-set folder, or a folder of them)");
            System.exit(2);
        }
        String policy = args.length == 3 ? args[2] : "shenyang";
        long start = System.nanoTime();
        SparkSession spark = SparkNation.configure(SparkSession.builder().appName("junheng nation")).getOrCreate();
        try {
            SparkNation.Result result = SparkNation.run(spark, args[0], policy);
            write(result, Path.of(args[1]));
            System.out.printf(Locale.ROOT, "junheng nation: %d counties assessed, %d jurisdictions with aid, %.1f s%n",
                    result.balance().size(), result.aid().size(), (System.nanoTime() - start) / 1e9);
        } finally {
            spark.stop();
        }
    }

    /** Writes the figures as four CSV files. */
    static void write(SparkNation.Result r, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (PrintWriter out = writer(folder.resolve("aid.csv"))) {
            out.println("jurisdiction,stage,yuan");
            r.aid().forEach((code, stages) -> stages.forEach((stage, money) ->
                    out.println(code + "," + stage.name() + "," + money.yuan().toPlainString())));
            r.aidItems().forEach((item, t) -> out.println("item " + item.name() + ",people " + t.people()
                    + (t.unpriced() > 0 ? " (unpriced " + t.unpriced() + ")" : "") + "," + t.amount().yuan().toPlainString()));
        }
        try (PrintWriter out = writer(folder.resolve("balance.csv"))) {
            out.println("county,verdict,sections,failingSections,rule,subject,value,threshold,findingVerdict,explanation");
            r.balance().forEach((code, c) -> {
                long failing = c.sections().stream().filter(s -> s.bal2().verdict().equals("NOT_MET")).count();
                String head = code + "," + c.verdict().verdict() + "," + c.sections().size() + "," + failing;
                if (c.findings().isEmpty()) {
                    out.println(head + ",,,,,,");
                }
                for (Figures.FindingFigures f : c.findings()) {
                    out.println(head + "," + f.rule() + "," + quote(f.subject()) + "," + plain(f.value()) + ","
                            + plain(f.threshold()) + "," + f.verdict() + "," + quote(f.en()));
                }
            });
        }
        try (PrintWriter out = writer(folder.resolve("inequality.csv"))) {
            out.println("measure,grouping,group,total,between,within,overlap,populationShare,valueShare,groupMeasure");
            out.println("schools left out (no students, no funding record or a zero budget),,," + r.schoolsWithoutSpending()
                    + ",,,,,,");
            for (SparkNation.Grouping g : SparkNation.Grouping.values()) {
                Decomposition<String> t = r.theil().get(g);
                if (t != null) {
                    rows(out, "theil", g, t.total(), t.between(), t.within(), 0, t.groups());
                }
                GiniDecomposition<String> d = r.gini().get(g);
                if (d != null) {
                    rows(out, "gini", g, d.total(), d.between(), d.within(), d.overlap(), d.groups());
                }
            }
        }
        try (PrintWriter out = writer(folder.resolve("fin.csv"))) {
            out.println("jurisdiction,series,year,yuan,students,base,FIN-1,FIN-1 shortfall fen,FIN-2,FIN-2 shortfall fen");
            for (var e : List.of(Map.entry("own", r.fin()), Map.entry("rolled up", r.finRolledUp()))) {
                e.getValue().forEach((code, years) -> years.forEach(y -> out.println(code + "," + e.getKey() + ","
                        + y.year() + "," + org.junheng.core.value.Money.ofFen(y.expenditureFen()).yuan().toPlainString()
                        + "," + y.students() + "," + y.base() + "," + y.fin1().verdict() + "," + y.fin1ShortfallFen()
                        + "," + y.fin2().verdict() + "," + y.fin2ShortfallFen())));
            }
        }
    }

    private static void rows(PrintWriter out, String measure, SparkNation.Grouping g, double total, double between,
            double within, double overlap, Map<String, Decomposition.Group> groups) {
        String head = measure + "," + g.name() + ",";
        out.println(head + "ALL," + num(total) + "," + num(between) + "," + num(within) + "," + num(overlap) + ",1,1,"
                + num(total));
        groups.forEach((k, v) -> out.println(head + k + ",,,,," + num(v.populationShare()) + "," + num(v.valueShare())
                + "," + num(v.measure())));
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.12g", v);
    }

    private static String plain(java.math.BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static PrintWriter writer(Path file) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new PrintWriter(w);
    }
}
