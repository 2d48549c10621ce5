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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.junheng.core.io.DataSetCsv;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.FundingRecord;
import org.junheng.core.model.Jurisdiction;
import org.junheng.core.model.JurisdictionLevel;
import org.junheng.core.model.Stage;
import org.junheng.core.policy.Policies;
import org.junheng.core.policy.Policy;
import org.junheng.core.sample.SyntheticDataSets;
import org.junheng.core.sample.SyntheticNation;
import org.junheng.core.value.Money;
import org.junheng.indicators.aid.AidBudget;
import org.junheng.indicators.balance.CountyAssessment;
import org.junheng.indicators.funding.FundingRollUp;
import org.junheng.indicators.funding.TwoNoDecreases;
import org.junheng.indicators.inequality.Decomposition;
import org.junheng.indicators.inequality.Distribution;
import org.junheng.indicators.inequality.GeneralizedEntropy;
import org.junheng.indicators.inequality.GiniDecomposition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode against the single-machine library on the same records: a generated city
 * (one data-set folder) and a small generated country in county parts (two provinces, so that the
 * between-province parts are not trivial). Money and counts must be equal; statistics within 1e-12,
 * relative to the decomposition's total.
 */
class SparkNationTest {
    private static final String POLICY = "shenyang";
    private static final double TOLERANCE = 1e-12;

    private static SparkSession spark;
    @TempDir
    static Path dir;
    private static DataSet city;
    private static SparkNation.Result cityResult;
    private static DataSet country;
    private static SparkNation.Result countryResult;

