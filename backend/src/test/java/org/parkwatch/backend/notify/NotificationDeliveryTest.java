package org.parkwatch.backend.notify;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.SocketMessages;

/** Delivery, acknowledgement and escalation through the real SMTP server and robot endpoints. */
class NotificationDeliveryTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    @TempDir Path dir;
    private NotifyStack stack;

    @BeforeEach
    void start() throws Exception {
        stack = new NotifyStack(dir, Map.of()).start();
    }

    @AfterEach
    void stop() throws Exception {
        stack.close();
    }

    private static JsonObject incident(String id) {
        return new JsonObject()
                .put("kind", "incident_opened")
                .put("incidentId", id)
                .put("title", "氯气泄漏 E01-V101")
                .put("detail", "下风向 800 m 内人员撤离");
    }

    @Test
    void firstPersonOnDutyIsToldOnEveryChannelAndNobodyElseAfterAcknowledging() throws Exception {
        long before = System.currentTimeMillis();
        stack.send(incident("INC-7"));
        await().atMost(WAIT)
                .until(
                        () ->
                                stack.messagesOf("INC-7", "A", null).stream()
                                        .allMatch(m -> m.getString("state").equals("sent")));

        List<MimeMessage> mails = stack.mailsTo("a@example.com");
        assertEquals(1, mails.size());
        assertEquals(
                1,
                stack.mail.getReceivedMessages().length,
                "only the first person on duty is told first");
        assertEquals("突发事件：氯气泄漏 E01-V101", mails.get(0).getSubject());
        String body = NotifyStack.body(mails.get(0));
        assertTrue(
                body.matches(
                        "(?s)\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d 发生突发事件：氯气泄漏 E01-V101。下风向 800 m 内人员撤离\n"
                                + "收到请确认：http://parkwatch\\.test/api/notify/ack/[A-Za-z0-9_-]{43}"),
                body);

        RobotEndpoints.Hit ding = stack.robots.at("/robot/send").get(0);
        JsonObject dj = ding.json();
        assertEquals(List.of("at", "msgtype", "text"), dj.fieldNames().stream().sorted().toList());
        assertEquals("text", dj.getString("msgtype"));
        assertEquals(
                new JsonObject()
                        .put("atMobiles", new JsonArray().add("13900000011"))
                        .put("isAtAll", false),
                dj.getJsonObject("at"));
        String content = dj.getJsonObject("text").getString("content");
        assertTrue(content.startsWith("突发事件：氯气泄漏 E01-V101\n"), content);
        assertTrue(content.contains("发生突发事件：氯气泄漏 E01-V101。下风向 800 m 内人员撤离"), content);
        assertEquals(NotifyStack.DING_TOKEN, ding.param("access_token"));
        long ts = Long.parseLong(ding.param("timestamp"));
        assertTrue(ts >= before && ts <= System.currentTimeMillis(), "timestamp " + ts);
        assertEquals(
                hmac(ts + "\n" + NotifyStack.DING_SECRET, NotifyStack.DING_SECRET),
                URLDecoder.decode(ding.param("sign"), StandardCharsets.UTF_8));

        RobotEndpoints.Hit sms = stack.robots.at("/sms").get(0);
        assertEquals("Bearer " + NotifyStack.SMS_TOKEN, sms.authorization());
        assertEquals("13900000011", sms.json().getString("mobile"));
        assertTrue(sms.json().getString("content").startsWith("突发事件：氯气泄漏 E01-V101\n"));

        String emailId = stack.messagesOf("INC-7", "A", "email").get(0).getString("id");
        HttpResponse<String> ack =
                stack.backend.post(
                        "/api/notify/messages/" + emailId + "/ack", "application/json", "");
        assertEquals(200, ack.statusCode(), ack.body());
        assertEquals(3, new JsonArray(ack.body()).size(), "all of A's messages are acknowledged");
        for (JsonObject m : stack.messagesOf("INC-7", "A", null)) {
            assertEquals("acknowledged", m.getString("state"));
            assertTrue(m.getString("ackBy").startsWith("t-admin"), m.encode());
        }
        await().during(Duration.ofMillis(3 * NotifyStack.ACK_MS))
                .atMost(WAIT)
                .until(
                        () ->
                                stack.mailsTo("b@example.com").isEmpty()
                                        && stack.robots.at("/cgi-bin/webhook/send").isEmpty());
    }

    @Test
    void unacknowledgedMessageEscalatesToTheNextPersonUntilTheLinkIsUsed() throws Exception {
        long sent = System.currentTimeMillis();
        stack.send(incident("INC-8"));
        await().atMost(WAIT).until(() -> stack.mailsTo("b@example.com").size() == 1);
        assertTrue(
                System.currentTimeMillis() - sent >= NotifyStack.ACK_MS,
                "not before the acknowledgement time");

        MimeMessage toB = stack.mailsTo("b@example.com").get(0);
        assertEquals("Incident: 氯气泄漏 E01-V101", toB.getSubject(), "B reads English");
        await().atMost(WAIT).until(() -> stack.robots.at("/cgi-bin/webhook/send").size() == 1);
        RobotEndpoints.Hit wecom = stack.robots.at("/cgi-bin/webhook/send").get(0);
        assertEquals(NotifyStack.WECOM_KEY, wecom.param("key"));
        JsonObject wj = wecom.json();
        assertEquals(List.of("msgtype", "text"), wj.fieldNames().stream().sorted().toList());
        assertEquals("text", wj.getString("msgtype"));
        assertEquals(
                new JsonArray().add("13900000012"),
                wj.getJsonObject("text").getJsonArray("mentioned_mobile_list"));
        assertTrue(
                wj.getJsonObject("text")
                        .getString("content")
                        .startsWith("Incident: 氯气泄漏 E01-V101\n"));
        assertEquals(1, stack.messagesOf("INC-8", "B", "email").get(0).getInteger("step"));

        String token = NotifyStack.token(NotifyStack.body(toB));
        HttpResponse<String> page = stack.anonymous("GET", "/api/notify/ack/" + token);
        assertEquals(200, page.statusCode());
        assertTrue(
                page.body()
                        .contains(
                                "<form method=\"post\" action=\"/api/notify/ack/" + token + "\">"),
                page.body());
        assertTrue(
                stack.messagesOf("INC-8", "B", null).stream()
                        .noneMatch(m -> m.getString("state").equals("acknowledged")),
                "opening the link acknowledges nothing");
        HttpResponse<String> done = stack.anonymous("POST", "/api/notify/ack/" + token);
        assertEquals(200, done.statusCode(), done.body());
        for (JsonObject m : stack.messagesOf("INC-8", "B", null)) {
            assertEquals("acknowledged", m.getString("state"));
            assertEquals("Bob", m.getString("ackBy"));
        }
        assertEquals(
                404,
                stack.anonymous("POST", "/api/notify/ack/" + token).statusCode(),
                "the link works once");
        assertEquals(
                404, stack.anonymous("POST", "/api/notify/ack/" + "x".repeat(43)).statusCode());
        await().during(Duration.ofMillis(3 * NotifyStack.ACK_MS))
                .atMost(WAIT)
                .until(() -> stack.mailsTo("c@example.com").isEmpty());
    }

    @Test
    void owningEnterprisesDutyContactFromTheRegistryIsToldBySms() throws Exception {
        HttpResponse<String> contact =
                stack.backend.post(
                        "/api/registry/enterprises/T01/contacts",
                        "application/json",
                        new JsonObject()
                                .put("name", "企业值班员乙")
                                .put("role", "值班长")
                                .put("phone", "13800138000")
                                .encode());
        assertEquals(200, contact.statusCode() / 100 * 100, contact.body());
        stack.send(incident("INC-12").put("enterprises", new JsonArray().add("T01")));
        await().atMost(WAIT)
                .until(
                        () ->
                                stack.messagesOf("INC-12", "T01:企业值班员乙", "sms").size() == 1
                                        && stack.messagesOf("INC-12", "T01:企业值班员乙", "sms")
                                                .get(0)
                                                .getString("state")
                                                .equals("sent"));
        assertTrue(
                stack.robots.at("/sms").stream()
                        .anyMatch(
                                h ->
                                        h.json().getString("mobile").equals("13800138000")
                                                && h.json()
                                                        .getString("content")
                                                        .startsWith("突发事件：氯气泄漏 E01-V101\n")));
        assertEquals(
                0,
                stack.messagesOf("INC-12", "T01:企业值班员乙", "sms").get(0).getInteger("step"),
                "told at once, with the first person on duty");
    }

    @Test
    void failingWebhookIsRetriedThenMarkedFailedWithTheReason() throws Exception {
        stack.robots.failing = true;
        SocketMessages socket = SocketMessages.open(stack.backend.backend);
        stack.send(incident("INC-9"));
        await().atMost(WAIT)
                .until(
                        () ->
                                stack.messagesOf("INC-9", "A", "dingtalk")
                                        .get(0)
                                        .getString("state")
                                        .equals("failed"));
        JsonObject m = stack.messagesOf("INC-9", "A", "dingtalk").get(0);
        assertEquals("DingTalk robot answered HTTP 500", m.getString("reason"));
        assertEquals(3, m.getInteger("attempts"), "one attempt and notify.retries=2");
        assertEquals(3, stack.robots.at("/robot/send").size());
        // the mail is unaffected by the robot's failure (sent in its own time)
        await().atMost(WAIT)
                .until(
                        () ->
                                stack.messagesOf("INC-9", "A", "email")
                                        .get(0)
                                        .getString("state")
                                        .equals("sent"));
        // every state change is pushed: queued, queued again with the reason after each of the
        // first two failures, failed
        String id = m.getString("id");
        await().atMost(WAIT).until(() -> pushedStates(socket, id).size() == 4);
        assertEquals(List.of("queued", "queued", "queued", "failed"), pushedStates(socket, id));
        socket.close();
    }

    private static List<String> pushedStates(SocketMessages socket, String messageId) {
        return socket.messages().stream()
                .filter(
                        j ->
                                "notify.message".equals(j.getString("type"))
                                        && messageId.equals(j.getString("id")))
                .map(j -> j.getString("state"))
                .toList();
    }

    @Test
    void rosterWithNobodyOnDutyOrAnUnknownChannelIsRefusedAndTheRosterInForceStays()
            throws Exception {
        String gap =
                NotifyStack.ROSTER.replace(
                        "\"start\":\"00:00\",\"end\":\"00:00\"",
                        "\"start\":\"08:00\",\"end\":\"20:00\"");
        HttpResponse<String> r = stack.backend.put("/api/notify/roster", gap);
        assertEquals(400, r.statusCode());
        JsonArray problems = new JsonObject(r.body()).getJsonArray("problems");
        assertTrue(problems.contains("nobody on duty MONDAY 00:00–08:00 (无人值班)"), r.body());
        HttpResponse<String> fax =
                stack.backend.put(
                        "/api/notify/roster", NotifyStack.ROSTER.replace("\"wecom\"", "\"fax\""));
        assertEquals(400, fax.statusCode());
        assertTrue(fax.body().contains("people[1].channels[1]: unknown channel 'fax'"), fax.body());
        JsonObject inForce = stack.backend.getObject("/api/notify/roster");
        assertEquals(new JsonArray().add("A").add("B").add("C"), inForce.getJsonArray("onDutyNow"));

        String onlyC =
                NotifyStack.ROSTER.replace(
                        "\"escalation\":[\"A\",\"B\",\"C\"]", "\"escalation\":[\"C\"]");
        assertEquals(200, stack.backend.put("/api/notify/roster", onlyC).statusCode());
        assertEquals(
                new JsonArray().add("C"),
                stack.backend.getObject("/api/notify/roster").getJsonArray("onDutyNow"));
        stack.send(incident("INC-10"));
        await().atMost(WAIT).until(() -> stack.mailsTo("c@example.com").size() == 1);
    }

    @Test
    void notificationNobodyAcknowledgesAfterTheLastPersonIsAWarning() throws Exception {
        String onlyC =
                NotifyStack.ROSTER.replace(
                        "\"escalation\":[\"A\",\"B\",\"C\"]", "\"escalation\":[\"C\"]");
        assertEquals(200, stack.backend.put("/api/notify/roster", onlyC).statusCode());
        stack.send(incident("INC-13"));
        await().atMost(WAIT)
                .until(
                        () ->
                                stack
                                        .backend
                                        .getObject("/api/notify/health")
                                        .getJsonArray("warnings")
                                        .stream()
                                        .anyMatch(
                                                w ->
                                                        w.toString()
                                                                .contains(
                                                                        "about INC-13: everybody on the roster was told")));
        assertEquals(1, stack.mailsTo("c@example.com").size());
        String id = stack.messagesOf("INC-13", "C", "email").get(0).getString("id");
        assertEquals(
                200,
                stack.backend
                        .post("/api/notify/messages/" + id + "/ack", "application/json", "")
                        .statusCode());
        assertTrue(
                stack.backend.getObject("/api/notify/health").getJsonArray("warnings").stream()
                        .noneMatch(w -> w.toString().contains("INC-13")),
                "a late acknowledgement clears it");
    }

    @Test
    void badNotificationRequestIsRefusedWithoutWritingAnything() throws Exception {
        HttpResponse<String> r =
                stack.backend.post(
                        "/api/notify/send",
                        "application/json",
                        new JsonObject()
                                .put("kind", "tea_time")
                                .put("incidentId", "INC-11")
                                .put("title", "x")
                                .encode());
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("kind='tea_time'"), r.body());
        assertEquals(0, stack.messages("INC-11").size());
    }

    private static String hmac(String text, String key) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder()
                .encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
