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
package org.junheng.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.junheng.Junheng;
import org.junheng.core.io.DataSetCsv;
import org.junheng.core.io.DataSetJson;
import org.junheng.core.io.DataSetSeriesCsv;
import org.junheng.core.io.DataSetSeriesJson;
import org.junheng.core.model.DataProblem;
import org.junheng.core.model.DataSet;
import org.junheng.core.model.DataSetSeries;
import org.junheng.core.model.InvalidDataException;
import org.junheng.core.model.RecordType;
import org.junheng.core.policy.Policies;
import org.junheng.core.policy.Policy;
import org.junheng.core.sample.SyntheticDataSets;
import org.junheng.core.value.Language;
import org.junheng.indicators.report.Report;
import org.junheng.indicators.report.ReportCsv;
import org.junheng.indicators.report.ReportFormat;
import org.junheng.indicators.report.html.HtmlReport;
import org.junheng.indicators.report.ReportXlsx;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line, the main job: with no arguments it prints the report on the embedded sample county
 * under the Shenyang profile.
 *
 * <pre>
 * java -jar junheng.jar                                  # the report on the sample series, 2024 to 2026
 * java -jar junheng.jar report --data county.json --policy yingkou --format markdown --lang zh
 * java -jar junheng.jar report --format json report.json   # typed JSON; csv DIR: one CSV per table; xlsx FILE
 * java -jar junheng.jar report --data series.json        # a series: a junheng-series document or folder
 * java -jar junheng.jar validate county-csv/            # every problem, or "valid" with counts
 * java -jar junheng.jar policy shenyang                 # a profile's parameters with their sources
 * java -jar junheng.jar rules ROT-1 --lang zh           # a rule of the catalog in full; rules panjin: what holds there
 * java -jar junheng.jar export-sample --format csv out/ # the sample as files to look at
 * java -jar junheng.jar export-sample --series s.json   # the sample series, three school years
 * java -jar junheng.jar generate --scale city --seed 7 city.json
 * </pre>
 *
 * <p>Exit codes: 0 done, 1 the input is invalid (the problems are printed with their places, at most
 * 100 and the count of the rest), 2 a usage error (a file or profile that does not exist, a bad option:
 * the message names the path), 3 out of memory (the message says to raise {@code -Xmx}). Every command
 * takes {@code --help} and {@code --version}, and its help lists the exit codes.
 */
@Command(name = "junheng", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        versionProvider = JunhengCommand.BuildVersion.class,
        description = "Education-equity indicators and rules of Chinese education policy (均衡).",
        subcommands = {JunhengCommand.ReportCommand.class, JunhengCommand.ValidateCommand.class,
            JunhengCommand.PolicyCommand.class, JunhengCommand.ExportSampleCommand.class,
            JunhengCommand.GenerateCommand.class,
            RulesCommand.class,
            FundingCommand.class})
