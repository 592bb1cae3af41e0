package org.parkwatch.backend.notify;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mail.LoginOption;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.StartTLSOptions;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The real channels: e-mail through the Vert.x SMTP client, the DingTalk and WeCom robots and the
 * SMS gateway through the Vert.x HTTP client. A channel that is not configured fails each message
 * with the key to set, so the message is marked failed with that reason, never dropped.
 */
public final class ChannelSenders implements ChannelSender {
    /** Longest wait for a webhook or gateway answer, ms. */
    static final int HTTP_TIMEOUT_MS = 10_000;

    private final NotifySettings settings;
    private final MailClient mail;
    private final HttpClient http;
    private final LongSupplier clockMs;

    public ChannelSenders(Vertx vertx, NotifySettings settings, LongSupplier clockMs) {
        this.settings = settings;
        this.clockMs = clockMs;
        this.http = vertx.createHttpClient();
        this.mail =
                settings.smtp() == null
                        ? null
                        : MailClient.create(vertx, mailConfig(settings.smtp()));
    }

    private static MailConfig mailConfig(NotifySettings.Smtp s) {
        MailConfig c =
                new MailConfig()
                        .setHostname(s.host())
                        .setPort(s.port())
                        .setStarttls(StartTLSOptions.valueOf(s.startTls()));
        if (s.user() == null) c.setLogin(LoginOption.DISABLED);
        else c.setLogin(LoginOption.REQUIRED).setUsername(s.user()).setPassword(s.password());
        return c;
    }

    @Override
    public Future<Void> send(Outgoing m) {
        return switch (m.channel()) {
            case EMAIL -> email(m);
            case SMS -> sms(m);
            case DINGTALK -> dingTalk(m);
            case WECOM -> weCom(m);
        };
    }

    private Future<Void> email(Outgoing m) {
        if (mail == null) return notConfigured("e-mail", "notify.smtp.host");
        MailMessage msg =
                new MailMessage()
                        .setFrom(settings.smtp().from())
                        .setTo(List.of(m.address()))
                        .setSubject(m.subject())
                        .setText(m.body());
        return mail.sendMail(msg).mapEmpty();
    }

    private Future<Void> dingTalk(Outgoing m) {
        NotifySettings.Robot r = settings.dingtalk();
        if (r == null) return notConfigured("DingTalk", "notify.dingtalk.url");
        String url = withParam(r.url(), "access_token", r.token());
        if (r.signSecret() != null) {
            long ts = clockMs.getAsLong();
            url += "&timestamp=" + ts + "&sign=" + DingTalkSign.sign(ts, r.signSecret());
        }
        return robotPost(url, RobotPayloads.dingTalk(m, r.markdown()), "DingTalk");
    }

    private Future<Void> weCom(Outgoing m) {
        NotifySettings.Robot r = settings.wecom();
        if (r == null) return notConfigured("WeCom", "notify.wecom.url");
        return robotPost(
                withParam(r.url(), "key", r.token()),
                RobotPayloads.weCom(m, r.markdown()),
                "WeCom");
    }

    private Future<Void> sms(Outgoing m) {
        NotifySettings.Sms s = settings.sms();
        if (s == null) return notConfigured("SMS", "notify.sms.url");
        String body =
                s.bodyTemplate()
                        .replace("{phone}", jsonText(m.address()))
                        .replace("{text}", jsonText(m.subject() + "\n" + m.body()));
        return post(s.url(), body, s.token())
                .compose(
                        resp ->
                                resp.status() / 100 == 2
                                        ? Future.<Void>succeededFuture()
                                        : Future.failedFuture(
                                                "SMS gateway answered HTTP " + resp.status()));
    }

    private Future<Void> robotPost(String url, JsonObject payload, String name) {
        return post(url, payload.encode(), null)
                .compose(
                        resp -> {
                            if (resp.status() / 100 != 2)
                                return Future.failedFuture(
                                        name + " robot answered HTTP " + resp.status());
                            try {
                                JsonObject j = new JsonObject(resp.body());
                                int code = j.getInteger("errcode", -1);
                                return code == 0
                                        ? Future.<Void>succeededFuture()
                                        : Future.failedFuture(
                                                name
                                                        + " robot errcode "
                                                        + code
                                                        + ": "
                                                        + j.getString("errmsg"));
                            } catch (DecodeException | ClassCastException e) {
                                return Future.failedFuture(
                                        name + " robot answered no JSON errcode");
                            }
                        });
    }

    private record Reply(int status, String body) {}

    private Future<Reply> post(String url, String body, String bearer) {
        RequestOptions o =
                new RequestOptions()
                        .setMethod(HttpMethod.POST)
                        .setAbsoluteURI(url)
                        .setConnectTimeout(HTTP_TIMEOUT_MS)
                        .setIdleTimeout(HTTP_TIMEOUT_MS)
                        .putHeader("Content-Type", "application/json; charset=utf-8");
        if (bearer != null) o.putHeader("Authorization", "Bearer " + bearer);
        return http.request(o)
                .compose(req -> req.send(Buffer.buffer(body, "UTF-8")))
                .compose(
                        resp ->
                                resp.body()
                                        .map(
                                                b ->
                                                        new Reply(
                                                                resp.statusCode(),
                                                                b.toString(
                                                                        StandardCharsets.UTF_8))));
    }

    private static String withParam(String url, String name, String value) {
        return url
                + (url.contains("?") ? "&" : "?")
                + name
                + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String jsonText(String s) {
        String quoted = new io.vertx.core.json.JsonArray().add(s == null ? "" : s).encode();
        return quoted.substring(2, quoted.length() - 2);
    }

    private static Future<Void> notConfigured(String channel, String key) {
        return Future.failedFuture(channel + " channel is not configured (set " + key + ")");
    }

    /** Closes the SMTP and HTTP clients. */
    public Future<Void> close() {
        Future<Void> m = mail == null ? Future.succeededFuture() : mail.close();
        return Future.join(m, http.close()).mapEmpty();
    }
}
