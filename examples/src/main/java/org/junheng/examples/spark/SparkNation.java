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

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.junheng.core.io.DataSetCsv;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.JurisdictionLevel;
import org.junheng.core.model.RecordType;
import org.junheng.core.model.Stage;
import org.junheng.core.policy.Policies;
import org.junheng.core.value.Money;
import org.junheng.indicators.aid.AidItem;
import org.junheng.indicators.inequality.Decomposition;
import org.junheng.indicators.inequality.Distribution;
import org.junheng.indicators.inequality.GeneralizedEntropy;
import org.junheng.indicators.inequality.GiniDecomposition;
import scala.Tuple2;

/**
 * The nation in Apache Spark: reads a data set's CSV files as Spark tables and runs the library's own
 * calculators and accumulators on them, spread over a cluster.
 *
 * <ul>
 *   <li>Aid (AID rules, {@link org.junheng.indicators.aid.AidBudget}) by province, city, county and stage,
 *       from per-student records;</li>
 *   <li>the county assessment of balance, BAL-1 to BAL-3
 *       ({@link org.junheng.indicators.balance.CountyAssessment}), for every county;</li>
 *   <li>Gini and Theil's T of public funds per student, weighted by students, with the between/within
 *       decomposition by province, by city and by urban/town/rural location ({@link Distribution} and
 *       {@link GeneralizedEntropy}, combined across the cluster);</li>
 *   <li>the two no-decreases, FIN-1 and FIN-2, for every jurisdiction's own funding series, and for every
 *       city and province on the series rolled up from its counties
 *       ({@link org.junheng.indicators.funding.FundingRollUp}).</li>
 * </ul>
 *
 * <p>How: Spark reads every file with the header the library writes (a file whose header differs is an
 * error naming the file) and joins each record to its school's county. The records of one county travel
 * together to one task, which reads them with {@link DataSetCsv} (so every record is checked as on one
 * machine: an invalid one stops the job with the library's message) and runs the calculators. Totals are
 * then added up exactly (fen, counts), and the inequality accumulators combined, by Spark. The input is a
 * data-set folder, or a folder of such folders (one per county, as
 * {@link org.junheng.core.sample.SyntheticNation} writes them); every part must share one reference date.
 *
 * <p>The service periods, rotations and posts files are not read: no figure here needs them.
 */
public final class SparkNation {
    /** The record types the job reads; jurisdictions come separately, to every task. */
    private static final List<RecordType> READ = List.of(RecordType.SCHOOLS, RecordType.RESOURCES, RecordType.CLASSES,
            RecordType.TEACHERS, RecordType.STUDENTS, RecordType.FUNDING, RecordType.SCHOOL_FUNDING);
    /** The group of records whose school ID names no school: the library's reader then says which. */
    private static final String UNMATCHED = "unmatched";

    private SparkNation() {
    }

    /** How schools are grouped for the inequality decompositions. */
    public enum Grouping {
        /** By the province that holds the school's jurisdiction. */
        PROVINCE,
        /** By the city that holds the school's jurisdiction (the jurisdiction itself when no city does). */
        CITY,
        /** By urban, town or rural location. */
        LOCATION
    }

    /**
     * The totals of one aid item.
     *
     * @param people people entitled
     * @param amount the exact total of priced entitlements
     * @param unpriced entitlements whose amount the policy does not set
     */
    public record ItemTotals(long people, Money amount, long unpriced) {
    }

    /**
     * The job's results, every map sorted by its key.
     *
     * @param aid aid by jurisdiction (province, city and county codes; a student at no school counts under
     *     their household registration, {@code unknown} when not recorded) and stage
     * @param aidItems the totals per aid item
     * @param balance the balance assessment of every county with ordinary compulsory schools, by code
     * @param theil Theil's T of public funds per student, decomposed, per grouping
     * @param gini the Gini coefficient of public funds per student, decomposed, per grouping
     * @param schoolsWithoutSpending schools left out of {@code theil} and {@code gini}: no students, or no
     *     school funding record, or a zero budget (as the single-machine balance report leaves them out)
     * @param fin FIN-1 and FIN-2 of every jurisdiction's own funding series, year by year
     * @param finRolledUp FIN-1 and FIN-2 of every city and province, on the series rolled up from its
     *     counties
     */
    public record Result(SortedMap<String, SortedMap<Stage, Money>> aid, SortedMap<AidItem, ItemTotals> aidItems,
            SortedMap<String, Figures.CountyFigures> balance, Map<Grouping, Decomposition<String>> theil,
            Map<Grouping, GiniDecomposition<String>> gini, long schoolsWithoutSpending,
            SortedMap<String, List<Figures.YearFigures>> fin,
            SortedMap<String, List<Figures.YearFigures>> finRolledUp) {
    }

