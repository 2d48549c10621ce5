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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junheng.core.gen.Properties;
import org.junheng.core.model.DataProblem;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.InvalidDataException;
import org.junit.jupiter.api.Test;

/** The built-in rule catalog: complete, filled in, placed by its documents, and consistent with the profiles. */
class RuleCatalogTest {
    private static final RuleCatalog CATALOG = RuleCatalog.builtIn();

    /** Each family and its highest number: AID-1..10, FIN-1..9, ROT-1..10, COV-1..29, TGT-1..14, BAL-1..7. */
    private static final Map<String, Integer> FAMILIES = new LinkedHashMap<>();

    static {
        FAMILIES.put("AID", 10);
        FAMILIES.put("FIN", 9);
        FAMILIES.put("ROT", 10);
        FAMILIES.put("COV", 29);
        FAMILIES.put("TGT", 14);
        FAMILIES.put("BAL", 7);
    }

    /** The seeds' short names and the places that issued them. */
    private static final Map<String, String> SEED_PLACES = Map.of("SY24", "210100", "SY19", "210100",
            "PJ22", "211100", "YK24", "210800", "LN23", "210000", "LNQ", "210000", "CN23", RuleCatalog.NATIONAL);

    @Test
    void everyIdOfEveryFamilyIsPresentInIdOrderAndNothingElse() {
        List<String> expected = new ArrayList<>();
        FAMILIES.forEach((family, last) -> {
            for (int i = 1; i <= last; i++) {
                expected.add(family + "-" + i);
            }
        });
        assertEquals(expected, CATALOG.rules().stream().map(Rule::id).toList());
        assertEquals(79, CATALOG.rules().size());
    }

    @Test
    void noPlaceholderIsLeftAndEveryTextHasBothLanguages() {
        for (Rule r : CATALOG.rules()) {
            assertFalse(r.title().zh().contains("TODO") || r.title().en().contains("TODO"), r.id());
            assertTrue(hasChinese(r.title().zh()), r.id() + " title in Chinese: " + r.title().zh());
            for (Rule.Citation c : r.citations()) {
                String where = r.id() + " " + c;
                assertFalse(c.text().zh().contains("TODO") || c.text().en().contains("TODO"), where);
                assertTrue(hasChinese(c.text().zh()), where + ": the Chinese text");
                assertFalse(hasChinese(c.text().en().replaceAll("\"[^\"]*\"|\\([^)]*\\)", "")),
                        where + ": the English text is English: " + c.text().en());
            }
        }
    }

    @Test
    void everyCitationsPlaceIsTheOneOfItsDocument() {
        for (Rule r : CATALOG.rules()) {
            for (Rule.Citation c : r.citations()) {
                String place = c.place() == null ? RuleCatalog.NATIONAL : c.place().value();
                String expected = SEED_PLACES.get(c.document());
                if (expected == null) {
                    // A statute or standard outside the seeds: national, except Liaoning's own aid scheme (AID-10).
                    expected = r.id().equals("AID-10") ? "210000" : RuleCatalog.NATIONAL;
                }
                assertEquals(expected, place, r.id() + " " + c);
            }
        }
    }

