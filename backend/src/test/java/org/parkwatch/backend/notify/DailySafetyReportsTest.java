package org.parkwatch.backend.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.parkwatch.backend.notify.duty.DutyReport;
import org.parkwatch.backend.notify.duty.DutyReportDocx;
import org.parkwatch.backend.notify.duty.DutyReportHtml;
import org.parkwatch.backend.platform.report.TableReportDocx;
import org.parkwatch.backend.tracker.DailySafety;
import org.parkwatch.backend.tracker.DailySafetyFigures;
import org.parkwatch.backend.tracker.DailySafetyFigures.CommitmentDay;
import org.parkwatch.backend.tracker.DailySafetyFigures.HiddenDangerFigures;
import org.parkwatch.backend.tracker.DailySafetyFigures.KindCount;
import org.parkwatch.backend.tracker.DailySafetyFigures.ResponsibilityFigures;
import org.parkwatch.backend.tracker.DailySafetyFigures.WorkPermitDay;
import org.parkwatch.backend.tracker.Quarter;
import org.parkwatch.backend.tracker.QuarterlyReport;
import org.parkwatch.backend.tracker.TrackerOverview;

/**
 * The daily-safety section of the daily duty report and of the quarterly report, fed by a fake
 * {@link DailySafetyFigures} (plain records): the figures the port gives are the ones the parsed
 * DOCX shows, and a figure the platform lacks reads "not available".
 */
class DailySafetyReportsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);

    /** The port as the permit, dual-prevention and duty capabilities will answer it. */
    record FakeDailySafety(
            Optional<WorkPermitDay> permits,
            Optional<HiddenDangerFigures> hidden,
            Optional<CommitmentDay> commitment,
            Optional<ResponsibilityFigures> duties)
            implements DailySafetyFigures {
        @Override
        public Optional<WorkPermitDay> permits(LocalDate day) {
            return permits.filter(p -> p.day().equals(day));
        }

        @Override
        public Optional<HiddenDangerFigures> hiddenDangers() {
            return hidden;
        }

        @Override
        public Optional<CommitmentDay> commitments(LocalDate day) {
            return commitment.filter(c -> c.day().equals(day));
        }

        @Override
        public Optional<ResponsibilityFigures> responsibility() {
            return duties;
        }
    }

    private static final FakeDailySafety FULL =
            new FakeDailySafety(
                    Optional.of(
                            new WorkPermitDay(
                                    DAY,
                                    List.of(
                                            new KindCount("动火", "hot work", 5),
                                            new KindCount("受限空间", "confined space", 2),
                                            new KindCount("高处", "work at height", 4)),
                                    1,
                                    3,
                                    2)),
                    Optional.of(new HiddenDangerFigures(17, 4, 1, 86.5)),
                    Optional.of(new CommitmentDay(DAY, 12, 10, 1, 1)),
                    Optional.of(new ResponsibilityFigures(36, 3, 2)));

    @Test
    void theDutyReportDocxShowsThePortsFigures() throws Exception {
        Map<String, String> rows = lastTable(DutyReportDocx.render(dutyReport(FULL)));
        assertEquals("11", rows.get("今日在办特殊作业 Special work permits active today"));
        assertEquals("5", rows.get("　动火 hot work"));
        assertEquals("2", rows.get("　受限空间 confined space"));
        assertEquals("1", rows.get("特级动火 Hot work, special grade (特级)"));
        assertEquals("3", rows.get("一级动火 Hot work, grade 1 (一级)"));
        assertEquals("2", rows.get("受限空间作业 Confined-space work"));
        assertEquals("17", rows.get("未闭环隐患 Hidden dangers open"));
        assertEquals("4", rows.get("逾期未整改隐患 Hidden dangers overdue"));
        assertEquals("1", rows.get("重大隐患 Major hidden dangers open"));
        assertEquals("86.5", rows.get("隐患整改率（%） Rectification rate (%)"));
        assertEquals("12", rows.get("应承诺企业 Enterprises to declare"));
        assertEquals("10", rows.get("按时承诺 Declared on time"));
        assertEquals("1", rows.get("迟报承诺 Declared late"));
        assertEquals("1", rows.get("未承诺 Not declared"));
        assertEquals("36", rows.get("包保责任应履职 Responsibility duties due"));
        assertEquals("3", rows.get("包保责任逾期 Responsibility duties overdue"));
        assertEquals("2", rows.get("履职逾期的重大危险源 Major hazards with overdue duties"));
    }

    @Test
    void aFigureThePlatformLacksReadsNotAvailable() throws Exception {
        FakeDailySafety some =
                new FakeDailySafety(
                        Optional.empty(), FULL.hidden(), Optional.empty(), Optional.empty());
        Map<String, String> rows = lastTable(DutyReportDocx.render(dutyReport(some)));
        assertEquals("未接入 not available", rows.get("特殊作业票 Special work permits"));
        assertEquals("未接入 not available", rows.get("安全承诺 Daily safety commitments"));
        assertEquals("未接入 not available", rows.get("重大危险源包保责任 Major-hazard responsibility"));
        assertEquals("17", rows.get("未闭环隐患 Hidden dangers open"));
        assertEquals(7, rows.size(), "three not-available rows and the four hidden-danger rows");
        String html = DutyReportHtml.render(dutyReport(some));
        assertTrue(
                html.contains("<td>特殊作业票 Special work permits</td><td>未接入 not available</td>"),
                html);
    }

    @Test
    void theQuarterlyReportShowsTheSameFiguresInTheReadersLanguage() throws Exception {
        TrackerOverview o =
                new TrackerOverview(
                        Quarter.of(DAY),
                        DAY,
                        1_765_000_000_000L,
                        "Asia/Shanghai",
                        List.of(),
                        DailySafety.read(FULL, DAY));
        Map<String, String> zh = lastTable(TableReportDocx.render(QuarterlyReport.of(o, false)));
        assertEquals("11", zh.get("今日在办特殊作业"));
        assertEquals("1", zh.get("特级动火"));
        assertEquals("86.5", zh.get("隐患整改率（%）"));
        assertEquals("1", zh.get("迟报承诺"));
        Map<String, String> en = lastTable(TableReportDocx.render(QuarterlyReport.of(o, true)));
        assertEquals("3", en.get("Hot work, grade 1 (一级)"));
        assertEquals("3", en.get("Responsibility duties overdue"));
    }

    private static DutyReport dutyReport(DailySafetyFigures port) {
        return new DutyReport(
                DAY,
                "Asia/Shanghai",
                0,
                List.of(),
                List.of(),
                0,
                0,
                0,
                0,
                0,
                List.of(),
                DailySafety.read(port, DAY));
    }

    /** The document's last table, label → value, without its header row. */
    private static Map<String, String> lastTable(byte[] docx) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFTable> tables = doc.getTables();
            XWPFTable t = tables.get(tables.size() - 1);
            for (XWPFTableRow r : t.getRows().subList(1, t.getRows().size()))
                out.put(r.getCell(0).getText(), r.getCell(1).getText());
        }
        return out;
    }
}