    /**
     * Sets what the job needs of a session: Kryo, which carries the library's accumulators between
     * machines, with {@link KryoRecords}. Call before {@code getOrCreate()}.
     */
    public static SparkSession.Builder configure(SparkSession.Builder builder) {
        return builder.config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
                .config("spark.kryo.registrator", KryoRecords.class.getName());
    }

    /**
     * Runs the job.
     *
     * @param spark a session made with {@link #configure}
     * @param input a data-set folder, or a folder of data-set folders (any Hadoop path)
     * @param policy a built-in policy's name ({@link Policies#BUILT_IN}) or a policy file
     * @throws IllegalArgumentException for invalid records, naming the group, file, field and value
     */
    public static Result run(SparkSession spark, String input, String policy) throws IOException {
        String serializer = spark.conf().get("spark.serializer", "");
        if (!serializer.endsWith("KryoSerializer")) {
            throw new IllegalStateException("the session must use Kryo: make it with SparkNation.configure(builder)");
        }
        String pattern = parts(spark, input);
        GroupWork.Context ctx = context(spark, pattern, policy);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<GroupWork.Context> shared = jsc.broadcast(ctx);

        Map<RecordType, Dataset<Row>> tables = new EnumMap<>(RecordType.class);
        for (RecordType t : READ) {
            tables.put(t, table(spark, pattern, t, ctx));
        }
        Dataset<Row> schools = tables.get(RecordType.SCHOOLS);
        List<Row> twice = schools.groupBy("id").count().filter(col("count").gt(1)).limit(10).collectAsList();
        if (!twice.isEmpty()) {
            throw new IllegalArgumentException("schools.csv: school IDs must be unique across the parts; repeated: "
                    + twice.stream().map(r -> r.getString(0)).toList());
        }
        Dataset<Row> schoolKeys = schools.select(col("id").as("_school"), col("jurisdiction").as("_county"));

        JavaPairRDD<String, GroupWork.Line> lines = null;
        for (RecordType t : READ) {
            JavaPairRDD<String, GroupWork.Line> keyed = keyed(tables.get(t), t, schoolKeys, ctx);
            lines = lines == null ? keyed : lines.union(keyed);
        }
        JavaRDD<GroupWork.Output> outputs = lines.groupByKey()
                .map(g -> GroupWork.county(g._1(), g._2(), shared.value()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Map<Grouping, SortedMap<String, GroupWork.Spending>> spending = spending(outputs);
            long leftOut = outputs.map(o -> o.schoolsWithoutSpending).fold(0L, Math::addExact);
            return new Result(aid(outputs), items(outputs), balance(outputs), theil(spending), gini(spending), leftOut,
                    fin(outputs), rolledUp(tables.get(RecordType.FUNDING), ctx, shared));
        } finally {
            outputs.unpersist(false);
        }
    }

    /** The file pattern of a record type's parts: {@code input/x.csv} for one data set, else {@code input/*}{@code /x.csv}. */
    private static String parts(SparkSession spark, String input) throws IOException {
        org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(input);
        var fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (!fs.exists(root) || !fs.getFileStatus(root).isDirectory()) {
            throw new IllegalArgumentException("input (" + input + ") must be a folder of CSV files, or of such folders");
        }
        return fs.exists(new org.apache.hadoop.fs.Path(root, DataSetCsv.METADATA_FILE)) ? input + "/" : input + "/*/";
    }

    /** Headers, metadata, jurisdictions and policy, read once on the driver. */
    private static GroupWork.Context context(SparkSession spark, String pattern, String policy) throws IOException {
        List<String> headers = headers();
        String metadataHeader = headers.get(headers.size() - 1);
        List<String> metadataFields = names(metadataHeader);
        Dataset<Row> meta = read(spark, pattern + DataSetCsv.METADATA_FILE, metadataFields);
        List<Row> dates = meta.select("format", "version", "asOf").distinct().collectAsList();
        if (dates.size() != 1) {
            throw new IllegalArgumentException(DataSetCsv.METADATA_FILE + ": every part must have one format, version and"
                    + " reference date (asOf); found " + dates);
        }
        Row first = meta.orderBy("name").first();
        String metadata = metadataHeader + "\n" + line(first, metadataFields.size()) + "\n";

        List<String> fields = names(headers.get(RecordType.JURISDICTIONS.ordinal()));
        List<Row> rows = read(spark, pattern + DataSetCsv.fileName(RecordType.JURISDICTIONS), fields).distinct()
                .collectAsList();
        TreeMap<String, String> byCode = new TreeMap<>();
        Map<String, String> parents = new TreeMap<>();
        for (Row r : rows) {
            String code = r.getAs("code");
            String line = line(r, fields.size());
            String earlier = byCode.put(code == null ? "" : code, line);
            if (earlier != null) {
                throw new IllegalArgumentException("jurisdictions.csv: code " + code + " is given twice, differently: "
                        + earlier + " and " + line);
            }
            String parent = r.getAs("parent");
            if (code != null && parent != null) {
                parents.put(code, parent);
            }
        }
        String json = null;
        if (!Policies.BUILT_IN.contains(policy)) {
            Path file = Path.of(policy);
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("policy (" + policy + ") is neither a built-in profile "
                        + Policies.BUILT_IN + " nor a file");
            }
            json = Files.readString(file, StandardCharsets.UTF_8);
            Policies.parse(json, policy); // fail here, once, rather than in every task
        }
        return new GroupWork.Context(headers, metadata, new ArrayList<>(byCode.values()), parents, policy, json);
    }

