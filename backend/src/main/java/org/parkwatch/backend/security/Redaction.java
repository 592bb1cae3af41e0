package org.parkwatch.backend.security;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Locale;

/**
 * Turns a request body into audit detail with secrets (passwords, tokens, keys) replaced by {@code
 * "***"}.
 */
public final class Redaction {
    /** Longest body text kept in an audit record, characters; longer bodies are cut and marked. */
    public static final int MAX_BODY_CHARS = 8000;

    public static final String MASK = "***";

    private Redaction() {}

    /**
     * The body as JSON with secret fields masked, or as (cut) text when it is not JSON; null when
     * empty.
     */
    public static Object body(String text) {
        if (text == null || text.isEmpty()) return null;
        String trimmed = text.strip();
        try {
            if (trimmed.startsWith("{")) return redact(new JsonObject(trimmed));
            if (trimmed.startsWith("[")) return redact(new JsonArray(trimmed));
        } catch (DecodeException e) {
            // not JSON after all: kept as text below
        }
        return text.length() > MAX_BODY_CHARS ? text.substring(0, MAX_BODY_CHARS) + "…(cut)" : text;
    }

    public static boolean secretKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.contains("password")
                || k.contains("token")
                || k.contains("secret")
                || k.contains("credential")
                || k.contains("privatekey")
                || k.equals("key");
    }

    private static Object redact(JsonObject o) {
        JsonObject out = new JsonObject();
        for (String k : o.fieldNames()) {
            Object v = o.getValue(k);
            out.put(k, secretKey(k) && v != null ? MASK : redactValue(v));
        }
        return cut(out);
    }

    private static Object redact(JsonArray a) {
        JsonArray out = new JsonArray();
        for (Object v : a) out.add(redactValue(v));
        return cut(out);
    }

    private static Object redactValue(Object v) {
        if (v instanceof JsonObject o) return redact(o);
        if (v instanceof JsonArray a) return redact(a);
        return v;
    }

    private static Object cut(Object json) {
        String s = json.toString();
        return s.length() > MAX_BODY_CHARS ? s.substring(0, MAX_BODY_CHARS) + "…(cut)" : json;
    }
}
