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
package org.junheng.indicators.funding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junheng.core.internal.Checks;
import org.junheng.core.internal.Resources;
import org.junheng.core.model.DataProblem;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.InvalidDataException;
import org.junheng.core.model.Labelled;
import org.junheng.core.value.Label;
import org.junheng.core.value.Money;

/**
 * A funding series as the statistical bulletins on education funding publish it (全国教育经费执行情况统计公告
 * and the provinces' 教育经费执行情况统计公告): the total general public budget education expenditure
 * (一般公共预算教育经费) and the expenditure per student by level, year by year, each figure with the bulletin
 * it comes from and the growth rate that bulletin states. The figures are per student without the
 * head-counts, so FIN-2 is judged on per-student growth ({@link BulletinCheck#fin2}) and FIN-1 on the
 * totals ({@link BulletinCheck#fin1}).
 *
 * <p>The built-in series ({@link #BUILT_IN}) are JSON resources of this package; {@link #parse} reads one,
 * all-or-problems: every problem is reported with its place in one {@link InvalidDataException}. Besides
 * the form it checks that every figure cites a source with a title, issuing bodies and a URL, and that a
 * growth rate stated without "同口径" agrees, rounded half up to 0.01%, with the previous year's published
 * figure: a transcription error shows up as a refusal, not as a verdict. A rate stated on a comparable
 * basis (同口径) may disagree; the check then carries the restated base the rate implies.
 *
 * <p>Immutable and thread-safe.
 */
public final class BulletinSeries {
    /**
     * The built-in series, by id: the national bulletins (totals, and per-student general public budget
     * education expenditure from 2017), the national per-student operating expenditure (事业费) of 2012 to
     * 2016, a different definition, and Liaoning's bulletin of 2021.
     */
    public static final List<String> BUILT_IN = List.of("national", "national-operating", "liaoning");

    private static final Set<String> FIELDS = Set.of("format", "id", "name", "jurisdiction", "measure", "note", "sources",
            "totals", "perStudent");
    private static final Set<String> SOURCE_FIELDS = Set.of("id", "year", "title", "document", "issuedBy", "url", "via");
    private static final Set<String> FIGURE_FIELDS = Set.of("year", "amount", "growth", "comparable", "source");
    private static final Map<String, BulletinSeries> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /** The levels of education the bulletins report per-student figures for. */
    public enum Level implements Labelled {
        /** 普通小学. */
        PRIMARY("primary", "普通小学", "primary schools"),
        /** 普通初中. */
        JUNIOR("junior", "普通初中", "junior secondary schools"),
        /** 普通高中. */
        SENIOR("senior", "普通高中", "regular senior secondary schools"),
        /** 中等职业学校. */
        VOCATIONAL("vocational", "中等职业学校", "secondary vocational schools"),
        /** 普通高等学校. */
        HIGHER("higher", "普通高等学校", "regular institutions of higher education");

        private final String key;
        private final Label label;

        Level(String key, String zh, String en) {
            this.key = key;
            this.label = Label.of(zh, en);
        }

        /** The key of the resources and the command line: {@code primary}, {@code junior}, …. */
        public String key() {
            return key;
        }

        /** The level as the bulletins name it (普通小学, 普通初中, …), with its English name. */
        @Override
        public Label label() {
            return label;
        }