    @Test
    void secondReadingCitationsAndStrengths() {
        // COV-5 (SY19 4): 力争 no class of 56+ by end 2019, 基本 ≤45/≤50 by 2022.
        Rule cov5 = CATALOG.rule("COV-5");
        assertTrue(cov5.citations().stream().anyMatch(c -> c.strength() == Strength.STRIVEN_FOR && c.text().zh().contains("力争消除56人以上大班额")));
        assertTrue(cov5.citations().stream().anyMatch(c -> c.strength() == Strength.BASICALLY && c.text().zh().contains("不超过45人")));
        assertEquals(Strength.ENCOURAGED, CATALOG.rule("COV-13").citations().get(0).strength());
        // AID-5 is also LN23 §8 and CN23 §7: every student of a family in hardship.
        assertTrue(clauses("AID-5").containsAll(Set.of("LN23 §8, §9", "CN23 §7, §8")), clauses("AID-5").toString());
        // FIN-6 is the national 教师法 第二十五条; PJ22 四(七)5 restates it.
        assertTrue(clauses("FIN-6").containsAll(Set.of("中华人民共和国教师法 第二十五条", "PJ22 四(七)5")), clauses("FIN-6").toString());
        assertTrue(CATALOG.rule("FIN-6").appliesIn(null));
        // ROT-9 is about post allocation: 2 points more posts, 10% held back.
        String rot9 = CATALOG.rule("ROT-9").citations().get(0).text().zh();
        assertTrue(rot9.contains("不少于2个百分点的高、中级专业技术岗位") && rot9.contains("预留不低于10%"), rot9);
        // The seeds' own numbers.
        assertTrue(text("AID-1").contains("每生每年资助1000元"));
        assertTrue(text("AID-2").contains("每生每年资助3000元"));
        assertTrue(text("AID-3").contains("一次性资助2500元"));
        assertTrue(text("ROT-1").contains("符合交流条件教师总数的15%") && text("ROT-1").contains("交流总数的20%"));
        assertTrue(text("ROT-2").contains("符合交流条件教师总数的10%"));
        assertTrue(text("FIN-5").contains("600元"));
        assertTrue(text("COV-9").contains("覆盖率53.9%"));
        assertTrue(text("FIN-9").contains("不低于30%") && CATALOG.rule("FIN-9").appliesIn(null));
        assertTrue(text("AID-10").contains("1000元") && text("AID-10").contains("六年") && text("AID-10").contains("不含学前教育"));
    }

    @Test
    void everyParameterARuleNamesExistsInSomeBuiltInProfile() {
        Set<String> keys = new HashSet<>();
        for (String name : Policies.BUILT_IN) {
            Policies.builtIn(name).parameters().forEach(p -> keys.add(p.key()));
        }
        for (Rule r : CATALOG.rules()) {
            for (String key : r.parameters()) {
                assertTrue(keys.contains(key), r.id() + " names the parameter " + key + ", which no built-in profile has");
            }
        }
    }

    @Test
    void everyParameterOfEveryBuiltInProfileNamesARuleOfTheCatalog() {
        for (String name : Policies.BUILT_IN) {
            for (Parameter p : Policies.builtIn(name).parameters()) {
                String rule = p.source().rule();
                assertTrue(CATALOG.find(rule).isPresent(), name + ": " + p.key() + " cites " + rule + ", which the catalog lacks");
            }
        }
    }

    @Test
    void everyParameterOfTheNationalProfileIsNamedBySomeRule() {
        Set<String> named = new TreeSet<>();
        CATALOG.rules().forEach(r -> named.addAll(r.parameters()));
        for (Parameter p : Policies.national().parameters()) {
            assertTrue(named.contains(p.key()), p.key() + " is read by no rule of the catalog");
        }
    }

    @Test
    void ROT_9_holdsInPanjinOnlyAndROT_4Everywhere() {
        assertFalse(Policies.national().holds("ROT-9"));
        assertTrue(Policies.panjin().holds("ROT-9"));
        assertTrue(Policies.panjin().holds("ROT-4"));
        assertTrue(Policies.national().holds("ROT-4"));
        assertFalse(Policies.shenyang().holds("ROT-2"));
        assertFalse(Policies.yingkou().holds("ROT-9"));
        assertFalse(Policies.liaoning().holds("ROT-1"));
        assertTrue(Policies.liaoning().holds("AID-10"));
        assertTrue(Policies.shenyang().holds("AID-10"));
        assertFalse(Policies.national().holds("AID-10"));
    }

    @Test
    void ROT_1_holdsInAUserProfileOfHunnanExtendingShenyang() {
        Policy hunnan = Policies.parse("{\"name\":\"hunnan\",\"title\":{\"zh\":\"浑南区\",\"en\":\"Hunnan\"},"
                + "\"extends\":\"shenyang\",\"jurisdiction\":\"210112\",\"values\":[]}", "hunnan.json");
        assertTrue(hunnan.holds("ROT-1"));
        assertTrue(hunnan.holds("AID-1"));
        assertFalse(hunnan.holds("ROT-2"));
        assertFalse(hunnan.holds("ROT-9"));
        assertTrue(hunnan.rules().stream().anyMatch(r -> r.id().equals("COV-7")));
    }

