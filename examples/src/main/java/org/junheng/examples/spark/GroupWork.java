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
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junheng.core.io.DataSetCsv;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.InvalidDataException;
import org.junheng.core.model.Jurisdiction;
import org.junheng.core.model.JurisdictionLevel;
import org.junheng.core.model.RecordType;
import org.junheng.core.model.School;
import org.junheng.core.policy.Policies;
import org.junheng.core.policy.Policy;
import org.junheng.indicators.aid.AidBudget;
import org.junheng.indicators.balance.CountyAssessment;
import org.junheng.indicators.balance.PublicFundsPerStudent;
import org.junheng.indicators.funding.FundingRollUp;
import org.junheng.indicators.funding.TwoNoDecreases;
import org.junheng.indicators.funding.YearCheck;
import org.junheng.indicators.inequality.Distribution;
import org.junheng.indicators.inequality.GeneralizedEntropy;

/**
 * What one Spark task does with one group of records (a county's schools with their students, teachers,
 * resources and funding; or one jurisdiction's funding series): it turns the group's CSV lines back into
 * a data set with the library's own reader, so a record is checked exactly as on one machine, and runs
 * the library's calculators on it. Nothing here computes an indicator itself.
 */
final class GroupWork {
    private static final Map<String, Policy> POLICIES = new ConcurrentHashMap<>();
    private static final java.util.regex.Pattern LINE = java.util.regex.Pattern.compile("line (\\d{1,9})");

    private GroupWork() {
    }

    /**
     * One record as a CSV line of its type's file, in that file's column order.
     *
     * @param type the record type's ordinal
     * @param csv the line, without its end
     */
    record Line(int type, String csv) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * What every task needs besides its records: the header of every file, the data set's metadata, every
     * jurisdiction (a few thousand lines), and the policy.
     *
     * @param headers the header line of each record type's file, by ordinal
     * @param metadata the two lines of {@code dataset.csv}
     * @param jurisdictions every jurisdiction's line
     * @param parents each jurisdiction's parent code, for the roll-ups
     * @param policyName a built-in policy's name, or the name of the file {@code policyJson} came from
     * @param policyJson the policy's JSON, or null for a built-in policy
     */
    record Context(List<String> headers, String metadata, List<String> jurisdictions, Map<String, String> parents,
            String policyName, String policyJson) implements Serializable {
        private static final long serialVersionUID = 1L;

        Policy policy() {
            return POLICIES.computeIfAbsent(policyName + "\n" + policyJson,
                    k -> policyJson == null ? Policies.builtIn(policyName) : Policies.parse(policyJson, policyName));
        }

        /** The code and its ancestors, nearest first; a code outside the data set stands alone. */
        List<String> selfAndAncestors(String code) {
            List<String> chain = new ArrayList<>();
            for (String c = code; c != null && !chain.contains(c); c = parents.get(c)) {
                chain.add(c);
            }
            return chain;
        }
    }

    /** The sum of one aid item over a group: people entitled, fen of priced entitlements, unpriced ones. */
    record ItemCount(String item, long people, long fen, long unpriced) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Aid in fen for one jurisdiction (at any level) and stage. */
    record AidAmount(String jurisdiction, String stage, long fen) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * The library's two mergeable accumulators of per-student spending for one group of schools: Theil's T
     * (with its decomposition) and the distribution the Gini coefficient needs. A plain class, so that
     * Spark's Kryo can carry it.
     */
    static final class Spending {
        final GeneralizedEntropy theil = GeneralizedEntropy.theil();
        final Distribution distribution = new Distribution();

        Spending accept(double perStudent, long students) {
            theil.accept(perStudent, students);
            distribution.accept(perStudent, students);
            return this;
        }

        Spending combine(Spending other) {
            theil.combine(other.theil);
            distribution.combine(other.distribution);
            return this;
        }
    }

    /** Everything one county group gives: aid, balance, the two no-decreases and spending accumulators. */
    static final class Output {
        /** The group's key: a county's code, for most. */
        final String key;
        final List<AidAmount> aid = new ArrayList<>();
        final List<ItemCount> items = new ArrayList<>();
        final List<Figures.CountyFigures> balance = new ArrayList<>();
        final List<Figures.YearFigures> fin = new ArrayList<>();
        /** By {@link SparkNation.Grouping} name, then group key. */
        final Map<String, Spending> spending = new TreeMap<>();
        long schoolsWithoutSpending;

        Output(String key) {
            this.key = key;
        }
    }

