package org.junheng.indicators.chart;

import org.junheng.core.internal.Checks;

/**
 * A point of a curve in data units.
 *
 * @param x the horizontal value
 * @param y the vertical value
 */
public record Point(double x, double y) {

    /** @throws IllegalArgumentException if a coordinate is NaN or infinite */
    public Point {
        Checks.check(Double.isFinite(x) && Double.isFinite(y), "a point needs finite coordinates: (%s, %s)", x, y);
    }
}
