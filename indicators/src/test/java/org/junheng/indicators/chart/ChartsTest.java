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

import static org.junheng.core.gen.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junheng.indicators.inequality.Distribution;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The three charts: geometry, accessibility, escaping, and well-formed SVG. */
class ChartsTest {

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static LorenzChart lorenz(LorenzChart.Curve... curves) {
        return new LorenzChart("Lorenz <t>", "x", "y", "equality", "Gini", List.of(curves));
    }

    @Test
    void lorenzCurveEndsAtOneOneAndRises() {
        LorenzChart.Curve c = LorenzChart.Curve.of("spend", Distribution.of(new double[] {1, 2, 3, 10}, new double[] {4, 3, 2, 1}));
        assertEquals(new Point(0, 0), c.points().get(0));
        assertEquals(new Point(1, 1), c.points().get(c.points().size() - 1));
        List<double[]> px = lorenz(c).pixels(c);
        for (int i = 1; i < px.size(); i++) {
            assertTrue(px.get(i)[0] >= px.get(i - 1)[0], "x rises to the right");
            assertTrue(px.get(i)[1] <= px.get(i - 1)[1], "y rises upward, toward smaller pixels");
        }
        assertEquals(px.get(0)[0], 64, 1e-9, "(0, 0) at the axes' origin");
        assertEquals(px.get(px.size() - 1)[1], 40, 1e-9, "(1, 1) at the top");
    }

    @Test
    void lorenzLegendCarriesTheGini() throws Exception {
        LorenzChart.Curve c = LorenzChart.Curve.of("spend", Distribution.of(1, 1, 2, 4));
        String svg = lorenz(c).svg();
        parse(svg);
        assertTrue(svg.contains(String.format(java.util.Locale.ROOT, "spend (Gini %.4f)", c.gini())), svg);
        assertTrue(svg.contains("role=\"img\"") && svg.contains("aria-label=\"Lorenz &lt;t&gt;\""));
        assertTrue(svg.contains("<title>Lorenz &lt;t&gt;</title>"));
        assertTrue(svg.contains("stroke-dasharray=\"4 3\""), "the line of equality");
    }

