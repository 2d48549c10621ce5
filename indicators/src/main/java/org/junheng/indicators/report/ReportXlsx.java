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
package org.junheng.indicators.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junheng.core.internal.Checks;
import org.junheng.core.value.Label;
import org.junheng.core.value.Language;
import org.junheng.indicators.rules.Unit;

/**
 * A report as one Excel workbook (Office Open XML, {@code .xlsx}): a first sheet that indexes the tables,
 * one sheet per table named by its section and table numbers and its title ({@code 03-01 …}, cut to
 * Excel's 31 characters), then a sheet of every finding and one of the notes. Numbers are numeric cells
 * (money formatted {@code #,##0.00}, percentages as {@code 12.5} shown {@code 12.5%}); text is inline
 * text; the header row is bold and frozen. The bytes depend only on the report and the language (fixed
 * entry times in the zip).
 *
 * <p>Written here rather than with a spreadsheet library: the format needed is six small XML parts in a
 * zip, and the libraries either weigh megabytes (Apache POI) or stamp the current time into the file.
 * Excel reads numbers as binary doubles, so a cell keeps 15 significant digits; the exact values are in
 * the JSON and CSV outputs.
 */
public final class ReportXlsx {
    /** Excel's limit of rows on a sheet. */
    static final int MAX_ROWS = 1_048_576;
    /** Excel's limit of characters in a cell. */
    static final int MAX_CELL_TEXT = 32_767;

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String XML_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    // the zip's entry times: fixed, so that the same report gives the same bytes
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    /** Cell styles, indices into cellXfs of the style sheet. */
    private static final int STYLE_HEADER = 1;
    private static final int STYLE_PERCENT = 2;
    private static final int STYLE_YUAN = 3;

    private ReportXlsx() {
    }

