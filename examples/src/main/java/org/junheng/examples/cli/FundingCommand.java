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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junheng.core.value.Label;
import org.junheng.core.value.Language;
import org.junheng.core.value.Money;
import org.junheng.indicators.funding.BulletinCheck;
import org.junheng.indicators.funding.BulletinSeries;
import org.junheng.indicators.funding.YearCheck;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code junheng funding}: FIN-1 and FIN-2 on the published figures of the statistical bulletins on
 * education funding ({@link BulletinSeries}), each year with its base, its growth, its verdict and the
 * bulletin it comes from. {@code --list} lists the built-in series.
 *
 * <pre>
 * junheng funding --series national --level primary --lang zh
 * junheng funding --series liaoning --format markdown
 * junheng funding --list
 * </pre>
 */
@Command(name = "funding", mixinStandardHelpOptions = true,
        description = {"Check FIN-1 (the total does not decrease) and FIN-2 (per student does not decrease) on the "
                + "published figures of the statistical bulletins on education funding (教育经费执行情况统计公告), "
                + "each figure with its source.",
            "A year whose bulletin states a comparable-basis (同口径) rate that does not agree with the previous "
                + "year's published figure is compared with the restated base the rate implies (this year / (1 + rate)); "
                + "a year without a previous figure and without such a rate is not assessable."},
        footer = {"", "Examples:", "  junheng funding --series national --level primary --lang zh",
            "  junheng funding --series liaoning --format markdown", "  junheng funding --list"})