    /**
     * The header line of every record type's file (by ordinal), then of {@code dataset.csv}: the library
     * writes them for an empty data set, so the job never keeps its own list of fields.
     */
    static List<String> headers() throws IOException {
        Path dir = Files.createTempDirectory("junheng-headers-");
        try {
            DataSetCsv.write(DataSet.builder("headers", java.time.LocalDate.of(2000, 1, 1)).build(), dir);
            List<String> headers = new ArrayList<>();
            for (RecordType t : RecordType.values()) {
                headers.add(firstLine(dir.resolve(DataSetCsv.fileName(t))));
            }
            headers.add(firstLine(dir.resolve(DataSetCsv.METADATA_FILE)));
            return Collections.unmodifiableList(headers);
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    /** The column names of a header line; the library's field names hold no comma, some come quoted. */
    static List<String> names(String header) {
        List<String> names = new ArrayList<>();
        for (String cell : header.split(",")) {
            String n = cell.strip();
            names.add(n.length() >= 2 && n.startsWith("\"") && n.endsWith("\"") ? n.substring(1, n.length() - 1) : n);
        }
        return List.copyOf(names);
    }

    private static String firstLine(Path file) throws IOException {
        try (var r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return r.readLine().strip();
        }
    }

    private static Dataset<Row> table(SparkSession spark, String pattern, RecordType type, GroupWork.Context ctx) {
        return read(spark, pattern + DataSetCsv.fileName(type), names(ctx.headers().get(type.ordinal())));
    }

    /**
     * A CSV file (or the parts matching a pattern) as a table of text columns. Every file's header must
     * name the columns in the library's order; a file that differs, or a malformed line, stops the job
     * with Spark's message naming the file. Quoting is RFC 4180's, as the library writes it.
     */
    private static Dataset<Row> read(SparkSession spark, String path, List<String> fields) {
        StructField[] columns = fields.stream().map(f -> DataTypes.createStructField(f, DataTypes.StringType, true))
                .toArray(StructField[]::new);
        return spark.read().option("header", "true").option("enforceSchema", "false").option("mode", "FAILFAST")
                .option("escape", "\"").option("encoding", "UTF-8").schema(new StructType(columns)).csv(path);
    }

    /** Each record keyed by the group it belongs to: its school's jurisdiction, or its own for funding. */
    private static JavaPairRDD<String, GroupWork.Line> keyed(Dataset<Row> table, RecordType type, Dataset<Row> schoolKeys,
            GroupWork.Context ctx) {
        int width = names(ctx.headers().get(type.ordinal())).size();
        Dataset<Row> withKey;
        switch (type) {
            case SCHOOLS, FUNDING -> withKey = table.withColumn("_key", col("jurisdiction"));
            default -> {
                Dataset<Row> joined = table.join(schoolKeys, table.col("schoolId").equalTo(schoolKeys.col("_school")),
                        "left_outer");
                Column matched = coalesce(col("_county"), lit(UNMATCHED));
                // a student at no school of the data set counts where their household is registered, as in AidBudget
                Column key = type == RecordType.STUDENTS
                        ? when(col("schoolId").isNull(), coalesce(col("householdRegistration"), lit("unknown")))
                                .otherwise(matched)
                        : matched;
                withKey = joined.withColumn("_key", key);
            }
        }
        int ordinal = type.ordinal();
        return withKey.javaRDD().mapToPair(r -> new Tuple2<>(r.<String>getAs("_key"),
                new GroupWork.Line(ordinal, line(r, width))));
    }

    /** The first {@code width} cells of a row as a CSV line: null as an empty cell, text quoted. */
    static String line(Row r, int width) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < width; i++) {
            if (i > 0) {
                b.append(',');
            }
            Object v = r.get(i);
            if (v != null) {
                b.append('"').append(v.toString().replace("\"", "\"\"")).append('"');
            }
        }
        return b.toString();
    }

