package org.parkwatch.backend.environment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The environmental report as a Word document (Apache POI XWPF): the same titled tables as the HTML
 * page, one Word table per section, header row first.
 */
final class ReportDocx {

    private ReportDocx() {}

    static byte[] render(ReportTables.Document d) throws IOException {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            text(doc, d.title(), 18, true);
            text(doc, d.subtitle(), 11, false);
            for (ReportTables.Section s : d.sections()) {
                text(doc, s.title(), 13, true);
                XWPFTable t = doc.createTable(s.rows().size() + 1, s.headers().size());
                fill(t.getRow(0), s.headers(), true);
                for (int i = 0; i < s.rows().size(); i++)
                    fill(t.getRow(i + 1), s.rows().get(i), false);
                if (s.note() != null) text(doc, s.note(), 9, false);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
            XWPFRun r = p.createRun();
            r.setText(cells.get(c));
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
