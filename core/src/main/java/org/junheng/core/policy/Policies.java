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

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junheng.core.internal.Checks;
import org.junheng.core.internal.Resources;
import org.junheng.core.internal.Utf8Reader;
import org.junheng.core.model.DataProblem;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.InvalidDataException;
import org.junheng.core.value.Label;

/**
 * The built-in policy profiles, and reading a profile from a file.
 *
 * <p>The root profile, {@code national}, declares the parameters of national rules. The others extend it
 * (or one another), declare the parameters of their own local rules ({@code "parameters"}, in the root's
 * form) and give their own values to inherited ones ({@code "values"}): {@code liaoning} (LN23 and
 * the provincial aid scheme), {@code shenyang} (SY24, SY19), {@code panjin} (PJ22) and {@code yingkou}
 * (YK24). A user's file has the same form as a built-in profile that extends another:
 *
 * <pre>{@code
 * {"name": "hunnan", "title": {"zh": "浑南区", "en": "Hunnan"}, "extends": "shenyang",
 *  "jurisdiction": "210112",
 *  "values": [{"key": "aid.disabled.preschoolToSeniorYearly", "value": "1200.00",
 *              "rule": "AID-4", "document": "浑南区资助办法", "clause": ""}]}
 * }</pre>
 *
 * <p>Reading is all-or-problems: every unknown key, impossible value and lowered floor is reported in one
 * {@link InvalidDataException}.
 */
public final class Policies {
    /** The built-in profiles, in order from the root. */
    public static final List<String> BUILT_IN = List.of("national", "liaoning", "shenyang", "panjin", "yingkou");

    /** A profile is a page of parameters: a file past this size is refused before it fills the memory. */
    static final long MAX_FILE_BYTES = 4L << 20;
    /**
     * Numbers kept as written ({@code 12000000.00} stays {@code 12000000.00}, never a double), duplicate
     * keys refused, and the limits of the data set readers on nesting, number and string length.
     */
    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(16).maxNumberLength(40).maxStringLength(10_000).build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private static final Map<String, Policy> CACHE = new ConcurrentHashMap<>();
    private static final Set<String> PROFILE_FIELDS = Set.of("name", "title", "extends", "jurisdiction", "parameters", "values");
    private static final Set<String> DECLARATION_FIELDS =
            Set.of("key", "type", "value", "rule", "document", "clause", "note", "min", "max", "floor", "widens");
    private static final Set<String> VALUE_FIELDS = Set.of("key", "value", "rule", "document", "clause", "note");

    private Policies() {
    }

    /** The national profile: the catalogue of every parameter, with national values where they exist. */
    public static Policy national() {
        return builtIn("national");
    }

    /** Liaoning: LN23 and the provincial aid scheme for disabled students in hardship. */
    public static Policy liaoning() {
        return builtIn("liaoning");
    }

    /** Shenyang: SY24 and SY19; the default for aid. */
    public static Policy shenyang() {
        return builtIn("shenyang");
    }

    /** Panjin: PJ22. */
    public static Policy panjin() {
        return builtIn("panjin");
    }

    /** Yingkou: YK24. */
    public static Policy yingkou() {
        return builtIn("yingkou");
    }

    /**
     * A built-in profile by name.
     *
     * @throws IllegalArgumentException for a name not in {@link #BUILT_IN}
     */
    public static Policy builtIn(String name) {
        Checks.notNull(name, "name");
        Checks.check(BUILT_IN.contains(name), "no built-in policy profile '%s' (expected one of %s)", name, BUILT_IN);
        Policy cached = CACHE.get(name);
        if (cached != null) {
            return cached;
        }
        String resource = name + ".json";
        Policy p = parse(Resources.text(Policies.class.getResourceAsStream(resource), resource), resource);
        CACHE.putIfAbsent(name, p);
        return p;
    }