    private static SortedMap<String, SortedMap<Stage, Money>> aid(JavaRDD<GroupWork.Output> outputs) {
        Map<String, Long> fen = outputs.flatMapToPair(o -> o.aid.stream()
                .map(a -> new Tuple2<>(a.jurisdiction() + "/" + a.stage(), a.fen())).iterator())
                .reduceByKey(Math::addExact).collectAsMap();
        SortedMap<String, SortedMap<Stage, Money>> aid = new TreeMap<>();
        fen.forEach((k, v) -> {
            int slash = k.lastIndexOf('/');
            aid.computeIfAbsent(k.substring(0, slash), j -> new TreeMap<>())
                    .put(Stage.valueOf(k.substring(slash + 1)), Money.ofFen(v));
        });
        return Collections.unmodifiableSortedMap(aid);
    }

    private static SortedMap<AidItem, ItemTotals> items(JavaRDD<GroupWork.Output> outputs) {
        Map<String, long[]> sums = outputs.flatMapToPair(o -> o.items.stream()
                .map(i -> new Tuple2<>(i.item(), new long[] {i.people(), i.fen(), i.unpriced()})).iterator())
                .reduceByKey((a, b) -> new long[] {Math.addExact(a[0], b[0]), Math.addExact(a[1], b[1]),
                    Math.addExact(a[2], b[2])})
                .collectAsMap();
        SortedMap<AidItem, ItemTotals> items = new TreeMap<>();
        sums.forEach((k, v) -> items.put(AidItem.valueOf(k), new ItemTotals(v[0], Money.ofFen(v[1]), v[2])));
        return Collections.unmodifiableSortedMap(items);
    }

    private static SortedMap<String, Figures.CountyFigures> balance(JavaRDD<GroupWork.Output> outputs) {
        SortedMap<String, Figures.CountyFigures> balance = new TreeMap<>();
        for (Figures.CountyFigures c : outputs.flatMap(o -> o.balance.iterator()).collect()) {
            balance.put(c.county(), c);
        }
        return Collections.unmodifiableSortedMap(balance);
    }

    private static SortedMap<String, List<Figures.YearFigures>> fin(JavaRDD<GroupWork.Output> outputs) {
        SortedMap<String, List<Figures.YearFigures>> fin = new TreeMap<>();
        for (Figures.YearFigures y : outputs.flatMap(o -> o.fin.iterator()).collect()) {
            fin.computeIfAbsent(y.jurisdiction(), k -> new ArrayList<>()).add(y);
        }
        fin.values().forEach(l -> l.sort(java.util.Comparator.comparingInt(Figures.YearFigures::year)));
        return Collections.unmodifiableSortedMap(fin);
    }

