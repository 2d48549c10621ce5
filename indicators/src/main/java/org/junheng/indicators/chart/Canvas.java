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
import java.util.List;

/** Writes one SVG element: shapes and text in pixel coordinates, every attribute quoted and escaped. */
final class Canvas {
    static final String[] PALETTE = {"#1f77b4", "#e6550d", "#2ca02c", "#9467bd", "#8c564b", "#d6616b", "#17becf",
        "#7f7f7f"};
    static final double FONT = 12;
    private static final String AXIS = "#333333";
    private static final String GRID = "#e0e0e0";

    private final StringBuilder out = new StringBuilder(4096);

    /** Opens the SVG with its accessible name (title) and description. */
    Canvas(double width, double height, String title, String description) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"").append(Markup.px(width))
                .append("\" height=\"").append(Markup.px(height)).append("\" viewBox=\"0 0 ").append(Markup.px(width))
                .append(' ').append(Markup.px(height)).append("\" aria-label=\"").append(Markup.escape(title))
                .append("\" font-family=\"sans-serif\" font-size=\"").append(Markup.px(FONT)).append("\">\n");
        out.append("<title>").append(Markup.escape(title)).append("</title>\n");
        out.append("<desc>").append(Markup.escape(description)).append("</desc>\n");
        out.append("<rect x=\"0\" y=\"0\" width=\"").append(Markup.px(width)).append("\" height=\"").append(Markup.px(height))
                .append("\" fill=\"#ffffff\"/>\n");
        text(width / 2, 20, "middle", 15, "bold", title);
    }

    /** The width a chart needs for its title, with a margin on each side. */
    static double titleWidth(String title) {
        return textWidth(title, 15) * 1.08 + 40;
    }

    /** The width of a text in pixels, estimated: full width for CJK and other wide characters. */
    static double textWidth(String text, double size) {
        double w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            w += wide(cp) ? size : 0.56 * size;
        }
        return w;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || cp >= 0x20000;
    }

    /** The text cut to {@code width} pixels with an ellipsis; the whole text goes in a tooltip by the caller. */
    static String fit(String text, double width, double size) {
        if (textWidth(text, size) <= width) {
            return text;
        }
        StringBuilder cut = new StringBuilder();
        double limit = width - textWidth("…", size);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String next = new String(Character.toChars(cp));
            if (textWidth(cut + next, size) > limit) {
                break;
            }
            cut.append(next);
            i += Character.charCount(cp);
        }
        return cut + "…";
    }

    void text(double x, double y, String anchor, double size, String weight, String text) {
        out.append("<text x=\"").append(Markup.px(x)).append("\" y=\"").append(Markup.px(y)).append("\" text-anchor=\"")
                .append(anchor).append('"');
        if (size != FONT) {
            out.append(" font-size=\"").append(Markup.px(size)).append('"');
        }
        if (!weight.isEmpty()) {
            out.append(" font-weight=\"").append(weight).append('"');
        }
        out.append('>').append(Markup.escape(text)).append("</text>\n");
    }

    /** A short note beside a mark, haloed in white so that lines beneath it do not cross its letters. */
    void note(double x, double y, String text) {
        out.append("<text x=\"").append(Markup.px(x)).append("\" y=\"").append(Markup.px(y))
                .append("\" text-anchor=\"middle\" font-size=\"11\" font-weight=\"bold\" stroke=\"#ffffff\" stroke-width=\"3\"")
                .append(" paint-order=\"stroke\">").append(Markup.escape(text)).append("</text>\n");
    }

    void text(double x, double y, String anchor, String text) {
        text(x, y, anchor, FONT, "", text);
    }

    /** Text with the whole of a longer text as its tooltip. */
    void text(double x, double y, String anchor, String shown, String whole) {
        if (shown.equals(whole)) {
            text(x, y, anchor, shown);
            return;
        }
        out.append("<text x=\"").append(Markup.px(x)).append("\" y=\"").append(Markup.px(y)).append("\" text-anchor=\"")
                .append(anchor).append("\"><title>").append(Markup.escape(whole)).append("</title>")
                .append(Markup.escape(shown)).append("</text>\n");
    }

    /** A vertical axis title, rotated to read bottom to top. */
    void verticalText(double x, double y, String text) {
        out.append("<text x=\"").append(Markup.px(x)).append("\" y=\"").append(Markup.px(y))
                .append("\" text-anchor=\"middle\" transform=\"rotate(-90 ").append(Markup.px(x)).append(' ')
                .append(Markup.px(y)).append(")\">").append(Markup.escape(text)).append("</text>\n");
    }

    void line(double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
        out.append("<line x1=\"").append(Markup.px(x1)).append("\" y1=\"").append(Markup.px(y1)).append("\" x2=\"")
                .append(Markup.px(x2)).append("\" y2=\"").append(Markup.px(y2)).append("\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"").append(Markup.px(width)).append('"');
        if (!dash.isEmpty()) {
            out.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        out.append("/>\n");
    }

    void polyline(List<double[]> pixels, String stroke, double width, String dash) {
        out.append("<polyline fill=\"none\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(Markup.px(width))
                .append('"');
        if (!dash.isEmpty()) {
            out.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        out.append(" points=\"");
        for (int i = 0; i < pixels.size(); i++) {
            out.append(i == 0 ? "" : " ").append(Markup.px(pixels.get(i)[0])).append(',').append(Markup.px(pixels.get(i)[1]));
        }
        out.append("\"/>\n");
    }

    void rect(double x, double y, double width, double height, String fill, String tooltip) {
        out.append("<rect x=\"").append(Markup.px(x)).append("\" y=\"").append(Markup.px(y)).append("\" width=\"")
                .append(Markup.px(width)).append("\" height=\"").append(Markup.px(height)).append("\" fill=\"").append(fill)
                .append('"');
        if (tooltip.isEmpty()) {
            out.append("/>\n");
        } else {
            out.append("><title>").append(Markup.escape(tooltip)).append("</title></rect>\n");
        }
    }

    /** A data point: a filled circle, larger and ringed when it marks a breach, with its values as tooltip. */
    void dot(double x, double y, Tone tone, String tooltip) {
        double r = tone == Tone.BAD ? 5.5 : 3.5;
        out.append("<circle cx=\"").append(Markup.px(x)).append("\" cy=\"").append(Markup.px(y)).append("\" r=\"")
                .append(Markup.px(r)).append("\" fill=\"").append(tone.colour()).append('"');
        if (tone == Tone.BAD) {
            out.append(" stroke=\"#000000\" stroke-width=\"1.5\"");
        }
        out.append("><title>").append(Markup.escape(tooltip)).append("</title></circle>\n");
    }

    /** A vertical axis at {@code x} with ticks, labels and grid lines across to {@code gridTo}. */
    void yAxis(Scale scale, double x, double gridTo, String title, double titleX) {
        double top = scale.map(scale.high());
        double bottom = scale.map(scale.low());
        for (BigDecimal tick : scale.ticks()) {
            double y = scale.map(tick.doubleValue());
            line(x, y, gridTo, y, GRID, 1, "");
            line(x - 5, y, x, y, AXIS, 1, "");
            text(x - 8, y + 4, "end", Scale.label(tick));
        }
        line(x, top, x, bottom, AXIS, 1, "");
        verticalText(titleX, (top + bottom) / 2, title);
    }

    /** A horizontal axis at {@code y} with ticks, labels and grid lines up to {@code gridTo}. */
    void xAxis(Scale scale, double y, double gridTo, String title) {
        double left = scale.map(scale.low());
        double right = scale.map(scale.high());
        for (BigDecimal tick : scale.ticks()) {
            double x = scale.map(tick.doubleValue());
            line(x, y, x, gridTo, GRID, 1, "");
            line(x, y, x, y + 5, AXIS, 1, "");
            text(x, y + 18, "middle", Scale.label(tick));
        }
        line(left, y, right, y, AXIS, 1, "");
        text((left + right) / 2, y + 36, "middle", title);
    }

    /** A legend entry: a swatch (a line, dashed or not, or a dot) and its text. */
    void legendLine(double x, double y, String colour, String dash, String label) {
        line(x, y - 4, x + 24, y - 4, colour, 2, dash);
        text(x + 30, y, "start", label);
    }

    void legendDot(double x, double y, Tone tone, String label) {
        out.append("<circle cx=\"").append(Markup.px(x + 12)).append("\" cy=\"").append(Markup.px(y - 4))
                .append("\" r=\"4\" fill=\"").append(tone.colour()).append('"');
        if (tone == Tone.BAD) {
            out.append(" stroke=\"#000000\" stroke-width=\"1.5\"");
        }
        out.append("/>\n");
        text(x + 30, y, "start", label);
    }

    String close() {
        out.append("</svg>\n");
        return out.toString();
    }
}
