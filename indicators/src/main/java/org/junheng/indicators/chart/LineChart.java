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

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.junheng.core.internal.Checks;

/**
 * Values over time: one or more series of marks joined by lines (a projection dashed), reference lines
 * (a target, a deadline), and marks toned by their verdict with a short note beside a breach. The x axis is
 * in years (a date as a fractional year), ticked on whole years. Immutable and thread-safe.
 *
 * @param title the chart's title
 * @param xAxis the horizontal axis title
 * @param yAxis the vertical axis title, with the unit
 * @param series the series, at least one with a mark
 * @param references horizontal or vertical reference lines
 * @param yRange a fixed vertical range (such as 0 to 100 for a rate); empty to fit the values
 * @param keys the legend entries that explain the tones used
 */
public record LineChart(String title, String xAxis, String yAxis, List<Series> series, List<Reference> references,
        Optional<Range> yRange, List<Key> keys) {
    private static final double LEFT = 84;
    private static final double TOP = 44;
    private static final double PLOT_WIDTH = 560;
    private static final double PLOT_HEIGHT = 260;
    private static final double RIGHT_MARGIN = 130;
    private static final double LEGEND_LINE = 18;

    /** @throws IllegalArgumentException if a text is missing or no series has a mark */
    public LineChart {
        Checks.notNull(title, "title");
        Checks.notNull(xAxis, "xAxis");
        Checks.notNull(yAxis, "yAxis");
        series = List.copyOf(series);
        references = List.copyOf(references);
        Checks.notNull(yRange, "yRange");
        keys = List.copyOf(keys);
        Checks.check(series.stream().anyMatch(s -> !s.marks().isEmpty()), "a line chart needs at least one mark: %s", title);
    }

    /**
     * A series: marks in order of x, joined by a line.
     *
     * @param name the legend entry
     * @param marks the marks, x ascending
     * @param dashed whether the line is a projection rather than observations
     */
    public record Series(String name, List<Mark> marks, boolean dashed) {

        /** @throws IllegalArgumentException if the marks are not in ascending order of x */
        public Series {
            Checks.notNull(name, "name");
            marks = List.copyOf(marks);
            for (int i = 1; i < marks.size(); i++) {
                Checks.check(marks.get(i).x() >= marks.get(i - 1).x(), "%s: marks must be in ascending order of x", name);
            }
        }
    }

    /**
     * One observation.
     *
     * @param x the time, in years
     * @param y the value
     * @param tone the verdict's tone
     * @param tooltip the value in words, shown on hover and read by screen readers
     * @param note a short text printed beside the mark (a breached rule's ID); empty for none
     */
    public record Mark(double x, double y, Tone tone, String tooltip, String note) {

        /** @throws IllegalArgumentException if a coordinate is not finite or a text is missing */
        public Mark {
            Checks.check(Double.isFinite(x) && Double.isFinite(y), "a mark needs finite coordinates: (%s, %s)", x, y);
            Checks.notNull(tone, "tone");
            Checks.notNull(tooltip, "tooltip");
            Checks.notNull(note, "note");
        }
    }

    /**
     * A reference line across the plot.
     *
     * @param label its label, such as "target 50%" or "deadline 2022-12-31"
     * @param value where: a y value, or an x value for a vertical line
     * @param vertical whether the line is vertical (a time) rather than horizontal (a value)
     */
    public record Reference(String label, double value, boolean vertical) {

        /** @throws IllegalArgumentException if the value is not finite */
        public Reference {
            Checks.notNull(label, "label");
            Checks.check(Double.isFinite(value), "%s: a reference needs a finite value", label);
        }
    }

    /**
     * A fixed range of an axis.
     *
     * @param low the low end
     * @param high the high end, above {@code low}
     */
    public record Range(double low, double high) {

        /** @throws IllegalArgumentException unless {@code low < high}, both finite */
        public Range {
            Checks.check(Double.isFinite(low) && Double.isFinite(high) && low < high, "a range needs low < high: %s, %s", low, high);
        }
    }

    /** The horizontal scale: whole years around every mark and vertical reference. */
    public Scale xScale() {
        double[] range = extent(Mark::x, true);
        return Scale.nice(Math.floor(range[0]), Math.ceil(range[1]), 8, 1, LEFT, LEFT + PLOT_WIDTH);
    }

    /** The vertical scale: the fixed range, or one around every mark and horizontal reference. */
    public Scale yScale() {
        if (yRange.isPresent()) {
            return Scale.nice(yRange.get().low(), yRange.get().high(), 5, 0, TOP + PLOT_HEIGHT, TOP);
        }
        double[] range = extent(Mark::y, false);
        double pad = (range[1] - range[0]) * 0.05;
        return Scale.nice(range[0] - pad, range[1] + pad, 5, 0, TOP + PLOT_HEIGHT, TOP);
    }

    /** The lowest and highest of one coordinate over every mark and every reference on that axis. */
    private double[] extent(ToDoubleFunction<Mark> coordinate, boolean vertical) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (Mark m : s.marks()) {
                lo = Math.min(lo, coordinate.applyAsDouble(m));
                hi = Math.max(hi, coordinate.applyAsDouble(m));
            }
        }
        for (Reference r : references) {
            if (r.vertical() == vertical) {
                lo = Math.min(lo, r.value());
                hi = Math.max(hi, r.value());
            }
        }
        return new double[] {lo, hi};
    }

    /** The chart as an SVG element. */
    public String svg() {
        Scale x = xScale();
        Scale y = yScale();
        double bottom = TOP + PLOT_HEIGHT;
        double right = LEFT + PLOT_WIDTH;
        List<String[]> legend = new ArrayList<>();
        StringBuilder description = new StringBuilder();
        for (Reference r : references) {
            description.append(description.length() == 0 ? "" : "; ").append(r.label());
        }
        for (Series s : series) {
            for (Mark m : s.marks()) {
                description.append(description.length() == 0 ? "" : "; ").append(m.tooltip());
            }
        }
        int legendRows = legendRows();
        double height = bottom + 52 + LEGEND_LINE * legendRows + 6;
        double width = Math.max(right + RIGHT_MARGIN, Canvas.titleWidth(title));
        Canvas canvas = new Canvas(width, height, title, description.toString());
        canvas.yAxis(y, LEFT, right, yAxis, 16);
        canvas.xAxis(x, bottom, TOP, xAxis);
        for (Reference r : references) {
            if (r.vertical()) {
                double px = x.map(r.value());
                canvas.line(px, TOP, px, bottom, "#000000", 1.5, "2 3");
                canvas.text(px - 4, TOP + 12, "end", r.label());
            } else {
                double py = y.map(r.value());
                canvas.line(LEFT, py, right, py, "#000000", 2, "6 3");
                canvas.text(right + 6, py + 4, "start", r.label());
            }
        }
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            String colour = Canvas.PALETTE[i % Canvas.PALETTE.length];
            List<double[]> pixels = new ArrayList<>();
            for (Mark m : s.marks()) {
                pixels.add(new double[] {x.map(m.x()), y.map(m.y())});
            }
            if (pixels.size() > 1) {
                canvas.polyline(pixels, colour, 2, s.dashed() ? "6 4" : "");
            }
            for (Mark m : s.marks()) {
                double px = x.map(m.x());
                double py = y.map(m.y());
                canvas.dot(px, py, m.tone(), m.tooltip());
                if (!m.note().isEmpty()) {
                    canvas.note(px, py - 10, m.note());
                }
            }
            legend.add(new String[] {colour, s.dashed() ? "6 4" : "", s.name()});
        }
        double ly = bottom + 62;
        double lx = LEFT;
        for (String[] entry : legend) {
            double w = 40 + Canvas.textWidth(entry[2], Canvas.FONT);
            if (lx > LEFT && lx + w > LEFT + PLOT_WIDTH + RIGHT_MARGIN) {
                lx = LEFT;
                ly += LEGEND_LINE;
            }
            canvas.legendLine(lx, ly, entry[0], entry[1], entry[2]);
            lx += w + 16;
        }
        for (Key k : keys) {
            double w = 40 + Canvas.textWidth(k.label(), Canvas.FONT);
            if (lx > LEFT && lx + w > LEFT + PLOT_WIDTH + RIGHT_MARGIN) {
                lx = LEFT;
                ly += LEGEND_LINE;
            }
            canvas.legendDot(lx, ly, k.tone(), k.label());
            lx += w + 16;
        }
        return canvas.close();
    }

    /** The rows the legend needs, laid out as {@link #svg()} lays them. */
    private int legendRows() {
        int rows = 1;
        double lx = LEFT;
        List<String> labels = new ArrayList<>();
        series.forEach(s -> labels.add(s.name()));
        keys.forEach(k -> labels.add(k.label()));
        for (String label : labels) {
            double w = 40 + Canvas.textWidth(label, Canvas.FONT);
            if (lx > LEFT && lx + w > LEFT + PLOT_WIDTH + RIGHT_MARGIN) {
                lx = LEFT;
                rows++;
            }
            lx += w + 16;
        }
        return rows;
    }
}