    @Test
    void holdsIsTrueExactlyWhereACitationIsNationalOrCoversTheProfile() {
        List<Rule> rules = CATALOG.rules();
        List<Policy> profiles = Policies.BUILT_IN.stream().map(Policies::builtIn).toList();
        Properties.qt().forAll(integers().between(0, rules.size() - 1), integers().between(0, profiles.size() - 1))
                .check((r, p) -> {
                    Rule rule = rules.get(r);
                    Policy policy = profiles.get(p);
                    return policy.holds(rule.id()) == byDigits(rule, policy.jurisdiction())
                            && policy.rules().contains(rule) == policy.holds(rule.id());
                });
    }

    @Test
    void holdsInAnyCountyIsDecidedByTheDigitsOfTheCitationsPlaces() {
        List<Rule> rules = CATALOG.rules();
        // Liaoning's cities 2101..2114 and their counties, and a division of another province (Jilin).
        Properties.qt().forAll(integers().between(0, rules.size() - 1), integers().between(1, 14), integers().between(0, 99),
                        integers().between(0, 1))
                .check((r, city, county, jilin) -> {
                    DivisionCode code = DivisionCode.of(String.format(java.util.Locale.ROOT, "%s%02d%02d",
                            jilin == 1 ? "22" : "21", city, county));
                    Rule rule = rules.get(r);
                    return rule.appliesIn(code) == byDigits(rule, code)
                            && CATALOG.appliesIn(code).contains(rule) == rule.appliesIn(code);
                });
    }

    @Test
    void aRuleOfAnotherCityNeverHolds() {
        DivisionCode dalian = DivisionCode.of("210200");
        List<String> held = CATALOG.appliesIn(dalian).stream().map(Rule::id).toList();
        assertTrue(held.containsAll(List.of("ROT-4", "ROT-5", "AID-10", "TGT-7", "BAL-1")), held.toString());
        assertFalse(held.stream().anyMatch(List.of("ROT-1", "ROT-2", "ROT-3", "AID-1", "FIN-5", "COV-9")::contains), held.toString());
        assertEquals(CATALOG.appliesIn(null), CATALOG.rules().stream()
                .filter(r -> r.citations().stream().anyMatch(c -> c.place() == null)).toList());
    }

