package org.parkwatch.backend.notify;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.ThrowawayPostgis;

/** The same store on PostGIS: migrations V73/V74, escalation, acknowledgement by link, report. */
class NotificationPostgisTest {
    @TempDir Path dir;
    private final ThrowawayPostgis db = new ThrowawayPostgis("pw_notify");
    private NotifyStack stack;

    @AfterEach
    void stop() throws Exception {
        try {
            if (stack != null) stack.close();
        } finally {
            db.drop();
        }
    }

    @Test
    void escalationAcknowledgementAndReportOnPostgis() throws Exception {
        stack = new NotifyStack(dir, db.create()).start();
        stack.send(
                new JsonObject()
                        .put("kind", "all_clear")
                        .put("incidentId", "INC-40")
                        .put("title", "氯气泄漏"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> stack.mailsTo("b@example.com").size() == 1);
        String token = NotifyStack.token(NotifyStack.body(stack.mailsTo("b@example.com").get(0)));
        HttpResponse<String> ack = stack.anonymous("POST", "/api/notify/ack/" + token);
        assertEquals(200, ack.statusCode(), ack.body());
        assertEquals(
                "acknowledged", stack.messagesOf("INC-40", "B", "email").get(0).getString("state"));
        assertEquals(
                201,
                stack.backend
                        .post(
                                "/api/duty/log",
                                "application/json",
                                new JsonObject().put("text", "解除警报后复查").encode())
                        .statusCode());
        JsonObject report =
                stack.backend.getObject(
                        "/api/duty/report?date=" + LocalDate.now(ZoneId.of("Asia/Shanghai")));
        assertEquals(1, report.getInteger("notifications"));
        assertEquals(1, report.getInteger("notificationsAcknowledged"));
        assertEquals(1, report.getInteger("escalations"));
        assertEquals(5, report.getInteger("messages"), "A on three channels, B on two");
        assertEquals(1, report.getJsonArray("log").size());
    }
}
