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
package org.junheng.indicators.targets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junheng.core.internal.Checks;
import org.junheng.core.internal.Resources;
import org.junheng.core.model.DataProblem;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.InvalidDataException;
import org.junheng.core.policy.Strength;
import org.junheng.core.value.Label;
import org.junheng.core.value.Language;
import org.junheng.indicators.coverage.CoverageIndicator;
import org.junheng.indicators.report.Cell;
import org.junheng.indicators.report.Table;

/**
 * The catalog of dated targets of the five documents, as data: every COV target, the plain counts and
 * service standards of TGT-1 to TGT-10, and the dated numbers of AID-5, FIN-5, ROT-3, ROT-10 and the
 * county share of BAL (LN23 一). The built-in catalog is the JSON resource {@code targets.json}; a user's
 * catalog in the same form is read with {@link #parse}, all-or-problems: an unknown indicator or
 * jurisdiction, a unit that is not the indicator's, a baseline after its deadline are each reported
 * with their place. Immutable and thread-safe.
 */
public final class TargetCatalog {
    private static final Set<String> FIELDS = Set.of("id", "jurisdiction", "indicator", "comparison", "threshold", "unit",
            "deadline", "baseline", "baselineYear", "cascades", "appliesTo", "rule", "document", "clause", "note", "timing", "from",
            "strength");
    private static volatile TargetCatalog builtIn;

    private final Map<DivisionCode, String> jurisdictions;
    private final Map<String, Measure> measures;
    private final List<Target> targets;

    /**
     * A measure that is not a coverage indicator: a count, an amount, a duration.
     *
     * @param key the key targets name
     * @param unit its unit
     * @param label its label
     */
    public record Measure(String key, Target.Unit unit, Label label) {
    }

    private TargetCatalog(Map<DivisionCode, String> jurisdictions, Map<String, Measure> measures, List<Target> targets) {
        this.jurisdictions = Map.copyOf(jurisdictions);
        this.measures = Map.copyOf(measures);
        this.targets = List.copyOf(targets);
    }

    /** The built-in catalog of the five documents. */
    public static TargetCatalog builtIn() {
        TargetCatalog c = builtIn;
        if (c == null) {
            c = parse(Resources.text(TargetCatalog.class.getResourceAsStream("targets.json"), "targets.json"), "targets.json");
            builtIn = c;
        }
        return c;
    }

    /** Every target, in the catalog's order. */
    public List<Target> targets() {
        return targets;
    }

    /** The targets that concern a jurisdiction: its own, and those of a parent that apply to it. */
    public List<Target> forJurisdiction(DivisionCode code) {
        Checks.notNull(code, "code");
        return targets.stream().filter(t -> t.appliesTo(code)).toList();
    }

    /** The targets whose deadline falls in {@code year}. */
    public List<Target> dueIn(int year) {
        return targets.stream().filter(t -> t.deadline() != null && t.deadline().getYear() == year).toList();
    }

    /** The name of a jurisdiction of the catalog. */
    public String jurisdictionName(DivisionCode code) {
        return jurisdictions.getOrDefault(code, code.value());
    }

    /** The label of an indicator or measure, empty when the catalog knows neither. */
    public Optional<Label> labelOf(String indicator) {
        Checks.notNull(indicator, "indicator");
        Measure m = measures.get(indicator);
        if (m != null) {
            return Optional.of(m.label());
        }
        return java.util.Arrays.stream(CoverageIndicator.values()).filter(c -> c.name().equals(indicator))
                .findFirst().map(CoverageIndicator::label);
    }

    /** The label of an indicator or measure. */
    public Label label(String indicator) {
        Measure m = measures.get(indicator);
        if (m != null) {
            return m.label();
        }
        return CoverageIndicator.valueOf(indicator).label();
    }