    @BeforeAll
    static void runTheJob() throws IOException {
        spark = SparkNation.configure(SparkSession.builder().master("local[2]").appName("junheng-test"))
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        Path cityFolder = dir.resolve("city");
        DataSetCsv.write(SyntheticDataSets.generate(SyntheticDataSets.Scale.CITY, 7), cityFolder);
        city = DataSetCsv.read(cityFolder);
        cityResult = SparkNation.run(spark, cityFolder.toString(), POLICY);

        Path parts = dir.resolve("country");
        SyntheticNation.write(new SyntheticNation.Shape(2, 2, 2, 12, 200), 11, parts);
        country = union(parts);
        countryResult = SparkNation.run(spark, parts.toString(), POLICY);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** The county parts as one data set, each jurisdiction once: what a single machine would read. */
    private static DataSet union(Path parts) throws IOException {
        List<Path> folders;
        try (var list = Files.list(parts)) {
            folders = list.sorted().toList();
        }
        DataSet.Builder all = null;
        TreeMap<DivisionCode, Jurisdiction> jurisdictions = new TreeMap<>();
        for (Path f : folders) {
            DataSet part = DataSetCsv.read(f);
            if (all == null) {
                all = DataSet.builder("country", part.asOf());
            }
            part.jurisdictions().forEach(j -> jurisdictions.put(j.code(), j));
            part.schools().forEach(all::add);
            part.resources().forEach(all::add);
            part.classes().forEach(all::add);
            part.teachers().forEach(all::add);
            part.students().forEach(all::add);
            part.funding().forEach(all::add);
            part.schoolFunding().forEach(all::add);
        }
        jurisdictions.values().forEach(all::add);
        return all.build();
    }

    private static Policy policy() {
        return Policies.builtIn(POLICY);
    }

    @Test
    void aidBudgetByProvinceCityCountyAndStageIsTheLibrarysToTheFen_AID() {
        for (var c : List.of(Map.entry(city, cityResult), Map.entry(country, countryResult))) {
            AidBudget budget = AidBudget.of(c.getKey(), policy());
            assertTrue(budget.total().isGreaterThan(Money.ZERO), "the data give aid to check");
            SortedMap<String, SortedMap<Stage, Money>> expected = new TreeMap<>();
            budget.byDistrictAndStage().forEach((district, stages) -> stages.forEach((stage, money) -> {
                List<String> into = new ArrayList<>(List.of(district));
                for (Jurisdiction j : c.getKey().jurisdictions()) {
                    if (district.length() == 6 && !j.code().value().equals(district)
                            && j.code().contains(DivisionCode.of(district))) {
                        into.add(j.code().value());
                    }
                }
                into.forEach(code -> expected.computeIfAbsent(code, k -> new TreeMap<>()).merge(stage, money, Money::plus));
            }));
            assertEquals(expected, c.getValue().aid());
            budget.people().forEach((item, people) -> {
                SparkNation.ItemTotals t = c.getValue().aidItems().get(item);
                assertEquals(people, t.people(), item.name());
                assertEquals(budget.amounts().get(item), t.amount(), item.name());
                assertEquals(budget.unpriced().getOrDefault(item, 0L), t.unpriced(), item.name());
            });
            assertEquals(budget.people().keySet(), c.getValue().aidItems().keySet());
        }
    }

    @Test
    void everyCountysBalanceIsTheLibrarys_BAL1_BAL2_BAL3() {
        for (var c : List.of(Map.entry(city, cityResult), Map.entry(country, countryResult))) {
            SortedMap<String, Figures.CountyFigures> expected = new TreeMap<>();
            for (CountyAssessment a : CountyAssessment.all(c.getKey(), policy())) {
                expected.put(a.county().value(), Figures.CountyFigures.of(a));
            }
            assertFalse(expected.isEmpty());
            assertTrue(expected.values().stream().flatMap(f -> f.findings().stream()).anyMatch(f -> f.rule().equals("BAL-3")));
            assertEquals(expected, c.getValue().balance());
        }
    }

    @Test
    void giniAndTheilOfSpendingDecomposeAsOnOneMachine_BAL7() {
        for (var c : List.of(Map.entry(city, cityResult), Map.entry(country, countryResult))) {
            Map<SparkNation.Grouping, TreeMap<String, GeneralizedEntropy>> theil = new TreeMap<>();
            Map<SparkNation.Grouping, TreeMap<String, Distribution>> gini = new TreeMap<>();
            long leftOut = GroupWork.spending(c.getKey(), (grouping, key, perStudent, students) -> {
                theil.computeIfAbsent(grouping, g -> new TreeMap<>())
                        .computeIfAbsent(key, k -> GeneralizedEntropy.theil()).accept(perStudent, students);
                gini.computeIfAbsent(grouping, g -> new TreeMap<>())
                        .computeIfAbsent(key, k -> new Distribution()).accept(perStudent, students);
            });
            assertEquals(3, theil.size());
            assertEquals(leftOut, c.getValue().schoolsWithoutSpending());
            for (SparkNation.Grouping g : SparkNation.Grouping.values()) {
                Decomposition<String> t = GeneralizedEntropy.decompose(theil.get(g));
                Decomposition<String> st = c.getValue().theil().get(g);
                assertTrue(t.total() > 0, "spending varies");
                close(t.total(), st.total(), t.total(), g + " Theil");
                close(t.between(), st.between(), t.total(), g + " Theil between");
                close(t.within(), st.within(), t.total(), g + " Theil within");
                groups(t.groups(), st.groups(), t.total(), g + " Theil");
                GiniDecomposition<String> d = Distribution.decomposeGini(gini.get(g));
                GiniDecomposition<String> sd = c.getValue().gini().get(g);
                close(d.total(), sd.total(), d.total(), g + " Gini");
                close(d.between(), sd.between(), d.total(), g + " Gini between");
                close(d.within(), sd.within(), d.total(), g + " Gini within");
                close(d.overlap(), sd.overlap(), d.total(), g + " Gini overlap");
                groups(d.groups(), sd.groups(), d.total(), g + " Gini");
            }
        }
        assertEquals(2, countryResult.theil().get(SparkNation.Grouping.PROVINCE).groups().size());
        assertEquals(4, countryResult.gini().get(SparkNation.Grouping.CITY).groups().size());
    }

    private static void groups(Map<String, Decomposition.Group> expected, Map<String, Decomposition.Group> actual,
            double scale, String what) {
        assertEquals(expected.keySet(), actual.keySet(), what);
        expected.forEach((k, e) -> {
            Decomposition.Group a = actual.get(k);
            close(e.populationShare(), a.populationShare(), 1, what + " " + k + " population share");
            close(e.valueShare(), a.valueShare(), 1, what + " " + k + " value share");
            close(e.measure(), a.measure(), Math.max(scale, Math.abs(e.measure())), what + " " + k);
            close(e.contribution(), a.contribution(), scale, what + " " + k + " contribution");
        });
    }

    /** Equal within 1e-12 of {@code scale} (the decomposition's total, or 1 for shares). */
    private static void close(double expected, double actual, double scale, String what) {
        assertTrue(Math.abs(expected - actual) <= TOLERANCE * Math.max(scale, Math.abs(expected)),
                what + ": expected " + expected + ", Spark gave " + actual);
    }

    @Test
    void everyJurisdictionsTwoNoDecreasesAreTheLibrarys_FIN1_FIN2() {
        for (var c : List.of(Map.entry(city, cityResult), Map.entry(country, countryResult))) {
            SortedMap<String, List<Figures.YearFigures>> own = new TreeMap<>();
            TwoNoDecreases.checkAll(c.getKey().funding()).forEach((code, checks) -> own.put(code.value(),
                    checks.stream().map(Figures.YearFigures::of).toList()));
            assertFalse(own.isEmpty());
            assertEquals(own, c.getValue().fin());

            SortedMap<String, List<Figures.YearFigures>> rolled = new TreeMap<>();
            for (Jurisdiction j : c.getKey().jurisdictions()) {
                if (j.level() == JurisdictionLevel.COUNTY) {
                    continue;
                }
                List<FundingRecord> within = c.getKey().funding().stream().filter(
                        f -> f.jurisdiction().level() == JurisdictionLevel.COUNTY && j.code().contains(f.jurisdiction()))
                        .toList();
                if (!within.isEmpty()) {
                    rolled.put(j.code().value(), TwoNoDecreases.check(FundingRollUp.of(j.code(), within)).stream()
                            .map(Figures.YearFigures::of).toList());
                }
            }
            assertEquals(rolled, c.getValue().finRolledUp());
        }
        // the small country: 2 provinces and 4 cities rolled up from 8 counties
        assertEquals(6, countryResult.finRolledUp().size());
    }

    @Test
    void aStudentOfAnUnknownSchoolStopsTheJobNamingTheRecord() throws IOException {
        Path bad = dir.resolve("bad");
        DataSetCsv.write(SyntheticDataSets.generate(SyntheticDataSets.Scale.COUNTY, 3), bad);
        Path students = bad.resolve("students.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(students, StandardCharsets.UTF_8));
        String id = lines.get(1).substring(0, lines.get(1).indexOf(','));
        lines.set(1, lines.get(1).replace(",990101-S001,", ",990101-S999,"));
        Files.write(students, lines, StandardCharsets.UTF_8);
        Exception e = assertThrows(Exception.class, () -> SparkNation.run(spark, bad.toString(), POLICY));
        String message = messages(e);
        assertTrue(message.contains("students.csv") && message.contains("990101-S999") && message.contains("schoolId"),
                message);
        assertTrue(message.contains(id.replace("\"", "")), message);
    }

    private static String messages(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            b.append(t.getMessage()).append('\n');
        }
        return b.toString();
    }
}
