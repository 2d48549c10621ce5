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