    /**
     * Writes the workbook to {@code file}, replacing it.
     *
     * @throws IllegalArgumentException if a table is beyond Excel's limits (rows, cell length); it is named
     * @throws IOException if the file cannot be written
     */
    public static void write(Report report, Language language, Path file) throws IOException {
        Checks.notNull(file, "file");
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            write(report, language, out);
        }
    }

    /**
     * Writes the workbook to {@code out}, which is left open.
     *
     * @throws IllegalArgumentException if a table is beyond Excel's limits (rows, cell length); it is named
     * @throws IOException if writing fails
     */
    public static void write(Report report, Language language, OutputStream out) throws IOException {
        Checks.notNull(report, "report");
        Checks.notNull(language, "language");
        Checks.notNull(out, "out");
        List<Table> sheets = new ArrayList<>();
        List<String> sheetNames = new ArrayList<>();
        for (int i = 0; i < report.sections().size(); i++) {
            Section section = report.sections().get(i);
            for (int j = 0; j < section.tables().size(); j++) {
                Table t = section.tables().get(j);
                sheetNames.add(sheetName(String.format(Locale.ROOT, "%02d-%02d %s", i + 1, j + 1, t.title().in(language))));
                sheets.add(t);
            }
        }
        Label indexTitle = Label.of("目录", "Index");
        sheets.add(0, ReportTables.index(report, Label.of("工作表", "sheet"), List.copyOf(sheetNames)));
        sheetNames.add(0, indexTitle.in(language));
        Table findings = ReportTables.findings(report);
        sheets.add(findings);
        sheetNames.add(findings.title().in(language));
        Table notes = ReportTables.notes(report);
        sheets.add(notes);
        sheetNames.add(notes.title().in(language));

        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        entry(zip, "[Content_Types].xml", contentTypes(sheets.size()));
        entry(zip, "_rels/.rels", XML_HEAD
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        entry(zip, "xl/workbook.xml", workbook(sheetNames));
        entry(zip, "xl/_rels/workbook.xml.rels", workbookRels(sheets.size()));
        entry(zip, "xl/styles.xml", STYLES);
        for (int i = 0; i < sheets.size(); i++) {
            entry(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", sheet(sheets.get(i), sheetNames.get(i), language));
        }
        zip.finish();
        zip.flush();
    }

    /** A valid, unique sheet name: Excel's forbidden characters made spaces, at most 31 characters. */
    static String sheetName(String name) {
        String s = name.replaceAll("[\\[\\]:*?/\\\\]", " ").replaceAll(" {2,}", " ").strip();
        if (s.length() > TableKeys.MAX_SHEET_NAME) {
            int end = TableKeys.MAX_SHEET_NAME;
            if (Character.isHighSurrogate(s.charAt(end - 1))) {
                end--;
            }
            s = s.substring(0, end).strip();
        }
        // a sheet name may not begin or end with an apostrophe
        while (s.startsWith("'")) {
            s = s.substring(1);
        }
        while (s.endsWith("'")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(e);
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String contentTypes(int sheets) {
        StringBuilder s = new StringBuilder(XML_HEAD);
        s.append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                .append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>")
                .append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        for (int i = 1; i <= sheets; i++) {
            s.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return s.append("</Types>").toString();
    }

    private static String workbook(List<String> names) {
        StringBuilder s = new StringBuilder(XML_HEAD);
        s.append("<workbook xmlns=\"").append(MAIN_NS).append("\" xmlns:r=\"").append(REL_NS).append("\"><sheets>");
        for (int i = 0; i < names.size(); i++) {
            s.append("<sheet name=\"").append(escape(names.get(i))).append("\" sheetId=\"").append(i + 1)
                    .append("\" r:id=\"rId").append(i + 1).append("\"/>");
        }
        return s.append("</sheets></workbook>").toString();
    }

    private static String workbookRels(int sheets) {
        StringBuilder s = new StringBuilder(XML_HEAD);
        s.append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 1; i <= sheets; i++) {
            s.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(REL_NS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        s.append("<Relationship Id=\"rId").append(sheets + 1).append("\" Type=\"").append(REL_NS)
                .append("/styles\" Target=\"styles.xml\"/>");
        return s.append("</Relationships>").toString();
    }

    /** Fonts, fills and borders are the minimum Excel requires; cellXfs: plain, header, percent, yuan. */
    private static final String STYLES = XML_HEAD + "<styleSheet xmlns=\"" + MAIN_NS + "\">"
            + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"General&quot;%&quot;\"/></numFmts>"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"4\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>";

    private static String sheet(Table t, String name, Language l) {
        Checks.check(t.cells().size() + 1 <= MAX_ROWS, "table '%s' has %d rows, more than a sheet holds (%d)", name,
                t.cells().size(), MAX_ROWS - 1);
        int columns = t.columns().size();
        int[] widths = new int[columns];
        StringBuilder rows = new StringBuilder();
        rows.append("<row r=\"1\">");
        for (int c = 0; c < columns; c++) {
            String label = t.columns().get(c).in(l);
            widths[c] = width(label);
            text(rows, c, 1, label, STYLE_HEADER, name);
        }
        rows.append("</row>");
        for (int r = 0; r < t.cells().size(); r++) {
            int row = r + 2;
            rows.append("<row r=\"").append(row).append("\">");
            for (int c = 0; c < columns; c++) {
                Cell cell = t.cells().get(r).get(c);
                if (cell instanceof Cell.Empty) {
                    continue;
                }
                if (cell instanceof Cell.Number n) {
                    int style = n.unit() == Unit.PERCENT ? STYLE_PERCENT : n.unit() == Unit.YUAN ? STYLE_YUAN : 0;
                    rows.append("<c r=\"").append(reference(c, row)).append('"');
                    if (style != 0) {
                        rows.append(" s=\"").append(style).append('"');
                    }
                    rows.append("><v>").append(n.value().toPlainString()).append("</v></c>");
                    widths[c] = Math.max(widths[c], n.value().toPlainString().length() + 3);
                } else {
                    String text = cell.in(l);
                    widths[c] = Math.max(widths[c], width(text));
                    text(rows, c, row, text, 0, name);
                }
            }
            rows.append("</row>");
        }
        StringBuilder s = new StringBuilder(XML_HEAD);
        s.append("<worksheet xmlns=\"").append(MAIN_NS).append("\">");
        s.append("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" "
                + "activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>");
        if (columns > 0) {
            s.append("<cols>");
            for (int c = 0; c < columns; c++) {
                // a column as wide as its widest cell, within reason
                s.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
                        .append(Math.min(60, Math.max(8, widths[c] + 2))).append("\" customWidth=\"1\"/>");
            }
            s.append("</cols>");
        }
        s.append("<sheetData>").append(rows).append("</sheetData></worksheet>");
        return s.toString();
    }

    private static void text(StringBuilder s, int column, int row, String text, int style, String sheet) {
        Checks.check(text.length() <= MAX_CELL_TEXT, "sheet '%s' cell %s: %d characters, more than a cell holds (%d)",
                sheet, reference(column, row), text.length(), MAX_CELL_TEXT);
        s.append("<c r=\"").append(reference(column, row)).append('"');
        if (style != 0) {
            s.append(" s=\"").append(style).append('"');
        }
        s.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">").append(escape(text)).append("</t></is></c>");
    }

    /** {@code A1}-style reference of a zero-based column and a one-based row. */
    static String reference(int column, int row) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.append(row).toString();
    }

    /** Display width: CJK characters take about two columns. */
    private static int width(String text) {
        return text.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
    }

    /**
     * Text escaped for XML; characters XML 1.0 cannot hold (control characters other than tab and line
     * breaks) are written as U+FFFD rather than making a file Excel refuses.
     */
    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                default -> {
                    boolean legal = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
                    s.appendCodePoint(legal ? c : 0xFFFD);
                }
            }
        });
        return s.toString();
    }
}
