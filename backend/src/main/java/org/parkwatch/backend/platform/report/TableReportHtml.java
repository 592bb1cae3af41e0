package org.parkwatch.backend.platform.report;

import java.util.List;

/**
 * A {@link TableReport} as one printable HTML page (A4, tables break across pages cleanly, no
 * script); every cell is escaped, numbers are right-aligned.
 */
public final class TableReportHtml {
    /** The print styles, for a report that writes its own page around {@link #section}. */
    public static final String STYLE =
            "@page{size:A4;margin:18mm}body{font-family:sans-serif;font-size:11pt;color:#111}"
                    + "h1{font-size:18pt;margin:0 0 4pt}h2{font-size:13pt;margin:14pt 0 4pt}"
                    + "table{border-collapse:collapse;width:100%;page-break-inside:auto}"
                    + "tr{page-break-inside:avoid}th,td{border:1px solid #777;padding:2pt 4pt;text-align:left}"
                    + "th{background:#eee}td.n{text-align:right;font-variant-numeric:tabular-nums}"
                    + ".note{color:#444;font-size:9.5pt}";

    private TableReportHtml() {}

    public static String render(TableReport.Document d, boolean en) {
        StringBuilder b = new StringBuilder(8192);
        b.append("<!DOCTYPE html><html lang=\"")
                .append(en ? "en" : "zh-CN")
                .append("\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(d.title()))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body><h1>")
                .append(esc(d.title()))
                .append("</h1><p>")
                .append(esc(d.subtitle()))
                .append("</p>");
        for (TableReport.Section s : d.sections()) section(b, s);
        return b.append("</body></html>").toString();
    }

    /** Appends one section (heading, table, note) to a page another report is writing. */
    public static void section(StringBuilder b, TableReport.Section s) {
        b.append("<h2>").append(esc(s.title())).append("</h2><table><thead><tr>");
        for (String h : s.headers()) b.append("<th>").append(esc(h)).append("</th>");
        b.append("</tr></thead><tbody>");
        for (List<String> row : s.rows()) {
            b.append("<tr>");
            for (String cell : row) {
                b.append(numeric(cell) ? "<td class=\"n\">" : "<td>")
                        .append(esc(cell))
                        .append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</tbody></table>");
        if (s.note() != null) b.append("<p class=\"note\">").append(esc(s.note())).append("</p>");
    }

    private static boolean numeric(String s) {
        return s != null && s.matches("-?\\d+(\\.\\d+)?");
    }

    /** The text with {@code & < > " '} escaped; empty for null. */
    public static String esc(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
