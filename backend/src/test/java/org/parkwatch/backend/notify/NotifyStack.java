package org.parkwatch.backend.notify;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.TestHttp;
import org.parkwatch.backend.app.ParkWatchOptions;
import org.parkwatch.model.secret.SecretFiles;

/**
 * The notification capability between real servers: the whole backend, GreenMail as the SMTP server
 * and {@link RobotEndpoints} for DingTalk, WeCom and the SMS gateway. Secrets reach the backend as
 * a real deployment gives them: the DingTalk token from an owner-only file, the signing secret and
 * the WeCom key from the (test's) environment.
 */
final class NotifyStack implements AutoCloseable {
    static final String DING_TOKEN = "ding-token-42";
    static final String DING_SECRET = "SECding-secret-7";
    static final String WECOM_KEY = "wecom-key-9";
    static final String SMS_TOKEN = "sms-token-3";
    static final long ACK_MS = 1500;

    /** Three people on duty round the clock: A (zh) first, then B (en), then C (zh). */
    static final String ROSTER =
            "{\"zone\":\"Asia/Shanghai\",\"people\":["
                    + "{\"id\":\"A\",\"name\":\"值班长甲\",\"lang\":\"zh\",\"email\":\"a@example.com\",\"phone\":\"13900000011\","
                    + "\"channels\":[\"email\",\"dingtalk\",\"sms\"]},"
                    + "{\"id\":\"B\",\"name\":\"Bob\",\"lang\":\"en\",\"email\":\"b@example.com\",\"phone\":\"13900000012\","
                    + "\"channels\":[\"email\",\"wecom\"]},"
                    + "{\"id\":\"C\",\"name\":\"丙\",\"lang\":\"zh\",\"email\":\"c@example.com\",\"channels\":[\"email\"]}],"
                    + "\"shifts\":[{\"id\":\"all\",\"name\":\"全天\",\"days\":[\"MON\",\"TUE\",\"WED\",\"THU\",\"FRI\",\"SAT\",\"SUN\"],"
                    + "\"start\":\"00:00\",\"end\":\"00:00\",\"escalation\":[\"A\",\"B\",\"C\"]}]}";

    final GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    final RobotEndpoints robots;
    final Path dir;
    final Map<String, String> config = new HashMap<>();
    TestBackend backend;

    NotifyStack(Path dir, Map<String, String> overrides) throws Exception {
        this.dir = dir;
        mail.start();
        robots = new RobotEndpoints();
        Path roster = dir.resolve("roster.json");
        Files.writeString(roster, ROSTER);
        Path tokenFile = dir.resolve("ding-token");
        SecretFiles.write(tokenFile, DING_TOKEN + "\n");
        config.put("risk.qra.autoStart", "false");
        config.put("notify.rosterFile", roster.toString());
        config.put("notify.ackMs", Long.toString(ACK_MS));
        config.put("notify.retries", "2");
        config.put("notify.retryBackoffMs", "100");
        config.put("notify.publicUrl", "http://parkwatch.test");
        config.put("notify.smtp.host", "127.0.0.1");
        config.put("notify.smtp.port", Integer.toString(mail.getSmtp().getPort()));
        config.put("notify.smtp.from", "parkwatch@example.com");
        config.put("notify.smtp.startTls", "DISABLED");
        config.put("notify.dingtalk.url", robots.url("/robot/send"));
        config.put("notify.dingtalk.token", "file:" + tokenFile);
        config.put("notify.dingtalk.secret", "env:NOTIFY_TEST_DING_SECRET");
        config.put("notify.wecom.url", robots.url("/cgi-bin/webhook/send"));
        config.put("notify.wecom.key", "env:NOTIFY_TEST_WECOM_KEY");
        config.put("notify.sms.url", robots.url("/sms"));
        config.put("notify.sms.bodyTemplate", "{\"mobile\":\"{phone}\",\"content\":\"{text}\"}");
        config.put("notify.sms.token", "env:NOTIFY_TEST_SMS_TOKEN");
        config.putAll(overrides);
    }

    static Map<String, String> secrets() {
        return Map.of(
                "NOTIFY_TEST_DING_SECRET", DING_SECRET,
                "NOTIFY_TEST_WECOM_KEY", WECOM_KEY,
                "NOTIFY_TEST_SMS_TOKEN", SMS_TOKEN);
    }

    NotifyStack start() throws Exception {
        backend =
                TestBackend.start(
                        TestBackend.config(dir.resolve("data"), config),
                        TestBackend.testPark(),
                        ParkWatchOptions.defaults().withSecrets(secrets()::get));
        return this;
    }

    void stopBackend() throws Exception {
        if (backend != null) backend.close();
        backend = null;
    }

    /** POST /api/notify/send as the administrator; returns the notification id. */
    String send(JsonObject request) throws Exception {
        HttpResponse<String> r =
                backend.post("/api/notify/send", "application/json", request.encode());
        if (r.statusCode() != 200)
            throw new AssertionError("send answered " + r.statusCode() + ": " + r.body());
        return new JsonObject(r.body()).getString("notificationId");
    }

    JsonArray messages(String incidentId) throws Exception {
        return backend.getArray("/api/notify/messages?incident=" + incidentId);
    }

    /** The messages of one person (and channel, when not null) of an incident. */
    List<JsonObject> messagesOf(String incidentId, String personId, String channel)
            throws Exception {
        List<JsonObject> out = new ArrayList<>();
        for (Object o : messages(incidentId)) {
            JsonObject m = (JsonObject) o;
            if (m.getString("personId").equals(personId)
                    && (channel == null || channel.equals(m.getString("channel")))) out.add(m);
        }
        return out;
    }

    /** Mails received for {@code address}. */
    List<MimeMessage> mailsTo(String address) throws Exception {
        List<MimeMessage> out = new ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            for (var a : m.getRecipients(Message.RecipientType.TO))
                if (a.toString().equals(address)) out.add(m);
        }
        return out;
    }

    static String body(MimeMessage m) throws Exception {
        return m.getContent().toString().replace("\r\n", "\n").trim();
    }

    /** The acknowledgement token in a message body's link. */
    static String token(String body) {
        int i = body.indexOf("/api/notify/ack/");
        if (i < 0) throw new AssertionError("no acknowledgement link in: " + body);
        return body.substring(i + "/api/notify/ack/".length()).split("\\s")[0];
    }

    /** GET as the administrator, the body as bytes (exports). */
    HttpResponse<byte[]> bytes(String path) throws Exception {
        return TestHttp.CLIENT.send(
                backend.adminRequest(path).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A request without login (the acknowledgement link opened on a phone). */
    HttpResponse<String> anonymous(String method, String path) throws Exception {
        HttpRequest req =
                HttpRequest.newBuilder(backend.uri(path))
                        .timeout(Duration.ofSeconds(10))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build();
        return TestHttp.CLIENT.send(
                req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws Exception {
        try {
            stopBackend();
        } finally {
            mail.stop();
            robots.close();
        }
    }

    static void sleep(long ms) throws InterruptedException {
        TimeUnit.MILLISECONDS.sleep(ms);
    }
}
