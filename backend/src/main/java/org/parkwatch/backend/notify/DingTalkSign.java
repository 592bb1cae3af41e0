package org.parkwatch.backend.notify;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a DingTalk custom robot with 加签 security (DingTalk open platform, 自定义机器人 安全设置
 * "加签"): HMAC-SHA256 over {@code timestamp + "\n" + secret} keyed with the secret (UTF-8), Base64,
 * then URL-encoded; sent as {@code &timestamp=…&sign=…} with the timestamp in epoch milliseconds
 * (DingTalk refuses one more than an hour off).
 */
public final class DingTalkSign {
    private DingTalkSign() {}

    /** The URL-encoded {@code sign} parameter for {@code timestampMs}. */
    public static String sign(long timestampMs, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] raw =
                    mac.doFinal((timestampMs + "\n" + secret).getBytes(StandardCharsets.UTF_8));
            return URLEncoder.encode(
                    Base64.getEncoder().encodeToString(raw), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
