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
package org.junheng.core.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.junheng.core.value.Label;

/**
 * The catalog of rules as data: every rule ID with its text, documents, clauses, places, kind, strength
 * and the parameters it reads. The built-in catalog is the resource {@code rules.json}; it is what
 * {@link Policy#holds(String)} consults, so that a rule is reported only where it is law.
 *
 * <p>Form of the document: {@code {"rules": [{"id", "title": {"zh", "en"}, "kind", "parameters": [...],
 * "citations": [{"place": "210100" or "national", "document", "clause", "strength", "text": {"zh", "en"}}]}]}}.
 * Reading is all-or-problems. Immutable and thread-safe.
 */
public final class RuleCatalog {
    private static final Set<String> RULE_FIELDS = Set.of("id", "title", "kind", "citations", "parameters");
    private static final Set<String> CITATION_FIELDS = Set.of("place", "document", "clause", "strength", "text");
    /** The place of a national document in the JSON form. */
    public static final String NATIONAL = "national";
    private static volatile RuleCatalog builtIn;

    private final Map<String, Rule> rules;

    private RuleCatalog(Map<String, Rule> rules) {
        this.rules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }

    /** The built-in catalog. */
    public static RuleCatalog builtIn() {
        RuleCatalog c = builtIn;
        if (c == null) {
            c = parse(Resources.text(RuleCatalog.class.getResourceAsStream("rules.json"), "rules.json"), "rules.json");
            builtIn = c;
        }
        return c;
    }

    /** Every rule, in the catalog's order. */
    public List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    /** The rule with this ID, if the catalog has it. */
    public Optional<Rule> find(String id) {
        return Optional.ofNullable(rules.get(Checks.notNull(id, "id")));
    }

    /**
     * The rule with this ID.
     *
     * @throws IllegalArgumentException if the catalog has none
     */
    public Rule rule(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no rule '" + id + "' in the catalog"));
    }

    /** The rules that are law in {@code jurisdiction} (null: national rules only), in the catalog's order. */
    public List<Rule> appliesIn(DivisionCode jurisdiction) {
        return rules.values().stream().filter(r -> r.appliesIn(jurisdiction)).toList();
    }

    /**
     * Reads a catalog from JSON text.
     *
     * @throws InvalidDataException listing every problem with its place
     */
    public static RuleCatalog parse(String json, String source) {
        Checks.notNull(json, "json");
        Checks.notNull(source, "source");
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new InvalidDataException(List.of(new DataProblem(source,
                    loc == null ? "" : "line " + loc.getLineNr() + " column " + loc.getColumnNr(), "", "",
                    "well-formed JSON: " + e.getOriginalMessage())));
        }
        List<DataProblem> problems = new ArrayList<>();
        Map<String, Rule> rules = new LinkedHashMap<>();
        JsonNode array = root == null ? null : root.get("rules");
        if (array == null || !array.isArray()) {
            throw new InvalidDataException(List.of(new DataProblem(source, "", "rules", "", "an array of rules")));
        }
        for (int i = 0; i < array.size(); i++) {
            String where = "rules[" + i + "]";
            Rule r = rule(array.get(i), source, where, problems);
            if (r != null && rules.putIfAbsent(r.id(), r) != null) {
                problems.add(new DataProblem(source, where, "id", r.id(), "a unique rule ID"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDataException(problems);
        }
        return new RuleCatalog(rules);
    }

    private static Rule rule(JsonNode n, String source, String where, List<DataProblem> problems) {
        int before = problems.size();
        unknown(n, RULE_FIELDS, source, where, problems);
        String id = n.path("id").asText("");
        Label title = label(n.get("title"), source, where + ".title", problems);
        Rule.Kind kind = null;
        try {
            kind = Rule.Kind.valueOf(n.path("kind").asText(""));
        } catch (IllegalArgumentException e) {
            problems.add(new DataProblem(source, where, "kind", n.path("kind").asText(""), "one of " + List.of(Rule.Kind.values())));
        }
        List<Rule.Citation> citations = new ArrayList<>();
        JsonNode cs = n.path("citations");
        for (int j = 0; j < cs.size(); j++) {
            String cw = where + ".citations[" + j + "]";
            JsonNode c = cs.get(j);
            unknown(c, CITATION_FIELDS, source, cw, problems);
            DivisionCode place = null;
            String p = c.path("place").asText("");
            if (!NATIONAL.equals(p)) {
                try {
                    place = DivisionCode.of(p);
                } catch (IllegalArgumentException e) {
                    problems.add(new DataProblem(source, cw, "place", p, "a six-digit GB/T 2260 code or \"national\""));
                }
            }
            Strength strength = null;
            try {
                strength = Strength.valueOf(c.path("strength").asText(""));
            } catch (IllegalArgumentException e) {
                problems.add(new DataProblem(source, cw, "strength", c.path("strength").asText(""),
                        "one of " + List.of(Strength.values())));
            }
            Label text = label(c.get("text"), source, cw + ".text", problems);
            String document = c.path("document").asText("");
            if (document.isBlank()) {
                problems.add(new DataProblem(source, cw, "document", "", "the document's name"));
            }
            if (strength != null && text != null && !document.isBlank()) {
                citations.add(new Rule.Citation(place, document, c.path("clause").asText(""), strength, text));
            }
        }
        List<String> parameters = new ArrayList<>();
        JsonNode ps = n.path("parameters");
        if (!ps.isMissingNode() && !ps.isArray()) {
            problems.add(new DataProblem(source, where, "parameters", ps.toString(), "an array of parameter keys"));
        }
        for (int j = 0; j < ps.size(); j++) {
            JsonNode k = ps.get(j);
            if (k.isTextual() && !k.asText().isBlank() && !parameters.contains(k.asText())) {
                parameters.add(k.asText());
            } else {
                // A key that is not text, blank or repeated is a typo in the catalog, not something to skip.
                problems.add(new DataProblem(source, where + ".parameters[" + j + "]", "", k.toString(),
                        "a parameter key, such as rotation.rate, named once"));
            }
        }
        if (problems.size() > before || kind == null || title == null) {
            return null;
        }
        try {
            return new Rule(id, title, kind, citations, parameters);
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(new DataProblem(source, where, "", id, "a consistent rule: " + e.getMessage()));
            return null;
        }
    }

    private static Label label(JsonNode n, String source, String where, List<DataProblem> problems) {
        if (n == null || !n.isObject() || n.path("zh").asText("").isBlank() || n.path("en").asText("").isBlank()) {
            problems.add(new DataProblem(source, where, "", n == null ? "" : n.toString(), "{\"zh\": …, \"en\": …}, both non-blank"));
            return null;
        }
        return Label.of(n.get("zh").asText(), n.get("en").asText());
    }

    private static void unknown(JsonNode n, Set<String> known, String source, String where, List<DataProblem> problems) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!known.contains(f)) {
                problems.add(new DataProblem(source, where, f, "", "a known field, one of " + known.stream().sorted().toList()));
            }
        }
    }
}