    @Test
    void lorenzRefusesACurveThatIsNotOne() {
        assertThrows(IllegalArgumentException.class, () -> new LorenzChart.Curve("c",
                List.of(new Point(0, 0), new Point(0.5, 0.2), new Point(0.9, 0.9)), 0.1), "does not end at (1, 1)");
        assertThrows(IllegalArgumentException.class, () -> new LorenzChart.Curve("c",
                List.of(new Point(0, 0), new Point(0.5, 0.6), new Point(1, 1)), 0.1), "above equality");
        assertThrows(IllegalArgumentException.class, () -> new LorenzChart.Curve("c",
                List.of(new Point(0, 0), new Point(0.6, 0.3), new Point(0.5, 0.4), new Point(1, 1)), 0.1), "x falls back");
        assertThrows(IllegalArgumentException.class, () -> new Point(Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> lorenz());
    }

    @Test
    void lorenzOfAnyDistributionIsAValidCurve() {
        qt().forAll(lists().of(doubles().between(0.01, 1e6)).ofSizeBetween(1, 60),
                lists().of(integers().between(1, 500)).ofSizeBetween(60, 60))
                .check((values, weights) -> {
                    Distribution d = new Distribution();
                    for (int i = 0; i < values.size(); i++) {
                        d.accept(values.get(i), weights.get(i));
                    }
                    LorenzChart.Curve c = LorenzChart.Curve.of("c", d);
                    List<Point> p = c.points();
                    boolean monotone = true;
                    for (int i = 1; i < p.size(); i++) {
                        monotone &= p.get(i).x() >= p.get(i - 1).x() && p.get(i).y() >= p.get(i - 1).y();
                    }
                    return monotone && p.get(p.size() - 1).equals(new Point(1, 1)) && !lorenz(c).svg().contains("NaN");
                });
    }

    @Test
    void barsStartAtZeroAndTheLimitLineSitsAtItsValue() throws Exception {
        BarChart chart = new BarChart("CV & ceiling", "CV", List.of(
                new BarChart.Bar("a", OptionalDouble.of(0.25), Tone.GOOD, "0.2500"),
                new BarChart.Bar("b", OptionalDouble.of(0.75), Tone.BAD, "0.7500 not met"),
                new BarChart.Bar("c <x>", OptionalDouble.empty(), Tone.NEUTRAL, "not assessable")),
                0.5, "ceiling 0.50", List.of(new Key(Tone.GOOD, "met"), new Key(Tone.BAD, "not met")));
        Scale s = chart.scale();
        assertEquals(0, s.low());
        assertTrue(s.high() >= 0.75);
        String svg = chart.svg();
        parse(svg);
        String limitX = Markup.number(s.map(0.5), 2);
        assertTrue(svg.contains("<line x1=\"" + limitX + "\""), "the limit line at the ceiling's pixel");
        assertTrue(svg.contains("fill=\"" + Tone.BAD.colour() + "\""), "the breach in red");
        assertTrue(svg.contains("c &lt;x&gt;"));
        assertTrue(svg.contains("not assessable"));
        assertEquals(2, svg.split("<rect x=\"[0-9.]+\" y=\"[0-9.]+\" width=\"[0-9.]+\" height=\"18\"", -1).length - 1,
                "a bar per value, none for the missing one");
        assertThrows(IllegalArgumentException.class, () -> new BarChart.Bar("n", OptionalDouble.of(-1), Tone.GOOD, ""));
        assertThrows(IllegalArgumentException.class, () -> new BarChart.Bar("n", OptionalDouble.of(Double.NaN), Tone.GOOD, ""));
    }

    @Test
    void linesTickWholeYearsAndMarkBreaches() throws Exception {
        LineChart chart = new LineChart("spend", "year", "yuan", List.of(new LineChart.Series("per student", List.of(
                new LineChart.Mark(2020, 13728.81, Tone.NEUTRAL, "2020", ""),
                new LineChart.Mark(2023, 14505.67, Tone.BAD, "2023", "FIN-2"),
                new LineChart.Mark(2025, 14912.42, Tone.GOOD, "2025", "")), false)),
                List.of(new LineChart.Reference("target", 15000, false), new LineChart.Reference("deadline", 2026.5, true)),
                Optional.empty(), List.of(new Key(Tone.BAD, "not met")));
        assertEquals(List.of("2020", "2021", "2022", "2023", "2024", "2025", "2026", "2027"),
                chart.xScale().ticks().stream().map(Scale::label).toList(), "a vertical reference widens the years");
        assertTrue(chart.yScale().low() <= 13728.81 && chart.yScale().high() >= 15000, "values and the target fit");
        String svg = chart.svg();
        parse(svg);
        assertTrue(svg.contains("paint-order=\"stroke\">FIN-2</text>"), "the breach is labelled with its rule");
        assertTrue(svg.contains("r=\"5.5\" fill=\"" + Tone.BAD.colour() + "\" stroke=\"#000000\""), "and drawn larger, outlined");
        assertFalse(svg.contains("NaN"));
        assertThrows(IllegalArgumentException.class, () -> new LineChart.Series("s", List.of(
                new LineChart.Mark(2021, 1, Tone.GOOD, "", ""), new LineChart.Mark(2020, 1, Tone.GOOD, "", "")), false));
        assertThrows(IllegalArgumentException.class, () -> new LineChart("t", "x", "y",
                List.of(new LineChart.Series("s", List.of(), false)), List.of(), Optional.empty(), List.of()));
    }

    @Test
    void aFixedRangeIsKept() {
        LineChart chart = new LineChart("rate", "year", "%", List.of(new LineChart.Series("r", List.of(
                new LineChart.Mark(2024.67, 46.7, Tone.BAD, "", "")), false)), List.of(),
                Optional.of(new LineChart.Range(0, 100)), List.of());
        assertEquals(0, chart.yScale().low());
        assertEquals(100, chart.yScale().high());
        assertEquals(List.of("2024", "2025"), chart.xScale().ticks().stream().map(Scale::label).toList());
    }

    @Test
    void sameInputSameBytes() {
        LorenzChart.Curve c = LorenzChart.Curve.of("x", Distribution.of(3, 1, 2));
        assertEquals(lorenz(c).svg(), lorenz(LorenzChart.Curve.of("x", Distribution.of(1, 2, 3))).svg());
    }

    @Test
    void longLabelsAreCutWithAnEllipsisAndKeptWholeInATooltip() {
        String longLabel = "每百名学生拥有体育、艺术(美术、音乐)专任教师数每百名学生拥有体育、艺术专任教师数";
        String cut = Canvas.fit(longLabel, 200, 12);
        assertTrue(cut.endsWith("…") && Canvas.textWidth(cut, 12) <= 200, cut);
        BarChart chart = new BarChart("t", "v", List.of(new BarChart.Bar(longLabel, OptionalDouble.of(1), Tone.GOOD, "1")),
                2, "limit", List.of());
        assertTrue(chart.svg().contains("<title>" + longLabel + "</title>"));
    }
}
