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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junheng.core.value.Label;
import org.junheng.core.value.Language;
import org.junheng.indicators.chart.Markup;
import org.junheng.indicators.report.Cell;
import org.junheng.indicators.report.Report;
import org.junheng.indicators.report.Section;
import org.junheng.indicators.report.Table;
import org.junheng.indicators.rules.Verdict;

/** Writes the page: head with inline CSS, summary, sections, charts. Markup is XHTML-compatible HTML5. */
final class HtmlPage {
    /** Text cells that read as a number (a count, an amount, a rate with its fraction) are right-aligned too. */
    private static final Pattern NUMERIC = Pattern.compile("[+-]?\\d[\\d,]*(\\.\\d+)?%?( \\(\\d+/\\d+\\))?");
    /** Rule and target IDs (AID-1, SY19-COV-14) are kept on one line. */
    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");
    private static final String CSS = """
            body { font-family: "Noto Sans CJK SC", "WenQuanYi Zen Hei", "Microsoft YaHei", sans-serif; margin: 24px auto;
              max-width: 1200px; padding: 0 16px; color: #212121; line-height: 1.45; }
            h1 { font-size: 1.6em; margin-bottom: 0.2em; }
            h2 { border-bottom: 2px solid #90a4ae; padding-bottom: 4px; margin-top: 2em; }
            .meta { color: #546e7a; margin-top: 0; }
            nav ol { columns: 2; }
            table { border-collapse: collapse; margin: 12px 0 20px; font-size: 0.9em; }
            caption { text-align: left; font-weight: bold; padding: 4px 0; }
            th, td { border: 1px solid #cfd8dc; padding: 3px 8px; vertical-align: top; }
            th { background: #eceff1; text-align: left; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            td.id { white-space: nowrap; }
            td.empty { color: #9e9e9e; text-align: center; }
            .v-met { background: #e6f4ea; color: #1b5e20; }
            .v-not-met { background: #fdecea; color: #b71c1c; font-weight: bold; }
            .v-short { background: #fff4e5; color: #8a4b00; }
            .v-not-due { background: #e8eaf6; color: #283593; }
            .v-na { background: #eeeeee; color: #424242; }
            .v-reported { background: #f5f5f5; color: #424242; }
            td.zero { color: #9e9e9e; background: transparent; font-weight: normal; }
            ul.notes { color: #455a64; font-size: 0.9em; }
            p.none { color: #757575; font-style: italic; }
            figure { margin: 16px 0 28px; }
            svg.chart { max-width: 100%; height: auto; border: 1px solid #eceff1; }
            """;

    private final Language language;
    private final StringBuilder out = new StringBuilder(1 << 16);

    private HtmlPage(Language language) {
        this.language = language;
    }

    /** The page of a report, its charts, and the names of the jurisdictions its findings open with. */
    static String render(Report report, List<Figure> figures, Map<String, String> jurisdictionNames, Language language) {
        return new HtmlPage(language).page(report, figures, jurisdictionNames);
    }

    private String w(String zh, String en) {
        return Label.of(zh, en).in(language);
    }

    private HtmlPage append(String raw) {
        out.append(raw);
        return this;
    }

    private HtmlPage text(String text) {
        out.append(Markup.escape(text));
        return this;
    }

    private String page(Report report, List<Figure> figures, Map<String, String> names) {
        String title = report.title().in(language);
        append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(language == Language.ZH ? "zh-CN" : "en").append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>").text(title)
                .append(" — ").text(report.dataSet()).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        append("<header>\n<h1>").text(title).append("</h1>\n<p class=\"meta\">").text(w("数据集: ", "data set: "))
                .text(report.dataSet()).append(" · ").text(w("参考日: ", "as of: ")).text(report.asOf().toString())
                .append(" · ").text(w("政策: ", "policy: ")).text(report.policy()).append("</p>\n</header>\n");
        nav(report, figures);
        summary(report, names);
        List<Section> sections = report.sections();
        for (int i = 0; i < sections.size(); i++) {
            // the page's own summary, counted from the same findings and coloured, stands in for the report's
            if (!Summary.isReportSummary(sections.get(i))) {
                section(sections.get(i), "section-" + (i + 1));
            }
        }
        charts(figures);
        append("</body>\n</html>\n");
        return out.toString();
    }

    private void nav(Report report, List<Figure> figures) {
        append("<nav aria-label=\"").text(w("目录", "contents")).append("\">\n<ol>\n");
        link("summary", w("摘要", "Summary"));
        for (int i = 0; i < report.sections().size(); i++) {
            if (!Summary.isReportSummary(report.sections().get(i))) {
                link("section-" + (i + 1), report.sections().get(i).title().in(language));
            }
        }
        if (!figures.isEmpty()) {
            link("charts", w("图表", "Charts"));
        }
        append("</ol>\n</nav>\n");
    }

    private void link(String id, String label) {
        append("<li><a href=\"#").append(id).append("\">").text(label).append("</a></li>\n");
    }

