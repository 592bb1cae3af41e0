package org.parkwatch.backend.notify;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a message reaches a person: e-mail over SMTP, an SMS through the configured HTTP gateway, or
 * the park's DingTalk or WeCom (企业微信) group robot (the person is @-mentioned by phone).
 */
public enum Channel {
    EMAIL,
    SMS,
    DINGTALK,
    WECOM;

    /** The lower-case name used in roster files and the API ({@code email}, {@code dingtalk}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @throws IllegalArgumentException naming the known channels when {@code id} is none of them
     */
    public static Channel parse(String id) {
        for (Channel c : values()) if (c.id().equals(id)) return c;
        throw new IllegalArgumentException(
                "unknown channel '"
                        + id
                        + "' (known: "
                        + Arrays.stream(values()).map(Channel::id).collect(Collectors.joining(", "))
                        + ")");
    }
}
