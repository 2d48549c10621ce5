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
package org.junheng.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junheng.core.gen.Properties.qt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junheng.core.gen.DomainGens;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class MoneyTest {

    @Test
    void ofYuanKeepsFenPrecision() {
        assertEquals(100_000, Money.ofYuan(1000).fen());
        assertEquals(Money.ofFen(123_456), Money.ofYuan(new BigDecimal("1234.56")));
        assertEquals(Money.ofYuan(1000), Money.ofYuan(new BigDecimal("1000.0")), "1000.0 and 1000.00 are the same money");
    }

    @Test
    void aFractionOfAFenIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> Money.ofYuan(new BigDecimal("0.001")));
        assertEquals("amount (0.001 yuan) is not a whole number of fen", e.getMessage());
    }

    @Test
    void wanAndYiYuanConvertExactly() {
        assertEquals(Money.ofYuan(125_000), Money.ofWanYuan(new BigDecimal("12.5")));
        assertEquals(Money.ofYuan(320_000_000), Money.ofYiYuan(new BigDecimal("3.2")));
        assertEquals(Money.ofYuan(125_000), Money.parse("12.5万元"));
        assertEquals(Money.ofYuan(320_000_000), Money.parse("3.2亿元"));
        assertEquals(new BigDecimal("12.5"), Money.ofYuan(125_000).wanYuan());
        assertThrows(IllegalArgumentException.class, () -> Money.ofWanYuan(new BigDecimal("0.0000001")));
    }

    @Test
    void toStringIsCurrencyAndYuanAndParsesBack() {
        assertEquals("CNY 1000.00", Money.ofYuan(1000).toString());
        assertEquals("CNY -0.05", Money.ofFen(-5).toString());
        assertEquals(Money.ofYuan(1000), Money.parse("CNY 1000.00"));
        assertEquals(Money.ofYuan(1000), Money.parse("1000"));
        assertEquals(Money.ofYuan(1000), Money.parse("1000元"));
    }

    @Test
    void parseRefusesWhatIsNotMoney() {
        for (String bad : new String[] {"", "CNY", "1,000", "1e3", "abc", "USD 10.00", "10.001"}) {
            assertThrows(IllegalArgumentException.class, () -> Money.parse(bad), bad);
        }
        assertThrows(NullPointerException.class, () -> Money.parse(null));
        assertThrows(NullPointerException.class, () -> Money.ofYuan((BigDecimal) null));
    }

    @Test
    void overflowThrowsInsteadOfWrapping() {
        assertThrows(ArithmeticException.class, () -> Money.ofFen(Long.MAX_VALUE).plus(Money.ofFen(1)));
        assertThrows(ArithmeticException.class, () -> Money.ofYuan(Long.MAX_VALUE / 10));
    }

    @Test
    void dividedRoundingUpCoversTheAmount() {
        assertEquals(Money.ofFen(34), Money.ofFen(100).dividedRoundingUp(3));
        assertEquals(Money.ofFen(33), Money.ofFen(99).dividedRoundingUp(3));
        assertEquals(new BigDecimal("0.33"), Money.ofFen(100).yuanPer(3, 2, RoundingMode.HALF_UP));
    }

    @Test
    void propertyToStringParsesBackToTheSameMoney() {
        qt().forAll(DomainGens.money()).check(m -> Money.parse(m.toString()).equals(m)
                && Money.parse(m.toPlainString()).equals(m));
    }

    @Test
    void propertyArithmeticIsExact() {
        qt().forAll(DomainGens.money(), DomainGens.money()).check((a, b) -> a.plus(b).minus(b).equals(a)
                && a.plus(b).fen() == a.fen() + b.fen()
                && a.plus(b).yuan().compareTo(a.yuan().add(b.yuan())) == 0);
    }

    @Test
    void propertySumEqualsRepeatedPlus() {
        qt().forAll(SourceDSL.lists().of(DomainGens.money()).ofSizeBetween(0, 30)).check(list -> {
            Money total = Money.ZERO;
            for (Money m : list) {
                total = total.plus(m);
            }
            return Money.sum(list).equals(total);
        });
    }

    @Test
    void propertyDividedRoundingUpIsTheSmallestCover() {
        qt().forAll(DomainGens.nonNegativeMoney(), SourceDSL.longs().between(1, 1_000_000)).check((m, n) -> {
            Money per = m.dividedRoundingUp(n);
            return per.times(n).compareTo(m) >= 0 && per.minus(Money.ofFen(1)).times(n).compareTo(m) < 0;
        });
    }

    @Test
    void parseAcceptsExactlyThePlainDecimalsOfItsPattern() {
        // strings of digits, signs, points and look-alikes: the hand-written check against the pattern it replaced
        String[] pieces = {"0", "1", "9", "12", "-", "+", ".", "e", " ", "\uFF11", "\u0663", "00", ".5", "5."};
        qt().forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, pieces.length - 1)).ofSizeBetween(0, 6))
                .checkAssert(picks -> {
                    StringBuilder text = new StringBuilder();
                    picks.forEach(p -> text.append(pieces[p]));
                    String s = text.toString().strip();
                    boolean plain = s.matches("-?\\d+(\\.\\d+)?");
                    boolean fen = plain && new BigDecimal(s).stripTrailingZeros().scale() <= 2;
                    if (fen) {
                        assertEquals(new BigDecimal(s).setScale(2), Money.parse(s).yuan(), s);
                    } else {
                        assertThrows(IllegalArgumentException.class, () -> Money.parse(s), s);
                    }
                });
    }
}
