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

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junheng.core.internal.Checks;
import org.junheng.core.value.Money;

/**
 * An exact year-on-year growth rate, {@code current / prior − 1}, kept as a fraction of integers and
 * rounded only for display.
 *
 * <p>The display rounds half up to two decimals in percent, as the national statistical bulletins on
 * education funding (全国教育经费执行情况统计公告) print their rates: from the 2014 bulletin's
 * 22576.01亿元 and 21405.67亿元 it gives 5.47%, as the bulletin does.
 *
 * <p>{@code equals} compares the value. Immutable and thread-safe.
 */
public final class GrowthRate implements Comparable<GrowthRate> {
    private final BigInteger numerator;
    private final BigInteger denominator;

    private GrowthRate(BigInteger current, BigInteger prior) {
        Checks.check(prior.signum() > 0, "prior (%s) must be > 0: a growth rate from zero is not defined", prior);
        this.numerator = current.subtract(prior);
        this.denominator = prior;
    }

    /** The growth from {@code prior} to {@code current}. */
    public static GrowthRate of(Money prior, Money current) {
        Checks.notNull(prior, "prior");
        Checks.notNull(current, "current");
        return new GrowthRate(BigInteger.valueOf(current.fen()), BigInteger.valueOf(prior.fen()));
    }

    /**
     * The growth of spending per student, exact: {@code (E/N) / (Ep/Np) − 1 = (E·Np) / (Ep·N) − 1}.
     */
    public static GrowthRate perStudent(Money priorExpenditure, long priorStudents, Money expenditure, long students) {
        Checks.positive(priorStudents, "priorStudents");
        Checks.positive(students, "students");
        return new GrowthRate(BigInteger.valueOf(expenditure.fen()).multiply(BigInteger.valueOf(priorStudents)),
                BigInteger.valueOf(priorExpenditure.fen()).multiply(BigInteger.valueOf(students)));
    }

    /** The sign: negative for a fall, zero for no change, positive for growth. Exact. */
    public int signum() {
        return numerator.signum();
    }

    /** The rate in percent, rounded to {@code scale} places with {@code mode}. */
    public BigDecimal percent(int scale, RoundingMode mode) {
        return new BigDecimal(numerator).multiply(BigDecimal.valueOf(100)).divide(new BigDecimal(denominator), scale, mode);
    }

    /** The rate in percent as the bulletins print it: two places, half up. */
    public BigDecimal percent() {
        return percent(2, RoundingMode.HALF_UP);
    }

    @Override
    public int compareTo(GrowthRate o) {
        return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GrowthRate g && compareTo(g) == 0;
    }

    @Override
    public int hashCode() {
        return percent(10, RoundingMode.HALF_UP).stripTrailingZeros().hashCode();
    }

    /** {@code "+5.47%"} or {@code "-1.51%"}. */
    @Override
    public String toString() {
        BigDecimal p = percent();
        return (p.signum() >= 0 ? "+" : "") + p.toPlainString() + "%";
    }
}