    /** The spending accumulators of every group, combined across the cluster: grouping, then key. */
    private static Map<Grouping, SortedMap<String, GroupWork.Spending>> spending(JavaRDD<GroupWork.Output> outputs) {
        // combined in the order of the groups' keys, not in the order the shuffle delivers them: the same
        // input gives the same bits, run after run
        Map<String, GroupWork.Spending> combined = outputs.flatMapToPair(o -> o.spending.entrySet().stream()
                .map(e -> new Tuple2<>(e.getKey(), new Tuple2<>(o.key, e.getValue()))).iterator())
                .groupByKey().mapValues(parts -> {
                    List<Tuple2<String, GroupWork.Spending>> sorted = new ArrayList<>();
                    parts.forEach(sorted::add);
                    sorted.sort(java.util.Comparator.comparing(Tuple2::_1));
                    GroupWork.Spending all = new GroupWork.Spending();
                    sorted.forEach(p -> all.combine(p._2()));
                    return all;
                }).collectAsMap();
        Map<Grouping, SortedMap<String, GroupWork.Spending>> byGrouping = new EnumMap<>(Grouping.class);
        combined.forEach((k, v) -> {
            int slash = k.indexOf('/');
            byGrouping.computeIfAbsent(Grouping.valueOf(k.substring(0, slash)), g -> new TreeMap<>())
                    .put(k.substring(slash + 1), v);
        });
        return byGrouping;
    }

    private static Map<Grouping, Decomposition<String>> theil(Map<Grouping, SortedMap<String, GroupWork.Spending>> spending) {
        Map<Grouping, Decomposition<String>> theil = new EnumMap<>(Grouping.class);
        spending.forEach((grouping, groups) -> {
            Map<String, GeneralizedEntropy> g = new TreeMap<>();
            groups.forEach((k, s) -> g.put(k, s.theil));
            theil.put(grouping, GeneralizedEntropy.decompose(g));
        });
        return Collections.unmodifiableMap(theil);
    }

    private static Map<Grouping, GiniDecomposition<String>> gini(Map<Grouping, SortedMap<String, GroupWork.Spending>> spending) {
        Map<Grouping, GiniDecomposition<String>> gini = new EnumMap<>(Grouping.class);
        spending.forEach((grouping, groups) -> {
            Map<String, Distribution> g = new TreeMap<>();
            groups.forEach((k, s) -> g.put(k, s.distribution));
            gini.put(grouping, Distribution.decomposeGini(g));
        });
        return Collections.unmodifiableMap(gini);
    }

    /** Every county's funding records, sent to each of its ancestors, rolled up and checked there. */
    private static SortedMap<String, List<Figures.YearFigures>> rolledUp(Dataset<Row> funding, GroupWork.Context ctx,
            Broadcast<GroupWork.Context> shared) {
        int width = names(ctx.headers().get(RecordType.FUNDING.ordinal())).size();
        int ordinal = RecordType.FUNDING.ordinal();
        List<Tuple2<String, List<Figures.YearFigures>>> checked = funding.javaRDD().flatMapToPair(r -> {
            String code = r.getAs("jurisdiction");
            List<Tuple2<String, GroupWork.Line>> out = new ArrayList<>();
            if (code != null && code.length() == 6 && DivisionCode.of(code).level() == JurisdictionLevel.COUNTY) {
                GroupWork.Line line = new GroupWork.Line(ordinal, line(r, width));
                List<String> chain = shared.value().selfAndAncestors(code);
                for (String parent : chain.subList(1, chain.size())) {
                    out.add(new Tuple2<>(parent, line));
                }
            }
            return out.iterator();
        }).groupByKey().mapToPair(g -> new Tuple2<>(g._1(), GroupWork.rolledUp(g._1(), g._2(), shared.value())))
                .collect();
        SortedMap<String, List<Figures.YearFigures>> result = new TreeMap<>();
        checked.forEach(t -> result.put(t._1(), List.copyOf(t._2())));
        return Collections.unmodifiableSortedMap(result);
    }
}