    /**
     * Targets as a table for people: ID, jurisdiction, indicator, target, deadline, baseline, source. The
     * table holds both languages; {@code language} is kept for callers that name the one they will render.
     */
    public Table table(List<Target> selection, Language language) {
        Checks.notNull(language, "language");
        List<List<Cell>> rows = new ArrayList<>();
        for (Target t : selection) {
            rows.add(List.of(Cell.text(t.id()), Cell.text(jurisdictionName(t.jurisdiction())), Cell.words(label(t.indicator())),
                    Cell.text(t.comparison().symbol() + " " + t.threshold().toPlainString() + (t.unit() == Target.Unit.PERCENT ? "%" : "")),
                    t.deadline() == null ? Cell.empty() : Cell.text(t.deadline().toString()),
                    t.baseline() == null ? Cell.empty() : Cell.text(t.baseline().toPlainString() + " (" + t.baselineYear() + ")"),
                    Cell.text(t.rule() + " " + t.document() + " " + t.clause())));
        }
        return new Table(Label.of("目标清单", "Target catalog"), List.of(Label.of("编号", "id"), Label.of("地区", "jurisdiction"),
                Label.of("指标", "indicator"), Label.of("目标", "target"), Label.of("期限", "deadline"),
                Label.of("基期值", "baseline"), Label.of("来源", "source")), rows);
    }

    /**
     * Reads a catalog.
     *
     * @throws InvalidDataException listing every problem with its place
     */
    public static TargetCatalog parse(String json, String source) {
        Checks.notNull(json, "json");
        Checks.notNull(source, "source");
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidDataException(List.of(new DataProblem(source, "", "", "", "well-formed JSON: " + e.getOriginalMessage())));
        }
        List<DataProblem> problems = new ArrayList<>();
        Map<DivisionCode, String> jurisdictions = new LinkedHashMap<>();
        root.path("jurisdictions").fields().forEachRemaining(e -> {
            try {
                jurisdictions.put(DivisionCode.of(e.getKey()), e.getValue().asText());
            } catch (IllegalArgumentException ex) {
                problems.add(new DataProblem(source, "jurisdictions", e.getKey(), "", "a six-digit GB/T 2260 code"));
            }
        });
        Map<String, Measure> measures = new LinkedHashMap<>();
        root.path("measures").fields().forEachRemaining(e -> {
            try {
                JsonNode m = e.getValue();
                measures.put(e.getKey(), new Measure(e.getKey(), Target.Unit.valueOf(m.path("unit").asText()),
                        Label.of(m.path("zh").asText(), m.path("en").asText())));
            } catch (IllegalArgumentException ex) {
                problems.add(new DataProblem(source, "measures." + e.getKey(), "", "", "a unit and labels: " + ex.getMessage()));
            }
        });
        List<Target> targets = new ArrayList<>();
        JsonNode array = root.path("targets");
        if (!array.isArray()) {
            problems.add(new DataProblem(source, "", "targets", "", "an array of targets"));
        }
        for (int i = 0; i < array.size(); i++) {
            Target t = target(array.get(i), source, "targets[" + i + "]", jurisdictions, measures, problems);
            if (t != null) {
                if (targets.stream().anyMatch(x -> x.id().equals(t.id()))) {
                    problems.add(new DataProblem(source, "targets[" + i + "]", "id", t.id(), "a unique ID"));
                }
                targets.add(t);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDataException(problems);
        }
        return new TargetCatalog(jurisdictions, measures, targets);
    }

