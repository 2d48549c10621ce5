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
package org.junheng.indicators.balance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junheng.core.internal.Checks;
import org.junheng.core.value.Label;

/**
 * One resource indicator of one school section against its threshold, exact: the indicator is
 * {@code amount / students} (times 100 for the per-100 indicators), and it meets a threshold {@code t}
 * when {@code amount × (100 or 1) >= t × students}, compared in {@code BigDecimal} (BAL-1, BAL-2).
 * Immutable and thread-safe.
 *
 * @param indicator which indicator
 * @param amount the amount counted: teachers, classrooms, m² or yuan
 * @param students the section's enrolled students, at least 1
 * @param threshold the threshold
 */
public record IndicatorValue(ResourceIndicator indicator, BigDecimal amount, long students, BigDecimal threshold) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal FLOOR_SHARE = new BigDecimal("0.85");

    /** Requires the indicator and a positive head-count. */
    public IndicatorValue {
        Checks.notNull(indicator, "indicator");
        Checks.notNull(amount, "amount");
        Checks.positive(students, "students");
        Checks.notNull(threshold, "threshold");
    }

    private BigDecimal scaled() {
        return indicator.per100() ? amount.multiply(HUNDRED) : amount;
    }

    /** The indicator's value, rounded half up to {@code scale} places: for display. */
    public BigDecimal value(int scale) {
        return scaled().divide(BigDecimal.valueOf(students), scale, RoundingMode.HALF_UP);
    }

    /** The value as a double, for the coefficient of variation. */
    public double toDouble() {
        return scaled().doubleValue() / students;
    }

    /** Whether the value reaches the threshold, exact. */
    public boolean meets() {
        return scaled().compareTo(threshold.multiply(BigDecimal.valueOf(students))) >= 0;
    }

    /** Whether the value reaches {@code share} of the threshold, exact (BAL-2's 85%). */
    public boolean reaches(BigDecimal share) {
        return scaled().compareTo(threshold.multiply(share).multiply(BigDecimal.valueOf(students))) >= 0;
    }

    /** Whether the value reaches 85% of the threshold. */
    public boolean reachesFloor() {
        return reaches(FLOOR_SHARE);
    }

    /**
     * The amount missing to meet the threshold: {@code t × students (/ 100) − amount}, zero when met. For
     * teachers and classrooms, rounded up to a whole one.
     */
    public BigDecimal shortfall() {
        if (meets()) {
            return BigDecimal.ZERO;
        }
        BigDecimal needed = threshold.multiply(BigDecimal.valueOf(students));
        if (indicator.per100()) {
            needed = needed.divide(HUNDRED).setScale(0, RoundingMode.CEILING);
        }
        return needed.subtract(amount).stripTrailingZeros();
    }

    /** The value against its threshold in both languages, with the shortfall when it is not met. */
    public Label describe() {
        String value = value(2).toPlainString();
        String threshold = this.threshold.toPlainString();
        return Label.of(indicator.label().zh() + " " + value + " (标准 " + threshold
                        + (meets() ? ", 达标)" : "; 差 " + shortfall().toPlainString() + ")"),
                toString());
    }

    /** {@code "每百名学生拥有… 3.85 (needs 4.2; short by 2)"}. */
    @Override
    public String toString() {
        return indicator.label().en() + " " + value(2).toPlainString() + " (threshold " + threshold.toPlainString()
                + (meets() ? ", met)" : "; short by " + shortfall().toPlainString() + ")");
    }
}