    /**
     * Reads a profile from a file; it may extend a built-in profile. The file is UTF-8 (a byte-order mark
     * is allowed) of at most 4 MiB; other text, or more, is a problem naming the line, found before the
     * whole file is read (so {@code /dev/zero} is refused at once).
     *
     * @throws InvalidDataException listing every problem
     */
    public static Policy read(Path file) throws IOException {
        Checks.notNull(file, "file");
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        StringBuilder text = new StringBuilder();
        try (Utf8Reader in = new Utf8Reader(Files.newInputStream(file), MAX_FILE_BYTES)) {
            char[] buffer = new char[8192];
            for (int n; (n = in.read(buffer, 0, buffer.length)) >= 0;) {
                text.append(buffer, 0, n);
            }
        } catch (Utf8Reader.BadTextException e) {
            throw new InvalidDataException(List.of(new DataProblem(name, "line " + e.line(), "", "", e.getMessage())));
        }
        return parse(text.toString(), name);
    }

    /**
     * Reads a profile from JSON text.
     *
     * @param json the profile
     * @param sourceName the name to place problems by, such as the file name
     * @throws InvalidDataException listing every problem
     */
    public static Policy parse(String json, String sourceName) {
        Checks.notNull(json, "json");
        Checks.notNull(sourceName, "sourceName");
        if (json.startsWith("\uFEFF")) {
            json = json.substring(1);
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new InvalidDataException(List.of(new DataProblem(sourceName,
                    loc == null ? "" : "line " + loc.getLineNr() + " column " + loc.getColumnNr(), "", "",
                    "well-formed JSON within limits, each key once: " + e.getOriginalMessage())));
        }
        return new ProfileReader(sourceName).read(root);
    }

    /** Walks one profile document, collecting every problem. */
    private static final class ProfileReader {
        private final String source;
        private final List<DataProblem> problems = new ArrayList<>();
        /** Where this file sets each key, to place the checks that span parameters. */
        private final Map<String, String> places = new java.util.HashMap<>();

        ProfileReader(String source) {
            this.source = source;
        }

        Policy read(JsonNode root) {
            if (root == null || !root.isObject()) {
                throw new InvalidDataException(List.of(new DataProblem(source, "", "", "", "a JSON object")));
            }
            unknownFields(root, PROFILE_FIELDS, "");
            String name = text(root, "name", "", true);
            Label title = label(root.get("title"));
            String parentName = text(root, "extends", "", false);
            String code = text(root, "jurisdiction", "", false);
            DivisionCode jurisdiction = null;
            if (code != null) {
                try {
                    jurisdiction = DivisionCode.of(code);
                } catch (IllegalArgumentException e) {
                    problem("", "jurisdiction", code, "a six-digit GB/T 2260 code");
                }
            }
            Map<String, Parameter> parameters = new LinkedHashMap<>();
            if (parentName == null) {
                declarations(root.get("parameters"), parameters);
                if (root.has("values")) {
                    problem("", "values", "", "no values in a root profile: declare parameters instead");
                }
            } else {
                Policy parent = null;
                try {
                    parent = builtIn(parentName);
                } catch (IllegalArgumentException e) {
                    problem("", "extends", parentName, "a built-in profile, one of " + BUILT_IN);
                }
                if (parent != null) {
                    parent.parameters().forEach(p -> parameters.put(p.key(), p));
                    // a local rule's parameters are declared in its own profile, not in the national one
                    if (root.has("parameters")) {
                        declarations(root.get("parameters"), parameters);
                    }
                    values(root.get("values"), parameters);
                }
            }
            if (problems.isEmpty()) {
                ParameterChecks.check(parameters, (key, field, value, expected) -> problem(
                        places.getOrDefault(key, "parameter " + key + " (inherited)"), field, value, expected));
            }
            if (!problems.isEmpty()) {
                throw new InvalidDataException(problems);
            }
            return new Policy(name, title, parentName, jurisdiction, parameters);
        }