    private static Target target(JsonNode n, String source, String where, Map<DivisionCode, String> jurisdictions,
            Map<String, Measure> measures, List<DataProblem> problems) {
        int before = problems.size();
        for (Iterator<String> it = n.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                problems.add(new DataProblem(source, where, f, "", "a known field, one of " + FIELDS.stream().sorted().toList()));
            }
        }
        String id = n.path("id").asText("");
        DivisionCode jurisdiction = null;
        try {
            jurisdiction = DivisionCode.of(n.path("jurisdiction").asText(""));
            if (!jurisdictions.containsKey(jurisdiction)) {
                problems.add(new DataProblem(source, where, "jurisdiction", jurisdiction.value(), "a jurisdiction of the catalog"));
            }
        } catch (IllegalArgumentException e) {
            problems.add(new DataProblem(source, where, "jurisdiction", n.path("jurisdiction").asText(""), "a six-digit code"));
        }
        String indicator = n.path("indicator").asText("");
        Target.Unit unit = null;
        try {
            unit = Target.Unit.valueOf(n.path("unit").asText(""));
        } catch (IllegalArgumentException e) {
            problems.add(new DataProblem(source, where, "unit", n.path("unit").asText(""), "one of "
                    + List.of(Target.Unit.values())));
        }
        Target.Unit expected = null;
        if (measures.containsKey(indicator)) {
            expected = measures.get(indicator).unit();
        } else {
            try {
                CoverageIndicator.valueOf(indicator);
                expected = Target.Unit.PERCENT;
            } catch (IllegalArgumentException e) {
                problems.add(new DataProblem(source, where, "indicator", indicator,
                        "a coverage indicator or a measure of the catalog"));
            }
        }
        if (expected != null && unit != null && expected != unit) {
            problems.add(new DataProblem(source, where, "unit", unit.name(), "the indicator's unit, " + expected));
        }
        Target.Comparison comparison = null;
        try {
            comparison = Target.Comparison.valueOf(n.path("comparison").asText(""));
        } catch (IllegalArgumentException e) {
            problems.add(new DataProblem(source, where, "comparison", n.path("comparison").asText(""), "AT_LEAST, AT_MOST or EQUAL"));
        }
        BigDecimal threshold = decimal(n, "threshold", source, where, problems, true);
        BigDecimal baseline = decimal(n, "baseline", source, where, problems, false);
        LocalDate deadline = null;
        if (n.hasNonNull("deadline")) {
            try {
                deadline = LocalDate.parse(n.get("deadline").asText());
            } catch (DateTimeParseException e) {
                problems.add(new DataProblem(source, where, "deadline", n.get("deadline").asText(), "a date yyyy-mm-dd"));
            }
        }
        LocalDate from = null;
        if (n.hasNonNull("from")) {
            try {
                from = LocalDate.parse(n.get("from").asText());
            } catch (DateTimeParseException e) {
                problems.add(new DataProblem(source, where, "from", n.get("from").asText(), "a date yyyy-mm-dd"));
            }
        }
        Target.Timing timing = deadline == null ? Target.Timing.STANDING : Target.Timing.BY;
        if (n.hasNonNull("timing")) {
            try {
                timing = Target.Timing.valueOf(n.get("timing").asText());
            } catch (IllegalArgumentException e) {
                problems.add(new DataProblem(source, where, "timing", n.get("timing").asText(), "one of "
                        + List.of(Target.Timing.values())));
            }
        }
        Strength strength = Strength.BINDING;
        if (n.hasNonNull("strength")) {
            try {
                strength = Strength.valueOf(n.get("strength").asText());
            } catch (IllegalArgumentException e) {
                problems.add(new DataProblem(source, where, "strength", n.get("strength").asText(), "one of "
                        + List.of(Strength.values())));
            }
        }
        List<DivisionCode> appliesTo = new ArrayList<>();
        for (JsonNode c : n.path("appliesTo")) {
            try {
                appliesTo.add(DivisionCode.of(c.asText()));
            } catch (IllegalArgumentException e) {
                problems.add(new DataProblem(source, where, "appliesTo", c.asText(), "six-digit codes"));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        try {
            return new Target(id, jurisdiction, indicator, comparison, threshold, unit, deadline, baseline,
                    n.path("baselineYear").asInt(0), n.path("cascades").asBoolean(unit == Target.Unit.PERCENT), appliesTo,
                    n.path("rule").asText(""), n.path("document").asText(""), n.path("clause").asText(""),
                    n.path("note").asText(""), timing, from, strength);
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(new DataProblem(source, where, "", id, "a consistent target: " + e.getMessage()));
            return null;
        }
    }

    private static BigDecimal decimal(JsonNode n, String field, String source, String where, List<DataProblem> problems,
            boolean required) {
        if (!n.hasNonNull(field)) {
            if (required) {
                problems.add(new DataProblem(source, where, field, "", "a number (the field is required)"));
            }
            return null;
        }
        try {
            return new BigDecimal(n.get(field).asText());
        } catch (NumberFormatException e) {
            problems.add(new DataProblem(source, where, field, n.get(field).asText(), "a number"));
            return null;
        }
    }
}