    private void summary(Report report, Map<String, String> names) {
        append("<section id=\"summary\">\n<h2>").text(w("摘要", "Summary")).append("</h2>\n");
        List<Summary.Area> areas = Summary.areas(report);
        if (areas.isEmpty()) {
            append("<p class=\"none\">").text(w("各节未给出结论。", "The sections state no verdicts.")).append("</p>\n");
        } else {
            append("<table class=\"summary\">\n<caption>").text(w("各领域结论计数", "Verdicts by area")).append("</caption>\n<thead><tr><th scope=\"col\">")
                    .text(w("领域", "area")).append("</th>");
            for (Verdict v : Summary.COUNTED) {
                append("<th scope=\"col\">").text(v.label().in(language)).append("</th>");
            }
            append("</tr></thead>\n<tbody>\n");
            for (Summary.Area a : areas) {
                append("<tr><th scope=\"row\">").text(a.title().in(language)).append("</th>");
                for (Verdict v : Summary.COUNTED) {
                    long n = a.counts().get(v);
                    append("<td class=\"num ").append(n == 0 ? "zero" : verdictClass(v)).append("\">")
                            .append(Long.toString(n)).append("</td>");
                }
                append("</tr>\n");
            }
            append("</tbody>\n</table>\n");
        }
        List<Summary.Breaches> worst = Summary.worst(report);
        if (worst.isEmpty()) {
            append("<p class=\"none\">").text(w("没有可归于某一区县的未达标或未达预期结论。",
                    "No finding not met or short of aim is attributed to a county.")).append("</p>\n");
        } else {
            append("<table class=\"worst\">\n<caption>").text(w("未达标结论最多的区县", "Counties with the most breaches"))
                    .append("</caption>\n<thead><tr>");
            for (String c : List.of(w("代码", "code"), w("名称", "name"), Verdict.NOT_MET.label().in(language),
                    Verdict.SHORT_OF_AIM.label().in(language), w("未达标规则", "rules not met"))) {
                append("<th scope=\"col\">").text(c).append("</th>");
            }
            append("</tr></thead>\n<tbody>\n");
            for (Summary.Breaches b : worst) {
                append("<tr><td>").text(b.code()).append("</td><td>").text(names.getOrDefault(b.code(), "—"))
                        .append("</td><td class=\"num ").append(b.notMet() == 0 ? "zero" : "v-not-met").append("\">")
                        .append(Long.toString(b.notMet())).append("</td><td class=\"num ").append(b.shortOfAim() == 0 ? "zero" : "v-short")
                        .append("\">").append(Long.toString(b.shortOfAim())).append("</td><td>").text(String.join(", ", b.rules()))
                        .append("</td></tr>\n");
            }
            append("</tbody>\n</table>\n");
        }
        append("</section>\n");
    }

    private void section(Section section, String id) {
        append("<section id=\"").append(id).append("\">\n<h2>").text(section.title().in(language)).append("</h2>\n");
        for (Table t : section.tables()) {
            table(t);
        }
        if (!section.notes().isEmpty()) {
            append("<ul class=\"notes\">\n");
            for (Label note : section.notes()) {
                append("<li>").text(note.in(language)).append("</li>\n");
            }
            append("</ul>\n");
        }
        append("</section>\n");
    }

    private void table(Table t) {
        append("<table>\n<caption>").text(t.title().in(language)).append("</caption>\n<thead><tr>");
        for (Label c : t.columns()) {
            append("<th scope=\"col\">").text(c.in(language)).append("</th>");
        }
        append("</tr></thead>\n<tbody>\n");
        if (t.cells().isEmpty()) {
            append("<tr><td class=\"empty\" colspan=\"").append(Integer.toString(Math.max(1, t.columns().size()))).append("\">")
                    .text(w("(无)", "(none)")).append("</td></tr>\n");
        }
        for (List<Cell> row : t.cells()) {
            append("<tr>");
            for (Cell c : row) {
                String css = cellClass(c);
                append(css.isEmpty() ? "<td>" : "<td class=\"" + css + "\">").text(c.in(language)).append("</td>");
            }
            append("</tr>\n");
        }
        append("</tbody>\n</table>\n");
    }

    /** The CSS class of a cell: a verdict's colour, numbers right-aligned, a dash centred. */
    static String cellClass(Cell cell) {
        if (cell instanceof Cell.Judged j) {
            return verdictClass(j.verdict());
        }
        if (cell instanceof Cell.Number) {
            return "num";
        }
        if (cell instanceof Cell.Empty) {
            return "empty";
        }
        if (cell instanceof Cell.Text t) {
            return NUMERIC.matcher(t.text()).matches() ? "num" : ID.matcher(t.text()).matches() ? "id" : "";
        }
        return "";
    }

    static String verdictClass(Verdict verdict) {
        return switch (verdict) {
            case MET -> "v-met";
            case NOT_MET -> "v-not-met";
            case SHORT_OF_AIM -> "v-short";
            case NOT_DUE -> "v-not-due";
            case NOT_ASSESSABLE -> "v-na";
            case REPORTED -> "v-reported";
        };
    }

    private void charts(List<Figure> figures) {
        if (figures.isEmpty()) {
            return;
        }
        append("<section id=\"charts\">\n<h2>").text(w("图表", "Charts")).append("</h2>\n");
        Map<Label, List<Figure>> byArea = new LinkedHashMap<>();
        for (Figure f : figures) {
            byArea.computeIfAbsent(f.area(), k -> new ArrayList<>()).add(f);
        }
        byArea.forEach((area, list) -> {
            append("<h3>").text(area.in(language)).append("</h3>\n");
            for (Figure f : list) {
                append("<figure>\n").append(f.svg()).append("</figure>\n");
            }
        });
        append("</section>\n");
    }
}
