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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junheng.core.model.DivisionCode;
import org.junheng.core.model.FundingRecord;
import org.junheng.core.value.Money;
import org.junit.jupiter.api.Test;

/** The exact growth rate of FIN-1 and FIN-2, and the roll-up of districts into a city, at their edges. */
class GrowthRateAndRollUpTest {
    private static final DivisionCode CITY = DivisionCode.of("210100");
    private static final DivisionCode A = DivisionCode.of("210102");

    @Test
    void FIN_1_growthRatesAreEqualByValueNotByTheirFigures() {
        GrowthRate tenPercent = GrowthRate.of(Money.ofYuan(100), Money.ofYuan(110));
        GrowthRate same = GrowthRate.of(Money.ofYuan(200), Money.ofYuan(220));
        GrowthRate eleven = GrowthRate.of(Money.ofYuan(100), Money.ofYuan(111));
        assertEquals(tenPercent, same);
        assertEquals(tenPercent.hashCode(), same.hashCode());
        assertNotEquals(tenPercent, eleven);
        assertNotEquals(tenPercent.hashCode(), eleven.hashCode());
        assertNotEquals(tenPercent, (Object) "+10.00%");
        assertEquals("+10.00%", tenPercent.toString());
    }

    @Test
    void FIN_1_aGrowthRateFromZeroIsNotDefined() {
        assertThrows(IllegalArgumentException.class, () -> GrowthRate.of(Money.ofFen(0), Money.ofYuan(1)));
        assertEquals(1, GrowthRate.of(Money.ofFen(1), Money.ofFen(2)).signum(), "the smallest prior is allowed");
    }

    @Test
    void FIN_2_aRollUpChainsAndRefusesWhatDoesNotBelong() {
        FundingRollUp roll = FundingRollUp.into(CITY);
        assertSame(roll, roll.accept(FundingRecord.of(A, 2020, Money.ofYuan(10), 1)));
        assertThrows(IllegalArgumentException.class, () -> roll.accept(FundingRecord.of(A, 2020, Money.ofYuan(5), 1)),
                "the same district's year twice");
        assertThrows(IllegalArgumentException.class, () -> roll.accept(FundingRecord.of(CITY, 2021, Money.ofYuan(5), 1)),
                "the parent itself is not a child");
        assertThrows(IllegalArgumentException.class,
                () -> roll.accept(FundingRecord.of(DivisionCode.of("210202"), 2021, Money.ofYuan(5), 1)), "another city's district");
        assertThrows(IllegalArgumentException.class, () -> roll.combine(FundingRollUp.into(DivisionCode.of("210200"))));
        assertSame(roll, roll.combine(FundingRollUp.into(CITY)));
        assertEquals(List.of(FundingRecord.of(CITY, 2020, Money.ofYuan(10), 1)), roll.result());
    }
}
