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
import org.junheng.core.internal.Checks;

/**
 * Text and numbers for SVG and HTML: escaping that is safe in element content and in quoted attributes of
 * both HTML and XML, and a fixed number format that is the same on every machine.
 */
public final class Markup {
    private Markup() {
    }

    /**
     * The text with {@code & < > " '} escaped; characters that XML forbids (controls other than tab, line
     * feed and carriage return, lone surrogates, U+FFFE and U+FFFF) become U+FFFD, so that the page stays
     * well-formed whatever a data set's names contain.
     */
    public static String escape(String text) {
        Checks.notNull(text, "text");
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (allowed(c)) {
                        out.append(c);
                    } else {
                        out.append('\uFFFD');
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean allowed(char c) {
        if (Character.isSurrogate(c)) {
            return false;
        }
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != '\uFFFE' && c != '\uFFFF');
    }

    /**
     * A coordinate or a label: at most {@code places} decimals, rounded half up, trailing zeros dropped,
     * never {@code -0}, never an exponent.
     *
     * @throws IllegalArgumentException if the number is NaN or infinite
     */
    public static String number(double value, int places) {
        Checks.check(Double.isFinite(value), "not a finite number: %s", value);
        Checks.check(places >= 0, "places must not be negative: %d", places);
        BigDecimal d = BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** A pixel coordinate, to two decimals. */
    static String px(double value) {
        return number(value, 2);
    }
}
