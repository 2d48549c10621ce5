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

import java.util.List;
import java.util.OptionalDouble;
import org.junheng.core.internal.Checks;

/**
 * Horizontal bars of non-negative values against one limit drawn as a vertical line, such as each coefficient
 * of variation against its ceiling: one row a bar, its label on the left, its value text on the right, its
 * tone the verdict. A bar without a value shows only its text. Immutable and thread-safe.
 *
 * @param title the chart's title
 * @param valueAxis the axis title, with the unit
 * @param bars the bars, top to bottom, at least one
 * @param limit the limit, not negative
 * @param limitLabel the limit line's label, such as "ceiling 0.50"
 * @param keys the legend, explaining the tones used
 */
public record BarChart(String title, String valueAxis, List<Bar> bars, double limit, String limitLabel, List<Key> keys) {
    private static final double TOP = 56;
    private static final double ROW = 26;
    private static final double PLOT = 340;
    private static final double MAX_LABEL = 360;

    /** @throws IllegalArgumentException if a text is missing, there is no bar, or the limit is negative or not finite */
    public BarChart {
        Checks.notNull(title, "title");
        Checks.notNull(valueAxis, "valueAxis");
        bars = List.copyOf(bars);
        Checks.check(!bars.isEmpty(), "a bar chart needs at least one bar: %s", title);
        Checks.check(Double.isFinite(limit) && limit >= 0, "%s: the limit must be finite and not negative: %s", title, limit);
        Checks.notNull(limitLabel, "limitLabel");
        keys = List.copyOf(keys);
    }

    /**
     * One bar.
     *
     * @param label the category, such as an indicator's name
     * @param value the value; empty when it could not be computed
     * @param tone the verdict's tone
     * @param text what to print beside the bar: the value as the report states it, or why there is none
     */
    public record Bar(String label, OptionalDouble value, Tone tone, String text) {

        /** @throws IllegalArgumentException if the value is negative or not finite, or a text is missing */
        public Bar {
            Checks.notNull(label, "label");
            Checks.notNull(value, "value");
            Checks.check(value.isEmpty() || (Double.isFinite(value.getAsDouble()) && value.getAsDouble() >= 0),
                    "%s: a bar's value must be finite and not negative: %s", label, value);
            Checks.notNull(tone, "tone");
            Checks.notNull(text, "text");
        }
    }

    /** The scale of values, from zero past the largest bar and the limit. */
    public Scale scale() {
        double max = limit;
        for (Bar b : bars) {
            if (b.value().isPresent()) {
                max = Math.max(max, b.value().getAsDouble());
            }
        }
        double left = labelWidth() + 16;
        return Scale.nice(0, max == 0 ? 1 : max * 1.05, 5, 0, left, left + PLOT);
    }

    private double labelWidth() {
        double w = 0;
        for (Bar b : bars) {
            w = Math.max(w, Canvas.textWidth(b.label(), Canvas.FONT));
        }
        return Math.min(MAX_LABEL, w);
    }

    /** The chart as an SVG element. */
    public String svg() {
        Scale x = scale();
        double left = x.map(x.low());
        double right = x.map(x.high());
        double bottom = TOP + ROW * bars.size();
        double width = Math.max(right + 110, Canvas.titleWidth(title));
        double height = bottom + 52 + (keys.isEmpty() ? 0 : 20);
        StringBuilder description = new StringBuilder(limitLabel);
        for (Bar b : bars) {
            description.append("; ").append(b.label()).append(": ").append(b.text());
        }
        Canvas canvas = new Canvas(width, height, title, description.toString());
        canvas.xAxis(x, bottom, TOP, valueAxis);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double y = TOP + ROW * i;
            canvas.text(left - 8, y + ROW / 2 + 4, "end", Canvas.fit(b.label(), labelWidth(), Canvas.FONT), b.label());
            double end = left;
            if (b.value().isPresent()) {
                end = x.map(b.value().getAsDouble());
                canvas.rect(left, y + 4, end - left, ROW - 8, b.tone().colour(), b.label() + ": " + b.text());
            }
            canvas.text(end + 6, y + ROW / 2 + 4, "start", b.text());
        }
        double lx = x.map(limit);
        canvas.line(lx, TOP - 8, lx, bottom, "#000000", 2, "6 3");
        canvas.text(lx, TOP - 12, "middle", limitLabel);
        double kx = left;
        for (Key k : keys) {
            canvas.legendDot(kx, height - 8, k.tone(), k.label());
            kx += 48 + Canvas.textWidth(k.label(), Canvas.FONT);
        }
        return canvas.close();
    }
}