        /** The level of a key, if there is one. */
        public static Optional<Level> byKey(String key) {
            for (Level l : values()) {
                if (l.key.equals(key)) {
                    return Optional.of(l);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * A bulletin a figure comes from.
     *
     * @param id the id figures cite it by
     * @param year the year the bulletin reports on
     * @param title the bulletin's title
     * @param document its document number (教财〔2019〕3号), empty when not seen
     * @param issuedBy the issuing bodies
     * @param url where the text was found
     * @param via who carried the text at that URL, when it is not the issuer's own site
     */
    public record Source(String id, int year, String title, String document, String issuedBy, String url, String via) {
        /** Checks that the citation is complete. */
        public Source {
            Checks.notBlank(id, "id");
            Checks.notBlank(title, "title");
            Checks.notNull(document, "document");
            Checks.notBlank(issuedBy, "issuedBy");
            Checks.notBlank(url, "url");
            Checks.notNull(via, "via");
        }

        /** The citation in one line: title, document number, issuing bodies, URL. */
        public String cite() {
            return "《" + title + "》" + (document.isEmpty() ? "" : " " + document) + ", " + issuedBy + ", " + url;
        }
    }

    /**
     * One published figure, with the unit and decimals the bulletin prints it in.
     *
     * @param year the year it is for
     * @param amount the amount
     * @param unit the unit it is printed in: 元, 万元 or 亿元
     * @param scale the decimals it is printed with
     * @param statedGrowth the growth over the year before that the bulletin states, in percent, if it states one
     * @param comparable whether the bulletin states that growth on a comparable basis (同口径)
     * @param source the bulletin
     */
    public record Figure(int year, Money amount, String unit, int scale, Optional<BigDecimal> statedGrowth, boolean comparable,
            Source source) {
        /** Checks that nothing is missing and that a comparable basis comes with a rate. */
        public Figure {
            Checks.notNull(amount, "amount");
            Checks.check(UNITS.containsKey(unit), "unit (%s) must be 元, 万元 or 亿元", unit);
            Checks.check(scale >= 0 && scale <= 2, "scale (%s) must be 0 to 2", scale);
            Checks.notNull(statedGrowth, "statedGrowth");
            Checks.notNull(source, "source");
            Checks.check(!comparable || statedGrowth.isPresent(), "a comparable basis (同口径) needs a stated rate");
        }

        /** An amount as this figure is printed: {@code "37463.36亿元"}, {@code "12791.64元"}; rounded half up. */
        public String format(Money m) {
            return m.yuan().divide(UNITS.get(unit)).setScale(scale, RoundingMode.HALF_UP).toPlainString() + unit;
        }

        /** The figure as the bulletin prints it. */
        public String printed() {
            return format(amount);
        }

        /** The smallest step of the printing: 0.01元 for 12791.64元, 0.01亿元 (one million yuan) for 37463.36亿元. */
        public Money precision() {
            return Money.ofYuan(UNITS.get(unit).movePointLeft(scale));
        }
    }

    private static final Map<String, BigDecimal> UNITS = Map.of("元", BigDecimal.ONE, "万元", BigDecimal.valueOf(10_000),
            "亿元", BigDecimal.valueOf(100_000_000));

    private final String id;
    private final Label name;
    private final Optional<DivisionCode> jurisdiction;
    private final Label measure;
    private final Label note;
    private final List<Source> sources;
    private final List<Figure> totals;
    private final Map<Level, List<Figure>> perStudent;

    private BulletinSeries(String id, Label name, Optional<DivisionCode> jurisdiction, Label measure, Label note,
            List<Source> sources, List<Figure> totals, Map<Level, List<Figure>> perStudent) {
        this.id = id;
        this.name = name;
        this.jurisdiction = jurisdiction;
        this.measure = measure;
        this.note = note;
        this.sources = List.copyOf(sources);
        this.totals = List.copyOf(totals);
        EnumMap<Level, List<Figure>> copy = new EnumMap<>(Level.class);
        perStudent.forEach((level, figures) -> copy.put(level, List.copyOf(figures)));
        this.perStudent = Collections.unmodifiableMap(copy);
    }

    /**
     * A built-in series.
     *
     * @param id one of {@link #BUILT_IN}
     * @throws IllegalArgumentException naming the built-in series if there is none of that id
     */
    public static BulletinSeries builtIn(String id) {
        Checks.notNull(id, "id");
        if (!BUILT_IN.contains(id)) {
            throw new IllegalArgumentException("no built-in funding series '" + id + "': the built-in series are "
                    + String.join(", ", BUILT_IN));
        }
        return CACHE.computeIfAbsent(id, k -> parse(Resources.text(BulletinSeries.class.getResourceAsStream(k + ".json"),
                k + ".json"), k + ".json"));
    }

    /** The id ({@code national}). */
    public String id() {
        return id;
    }

    /** The name of the place (全国, 辽宁省). */
    public Label name() {
        return name;
    }

    /** The jurisdiction's division code; empty for the national series. */
    public Optional<DivisionCode> jurisdiction() {
        return jurisdiction;
    }

    /** What the figures measure. */
    public Label measure() {
        return measure;
    }

    /** What the series covers and what it leaves out (gaps, definitions). */
    public Label note() {
        return note;
    }

    /** The bulletins cited, in the resource's order. */
    public List<Source> sources() {
        return sources;
    }

    /** The totals (一般公共预算教育经费), by year. */
    public List<Figure> totals() {
        return totals;
    }

    /** The per-student figures of a level, by year; empty when the series has none for it. */
    public List<Figure> perStudent(Level level) {
        return perStudent.getOrDefault(Checks.notNull(level, "level"), List.of());
    }

    /** The levels with per-student figures, in the order of {@link Level}. */
    public Set<Level> levels() {
        return perStudent.keySet();
    }

    /**
     * Reads a series.
     *
     * @param json the document
     * @param source the name of the document, for the problems' places
     * @throws InvalidDataException listing every problem with its place
     */
    public static BulletinSeries parse(String json, String source) {
        Checks.notNull(json, "json");
        Checks.notNull(source, "source");
        List<DataProblem> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidDataException(List.of(new DataProblem(source, "line " + e.getLocation().getLineNr(), "", "",
                    "well-formed JSON: " + e.getOriginalMessage())));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidDataException(List.of(new DataProblem(source, "", "", "", "a JSON object")));
        }
        unknownFields(root, FIELDS, source, "", problems);
        if (!"junheng-bulletin-series".equals(root.path("format").asText())) {
            problems.add(new DataProblem(source, "", "format", root.path("format").asText(), "\"junheng-bulletin-series\""));
        }
        String id = text(root, "id", source, "", problems);
        Label name = label(root, "name", source, problems);
        Label measure = label(root, "measure", source, problems);
        Label note = label(root, "note", source, problems);
        Optional<DivisionCode> jurisdiction = Optional.empty();
        JsonNode j = root.get("jurisdiction");
        if (j == null) {
            problems.add(new DataProblem(source, "", "jurisdiction", "", "a six-digit division code, or null for the national series"));
        } else if (!j.isNull()) {
            try {
                jurisdiction = Optional.of(DivisionCode.of(j.asText()));
            } catch (IllegalArgumentException e) {
                problems.add(new DataProblem(source, "", "jurisdiction", j.asText(), e.getMessage()));
            }
        }

        Map<String, Source> sources = new LinkedHashMap<>();
        JsonNode sourceArray = root.path("sources");
        if (!sourceArray.isArray() || sourceArray.isEmpty()) {
            problems.add(new DataProblem(source, "", "sources", "", "a non-empty array of the bulletins cited"));
        } else {
            for (int i = 0; i < sourceArray.size(); i++) {
                String where = "sources[" + i + "]";
                JsonNode s = sourceArray.get(i);
                if (!s.isObject()) {
                    problems.add(new DataProblem(source, where, "", s.toString(), "an object"));
                    continue;
                }
                unknownFields(s, SOURCE_FIELDS, source, where, problems);
                int before = problems.size();
                String sid = text(s, "id", source, where, problems);
                int year = year(s, source, where, problems);
                String title = text(s, "title", source, where, problems);
                String issuedBy = text(s, "issuedBy", source, where, problems);
                String url = text(s, "url", source, where, problems);
                if (!url.isEmpty() && !url.matches("https?://\\S+")) {
                    problems.add(new DataProblem(source, where, "url", url, "an http or https URL"));
                }
                if (problems.size() > before) {
                    continue;
                }
                if (sources.containsKey(sid)) {
                    problems.add(new DataProblem(source, where, "id", sid, "an id no other source has"));
                    continue;
                }
                sources.put(sid, new Source(sid, year, title, s.path("document").asText(""), issuedBy, url,
                        s.path("via").asText("")));
            }
        }

        List<Figure> totals = figures(root.path("totals"), "totals", sources, source, problems);
        EnumMap<Level, List<Figure>> perStudent = new EnumMap<>(Level.class);
        JsonNode levels = root.path("perStudent");
        if (!levels.isObject()) {
            problems.add(new DataProblem(source, "", "perStudent", "", "an object of levels (primary, junior, senior, "
                    + "vocational, higher), each an array of figures"));
        } else {
            Iterator<String> names = levels.fieldNames();
            while (names.hasNext()) {
                String key = names.next();
                Optional<Level> level = Level.byKey(key);
                if (level.isEmpty()) {
                    problems.add(new DataProblem(source, "perStudent", key, "", "one of primary, junior, senior, vocational, higher"));
                    continue;
                }
                perStudent.put(level.get(), figures(levels.get(key), "perStudent." + key, sources, source, problems));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDataException(problems);
        }
        return new BulletinSeries(id, name, jurisdiction, measure, note, List.copyOf(sources.values()), totals, perStudent);
    }

    /** Reads an array of figures, sorted by year, checking each stated plain rate against the year before. */
    private static List<Figure> figures(JsonNode array, String where, Map<String, Source> sources, String source,
            List<DataProblem> problems) {
        List<Figure> figures = new ArrayList<>();
        if (!array.isArray()) {
            problems.add(new DataProblem(source, "", where, "", "an array of figures"));
            return figures;
        }
        Set<Integer> years = new HashSet<>();
        Map<Figure, String> places = new java.util.IdentityHashMap<>();
        for (int i = 0; i < array.size(); i++) {
            String place = where + "[" + i + "]";
            JsonNode f = array.get(i);
            if (!f.isObject()) {
                problems.add(new DataProblem(source, place, "", f.toString(), "an object"));
                continue;
            }
            unknownFields(f, FIGURE_FIELDS, source, place, problems);
            int before = problems.size();
            int year = year(f, source, place, problems);
            Money amount = null;
            String amountText = f.path("amount").asText("").strip();
            String unit = amountText.endsWith("亿元") ? "亿元" : amountText.endsWith("万元") ? "万元" : "元";
            String digits = amountText.endsWith(unit) ? amountText.substring(0, amountText.length() - unit.length()).strip() : amountText;
            int scale = digits.indexOf('.') < 0 ? 0 : digits.length() - digits.indexOf('.') - 1;
            try {
                amount = Money.parse(amountText);
                if (amount.signum() <= 0) {
                    problems.add(new DataProblem(source, place, "amount", amountText, "an amount above zero"));
                } else if (scale > 2) {
                    problems.add(new DataProblem(source, place, "amount", amountText, "at most two decimals, as the bulletins print"));
                }
            } catch (IllegalArgumentException e) {
                problems.add(new DataProblem(source, place, "amount", amountText, "an amount such as \"12791.64\" (yuan) or \"39256.96亿元\""));
            }
            Optional<BigDecimal> growth = Optional.empty();
            JsonNode g = f.get("growth");
            if (g != null) {
                if (g.isTextual() && g.asText().matches("-?\\d+\\.\\d{2}")) {
                    growth = Optional.of(new BigDecimal(g.asText()));
                    if (growth.get().compareTo(BigDecimal.valueOf(-100)) <= 0) {
                        problems.add(new DataProblem(source, place, "growth", g.asText(), "a rate above -100%"));
                    }
                } else {
                    problems.add(new DataProblem(source, place, "growth", g.asText(),
                            "the stated rate in percent as a string with two decimals, as the bulletins print it (\"-1.69\")"));
                }
            }
            JsonNode c = f.get("comparable");
            boolean comparable = c != null && c.asBoolean(false);
            if (c != null && !c.isBoolean()) {
                problems.add(new DataProblem(source, place, "comparable", c.asText(), "true (the rate is 同口径) or false"));
            }
            if (comparable && growth.isEmpty()) {
                problems.add(new DataProblem(source, place, "comparable", "true", "a stated growth rate: 同口径 qualifies a rate"));
            }
            String sid = f.path("source").asText("");
            Source cited = sources.get(sid);
            if (cited == null) {
                problems.add(new DataProblem(source, place, "source", sid, "the id of one of the sources: every figure cites its bulletin"));
            }
            if (year != 0 && !years.add(year)) {
                problems.add(new DataProblem(source, place, "year", Integer.toString(year), "a year that appears once"));
            }
            if (problems.size() == before) {
                Figure figure = new Figure(year, amount, unit, scale, growth, comparable, cited);
                figures.add(figure);
                places.put(figure, place);
            }
        }
        figures.sort(Comparator.comparingInt(Figure::year));
        for (int i = 1; i < figures.size(); i++) {
            Figure prior = figures.get(i - 1);
            Figure f = figures.get(i);
            if (prior.year() != f.year() - 1 || f.comparable() || f.statedGrowth().isEmpty()) {
                continue;
            }
            BigDecimal computed = GrowthRate.of(prior.amount(), f.amount()).percent();
            if (computed.compareTo(f.statedGrowth().get()) != 0) {
                problems.add(new DataProblem(source, places.get(f), "growth", f.statedGrowth().get().toPlainString(),
                        "the rate from " + prior.year() + "'s " + prior.amount().toPlainString() + " to "
                                + f.amount().toPlainString() + ", " + computed.toPlainString()
                                + "%, or \"comparable\": true if the bulletin states it 同口径"));
            }
        }
        return figures;
    }

    private static void unknownFields(JsonNode node, Set<String> known, String source, String where, List<DataProblem> problems) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        for (String n : names) {
            if (!known.contains(n)) {
                problems.add(new DataProblem(source, where, n, "", "a known field: " + String.join(", ", new java.util.TreeSet<>(known))));
            }
        }
    }

    private static String text(JsonNode node, String field, String source, String where, List<DataProblem> problems) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            problems.add(new DataProblem(source, where, field, v == null ? "" : v.toString(), "a non-empty string"));
            return "";
        }
        return v.asText().strip();
    }

    private static int year(JsonNode node, String source, String where, List<DataProblem> problems) {
        JsonNode v = node.get("year");
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 1990 || v.asInt() > 2100) {
            problems.add(new DataProblem(source, where, "year", v == null ? "" : v.toString(), "a year from 1990 to 2100"));
            return 0;
        }
        return v.asInt();
    }

    private static Label label(JsonNode root, String field, String source, List<DataProblem> problems) {
        JsonNode v = root.get(field);
        if (v == null || !v.isObject() || v.path("zh").asText("").isBlank() || v.path("en").asText("").isBlank()) {
            problems.add(new DataProblem(source, "", field, v == null ? "" : v.toString(), "an object with \"zh\" and \"en\" texts"));
            return Label.of("?", "?");
        }
        return Label.of(v.get("zh").asText(), v.get("en").asText());
    }

    /** {@code "national: 全国, 5 sources"}. */
    @Override
    public String toString() {
        return id + ": " + name.zh() + ", " + sources.size() + " sources, levels "
                + String.join(",", levels().stream().map(l -> l.key().toLowerCase(Locale.ROOT)).toList());
    }
}
