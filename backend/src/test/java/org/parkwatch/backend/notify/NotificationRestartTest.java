package org.parkwatch.backend.notify;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.app.ParkWatchOptions;

/**
 * A pending escalation lives in the database: a backend stopped before the acknowledgement time
 * escalates after its restart (embedded H2GIS file), and a missing secret stops the start.
 */
class NotificationRestartTest {
    @TempDir Path dir;
    private NotifyStack stack;

    @AfterEach
    void stop() throws Exception {
        if (stack != null) stack.close();
    }

    @Test
    void pendingEscalationSurvivesARestart() throws Exception {
        stack = new NotifyStack(dir, Map.of("db.enabled", "true", "notify.ackMs", "4000")).start();
        stack.send(
                new JsonObject()
                        .put("kind", "evacuation")
                        .put("incidentId", "INC-30")
                        .put("title", "氯气泄漏"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> stack.mailsTo("a@example.com").size() == 1);
        stack.stopBackend();
        assertTrue(stack.mailsTo("b@example.com").isEmpty());
        long restarted = System.currentTimeMillis();
        stack.start();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> stack.mailsTo("b@example.com").size() == 1);
        assertEquals("Evacuation — 氯气泄漏", stack.mailsTo("b@example.com").get(0).getSubject());
        assertEquals(1, stack.messagesOf("INC-30", "B", "email").get(0).getInteger("step"));
        assertTrue(
                stack.messagesOf("INC-30", "B", "email").get(0).getLong("createdMs") >= restarted,
                "escalated by the restarted backend");
    }

    @Test
    void missingSecretStopsTheStartNamingIt() throws Exception {
        stack = new NotifyStack(dir, Map.of("notify.wecom.key", "env:NOTIFY_TEST_NOT_SET"));
        Exception e =
                org.junit.jupiter.api.Assertions.assertThrows(
                        Exception.class,
                        () ->
                                TestBackend.start(
                                        TestBackend.config(dir.resolve("data"), stack.config),
                                        TestBackend.testPark(),
                                        ParkWatchOptions.defaults()
                                                .withSecrets(NotifyStack.secrets()::get)));
        String message = e.getMessage();
        assertTrue(
                message.contains(
                        "notify.wecom.key=env:NOTIFY_TEST_NOT_SET: the environment variable"
                                + " NOTIFY_TEST_NOT_SET is not set"),
                message);
    }

    @Test
    void rosterFileWithNobodyOnDutyStopsTheStartNamingTheFile() throws Exception {
        stack = new NotifyStack(dir, Map.of());
        Path gap = dir.resolve("gap-roster.json");
        java.nio.file.Files.writeString(
                gap, NotifyStack.ROSTER.replace("\"end\":\"00:00\"", "\"end\":\"23:00\""));
        stack.config.put("notify.rosterFile", gap.toString());
        Exception e =
                org.junit.jupiter.api.Assertions.assertThrows(
                        Exception.class,
                        () ->
                                TestBackend.start(
                                        TestBackend.config(dir.resolve("data"), stack.config),
                                        TestBackend.testPark(),
                                        ParkWatchOptions.defaults()
                                                .withSecrets(NotifyStack.secrets()::get)));
        assertTrue(
                e.getMessage().contains(gap + ": nobody on duty MONDAY 23:00–24:00 (无人值班)"),
                e.getMessage());
    }

    @Test
    void healthWarnsOfChannelsTheDemoRosterUsesThatAreNotConfigured() throws Exception {
        try (TestBackend b =
                TestBackend.startAll(
                        TestBackend.config(
                                dir.resolve("plain"), Map.of("risk.qra.autoStart", "false")),
                        TestBackend.testPark())) {
            io.vertx.core.json.JsonArray warnings =
                    b.getObject("/api/notify/health").getJsonArray("warnings");
            assertTrue(
                    warnings.contains("the roster uses e-mail but notify.smtp.host is not set"),
                    warnings.encode());
            assertTrue(
                    warnings.contains(
                            "the roster uses DingTalk but notify.dingtalk.url is not set"),
                    warnings.encode());
            assertEquals(
                    warnings.size(),
                    b.getObject("/api/health").getInteger("warnings"),
                    "counted in the public health");
        }
    }
}