    /** Reads a group's lines as a data set with the library's CSV reader. */
    static DataSet read(String key, Iterable<Line> lines, Context ctx) {
        List<Line> sorted = new ArrayList<>();
        lines.forEach(sorted::add);
        // a fixed order whatever order the shuffle delivered: by type, then by the line (its ID first)
        sorted.sort(Comparator.comparingInt(Line::type).thenComparing(Line::csv));
        Path dir = null;
        Map<Integer, StringBuilder> files = Map.of();
        try {
            dir = Files.createTempDirectory("junheng-spark-");
            Files.writeString(dir.resolve(DataSetCsv.METADATA_FILE), ctx.metadata(), StandardCharsets.UTF_8);
            files = new HashMap<>();
            for (RecordType t : RecordType.values()) {
                StringBuilder b = new StringBuilder(ctx.headers().get(t.ordinal())).append('\n');
                if (t == RecordType.JURISDICTIONS) {
                    ctx.jurisdictions().forEach(j -> b.append(j).append('\n'));
                }
                files.put(t.ordinal(), b);
            }
            for (Line l : sorted) {
                files.get(l.type()).append(l.csv()).append('\n');
            }
            for (RecordType t : RecordType.values()) {
                Files.writeString(dir.resolve(DataSetCsv.fileName(t)), files.get(t.ordinal()), StandardCharsets.UTF_8);
            }
            return DataSetCsv.read(dir);
        } catch (InvalidDataException e) {
            throw new IllegalArgumentException("the records of group " + key + " (a county's schools and what refers to"
                    + " them, or one jurisdiction's funding) are not a valid data set; lines count within the group,"
                    + " so each problem is followed by its record: " + e.getMessage() + records(e, files), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the records of group " + key + " in a temporary folder", e);
        } finally {
            delete(dir);
        }
    }

    /** The record at each problem's line, so that a problem names its record and not only a line of the group. */
    private static String records(InvalidDataException e, Map<Integer, StringBuilder> files) {
        StringBuilder b = new StringBuilder();
        for (var problem : e.problems()) {
            for (RecordType t : RecordType.values()) {
                java.util.regex.Matcher m = LINE.matcher(problem.location());
                if (DataSetCsv.fileName(t).equals(problem.source()) && m.lookingAt() && files.containsKey(t.ordinal())) {
                    String[] lines = files.get(t.ordinal()).toString().split("\n");
                    int line = Integer.parseInt(m.group(1));
                    if (line >= 1 && line <= lines.length) {
                        String text = lines[line - 1];
                        b.append("\n  ").append(problem.source()).append(" record: ")
                                .append(text.length() > 300 ? text.substring(0, 300) + "..." : text);
                    }
                }
            }
        }
        return b.toString();
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary folder " + dir, e);
        }
    }

    /** Runs the calculators on one county group. */
    static Output county(String key, Iterable<Line> lines, Context ctx) {
        DataSet data = read(key, lines, ctx);
        Policy policy = ctx.policy();
        Output out = new Output(key);
        AidBudget budget = AidBudget.of(data, policy);
        budget.byDistrictAndStage().forEach((district, stages) -> stages.forEach((stage, money) -> {
            for (String j : ctx.selfAndAncestors(district)) {
                out.aid.add(new AidAmount(j, stage.name(), money.fen()));
            }
        }));
        budget.people().forEach((item, people) -> out.items.add(new ItemCount(item.name(), people,
                budget.amounts().get(item).fen(), budget.unpriced().getOrDefault(item, 0L))));
        for (CountyAssessment a : CountyAssessment.all(data, policy)) {
            out.balance.add(Figures.CountyFigures.of(a));
        }
        TwoNoDecreases.checkAll(data.funding()).values()
                .forEach(checks -> checks.forEach(c -> out.fin.add(Figures.YearFigures.of(c))));
        out.schoolsWithoutSpending = spending(data, (grouping, groupKey, perStudent, students) -> out.spending
                .computeIfAbsent(grouping.name() + "/" + groupKey, k -> new Spending()).accept(perStudent, students));
        return out;
    }

    /** Receives one school's public funds per student, once per grouping. */
    interface SpendingSink {
        void accept(SparkNation.Grouping grouping, String key, double perStudent, long students);
    }

    /**
     * Public funds per student of every school with students and a non-zero latest budget, weighted by its
     * students, as the balance report's Theil decomposition takes them; each school goes to its province,
     * its city (or its own jurisdiction when it lies in none) and its location.
     *
     * @return the number of schools left out
     */
    static long spending(DataSet data, SpendingSink sink) {
        PublicFundsPerStudent funds = PublicFundsPerStudent.of(data);
        for (PublicFundsPerStudent.SchoolValue v : funds.schools()) {
            School s = v.school();
            sink.accept(SparkNation.Grouping.PROVINCE, at(data, s.jurisdiction(), JurisdictionLevel.PROVINCE), v.perStudent(), v.students());
            sink.accept(SparkNation.Grouping.CITY, at(data, s.jurisdiction(), JurisdictionLevel.CITY), v.perStudent(), v.students());
            sink.accept(SparkNation.Grouping.LOCATION, s.location().name(), v.perStudent(), v.students());
        }
        return funds.left();
    }

    /** The code of the jurisdiction at {@code level} that holds {@code code}, or {@code code} when none does. */
    static String at(DataSet data, DivisionCode code, JurisdictionLevel level) {
        for (DivisionCode c = code; c != null; c = data.jurisdiction(c).map(Jurisdiction::parent).orElse(null)) {
            if (c.level() == level) {
                return c.value();
            }
        }
        return code.value();
    }

    /** FIN-1 and FIN-2 on the series of {@code parent} rolled up from the county records of the group. */
    static List<Figures.YearFigures> rolledUp(String parent, Iterable<Line> lines, Context ctx) {
        DataSet data = read(parent, lines, ctx);
        List<Figures.YearFigures> out = new ArrayList<>();
        for (YearCheck c : TwoNoDecreases.check(FundingRollUp.of(DivisionCode.of(parent), data.funding()))) {
            out.add(Figures.YearFigures.of(c));
        }
        return out;
    }
}
