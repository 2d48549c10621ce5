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
import static org.junheng.core.gen.Properties.qt;

import java.util.List;
import org.junheng.core.model.DataProblem;
import org.junheng.core.model.InvalidDataException;
import org.junheng.core.value.Money;
import org.junheng.core.value.Percentage;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class PoliciesTest {

    @Test
    void everyBuiltInProfileLoadsWithTheWholeCatalogue() {
        // every profile has the national parameters; a local profile may declare its own rules' parameters besides
        java.util.Set<String> national = Policies.national().parameters().stream().map(Parameter::key)
                .collect(java.util.stream.Collectors.toSet());
        for (String name : Policies.BUILT_IN) {
            Policy p = Policies.builtIn(name);
            assertEquals(name, p.name());
            assertTrue(p.parameters().stream().map(Parameter::key).collect(java.util.stream.Collectors.toSet())
                    .containsAll(national), name);
        }
    }

    @Test
    void AID_1_to_AID_3_shenyangAmountsAreTheSeedsOwn() {
        Policy sy = Policies.shenyang();
        assertEquals(Money.ofYuan(1000), sy.money("aid.disabled.preschoolToSeniorYearly"));
        assertEquals(Money.ofYuan(3000), sy.money("aid.disabled.universityYearly"));
        assertEquals(Money.ofYuan(2500), sy.money("aid.disabled.oneTime"));
        assertEquals("AID-1 (SY24 任务7 措施18)", sy.parameter("aid.disabled.preschoolToSeniorYearly").source().toString());
    }

    @Test
    void ROT_1_ROT_2_ratesDifferByProfile() {
        assertEquals(Percentage.of(15), Policies.shenyang().percentage("rotation.rate"));
        assertEquals(Percentage.of(10), Policies.yingkou().percentage("rotation.rate"));
        assertEquals("SCHOOL", Policies.yingkou().text("rotation.quotaScope"));
        assertEquals(Percentage.of(20), Policies.shenyang().percentage("rotation.backboneShare"));
        assertEquals(Percentage.of(8), Policies.panjin().percentage("rotation.reformParticipantRate"));
    }

    @Test
    void aParameterWithoutDefaultSaysItMustBeSupplied() {
        var e = assertThrows(IllegalStateException.class, () -> Policies.national().money("aid.preschool.hardshipYearly"));
        assertTrue(e.getMessage().contains("must be supplied"), e.getMessage());
        assertEquals(Money.ofYuan(800), Policies.national().with("aid.preschool.hardshipYearly", "800").money(
                "aid.preschool.hardshipYearly"));
    }

    @Test
    void AID_4_aDistrictMayRaiseButNotLowerTheCitysAmounts() {
        Policy sy = Policies.shenyang();
        assertEquals(Money.ofYuan(1200), sy.with("aid.disabled.preschoolToSeniorYearly", "1200.00")
                .money("aid.disabled.preschoolToSeniorYearly"));
        var e = assertThrows(IllegalArgumentException.class, () -> sy.with("aid.disabled.preschoolToSeniorYearly", "900"));
        assertTrue(e.getMessage().contains("may be raised but not lowered"), e.getMessage());
    }

    @Test
    void AID_4_propertyNoLoweredAmountIsAccepted() {
        qt().forAll(SourceDSL.longs().between(0, 10_000)).check(yuan -> {
            try {
                Policy p = Policies.shenyang().with("aid.disabled.universityYearly", Long.toString(yuan));
                return yuan >= 3000 && p.money("aid.disabled.universityYearly").equals(Money.ofYuan(yuan));
            } catch (IllegalArgumentException e) {
                return yuan < 3000;
            }
        });
    }

    @Test
    void impossibleValuesAreRefused() {
        Policy n = Policies.national();
        assertThrows(IllegalArgumentException.class, () -> n.with("rotation.rate", "115%"));
        assertThrows(IllegalArgumentException.class, () -> n.with("aid.nutrition.perSchoolDay", "-5"));
        assertThrows(IllegalArgumentException.class, () -> n.with("aid.nationalGrant.seniorHighYearly", "5000"));
        assertThrows(IllegalArgumentException.class, () -> n.with("no.such.key", "1"));
        assertThrows(IllegalArgumentException.class, () -> n.percentage("aid.nutrition.perSchoolDay"));
    }

    @Test
    void aUserFileReportsEveryProblemWithItsPlace() {
        String json = "{\"name\":\"hunnan\",\"title\":{\"zh\":\"浑南区\",\"en\":\"Hunnan\"},\"extends\":\"shenyang\","
                + "\"jurisdiction\":\"210112\",\"values\":["
                + "{\"key\":\"aid.disabled.preschoolToSeniorYearly\",\"value\":\"800\",\"rule\":\"AID-4\",\"document\":\"d\"},"
                + "{\"key\":\"rotation.rat\",\"value\":\"15%\",\"rule\":\"ROT-1\",\"document\":\"d\"},"
                + "{\"key\":\"rotation.rate\",\"value\":\"150%\",\"rule\":\"ROT-1\",\"document\":\"d\",\"colour\":1}]}";
        List<DataProblem> problems = assertThrows(InvalidDataException.class, () -> Policies.parse(json, "hunnan.json"))
                .problems();
        assertEquals(4, problems.size(), problems.toString());
        assertEquals("values[0]", problems.get(0).location());
        assertTrue(problems.get(0).expected().contains("not lowered"));
        assertEquals("values[1]", problems.get(1).location());
        assertEquals("colour", problems.get(2).field());
        assertEquals("values[2]", problems.get(3).location());
    }

    @Test
    void aUserFileExtendsABuiltInProfile() {
        String json = "{\"name\":\"hunnan\",\"title\":{\"zh\":\"浑南区\",\"en\":\"Hunnan\"},\"extends\":\"shenyang\","
                + "\"values\":[{\"key\":\"aid.disabled.universityYearly\",\"value\":\"3500.00\",\"rule\":\"AID-4\","
                + "\"document\":\"浑南区\",\"clause\":\"\"}]}";
        Policy p = Policies.parse(json, "hunnan.json");
        assertEquals(Money.ofYuan(3500), p.money("aid.disabled.universityYearly"));
        assertEquals(Money.ofYuan(1000), p.money("aid.disabled.preschoolToSeniorYearly"));
        assertEquals("shenyang", p.parent());
        assertFalse(p.describe().isEmpty());
    }
}
