package org.parkwatch.backend.environment;

import java.util.List;

/** The environmental report as one printable HTML page (A4, tables break across pages cleanly). */
final class ReportHtml {

    private ReportHtml() {}

    static String render(ReportTables.Document d, boolean en) {
        StringBuilder b = new StringBuilder(8192);
        b.append("<!DOCTYPE html><html lang=\"")
                .append(en ? "en" : "zh-CN")
                .append("\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(d.title()))
                .append("</title><style>")
                .append(
                        "@page{size:A4;margin:18mm}body{font-family:sans-serif;font-size:11pt;color:#111}")
                .append("h1{font-size:18pt;margin:0 0 4pt}h2{font-size:13pt;margin:14pt 0 4pt}")
                .append("table{border-collapse:collapse;width:100%;page-break-inside:auto}")
                .append(
                        "tr{page-break-inside:avoid}th,td{border:1px solid #777;padding:2pt 4pt;text-align:left}")
                .append(
                        "th{background:#eee}td.n{text-align:right;font-variant-numeric:tabular-nums}")
                .append(".note{color:#444;font-size:9.5pt}")
                .append("</style></head><body><h1>")
                .append(esc(d.title()))
                .append("</h1><p>")
                .append(esc(d.subtitle()))
                .append("</p>");
        for (ReportTables.Section s : d.sections()) {
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
            if (s.note() != null)
                b.append("<p class=\"note\">").append(esc(s.note())).append("</p>");
        }
        return b.append("</body></html>").toString();
    }

    private static boolean numeric(String s) {
        return s.matches("-?\\d+(\\.\\d+)?");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
