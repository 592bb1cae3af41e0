package org.parkwatch.backend.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.parkwatch.backend.platform.config.ConfigException;

/**
 * The notification settings ({@code notify.*}), read once at start with their secrets: a channel is
 * configured when its host or URL is set, and then its secrets must resolve ({@link SecretRef}).
 *
 * @param rosterFile the roster JSON; empty = the demo park's {@code emergency/roster.json}
 * @param ackMs how long a message waits for an acknowledgement before the next person on the roster
 *     is told ({@code notify.ackMinutes}, or {@code notify.ackMs} when set, for tests)
 * @param tokenMs how long an acknowledgement link stays valid
 * @param retries further attempts after a failed send
 * @param retryBackoffMs delay before the first retry; doubles for each next one
 * @param publicUrl base of the acknowledgement links, e.g. https://parkwatch.example.cn
 */
public record NotifySettings(
        String rosterFile,
        long ackMs,
        long tokenMs,
        int retries,
        long retryBackoffMs,
        String publicUrl,
        Smtp smtp,
        Robot dingtalk,
        Robot wecom,
        Sms sms) {

    /** SMTP; {@code host} null = the e-mail channel is not configured. */
    public record Smtp(
            String host, int port, String from, String user, String password, String startTls) {
        @Override
        public String toString() {
            return "Smtp[" + host + ":" + port + ", from=" + from + ", user=" + user + "]";
        }
    }

    /**
     * An IM group robot; {@code url} null = not configured. {@code token} is DingTalk's
     * access_token or WeCom's key; {@code signSecret} DingTalk's 加签 secret (null = unsigned);
     * {@code markdown} sends {@code msgtype: markdown} instead of {@code text}.
     */
    public record Robot(String url, String token, String signSecret, boolean markdown) {
        @Override
        public String toString() {
            return "Robot[" + url + ", signed=" + (signSecret != null) + "]";
        }
    }

    /**
     * SMS gateway: POST {@code url} with {@code bodyTemplate} ({@code {phone}}, {@code {text}}
     * JSON-escaped) and, when set, {@code Authorization: Bearer token}.
     */
    public record Sms(String url, String bodyTemplate, String token) {
        @Override
        public String toString() {
            return "Sms[" + url + "]";
        }
    }

    /** Reads every {@code notify.*} key; one {@link ConfigException} lists all problems. */
    public static NotifySettings from(
            Function<String, String> props, Function<String, String> env) {
        List<String> problems = new ArrayList<>();
        long ackMinutes = number(props, "notify.ackMinutes", 10, 1, 1440, problems);
        long ackMsOverride = number(props, "notify.ackMs", 0, 0, 86_400_000, problems);
        long tokenHours = number(props, "notify.ackTokenHours", 24, 1, 720, problems);
        long retries = number(props, "notify.retries", 3, 0, 20, problems);
        long backoff = number(props, "notify.retryBackoffMs", 5000, 10, 3_600_000, problems);
        String publicUrl = text(props, "notify.publicUrl");
        Smtp smtp = null;
        String host = text(props, "notify.smtp.host");
        if (host != null) {
            String user = text(props, "notify.smtp.user");
            String from = text(props, "notify.smtp.from");
            if (from == null)
                problems.add(
                        "notify.smtp.from: the sender address is needed with notify.smtp.host");
            String startTls = text(props, "notify.smtp.startTls");
            startTls = startTls == null ? "OPTIONAL" : startTls.toUpperCase();
            if (!List.of("DISABLED", "OPTIONAL", "REQUIRED").contains(startTls))
                problems.add(
                        "notify.smtp.startTls=" + startTls + ": DISABLED, OPTIONAL or REQUIRED");
            String password = secret("notify.smtp.password", props, env, problems, user != null);
            smtp =
                    new Smtp(
                            host,
                            (int) number(props, "notify.smtp.port", 25, 1, 65535, problems),
                            from,
                            user,
                            password,
                            startTls);
        }
        Robot ding = robot("notify.dingtalk", "token", props, env, problems, true);
        Robot wecom = robot("notify.wecom", "key", props, env, problems, false);
        Sms sms = null;
        String smsUrl = text(props, "notify.sms.url");
        if (smsUrl != null) {
            String body = text(props, "notify.sms.bodyTemplate");
            if (body == null || !body.contains("{phone}") || !body.contains("{text}"))
                problems.add(
                        "notify.sms.bodyTemplate: a JSON body with {phone} and {text} is needed with notify.sms.url");
            sms = new Sms(smsUrl, body, secret("notify.sms.token", props, env, problems, false));
        }
        if (!problems.isEmpty()) throw new ConfigException(problems);
        String roster = text(props, "notify.rosterFile");
        return new NotifySettings(
                roster == null ? "" : roster,
                ackMsOverride > 0 ? ackMsOverride : ackMinutes * 60_000,
                tokenHours * 3_600_000,
                (int) retries,
                backoff,
                publicUrl == null ? "http://127.0.0.1:8080" : publicUrl.replaceAll("/+$", ""),
                smtp,
                ding,
                wecom,
                sms);
    }

    private static Robot robot(
            String prefix,
            String tokenName,
            Function<String, String> props,
            Function<String, String> env,
            List<String> problems,
            boolean signable) {
        String url = text(props, prefix + ".url");
        if (url == null) return null;
        String token = secret(prefix + "." + tokenName, props, env, problems, true);
        String sign = signable ? secret(prefix + ".secret", props, env, problems, false) : null;
        String type = text(props, prefix + ".msgtype");
        if (type != null && !type.equals("text") && !type.equals("markdown"))
            problems.add(prefix + ".msgtype=" + type + ": text or markdown");
        return new Robot(url, token, sign, "markdown".equals(type));
    }

    private static String secret(
            String key,
            Function<String, String> props,
            Function<String, String> env,
            List<String> problems,
            boolean required) {
        try {
            String v = SecretRef.resolve(key, props.apply(key), env);
            if (v == null && required)
                problems.add(key + ": missing (name the secret as env:VARIABLE or file:/path)");
            return v;
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    private static String text(Function<String, String> props, String key) {
        String v = props.apply(key);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static long number(
            Function<String, String> props,
            String key,
            long dflt,
            long min,
            long max,
            List<String> problems) {
        String raw = props.apply(key);
        if (raw == null || raw.isBlank()) return dflt;
        try {
            long v = Long.parseLong(raw.trim());
            if (v >= min && v <= max) return v;
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        problems.add(key + "=" + raw + ": must be a whole number from " + min + " to " + max);
        return dflt;
    }
}
