package org.parkwatch.backend.notify;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The duty log and the daily duty report: the DOCX export is parsed back and its figures checked
 * against the JSON API; the printable HTML escapes what people wrote.
 */
class DutyReportTest {
    @TempDir Path dir;
    private NotifyStack stack;

    @AfterEach
    void stop() throws Exception {
        if (stack != null) stack.close();
    }

    @Test
    void docxFiguresMatchTheApiAndTheHtmlEscapesTheLog() throws Exception {
        stack = new NotifyStack(dir, Map.of("notify.ackMs", "600000")).start();
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        assertEquals(201, log("交接班：储罐区巡检正常", null).statusCode());
        assertEquals(201, log("<script>alert(1)</script> 氯气泄漏处置", "INC-20").statusCode());
        stack.send(
                new JsonObject()
                        .put("kind", "drill")
                        .put("incidentId", "DRILL-1")
                        .put("title", "氯气泄漏疏散演练"));
        stack.send(
                new JsonObject()
                        .put("kind", "incident_opened")
                        .put("incidentId", "INC-20")
                        .put("title", "氯气泄漏 E01-V101"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> stack.mail.getReceivedMessages().length == 2);

        JsonObject api = stack.backend.getObject("/api/duty/report?date=" + today);
        assertEquals(2, api.getJsonArray("log").size());
        assertEquals(new JsonArray().add("氯气泄漏疏散演练"), api.getJsonArray("drills"));
        assertEquals(2, api.getInteger("notifications"));
        assertEquals(6, api.getInteger("messages"), "A is told on three channels, twice");
        assertEquals(0, api.getInteger("messagesFailed"));

        HttpResponse<byte[]> docx = stack.bytes("/api/export/duty-report.docx?date=" + today);
        assertEquals(200, docx.statusCode());
        Map<String, Integer> figures = new LinkedHashMap<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            assertTrue(doc.getParagraphs().get(0).getText().contains(today));
            XWPFTable t = doc.getTables().get(0);
            for (XWPFTableRow row : t.getRows())
                figures.put(row.getCell(0).getText(), Integer.parseInt(row.getCell(1).getText()));
            XWPFTable log = doc.getTables().get(2);
            assertEquals(3, log.getRows().size(), "header and two entries");
            assertEquals("交接班：储罐区巡检正常", log.getRow(1).getCell(2).getText());
        }
        assertEquals(api.getInteger("alarmsRaised"), figures.get("报警 Alarms raised"));
        assertEquals(api.getJsonArray("incidents").size(), figures.get("突发事件 Incidents"));
        assertEquals(api.getJsonArray("drills").size(), figures.get("演练 Drills"));
        assertEquals(api.getInteger("notifications"), figures.get("通知 Notifications"));
        assertEquals(api.getInteger("messages"), figures.get("消息 Messages"));
        assertEquals(api.getInteger("messagesFailed"), figures.get("发送失败 Messages failed"));
        assertEquals(api.getInteger("notificationsAcknowledged"), figures.get("已确认 Acknowledged"));
        assertEquals(api.getInteger("escalations"), figures.get("升级通知 Escalated"));
        assertEquals(api.getJsonArray("log").size(), figures.get("值班日志 Duty log entries"));

        HttpResponse<String> html = stack.backend.get("/api/export/duty-report.html?date=" + today);
        assertEquals(200, html.statusCode());
        assertTrue(
                html.body().contains("&lt;script&gt;alert(1)&lt;/script&gt; 氯气泄漏处置"), html.body());
        assertTrue(!html.body().contains("<script>"), "no script in the printable page");
        assertTrue(
                html.body().contains("<td>氯气泄漏疏散演练</td>")
                        || html.body().contains("<li>氯气泄漏疏散演练</li>"));
    }

    @Test
    void badDutyLogAndDateAreRefused() throws Exception {
        stack = new NotifyStack(dir, Map.of()).start();
        HttpResponse<String> empty = log("  ", null);
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body().contains("text: 1 to 4000 characters"), empty.body());
        HttpResponse<String> date = stack.backend.get("/api/duty/report?date=2026-13-40");
        assertEquals(400, date.statusCode());
        assertTrue(date.body().contains("date='2026-13-40': use YYYY-MM-DD"), date.body());
        assertEquals(0, stack.backend.getArray("/api/duty/log").size(), "nothing written");
    }

    private HttpResponse<String> log(String text, String incident) throws Exception {
        return stack.backend.post(
                "/api/duty/log",
                "application/json",
                new JsonObject().put("text", text).put("incidentId", incident).encode());
    }
}