        private void declarations(JsonNode array, Map<String, Parameter> into) {
            if (array == null || !array.isArray()) {
                problem("", "parameters", "", "an array of parameter declarations");
                return;
            }
            for (int i = 0; i < array.size(); i++) {
                String where = "parameters[" + i + "]";
                JsonNode d = array.get(i);
                if (!d.isObject()) {
                    problem(where, "", d.toString(), "an object");
                    continue;
                }
                unknownFields(d, DECLARATION_FIELDS, where);
                String key = text(d, "key", where, true);
                String typeName = text(d, "type", where, true);
                ParameterType type = null;
                try {
                    type = typeName == null ? null : ParameterType.valueOf(typeName);
                } catch (IllegalArgumentException e) {
                    problem(where, "type", typeName, "one of " + List.of(ParameterType.values()));
                }
                Source src = source(d, where);
                String note = text(d, "note", where, false);
                JsonNode floorNode = d.get("floor");
                if (floorNode != null && !floorNode.isBoolean()) {
                    problem(where, "floor", floorNode.toString(), "true or false");
                }
                Parameter.Widening widening = floorNode != null && floorNode.asBoolean() ? Parameter.Widening.HIGHER
                        : Parameter.Widening.NONE;
                String widens = text(d, "widens", where, false);
                if (widens != null) {
                    try {
                        widening = Parameter.Widening.valueOf(widens);
                    } catch (IllegalArgumentException e) {
                        problem(where, "widens", widens, "one of " + List.of(Parameter.Widening.values()));
                    }
                }
                if (key == null || type == null || src == null) {
                    continue;
                }
                if (into.containsKey(key)) {
                    problem(where, "key", key, "a key not declared before");
                    continue;
                }
                places.put(key, where);
                try {
                    into.put(key, new Parameter(key, type, text(d, "value", where, false), src, note == null ? "" : note,
                            text(d, "min", where, false), text(d, "max", where, false), widening));
                } catch (IllegalArgumentException e) {
                    problem(where, "value", d.path("value").asText(""), e.getMessage());
                }
            }
        }

        private void values(JsonNode array, Map<String, Parameter> into) {
            if (array == null) {
                return;
            }
            if (!array.isArray()) {
                problem("", "values", "", "an array of values");
                return;
            }
            for (int i = 0; i < array.size(); i++) {
                String where = "values[" + i + "]";
                JsonNode v = array.get(i);
                if (!v.isObject()) {
                    problem(where, "", v.toString(), "an object");
                    continue;
                }
                unknownFields(v, VALUE_FIELDS, where);
                String key = text(v, "key", where, true);
                String value = text(v, "value", where, true);
                Source src = source(v, where);
                String note = text(v, "note", where, false);
                if (key == null || value == null || src == null) {
                    continue;
                }
                Parameter declared = into.get(key);
                if (declared == null) {
                    problem(where, "key", key, "a parameter of the profile it extends (see 'junheng policy national')");
                    continue;
                }
                places.put(key, where);
                try {
                    into.put(key, declared.withValue(value, src, note));
                } catch (IllegalArgumentException e) {
                    problem(where, "value", value, e.getMessage());
                }
            }
        }

        private Source source(JsonNode node, String where) {
            String rule = text(node, "rule", where, true);
            String document = text(node, "document", where, true);
            String clause = text(node, "clause", where, false);
            return rule == null || document == null ? null : new Source(rule, document, clause == null ? "" : clause);
        }

        private Label label(JsonNode node) {
            if (node == null || !node.isObject()) {
                problem("", "title", node == null ? "" : node.toString(), "an object {\"zh\": …, \"en\": …}");
                return Label.of("?", "?");
            }
            unknownFields(node, Set.of("zh", "en"), "title");
            String zh = text(node, "zh", "title", true);
            String en = text(node, "en", "title", true);
            return zh == null || en == null ? Label.of("?", "?") : Label.of(zh, en);
        }

        /** A string field; numbers are accepted as their text, since values like 1000.00 read naturally. */
        private String text(JsonNode node, String field, String where, boolean required) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                if (required) {
                    problem(where, field, "", "a value (the field is required)");
                }
                return null;
            }
            if (!v.isTextual() && !v.isNumber()) {
                problem(where, field, v.toString(), "a string");
                return null;
            }
            String s = v.asText();
            if (s.isBlank() && required) {
                problem(where, field, s, "non-blank text");
                return null;
            }
            return s;
        }

        private void unknownFields(JsonNode node, Set<String> known, String where) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
                String f = it.next();
                if (!known.contains(f)) {
                    problem(where, f, "", "a known field, one of " + known.stream().sorted().toList());
                }
            }
        }

        private void problem(String where, String field, String value, String expected) {
            problems.add(new DataProblem(source, where, field, value, expected));
        }
    }
}
