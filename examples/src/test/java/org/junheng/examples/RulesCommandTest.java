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
package org.junheng.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junheng.examples.cli.JunhengCommand;
import org.junit.jupiter.api.Test;

/** {@code junheng rules}: the catalog, one rule in full, the rules of a place, and the errors. */
class RulesCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return JunhengCommand.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private long lines() {
        return out.toString().lines().count();
    }

    @Test
    void withNoArgumentItListsEveryRule() {
        assertEquals(0, run("rules"));
        assertEquals(79, lines(), out.toString());
        String text = out.toString();
        assertTrue(text.startsWith("AID-1   entitlement"), text);
        assertTrue(text.contains("BAL-7   measure"), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("COV-5 ") && l.contains("striven for") && l.contains("basically")
                && l.contains("Shenyang") && l.contains("Panjin")), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("ROT-4 ") && l.contains("Liaoning,national")), text);
    }

    @Test
    void ROT_1_inFullWithItsParametersUnderTheDefaultPolicy() {
        assertEquals(0, run("rules", "ROT-1"));
        String text = out.toString();
        assertTrue(text.startsWith("ROT-1 Shenyang: teacher rotation quota\nKind: quota\nHolds in shenyang: yes\n"), text);
        assertTrue(text.contains("1. Shenyang · SY24 任务3 措施7 · binding"), text);
        assertTrue(text.contains("zh: 每学年教师交流轮岗比例不低于符合交流条件教师总数的15%"), text);
        assertTrue(text.contains("en: In each school year the teachers who rotate are at least 15%"), text);
        assertTrue(text.contains("rotation.rate = 15%  [ROT-1 (SY24 措施7)]"), text);
    }

    @Test
    void ROT_1_underTheYingkouPolicyShowsYingkousValueAndThatItDoesNotHoldThere() {
        assertEquals(0, run("rules", "rot-1", "--policy", "yingkou", "--lang", "zh"));
        String text = out.toString();
        assertTrue(text.startsWith("ROT-1 教师交流轮岗比例(沈阳)\n类型: 比例\n在yingkou适用: 否\n"), text);
        assertTrue(text.contains("1. 沈阳市 · SY24 任务3 措施7 · 约束性"), text);
        assertTrue(text.contains("rotation.rate = 10%  [ROT-2 (YK24 §17)]"), text);
    }

    @Test
    void COV_5_showsEachStrength() {
        assertEquals(0, run("rules", "COV-5"));
        String text = out.toString();
        assertTrue(text.contains("Shenyang · SY19 4 · striven for\n     zh: 到2019年底，力争消除56人以上大班额"), text);
        assertTrue(text.contains("Shenyang · SY19 4 · basically"), text);
        assertTrue(text.contains("classes.maxPrimary = 45"), text);
    }

    @Test
    void aProfileListsTheRulesThatHoldThere() {
        assertEquals(0, run("rules", "panjin"));
        String text = out.toString();
        assertTrue(text.startsWith("Rules that hold in Panjin (panjin): "), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("ROT-9 ")), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("ROT-4 ")), text);
        assertFalse(text.lines().anyMatch(l -> l.startsWith("ROT-1 ") || l.startsWith("ROT-2 ")), text);
    }

    @Test
    void aDivisionCodeListsTheRulesThatHoldThere() {
        assertEquals(0, run("rules", "210112", "--lang", "zh"));
        String text = out.toString();
        assertTrue(text.startsWith("在210112适用的规则: "), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("ROT-1 ")), text);
        assertFalse(text.lines().anyMatch(l -> l.startsWith("ROT-9 ")), text);
        out.getBuffer().setLength(0);
        assertEquals(0, run("rules", "national"));
        assertFalse(out.toString().lines().anyMatch(l -> l.startsWith("ROT-9 ") || l.startsWith("AID-1 ")), out.toString());
        assertTrue(out.toString().lines().anyMatch(l -> l.startsWith("FIN-6 ")), out.toString());
    }

    @Test
    void anUnknownIdOrPlaceExitsWithTwoAndSaysWhatIsValid() {
        assertEquals(2, run("rules", "ROT-11"));
        assertTrue(err.toString().contains("no rule or place 'ROT-11'"), err.toString());
        assertTrue(err.toString().contains("AID-1..AID-10, FIN-1..FIN-9, ROT-1..ROT-10, COV-1..COV-29, TGT-1..TGT-14, BAL-1..BAL-7"), err.toString());
        assertTrue(err.toString().contains("national, liaoning, shenyang, panjin, yingkou"), err.toString());
        assertEquals(2, run("rules", "dalian"));
        assertEquals(2, run("rules", "ROT-1", "--policy", "nowhere"));
        assertEquals("", out.toString());
    }
}
