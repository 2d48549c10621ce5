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
package org.junheng.indicators.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junheng.core.internal.Checks;

/**
 * A linear scale from a domain of values to a range of pixels, with round ticks (1, 2 or 5 times a power of
 * ten) that cover the domain. Ticks are exact decimals, so their labels never show binary noise such as
 * {@code 0.30000000000000004}. Immutable and thread-safe.
 */
public final class Scale {
    private final double domainLow;
    private final double domainHigh;
    private final double rangeLow;
    private final double rangeHigh;
    private final BigDecimal step;

    private Scale(double domainLow, double domainHigh, double rangeLow, double rangeHigh, BigDecimal step) {
        this.domainLow = domainLow;
        this.domainHigh = domainHigh;
        this.rangeLow = rangeLow;
        this.rangeHigh = rangeHigh;
        this.step = step;
    }

    /**
     * A scale whose domain is {@code [low, high]} widened to whole ticks, with about {@code ticks} ticks of a
     * step at least {@code minStep} (1 for years, 0 for any).
     *
     * @param rangeLow the pixel of the domain's low end (for a y axis, the bottom)
     * @param rangeHigh the pixel of the domain's high end
     * @throws IllegalArgumentException if a bound is not finite, {@code low > high}, or {@code ticks < 1}
     */
    public static Scale nice(double low, double high, int ticks, double minStep, double rangeLow, double rangeHigh) {
        Checks.check(Double.isFinite(low) && Double.isFinite(high), "domain bounds must be finite: %s, %s", low, high);
        Checks.check(low <= high, "domain low %s is above high %s", low, high);
        Checks.check(ticks >= 1, "ticks must be at least 1: %d", ticks);
        Checks.check(Double.isFinite(rangeLow) && Double.isFinite(rangeHigh), "range bounds must be finite");
        if (low == high) {
            double pad = low == 0 ? 1 : Math.abs(low) * 0.1;
            low -= pad;
            high += pad;
        }
        BigDecimal step = niceStep((high - low) / ticks);
        if (minStep > 0 && step.doubleValue() < minStep) {
            step = niceStep(minStep);
        }
        BigDecimal lo = BigDecimal.valueOf(low).divide(step, 0, RoundingMode.FLOOR).multiply(step);
        BigDecimal hi = BigDecimal.valueOf(high).divide(step, 0, RoundingMode.CEILING).multiply(step);
        return new Scale(lo.doubleValue(), hi.doubleValue(), rangeLow, rangeHigh, step.stripTrailingZeros());
    }

    /** The round step nearest above {@code raw}: 1, 2 or 5 times a power of ten. */
    static BigDecimal niceStep(double raw) {
        Checks.check(raw > 0 && Double.isFinite(raw), "a step must be positive: %s", raw);
        int exponent = (int) Math.floor(Math.log10(raw));
        BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(exponent);
        double fraction = raw / power.doubleValue();
        int mantissa = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return power.multiply(BigDecimal.valueOf(mantissa));
    }

    /** The pixel of a value; values outside the domain map outside the range, linearly. */
    public double map(double value) {
        return rangeLow + (value - domainLow) / (domainHigh - domainLow) * (rangeHigh - rangeLow);
    }

    /** The low end of the domain, on a tick. */
    public double low() {
        return domainLow;
    }

    /** The high end of the domain, on a tick. */
    public double high() {
        return domainHigh;
    }

    /** The distance between ticks, exact. */
    public BigDecimal step() {
        return step;
    }

    /** The ticks from the low to the high end of the domain, ascending and exact. */
    public List<BigDecimal> ticks() {
        List<BigDecimal> ticks = new ArrayList<>();
        BigDecimal first = BigDecimal.valueOf(domainLow).divide(step, 0, RoundingMode.CEILING);
        BigDecimal last = BigDecimal.valueOf(domainHigh).divide(step, 0, RoundingMode.FLOOR);
        for (BigDecimal k = first; k.compareTo(last) <= 0; k = k.add(BigDecimal.ONE)) {
            ticks.add(k.multiply(step));
        }
        return ticks;
    }

    /** A tick's label: the exact decimal, without trailing zeros or an exponent. */
    public static String label(BigDecimal tick) {
        BigDecimal t = tick.stripTrailingZeros();
        if (t.signum() == 0) {
            return "0";
        }
        return t.scale() < 0 ? t.setScale(0).toPlainString() : t.toPlainString();
    }
}
