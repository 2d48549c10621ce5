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
import java.util.Locale;
import org.junheng.core.internal.Checks;
import org.junheng.indicators.inequality.Distribution;

/**
 * Lorenz curves on one square: each curve's cumulative share of the value against the cumulative share of
 * the weight, in per cent, with the line of equality and each curve's Gini coefficient in the legend.
 * Immutable and thread-safe.
 *
 * @param title the chart's title
 * @param xAxis the horizontal axis title, such as "share of students (%)"
 * @param yAxis the vertical axis title, such as "share of funds (%)"
 * @param equality the legend entry of the line of equality
 * @param giniWord the word before each curve's Gini in the legend, such as "Gini"
 * @param curves the curves, drawn in order, at least one
 */
public record LorenzChart(String title, String xAxis, String yAxis, String equality, String giniWord, List<Curve> curves) {
    private static final double LEFT = 64;
    private static final double TOP = 40;
    private static final double SIDE = 360;
    private static final double LEGEND_LINE = 18;

    /** @throws IllegalArgumentException if a text is missing or there is no curve */
    public LorenzChart {
        Checks.notNull(title, "title");
        Checks.notNull(xAxis, "xAxis");
        Checks.notNull(yAxis, "yAxis");
        Checks.notNull(equality, "equality");
        Checks.notNull(giniWord, "giniWord");
        curves = List.copyOf(curves);
        Checks.check(!curves.isEmpty(), "a Lorenz chart needs at least one curve: %s", title);
    }

    /**
     * One Lorenz curve: points from (0, 0) to (1, 1), both coordinates non-decreasing, and its Gini.
     *
     * @param name the legend entry
     * @param points the points in shares (0 to 1)
     * @param gini the Gini coefficient, in [0, 1]
     */
    public record Curve(String name, List<Point> points, double gini) {
        private static final double SLACK = 1e-9;

        /** @throws IllegalArgumentException if the points do not run monotonically from (0, 0) to (1, 1) */
        public Curve {
            Checks.notNull(name, "name");
            points = List.copyOf(points);
            Checks.check(points.size() >= 2, "%s: a Lorenz curve needs at least two points", name);
            Checks.check(points.get(0).equals(new Point(0, 0)), "%s: a Lorenz curve starts at (0, 0), not %s", name, points.get(0));
            Checks.check(points.get(points.size() - 1).equals(new Point(1, 1)), "%s: a Lorenz curve ends at (1, 1), not %s", name,
                    points.get(points.size() - 1));
            for (int i = 1; i < points.size(); i++) {
                Point a = points.get(i - 1);
                Point b = points.get(i);
                Checks.check(b.x() >= a.x() - SLACK && b.y() >= a.y() - SLACK && b.x() <= 1 + SLACK && b.y() <= 1 + SLACK,
                        "%s: Lorenz points must rise within the unit square: %s after %s", name, b, a);
                Checks.check(b.y() <= b.x() + SLACK, "%s: a Lorenz curve lies on or below equality: %s", name, b);
            }
            Checks.check(Double.isFinite(gini) && gini >= -SLACK && gini <= 1 + SLACK, "%s: a Gini lies in [0, 1]: %s", name, gini);
        }

        /** The curve of a distribution: its {@link Distribution#lorenz()} points and its Gini. */
        public static Curve of(String name, Distribution distribution) {
            Checks.notNull(distribution, "distribution");
            List<Point> points = new ArrayList<>();
            for (double[] p : distribution.lorenz()) {
                points.add(new Point(clamp(p[0]), clamp(p[1])));
            }
            return new Curve(name, points, distribution.gini());
        }

        private static double clamp(double share) {
            return Math.max(0, Math.min(1, share));
        }
    }

    /** The curve's points in pixels of this chart, in order. */
    public List<double[]> pixels(Curve curve) {
        Scale x = xScale();
        Scale y = yScale();
        List<double[]> pixels = new ArrayList<>(curve.points().size());
        for (Point p : curve.points()) {
            pixels.add(new double[] {x.map(100 * p.x()), y.map(100 * p.y())});
        }
        return pixels;
    }

    private static Scale xScale() {
        return Scale.nice(0, 100, 5, 0, LEFT, LEFT + SIDE);
    }

    private static Scale yScale() {
        return Scale.nice(0, 100, 5, 0, TOP + SIDE, TOP);
    }

    private String legend(Curve c) {
        return c.name() + " (" + giniWord + " " + String.format(Locale.ROOT, "%.4f", c.gini()) + ")";
    }

    /** The chart as an SVG element. */
    public String svg() {
        double legendWidth = Canvas.textWidth(equality, Canvas.FONT);
        StringBuilder description = new StringBuilder();
        for (Curve c : curves) {
            legendWidth = Math.max(legendWidth, Canvas.textWidth(legend(c), Canvas.FONT));
            description.append(description.length() == 0 ? "" : "; ").append(legend(c));
        }
        double width = Math.max(Math.max(LEFT + SIDE + 40, Canvas.titleWidth(title)), Math.min(900, LEFT + 30 + legendWidth + 20));
        double legendTop = TOP + SIDE + 64;
        double height = legendTop + LEGEND_LINE * (curves.size() + 1);
        Canvas canvas = new Canvas(width, height, title, description.toString());
        Scale x = xScale();
        Scale y = yScale();
        canvas.yAxis(y, LEFT, LEFT + SIDE, yAxis, 18);
        canvas.xAxis(x, TOP + SIDE, TOP, xAxis);
        canvas.line(x.map(0), y.map(0), x.map(100), y.map(100), "#000000", 1, "4 3");
        double maxText = width - LEFT - 30 - 10;
        canvas.legendLine(LEFT, legendTop, "#000000", "4 3", Canvas.fit(equality, maxText, Canvas.FONT));
        for (int i = 0; i < curves.size(); i++) {
            Curve c = curves.get(i);
            String colour = Canvas.PALETTE[i % Canvas.PALETTE.length];
            canvas.polyline(pixels(c), colour, 2, "");
            canvas.legendLine(LEFT, legendTop + LEGEND_LINE * (i + 1), colour, "",
                    Canvas.fit(legend(c), maxText, Canvas.FONT));
        }
        return canvas.close();
    }
}