    @Test
    void parseErrorsAreListedWithTheirPlace() {
        String json = "{\"rules\":["
                + "{\"id\":\"AID-1\",\"title\":{\"zh\":\"甲\",\"en\":\"a\"},\"kind\":\"GRANT\",\"parameters\":[],"
                + "\"citations\":[{\"place\":\"2101\",\"document\":\"SY24\",\"clause\":\"\",\"strength\":\"MUST\","
                + "\"text\":{\"zh\":\"\",\"en\":\"b\"}}]},"
                + "{\"id\":\"AID-2\",\"title\":{\"zh\":\"乙\",\"en\":\"b\"},\"kind\":\"ENTITLEMENT\",\"colour\":1,"
                + "\"citations\":[{\"place\":\"national\",\"document\":\"\",\"clause\":\"\",\"strength\":\"BINDING\","
                + "\"text\":{\"zh\":\"丙\",\"en\":\"c\"}}]},"
                + "{\"id\":\"AID-3\",\"title\":{\"zh\":\"丁\",\"en\":\"d\"},\"kind\":\"ENTITLEMENT\",\"citations\":[]}"
                + "]}";
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> RuleCatalog.parse(json, "mine.json"));
        List<String> problems = e.problems().stream().map(DataProblem::toString).toList();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("mine.json rules[0], field 'kind', value 'GRANT'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("mine.json rules[0].citations[0], field 'place', value '2101'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("mine.json rules[0].citations[0], field 'strength', value 'MUST'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("mine.json rules[0].citations[0].text")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("mine.json rules[1], field 'colour'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("mine.json rules[1].citations[0], field 'document'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("mine.json rules[2]") && p.contains("at least one document")), problems.toString());
        assertEquals(7, problems.size(), problems.toString());
    }

    @Test
    void aDuplicateIdAndMalformedJsonAreProblemsToo() {
        String rule = "{\"id\":\"ROT-1\",\"title\":{\"zh\":\"甲\",\"en\":\"a\"},\"kind\":\"QUOTA\",\"parameters\":[],"
                + "\"citations\":[{\"place\":\"210100\",\"document\":\"SY24\",\"clause\":\"措施7\",\"strength\":\"BINDING\","
                + "\"text\":{\"zh\":\"乙\",\"en\":\"b\"}}]}";
        InvalidDataException dup = assertThrows(InvalidDataException.class,
                () -> RuleCatalog.parse("{\"rules\":[" + rule + "," + rule + "]}", "dup.json"));
        assertEquals("dup.json rules[1], field 'id', value 'ROT-1': a unique rule ID", dup.problems().get(0).toString());
        InvalidDataException bad = assertThrows(InvalidDataException.class, () -> RuleCatalog.parse("{\"rules\":[", "bad.json"));
        assertTrue(bad.problems().get(0).toString().startsWith("bad.json line 1"), bad.problems().toString());
        RuleCatalog one = RuleCatalog.parse("{\"rules\":[" + rule + "]}", "one.json");
        assertEquals("ROT-1 甲 / a (SY24 措施7)", one.rule("ROT-1").toString());
        assertThrows(IllegalArgumentException.class, () -> one.rule("ROT-2"));
    }

    @Test
    void aParameterKeyThatIsNotTextBlankOrRepeatedIsAProblem() {
        String json = "{\"rules\":[{\"id\":\"ROT-1\",\"title\":{\"zh\":\"甲\",\"en\":\"a\"},\"kind\":\"QUOTA\","
                + "\"parameters\":[\"rotation.rate\", 15, \"\", \"rotation.rate\"],"
                + "\"citations\":[{\"place\":\"210100\",\"document\":\"SY24\",\"clause\":\"措施7\",\"strength\":\"BINDING\","
                + "\"text\":{\"zh\":\"乙\",\"en\":\"b\"}}]},"
                + "{\"id\":\"ROT-2\",\"title\":{\"zh\":\"甲\",\"en\":\"a\"},\"kind\":\"QUOTA\",\"parameters\":\"rotation.rate\","
                + "\"citations\":[{\"place\":\"210800\",\"document\":\"YK24\",\"clause\":\"§17\",\"strength\":\"BINDING\","
                + "\"text\":{\"zh\":\"乙\",\"en\":\"b\"}}]}]}";
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> RuleCatalog.parse(json, "keys.json"));
        assertEquals(List.of("keys.json rules[0].parameters[1], value '15': a parameter key, such as rotation.rate, named once",
                "keys.json rules[0].parameters[2], value '\"\"': a parameter key, such as rotation.rate, named once",
                "keys.json rules[0].parameters[3], value '\"rotation.rate\"': a parameter key, such as rotation.rate, named once",
                "keys.json rules[1], field 'parameters', value '\"rotation.rate\"': an array of parameter keys"),
                e.problems().stream().map(DataProblem::toString).toList());
    }

    @Test
    void theBuiltInCatalogIsReadOnceAndCannotBeChanged() {
        assertTrue(RuleCatalog.builtIn() == RuleCatalog.builtIn());
        assertThrows(UnsupportedOperationException.class, () -> CATALOG.rules().clear());
        assertThrows(UnsupportedOperationException.class, () -> CATALOG.rule("ROT-1").parameters().clear());
        assertTrue(CATALOG.find("ROT-99").isEmpty());
    }

    private static boolean byDigits(Rule rule, DivisionCode jurisdiction) {
        for (Rule.Citation c : rule.citations()) {
            if (c.place() == null) {
                return true;
            }
            if (jurisdiction == null) {
                continue;
            }
            String place = c.place().value();
            String prefix = place.endsWith("0000") ? place.substring(0, 2) : place.endsWith("00") ? place.substring(0, 4) : place;
            if (jurisdiction.value().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> clauses(String id) {
        Set<String> s = new TreeSet<>();
        CATALOG.rule(id).citations().forEach(c -> s.add(c.toString()));
        return s;
    }

    private static String text(String id) {
        return String.join("\n", CATALOG.rule(id).citations().stream().map(c -> c.text().zh()).toList());
    }

    private static boolean hasChinese(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
