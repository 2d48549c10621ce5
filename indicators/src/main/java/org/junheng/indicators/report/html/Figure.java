package org.junheng.indicators.report.html;

import org.junheng.core.internal.Checks;
import org.junheng.core.value.Label;

/**
 * One chart of the report, ready to embed: the area it belongs to and its SVG element, whose words are in
 * the language it was made for.
 *
 * @param area the area, such as "经费保障 / Funding", under which the page groups it
 * @param svg the {@code <svg>} element
 */
public record Figure(Label area, String svg) {

    /** @throws IllegalArgumentException if a component is missing or the SVG is not an SVG element */
    public Figure {
        Checks.notNull(area, "area");
        Checks.notNull(svg, "svg");
        Checks.check(svg.startsWith("<svg "), "a figure holds an <svg> element");
    }
}
