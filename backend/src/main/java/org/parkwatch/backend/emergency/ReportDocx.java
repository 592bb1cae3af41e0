package org.parkwatch.backend.emergency;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.parkwatch.backend.security.AuditRecord;

/**
 * The after-action report as a Word document (Apache POI XWPF), the same content as {@link
 * ReportHtml}. The first table holds the intervals: key, step, at, minutes from detection, target,
 * result — a reader (or a test) can take the figures back from it.
 */
final class ReportDocx {
    private ReportDocx() {}

    static byte[] render(AfterActionReport r) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            heading(doc, ReportText.title(r), 16);
            if (r.record().drill()) heading(doc, "演练 / DRILL", 12);
            text(
                    doc,
                    "预案 / plan: "
                            + (r.plan() == null
                                    ? "—"
                                    : r.plan().titleZh() + " (" + r.plan().id() + ")")
                            + "；级别 / level: "
                            + (r.record().level() == null ? "—" : r.record().level().nameZh())
                            + (r.record().government()
                                    ? "；已提升至政府层面 / escalated to government"
                                    : ""));
            text(
                    doc,
                    "发现时间 / detected: "
                            + ReportText.time(r.record().detectedMs())
                            + "；生成 / generated: "
                            + ReportText.time(r.generatedMs())
                            + "；日志链校验 / log chain: "
                            + (r.chainOk() ? "完整 / intact" : "已损坏 / BROKEN"));
            heading(doc, "时间节点 / Intervals", 13);
            XWPFTable intervals =
                    table(
                            doc,
                            List.of(
                                    "key",
                                    "环节 / step",
                                    "时刻 / at",
                                    "用时（分钟）/ minutes",
                                    "目标（分钟）/ target",
                                    "评价 / result"));
            for (AfterActionReport.Interval i : r.intervals()) {
                row(
                        intervals,
                        List.of(
                                i.key(),
                                i.nameZh() + " / " + i.nameEn(),
                                ReportText.time(i.atMs()),
                                ReportText.minutes(i.minutes()),
                                ReportText.target(i.targetMin()),
                                ReportText.met(i.met())));
            }
            heading(doc, "任务 / Tasks", 13);
            XWPFTable tasks =
                    table(doc, List.of("任务 / task", "责任人 / owner", "状态 / status", "完成 / done"));
            for (Task t : r.tasks()) {
                row(
                        tasks,
                        List.of(
                                t.textZh(),
                                nz(t.ownerZh()),
                                t.status().nameZh() + " / " + t.status().nameEn(),
                                ReportText.time(t.doneMs())));
            }
            heading(doc, "资源调派 / Dispatches", 13);
            XWPFTable disp =
                    table(
                            doc,
                            List.of(
                                    "资源 / resource",
                                    "调派 / sent",
                                    "预计到达（分钟）/ ETA min",
                                    "依据 / basis"));
            for (Dispatch d : r.dispatches()) {
                row(
                        disp,
                        List.of(
                                d.resourceId(),
                                ReportText.time(d.dispatchedMs()),
                                ReportText.minutes(d.etaS() == null ? null : d.etaS() / 60),
                                nz(d.etaBasisZh())));
            }
            heading(doc, "时间线 / Timeline", 13);
            XWPFTable timeline =
                    table(doc, List.of("#", "时刻 / at", "事项 / what", "人员 / by", "对象 / target"));
            for (AuditRecord e : r.timeline()) {
                row(
                        timeline,
                        List.of(
                                String.valueOf(e.seq()),
                                ReportText.time(e.tsMs()),
                                ReportText.action(e.action()),
                                e.username(),
                                e.target()));
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("after-action report not written", e);
        }
    }

    private static void heading(XWPFDocument doc, String text, int size) {
        XWPFParagraph p = doc.createParagraph();
        var run = p.createRun();
        run.setBold(true);
        run.setFontSize(size);
        run.setText(text);
    }

    private static void text(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }

    private static XWPFTable table(XWPFDocument doc, List<String> header) {
        XWPFTable t = doc.createTable(1, header.size());
        XWPFTableRow h = t.getRow(0);
        for (int i = 0; i < header.size(); i++) h.getCell(i).setText(header.get(i));
        return t;
    }

    private static void row(XWPFTable t, List<String> cells) {
        XWPFTableRow r = t.createRow();
        for (int i = 0; i < cells.size(); i++) r.getCell(i).setText(nz(cells.get(i)));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