public final class FundingCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--series", defaultValue = "national",
            description = "A built-in series: national, national-operating (事业费, 2012-2016) or liaoning. "
                    + "Default: ${DEFAULT-VALUE}.")
    String series;

    @Option(names = "--level", defaultValue = "all",
            description = "primary, junior, senior, vocational, higher or all. Default: ${DEFAULT-VALUE}.")
    String level;

    @Option(names = "--format", defaultValue = "text", description = "text, markdown or json. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--lang", defaultValue = "EN", converter = JunhengCommand.LanguageConverter.class,
            description = "zh or en. Default: en.")
    Language language;

    @Option(names = "--list", description = "List the built-in series and exit.")
    boolean list;

    /** Prints the checks, or the list of series; 2 for an unknown series, level or format. */
    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Language lang = language == null ? Language.EN : language;
        if (list) {
            for (String id : BulletinSeries.BUILT_IN) {
                BulletinSeries s = BulletinSeries.builtIn(id);
                out.println(id + "  " + s.name().in(lang) + "  " + years(s) + "  "
                        + t(lang, s.sources().size() + " 份公告", s.sources().size() + " bulletins"));
            }
            out.flush();
            return 0;
        }
        List<BulletinSeries.Level> levels = new ArrayList<>();
        String wanted = level.strip().toLowerCase(Locale.ROOT);
        if (wanted.equals("all")) {
            levels.addAll(List.of(BulletinSeries.Level.values()));
        } else {
            levels.add(BulletinSeries.Level.byKey(wanted).orElseThrow(() -> new IllegalArgumentException("no level '"
                    + level + "': expected primary, junior, senior, vocational, higher or all")));
        }
        BulletinSeries s = BulletinSeries.builtIn(series.strip().toLowerCase(Locale.ROOT));
        Map<String, List<BulletinCheck>> tables = new LinkedHashMap<>();
        tables.put("FIN-1", BulletinCheck.fin1(s));
        for (BulletinSeries.Level l : levels) {
            tables.put("FIN-2 " + l.key(), BulletinCheck.fin2(s, l));
        }
        switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "text" -> text(out, s, tables, lang, false);
            case "markdown" -> text(out, s, tables, lang, true);
            case "json" -> json(out, s, tables);
            default -> throw new IllegalArgumentException("format (" + format + ") must be text, markdown or json");
        }
        out.flush();
        return 0;
    }

    private static String years(BulletinSeries s) {
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (BulletinSeries.Figure f : s.totals()) {
            first = Math.min(first, f.year());
            last = Math.max(last, f.year());
        }
        for (BulletinSeries.Level l : s.levels()) {
            for (BulletinSeries.Figure f : s.perStudent(l)) {
                first = Math.min(first, f.year());
                last = Math.max(last, f.year());
            }
        }
        return first == last ? Integer.toString(first) : first + "-" + last;
    }

    private static void text(PrintWriter out, BulletinSeries s, Map<String, List<BulletinCheck>> tables, Language lang,
            boolean markdown) {
        out.println((markdown ? "# " : "") + s.name().in(lang) + ": " + s.measure().in(lang));
        out.println();
        out.println(s.note().in(lang));
        List<String> header = List.of(t(lang, "年份", "year"), t(lang, "数额", "amount"), t(lang, "比较基数", "base"),
                t(lang, "上年数", "prior"), t(lang, "增长", "growth"), t(lang, "公告所载增长率", "stated rate"),
                t(lang, "结论", "verdict"), t(lang, "来源", "source"));
        for (Map.Entry<String, List<BulletinCheck>> e : tables.entrySet()) {
            out.println();
            out.println((markdown ? "## " : "") + title(e.getKey(), lang));
            out.println();
            List<List<String>> rows = new ArrayList<>();
            for (BulletinCheck c : e.getValue()) {
                rows.add(List.of(Integer.toString(c.year()), c.figure().printed(), base(c.base(), lang),
                        c.prior().map(p -> c.figure().format(p)).orElse("—"), c.growth().map(Object::toString).orElse("—"),
                        c.figure().statedGrowth().map(g -> (g.signum() > 0 ? "+" : "") + g.toPlainString() + "%"
                                + (c.figure().comparable() ? t(lang, " 同口径", " comparable") : "")).orElse("—"),
                        c.finding().verdict().label().in(lang), c.figure().source().id()));
            }
            if (markdown) {
                out.println("| " + String.join(" | ", header) + " |");
                out.println("|" + "---|".repeat(header.size()));
                rows.forEach(r -> out.println("| " + String.join(" | ", r) + " |"));
            } else {
                printAligned(out, header, rows);
            }
            out.println();
            for (BulletinCheck c : e.getValue()) {
                out.println((markdown ? "- " : "  ") + c.finding().rule() + " " + c.year() + ": "
                        + c.finding().explanation().in(lang));
            }
            if (rows.isEmpty()) {
                out.println(t(lang, "  (本序列无此项数据)", "  (no figures of this kind in this series)"));
            }
        }
        out.println();
        out.println((markdown ? "## " : "") + t(lang, "来源", "Sources"));
        out.println();
        for (BulletinSeries.Source src : s.sources()) {
            out.println((markdown ? "- " : "  ") + src.id() + ": " + src.cite() + (src.via().isEmpty() ? "" : " (" + src.via() + ")"));
        }
    }

    private static String title(String key, Language lang) {
        if (key.equals("FIN-1")) {
            return t(lang, "FIN-1 一般公共预算教育经费只增不减",
                    "FIN-1 general public budget education expenditure does not decrease (亿元 = 100 million yuan)");
        }
        BulletinSeries.Level l = BulletinSeries.Level.byKey(key.substring("FIN-2 ".length())).orElseThrow();
        return t(lang, "FIN-2 " + l.label().zh() + "生均一般公共预算教育经费只增不减",
                "FIN-2 per-student expenditure does not decrease, " + l.label().en() + " (元 = yuan)");
    }

    private static String base(YearCheck.Base base, Language lang) {
        return switch (base) {
            case PRIOR_YEAR -> t(lang, "上年公布数", "prior year");
            case RESTATED_PRIOR_YEAR -> t(lang, "上年同口径(推得)", "prior restated (implied)");
            case NONE -> t(lang, "无", "none");
        };
    }

    private static void printAligned(PrintWriter out, List<String> header, List<List<String>> rows) {
        int[] widths = new int[header.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (List<String> r : all) {
            for (int i = 0; i < r.size(); i++) {
                widths[i] = Math.max(widths[i], width(r.get(i)));
            }
        }
        for (List<String> r : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.size(); i++) {
                line.append(r.get(i));
                if (i < r.size() - 1) {
                    line.append(" ".repeat(widths[i] - width(r.get(i)) + 2));
                }
            }
            out.println(line);
        }
    }

    /** Display width: a CJK character takes two columns in a terminal. */
    private static int width(String s) {
        return s.codePoints().map(c -> c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6)) ? 2 : 1).sum();
    }

    private static void json(PrintWriter out, BulletinSeries s, Map<String, List<BulletinCheck>> tables) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("series", s.id());
        doc.put("name", label(s.name()));
        doc.put("jurisdiction", s.jurisdiction().map(Object::toString).orElse(null));
        doc.put("measure", label(s.measure()));
        doc.put("note", label(s.note()));
        List<Object> checks = new ArrayList<>();
        for (Map.Entry<String, List<BulletinCheck>> e : tables.entrySet()) {
            for (BulletinCheck c : e.getValue()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("rule", c.finding().rule());
                row.put("level", e.getKey().equals("FIN-1") ? null : e.getKey().substring("FIN-2 ".length()));
                row.put("year", c.year());
                row.put("amount", c.figure().amount().yuan());
                row.put("base", c.base().name().toLowerCase(Locale.ROOT));
                row.put("prior", c.prior().map(Money::yuan).orElse(null));
                row.put("growthPercent", c.growth().map(g -> g.percent()).orElse(null));
                row.put("statedGrowthPercent", c.figure().statedGrowth().orElse(null));
                row.put("comparableBasis", c.figure().comparable());
                row.put("verdict", c.finding().verdict().name().toLowerCase(Locale.ROOT));
                row.put("shortfall", c.shortfall().yuan());
                row.put("explanation", label(c.finding().explanation()));
                row.put("facts", c.finding().facts());
                row.put("source", c.figure().source().id());
                checks.add(row);
            }
        }
        doc.put("checks", checks);
        List<Object> sources = new ArrayList<>();
        for (BulletinSeries.Source src : s.sources()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", src.id());
            m.put("year", src.year());
            m.put("title", src.title());
            m.put("document", src.document());
            m.put("issuedBy", src.issuedBy());
            m.put("url", src.url());
            m.put("via", src.via());
            sources.add(m);
        }
        doc.put("sources", sources);
        try {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .configure(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true)
                    .writeValueAsString(doc));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the funding checks could not be written as JSON", e);
        }
    }

    private static Map<String, String> label(Label l) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("zh", l.zh());
        m.put("en", l.en());
        return m;
    }

    private static String t(Language lang, String zh, String en) {
        return Label.of(zh, en).in(lang);
    }
}
