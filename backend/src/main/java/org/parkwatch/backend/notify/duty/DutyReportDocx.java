package org.parkwatch.backend.notify.duty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.parkwatch.backend.platform.report.TableReportDocx;
import org.parkwatch.backend.tracker.DailySafetySection;

/**
 * The daily duty report as a Word document (Apache POI, an export edge): title, the figures table
 * (label | value, in the order of the HTML), the incidents, the duty log and the daily-safety
 * section.
 */
public final class DutyReportDocx {
    private DutyReportDocx() {}

    public static byte[] render(DutyReport r) throws IOException {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var title = doc.createParagraph().createRun();
            title.setBold(true);
            title.setFontSize(16);
            title.setText(DutyReportText.TITLE + " " + r.day() + " (" + r.zone() + ")");
            List<DutyReportText.Figure> figures = DutyReportText.figures(r);
            XWPFTable t = doc.createTable(figures.size(), 2);
            for (int i = 0; i < figures.size(); i++) {
                t.getRow(i).getCell(0).setText(figures.get(i).label());
                t.getRow(i).getCell(1).setText(Integer.toString(figures.get(i).value()));
            }
            doc.createParagraph().createRun().setText("突发事件 Incidents");
            XWPFTable inc = doc.createTable(1, 5);
            header(inc.getRow(0), "时间 Time", "编号 Id", "类型 Kind", "级别 Severity", "企业 Enterprises");
            for (DutyDaySource.IncidentLine i : r.incidents()) {
                header(
                        inc.createRow(),
                        DutyReportText.time(i.openedMs(), r.zone()),
                        i.id(),
                        i.kind(),
                        i.severity(),
                        i.enterprises());
            }
            doc.createParagraph().createRun().setText("演练 Drills: " + String.join("；", r.drills()));
            doc.createParagraph().createRun().setText("值班日志 Duty log");
            XWPFTable log = doc.createTable(1, 3);
            header(log.getRow(0), "时间 Time", "值班人 Author", "内容 Text");
            for (DutyLogEntry e : r.log()) {
                header(
                        log.createRow(),
                        DutyReportText.time(e.timeMs(), r.zone()),
                        e.author(),
                        e.text());
            }
            TableReportDocx.section(
                    doc, DailySafetySection.of(r.dailySafety(), DailySafetySection.Lang.BOTH));
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void header(XWPFTableRow row, String... cells) {
        for (int i = 0; i < cells.length; i++)
            row.getCell(i).setText(cells[i] == null ? "" : cells[i]);
    }
}
