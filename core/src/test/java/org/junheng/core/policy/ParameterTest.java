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

import org.junheng.core.policy.Parameter.Widening;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** AID-4 (SY24 措施18, LN23 §9): a parameter changes only in the direction that widens aid. */
class ParameterTest {
    private static final Source SOURCE = new Source("AID-1", "SY24", "措施18");
    private static final Source DISTRICT = new Source("AID-4", "district", "");

    private static Parameter of(ParameterType type, String value, Widening widening) {
        return new Parameter("aid.test", type, value, SOURCE, "", null, null, widening);
    }

    @Test
    void AID_4_aHardshipConditionAddedIsRefusedDroppedIsAccepted() {
        Parameter open = of(ParameterType.BOOLEAN, "false", Widening.LOWER);
        var e = assertThrows(IllegalArgumentException.class, () -> open.withValue("true", DISTRICT, null));
        assertEquals("aid.test (true) narrows what false (AID-1 (SY24 措施18)) grants: AID-4 allows a profile to widen aid, "
                + "never to narrow it", e.getMessage());
        assertEquals("false", of(ParameterType.BOOLEAN, "true", Widening.LOWER).withValue("false", DISTRICT, null).value());
        assertEquals("true", of(ParameterType.BOOLEAN, "false", Widening.HIGHER).withValue("true", DISTRICT, null).value());
        assertThrows(IllegalArgumentException.class,
                () -> of(ParameterType.BOOLEAN, "true", Widening.HIGHER).withValue("false", DISTRICT, null));
    }

    @Test
    void AID_4_propertyMaximumYearsWidenUpwardAndZeroIsNoLimit() {
        qt().forAll(SourceDSL.integers().between(0, 12), SourceDSL.integers().between(0, 12)).check((from, to) -> {
            Parameter p = of(ParameterType.COUNT, Integer.toString(from), Widening.HIGHER_ZERO_UNLIMITED);
            boolean widens = to == 0 || (from != 0 && to >= from);
            try {
                p.withValue(Integer.toString(to), DISTRICT, null);
                return widens;
            } catch (IllegalArgumentException e) {
                return !widens && e.getMessage().contains("(" + to + ")") && e.getMessage().contains(from + " (");
            }
        });
    }

    @Test
    void AID_4_propertyAnAmountMayBeRaisedNeverLowered() {
        qt().forAll(SourceDSL.integers().between(0, 5000), SourceDSL.integers().between(0, 5000)).check((from, to) -> {
            Parameter p = of(ParameterType.MONEY, from + ".00", Widening.HIGHER);
            try {
                return p.withValue(to + ".00", DISTRICT, null).value().equals(to + ".00") && to >= from;
            } catch (IllegalArgumentException e) {
                return to < from && e.getMessage().contains("may be raised but not lowered below " + from + ".00");
            }
        });
    }

    @Test
    void AID_4_aMinimumAgeWidensDownward() {
        Parameter age = of(ParameterType.COUNT, "3", Widening.LOWER);
        assertEquals("2", age.withValue("2", DISTRICT, null).value());
        assertEquals("3", age.withValue("3", DISTRICT, null).value());
        assertThrows(IllegalArgumentException.class, () -> age.withValue("4", DISTRICT, null));
        assertEquals("9", of(ParameterType.COUNT, "3", Widening.NONE).withValue("9", DISTRICT, null).value());
    }

    @Test
    void AID_4_wideningIsDeclaredOnlyWhereItMeansSomething() {
        assertThrows(IllegalArgumentException.class, () -> of(ParameterType.TEXT, "ANY", Widening.HIGHER));
        assertThrows(IllegalArgumentException.class, () -> of(ParameterType.MONEY, "1.00", Widening.HIGHER_ZERO_UNLIMITED));
        assertThrows(NullPointerException.class, () -> of(ParameterType.MONEY, "1.00", null));
        assertTrue(new Parameter("aid.test", ParameterType.MONEY, "1.00", SOURCE, "", null, null, true).floor());
        assertFalse(new Parameter("aid.test", ParameterType.MONEY, "1.00", SOURCE, "", null, null, false).floor());
        assertEquals("2.00", of(ParameterType.MONEY, null, Widening.HIGHER).withValue("2.00", DISTRICT, null).value(),
                "no value yet: any value is a widening");
    }

    @Test
    void AID_4_aProfileNamesAnUnknownWidening() {
        var e = assertThrows(org.junheng.core.model.InvalidDataException.class, () -> Policies.parse(
                "{\"name\":\"x\",\"title\":{\"zh\":\"x\",\"en\":\"x\"},\"extends\":\"national\",\"parameters\":[{\"key\":\"aid.x\","
                        + "\"type\":\"COUNT\",\"value\":\"1\",\"rule\":\"AID-4\",\"document\":\"d\",\"widens\":\"SIDEWAYS\"}]}", "x.json"));
        assertEquals("widens", e.problems().get(0).field());
    }
}