public final class JunhengCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Runs the command line with the given output, returning the exit code: for tests and embedding. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new JunhengCommand());
        documentExitCodes(cli);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, line, parsed) -> failure(e, line.getErr()));
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            code = outOfMemory(err);
        }
        out.flush();
        err.flush();
        return code;
    }

    /** Exit code: the input is invalid (the problems are printed). */
    static final int INVALID_INPUT = 1;
    /** Exit code: a usage error, such as a file or profile that does not exist. */
    static final int USAGE = 2;
    /** Exit code: the heap was too small for the data set. */
    static final int OUT_OF_MEMORY = 3;
    /** The most problems printed; the count of the rest follows. */
    static final int MAX_PROBLEMS_PRINTED = 100;

    /** The exit codes, as every command's help lists them. */
    static final Map<String, String> EXIT_CODES = exitCodes();

    private static Map<String, String> exitCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("0", "done");
        codes.put(Integer.toString(INVALID_INPUT), "invalid input: every problem with its place (at most "
                + MAX_PROBLEMS_PRINTED + " printed, then the count of the rest)");
        codes.put(Integer.toString(USAGE), "usage error: an unknown option or value, a file or profile that does "
                + "not exist (the message names it)");
        codes.put(Integer.toString(OUT_OF_MEMORY), "out of memory: run java with a higher -Xmx");
        return Collections.unmodifiableMap(codes);
    }

    /** Lists {@link #EXIT_CODES} in the help of the command and of every subcommand. */
    private static void documentExitCodes(CommandLine cli) {
        cli.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(EXIT_CODES);
        cli.getSubcommands().values().forEach(JunhengCommand::documentExitCodes);
    }

    /**
     * {@code --version}: the version Maven built, read from a resource that the build fills in, with the
     * Java runtime it runs on.
     */
    static final class BuildVersion implements CommandLine.IVersionProvider {
        /** The filtered resource that holds {@code version=...}. */
        static final String RESOURCE = "version.properties";

        @Override
        public String[] getVersion() throws IOException {
            return new String[] {"junheng " + version(), "Java " + System.getProperty("java.version") + " ("
                    + System.getProperty("java.vendor") + ")"};
        }

        /** The project's version, such as {@code 0.1.0-SNAPSHOT}. */
        static String version() throws IOException {
            Properties p = new Properties();
            try (InputStream in = BuildVersion.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IOException("the build left out " + RESOURCE + ": rebuild with Maven");
                }
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            String v = p.getProperty("version", "");
            if (v.isBlank() || v.contains("${")) {
                throw new IOException(RESOURCE + " was not filtered by the build: rebuild with Maven");
            }
            return v;
        }
    }

    /** The built-in profiles, for the help of options that take one. */
    static final class BuiltInProfiles implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Policies.BUILT_IN.iterator();
        }
    }

    /** The report's output formats: the documents of {@link ReportFormat}, then the table outputs. */
    static final class ReportFormats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            List<String> names = new ArrayList<>();
            for (ReportFormat f : ReportFormat.values()) {
                names.add(f.name().toLowerCase(Locale.ROOT));
            }
            names.add(HTML);
            names.add(CSV);
            names.add(XLSX);
            return names.iterator();
        }
    }

    /** {@code --format html}: one self-contained page with the summary, the tables and SVG charts. */
    static final String HTML = "html";
    /** {@code --format csv}: a folder of CSV files, one per table. */
    static final String CSV = "csv";
    /** {@code --format xlsx}: one workbook, one sheet per table. */
    static final String XLSX = "xlsx";

    /** Prints the hint for a heap too small and returns {@link #OUT_OF_MEMORY}. */
    static int outOfMemory(PrintWriter err) {
        err.println("junheng: out of memory: the data set needs a larger heap; run java with a higher -Xmx, "
                + "for example java -Xmx8g -jar junheng.jar ...");
        err.flush();
        return OUT_OF_MEMORY;
    }

    /** Prints what went wrong, naming the path where there is one, and returns the exit code. */
    static int failure(Throwable e, PrintWriter err) throws Exception {
        Throwable cause = e instanceof CommandLine.ExecutionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof OutOfMemoryError) {
            return outOfMemory(err);
        }
        if (cause instanceof InvalidDataException invalid) {
            printProblems(err, invalid);
            return INVALID_INPUT;
        }
        if (cause instanceof java.nio.file.NoSuchFileException missing) {
            err.println("junheng: file not found: " + missing.getFile());
            return USAGE;
        }
        if (cause instanceof java.nio.file.AccessDeniedException denied) {
            err.println("junheng: permission denied: " + denied.getFile());
            return USAGE;
        }
        if (cause instanceof java.nio.file.FileSystemException fs) {
            err.println("junheng: " + fs.getFile() + ": " + (fs.getReason() == null ? fs.getMessage() : fs.getReason()));
            return USAGE;
        }
        if (cause instanceof IllegalArgumentException || cause instanceof IOException) {
            err.println("junheng: " + cause.getMessage());
            return USAGE;
        }
        if (cause instanceof Exception x) {
            throw x;
        }
        throw (Error) cause;
    }

    /** With no subcommand: the report on the sample series under the Shenyang profile, as text. */
    @Override
    public Integer call() throws IOException {
        return new ReportCommand().write(spec.commandLine().getOut(), Junheng.report(Junheng.sampleSeries(),
                Policies.shenyang()));
    }

    /** Prints the problems, at most {@link #MAX_PROBLEMS_PRINTED}, then the count of the rest. */
    static void printProblems(PrintWriter err, InvalidDataException e) {
        int n = e.problems().size();
        err.println("invalid: " + n + (n == 1 ? " problem" : " problems"));
        for (DataProblem p : e.problems().subList(0, Math.min(n, MAX_PROBLEMS_PRINTED))) {
            err.println("  " + p);
        }
        if (n > MAX_PROBLEMS_PRINTED) {
            err.println("  ... and " + (n - MAX_PROBLEMS_PRINTED) + " more (fix these first; one mistake often causes several)");
        }
    }

    static DataSet load(Path data) throws IOException {
        if (data == null) {
            return Junheng.sample();
        }
        if (!Files.exists(data)) {
            throw new IllegalArgumentException("file not found: " + data + " (a .json file or a folder of CSV files)");
        }
        return Junheng.load(data);
    }

    static Policy policy(String nameOrFile) throws IOException {
        if (Policies.BUILT_IN.contains(nameOrFile)) {
            return Policies.builtIn(nameOrFile);
        }
        Path file = Path.of(nameOrFile);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no built-in profile or profile file '" + nameOrFile
                    + "': the built-in profiles are " + String.join(", ", Policies.BUILT_IN)
                    + (Files.exists(file) ? "" : "; file not found: " + nameOrFile));
        }
        return Policies.read(file);
    }

    /** The report on a data set, as a document (text, Markdown, JSON) or as tables (CSV, XLSX). */
    @Command(name = "report", description = {
        "Print the report on a data set or a series (the sample series by default), or write its tables.",
        "text, markdown, json and html go to standard output, or to TARGET if given; csv writes the folder TARGET "
                + "(one CSV per table, UTF-8 with BOM, an index.csv, findings.csv and notes.csv); xlsx writes the "
                + "workbook TARGET (one sheet per table, numbers as numbers)."})
    static final class ReportCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--data", description = "A data set (a .json file or a folder of CSV files) or a series (a "
                + "junheng-series .json document or a folder with series.csv, one sub-folder a school year).")
        Path data;

        @Option(names = "--policy", defaultValue = "shenyang", completionCandidates = BuiltInProfiles.class,
                description = "A built-in profile (${COMPLETION-CANDIDATES}) or a profile file. Default: ${DEFAULT-VALUE}.")
        String policy;

        @Option(names = "--format", defaultValue = "text", completionCandidates = ReportFormats.class,
                description = "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
        String format;

        @Option(names = "--lang", defaultValue = "EN", converter = LanguageConverter.class,
                description = "zh or en. Default: en.")
        Language language;

        @Parameters(paramLabel = "TARGET", arity = "0..1",
                description = "The file to write (text, markdown, json, html, xlsx) or the folder (csv).")
        Path target;

        @Override
        public Integer call() throws IOException {
            Policy p = policy(policy);
            PrintWriter out = spec.commandLine().getOut();
            boolean html = HTML.equalsIgnoreCase(format);
            if (data == null) {
                DataSetSeries sample = Junheng.sampleSeries();
                return html ? writeDocument(out, HtmlReport.render(sample, p, lang()))
                        : write(out, Junheng.report(sample, p));
            }
            boolean isSeries = Files.isDirectory(data) ? DataSetSeriesCsv.isSeries(data) : DataSetSeriesJson.isSeries(data);
            if (isSeries) {
                DataSetSeries series = Junheng.loadSeries(data);
                return html ? writeDocument(out, HtmlReport.render(series, p, lang())) : write(out, Junheng.report(series, p));
            }
            DataSet one = Junheng.load(data);
            return html ? writeDocument(out, HtmlReport.render(one, p, lang())) : write(out, Junheng.report(one, p));
        }

        private Language lang() {
            return language == null ? Language.EN : language;
        }

        /** Writes the report in the chosen format to {@code out} or to the target; returns the exit code. */
        int write(PrintWriter out, Report report) throws IOException {
            String name = (format == null ? "text" : format).toLowerCase(Locale.ROOT);
            Language lang = language == null ? Language.EN : language;
            if (name.equals(CSV) || name.equals(XLSX)) {
                if (target == null) {
                    throw new IllegalArgumentException("--format " + name + " writes " + (name.equals(CSV)
                            ? "a folder" : "a file") + ": give it after the options, as in report --format " + name
                            + (name.equals(CSV) ? " tables/" : " report.xlsx"));
                }
                if (name.equals(CSV)) {
                    List<Path> files = ReportCsv.write(report, lang, target);
                    out.println("wrote " + target + ": " + files.size() + " files, the index in "
                            + target.resolve(ReportCsv.INDEX));
                } else {
                    ReportXlsx.write(report, lang, target);
                    out.println("wrote " + target);
                }
                out.flush();
                return 0;
            }
            return writeDocument(out, report.render(documentFormat(name), lang));
        }

        /** Writes one document to {@code out} or to the target file; returns the exit code. */
        private int writeDocument(PrintWriter out, String text) throws IOException {
            if (target == null) {
                out.print(text);
            } else {
                Path parent = target.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(target, text, StandardCharsets.UTF_8);
                out.println("wrote " + target);
            }
            out.flush();
            return 0;
        }

        private static ReportFormat documentFormat(String name) {
            for (ReportFormat f : ReportFormat.values()) {
                if (f.name().equalsIgnoreCase(name)) {
                    return f;
                }
            }
            List<String> valid = new ArrayList<>();
            new ReportFormats().forEach(valid::add);
            throw new IllegalArgumentException("--format: no format '" + name + "': expected one of "
                    + String.join(", ", valid));
        }
    }

    /** Checks a data set and prints every problem, or "valid" with counts. */
    @Command(name = "validate", description = "Check a data set: every problem with its place, or 'valid' with counts.")
    static final class ValidateCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "DATA", description = "A .json file or a folder of CSV files.")
        Path data;

        @Override
        public Integer call() throws IOException {
            DataSet d = load(data);
            PrintWriter out = spec.commandLine().getOut();
            out.println("valid: " + d.name() + " as of " + d.asOf());
            for (RecordType t : RecordType.values()) {
                out.printf(java.util.Locale.ROOT, "  %-15s %,d%n", t.key(), d.records(t).size());
            }
            return 0;
        }
    }

    /** Prints a policy profile's parameters with their sources. */
    @Command(name = "policy", description = "Print a policy profile: every parameter with its value and source.")
    static final class PolicyCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "PROFILE", defaultValue = "shenyang", completionCandidates = BuiltInProfiles.class,
                description = "A built-in profile (${COMPLETION-CANDIDATES}) or a file. Default: ${DEFAULT-VALUE}.")
        String profile;

        @Override
        public Integer call() throws IOException {
            spec.commandLine().getOut().print(policy(profile).describe());
            return 0;
        }
    }

    /** Writes the sample county as files. */
    @Command(name = "export-sample", description = "Write the sample county (or with --series the sample series) as a "
            + "JSON file or a folder of CSV files.")
    static final class ExportSampleCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--series", description = "Write the sample series of three school years instead of the 2026 snapshot.")
        boolean series;

        @CommandLine.Mixin
        Output output;

        @Override
        public Integer call() throws IOException {
            if (series) {
                output.write(Junheng.sampleSeries());
            } else {
                output.write(Junheng.sample());
            }
            spec.commandLine().getOut().println("wrote " + output.target);
            return 0;
        }
    }

    /** Writes a synthetic data set. */
    @Command(name = "generate", description = "Write a deterministic synthetic data set (county, city, province or province_x3).")
    static final class GenerateCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--scale", defaultValue = "county", description = "county, city or province. Default: county.",
                converter = ScaleConverter.class)
        SyntheticDataSets.Scale scale;

        @Option(names = "--seed", defaultValue = "1", description = "The seed. Default: 1.")
        long seed;

        @CommandLine.Mixin
        Output output;

        @Override
        public Integer call() throws IOException {
            DataSet d = SyntheticDataSets.generate(scale, seed);
            output.write(d);
            spec.commandLine().getOut().println("wrote " + output.target + ": " + d);
            return 0;
        }
    }

    /** Where and how a command writes a data set. */
    static final class Output {
        @Option(names = "--format", defaultValue = "json", description = "json or csv. Default: json.")
        String format;

        @Parameters(paramLabel = "TARGET", description = "The .json file or the folder to write.")
        Path target;

        void write(DataSet data) throws IOException {
            switch (format.toLowerCase(java.util.Locale.ROOT)) {
                case "json" -> {
                    if (target.toAbsolutePath().getParent() != null) {
                        Files.createDirectories(target.toAbsolutePath().getParent());
                    }
                    DataSetJson.write(data, target);
                }
                case "csv" -> DataSetCsv.write(data, target);
                default -> throw new IllegalArgumentException("format (" + format + ") must be json or csv");
            }
        }

        void write(DataSetSeries series) throws IOException {
            switch (format.toLowerCase(java.util.Locale.ROOT)) {
                case "json" -> {
                    if (target.toAbsolutePath().getParent() != null) {
                        Files.createDirectories(target.toAbsolutePath().getParent());
                    }
                    DataSetSeriesJson.write(series, target);
                }
                case "csv" -> DataSetSeriesCsv.write(series, target);
                default -> throw new IllegalArgumentException("format (" + format + ") must be json or csv");
            }
        }
    }

    /** {@code zh} or {@code en}, in any case; anything else is a usage error that names both. */
    static final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            for (Language l : Language.values()) {
                if (l.name().equalsIgnoreCase(value)) {
                    return l;
                }
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not a language: zh or en");
        }
    }

    /** {@code county}, {@code city} or {@code province}, in any case. */
    static final class ScaleConverter implements CommandLine.ITypeConverter<SyntheticDataSets.Scale> {
        @Override
        public SyntheticDataSets.Scale convert(String value) {
            for (SyntheticDataSets.Scale s : SyntheticDataSets.Scale.values()) {
                if (s.name().equalsIgnoreCase(value)) {
                    return s;
                }
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not a scale: county, city or province");
        }
    }
}
