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
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.policy.Parameter;
import org.junheng.core.policy.Policies;
import org.junheng.core.policy.Policy;
import org.junheng.core.policy.Rule;
import org.junheng.core.policy.RuleCatalog;
import org.junheng.core.value.Label;
import org.junheng.core.value.Language;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code junheng rules [ID|PLACE]}: the rule catalog ({@link RuleCatalog#builtIn()}) on the command line.
 * With no argument it lists every rule (ID, kind, strength, places, title); with a rule ID it prints the
 * rule in full, each citation's place, document, clause, strength and text in Chinese and English, and
 * the parameters it reads with their values under {@code --policy}; with a profile name ({@code panjin})
 * or a six-digit division code ({@code 210112}) it lists the rules that hold there. An unknown ID or place
 * exits with code 2 and says what is valid.
 */
@Command(name = "rules", description = "Print the rule catalog: every rule, one rule in full (ID), or the rules that hold in a place.")
public final class RulesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID|PLACE", arity = "0..1",
            completionCandidates = JunhengCommand.BuiltInProfiles.class,
            description = "A rule ID (ROT-1), a built-in profile (${COMPLETION-CANDIDATES}) or a six-digit division code.")
    String what;

    @Option(names = "--policy", defaultValue = "shenyang", completionCandidates = JunhengCommand.BuiltInProfiles.class,
            description = "The profile whose parameter values a rule's page shows: a built-in profile "
                    + "(${COMPLETION-CANDIDATES}) or a file. Default: ${DEFAULT-VALUE}.")
    String policy;

    @Option(names = "--lang", defaultValue = "EN", converter = JunhengCommand.LanguageConverter.class,
            description = "zh or en. Default: en.")
    Language language;

    /** Prints what was asked for; 2 with the valid choices when the argument names no rule and no place. */
    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Language lang = language == null ? Language.EN : language;
        RuleCatalog catalog = RuleCatalog.builtIn();
        if (what == null || what.isBlank()) {
            list(out, catalog.rules(), lang);
            return 0;
        }
        String arg = what.strip();
        Optional<Rule> rule = catalog.find(arg.toUpperCase(Locale.ROOT));
        if (rule.isPresent()) {
            printRule(out, rule.get(), JunhengCommand.policy(policy), lang);
            return 0;
        }
        String name = arg.toLowerCase(Locale.ROOT);
        if (Policies.BUILT_IN.contains(name)) {
            Policy p = Policies.builtIn(name);
            out.println(heading(lang, "在" + p.title().zh() + "(" + name + ")适用的规则", "Rules that hold in " + p.title().en()
                    + " (" + name + ")") + ": " + p.rules().size());
            list(out, p.rules(), lang);
            return 0;
        }
        if (arg.matches("[0-9]{6}") && !arg.startsWith("00")) {
            DivisionCode code = DivisionCode.of(arg);
            List<Rule> held = catalog.appliesIn(code);
            out.println(heading(lang, "在" + arg + "适用的规则", "Rules that hold in " + arg) + ": " + held.size());
            list(out, held, lang);
            return 0;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("junheng rules: no rule or place '" + arg + "'. Expected a rule ID (" + families(catalog)
                + "), a built-in profile (" + String.join(", ", Policies.BUILT_IN) + ") or a six-digit division code (210112).");
        return 2;
    }

    private static void list(PrintWriter out, List<Rule> rules, Language lang) {
        for (Rule r : rules) {
            out.printf(Locale.ROOT, "%-7s %-18s %-22s %-30s %s%n", r.id(), r.kind().label().in(lang),
                    String.join(",", strengths(r, lang)), String.join(",", places(r, lang)), r.title().in(lang));
        }
    }

    private static void printRule(PrintWriter out, Rule r, Policy policy, Language lang) {
        out.println(r.id() + " " + r.title().in(lang));
        out.println(heading(lang, "类型", "Kind") + ": " + r.kind().label().in(lang));
        out.println(heading(lang, "在" + policy.name() + "适用", "Holds in " + policy.name()) + ": "
                + (policy.holds(r.id()) ? heading(lang, "是", "yes") : heading(lang, "否", "no")));
        out.println(heading(lang, "出处", "Citations") + ":");
        int i = 1;
        for (Rule.Citation c : r.citations()) {
            out.println("  " + i++ + ". " + placeName(c.place(), lang) + " · " + c + " · " + c.strength().label().in(lang));
            out.println("     zh: " + c.text().zh());
            out.println("     en: " + c.text().en());
        }
        if (r.parameters().isEmpty()) {
            out.println(heading(lang, "参数: 无", "Parameters: none"));
            return;
        }
        out.println(heading(lang, "参数(政策 " + policy.name() + ")", "Parameters (policy " + policy.name() + ")") + ":");
        for (String key : r.parameters()) {
            if (!policy.has(key)) {
                out.println("  " + key + " — " + heading(lang, "本政策未声明", "not declared in this profile"));
                continue;
            }
            Parameter p = policy.parameter(key);
            String value = p.value() == null ? heading(lang, "无默认值,须提供", "no default: must be supplied") : p.value();
            out.println("  " + key + " = " + value + "  [" + p.source() + "]");
        }
    }

    /** Each rule's distinct strengths, in the order of its citations. */
    private static Set<String> strengths(Rule r, Language lang) {
        Set<String> s = new LinkedHashSet<>();
        r.citations().forEach(c -> s.add(c.strength().label().in(lang)));
        return s;
    }

    /** Each rule's distinct places, in the order of its citations. */
    private static Set<String> places(Rule r, Language lang) {
        Set<String> s = new LinkedHashSet<>();
        r.citations().forEach(c -> s.add(placeName(c.place(), lang)));
        return s;
    }

    /** The built-in profile's name for a place (沈阳市 / Shenyang), or its code. */
    static String placeName(DivisionCode place, Language lang) {
        if (place == null) {
            return heading(lang, "全国", "national");
        }
        for (String name : Policies.BUILT_IN) {
            Policy p = Policies.builtIn(name);
            if (place.equals(p.jurisdiction())) {
                return p.title().in(lang);
            }
        }
        return place.value();
    }

    /** {@code AID-1..AID-10, FIN-1..FIN-9, …}: the catalog's families and their ranges. */
    private static String families(RuleCatalog catalog) {
        Map<String, List<String>> byFamily = new LinkedHashMap<>();
        for (Rule r : catalog.rules()) {
            byFamily.computeIfAbsent(r.id().substring(0, 3), f -> new ArrayList<>()).add(r.id());
        }
        List<String> ranges = new ArrayList<>();
        byFamily.values().forEach(ids -> ranges.add(ids.get(0) + ".." + ids.get(ids.size() - 1)));
        return String.join(", ", ranges);
    }

    private static String heading(Language lang, String zh, String en) {
        return Label.of(zh, en).in(lang);
    }
}
