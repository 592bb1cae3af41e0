package org.parkwatch.backend.platform.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A {@link TableReport} as a Word document (Apache POI XWPF, opens in LibreOffice): the title, the
 * subtitle, then per section a bold heading and one Word table, header row first, and its note.
 */
public final class TableReportDocx {
    private TableReportDocx() {}

    public static byte[] render(TableReport.Document d) throws IOException {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            text(doc, d.title(), 18, true);
            text(doc, d.subtitle(), 11, false);
            for (TableReport.Section s : d.sections()) section(doc, s);
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** Appends one section (heading, table, note) to a document another report is writing. */
    public static void section(XWPFDocument doc, TableReport.Section s) {
        text(doc, s.title(), 13, true);
        XWPFTable t = doc.createTable(s.rows().size() + 1, s.headers().size());
        fill(t.getRow(0), s.headers(), true);
        for (int i = 0; i < s.rows().size(); i++) fill(t.getRow(i + 1), s.rows().get(i), false);
        if (s.note() != null) text(doc, s.note(), 9, false);
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
            XWPFRun r = p.createRun();
            r.setText(cells.get(c) == null ? "" : cells.get(c));
            r.setBold(bold);
        }
    }

    private static void text(XWPFDocument doc, String text, int size, boolean bold) {
        XWPFRun r = doc.createParagraph().createRun();
        r.setText(text);
        r.setFontSize(size);
        r.setBold(bold);
    }
}
