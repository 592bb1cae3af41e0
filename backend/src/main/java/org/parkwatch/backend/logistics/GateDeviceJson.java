package org.parkwatch.backend.logistics;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A gate device's report read from JSON (HTTP body or MQTT payload), and the gate's records as
 * JSON. A bad field is an {@link IllegalArgumentException} naming it and what it must be.
 *
 * <p>A report: {@code {"kind":"vehicle","direction":"in","plate":"豫A12345","hazmat":true,
 * "driverId":"D1"}} or {@code {"kind":"person","direction":"out","cardId":"C0042"}} ({@code faceId}
 * instead of {@code cardId} for a face terminal); {@code tsMs} (epoch ms) optional, the receipt
 * time when absent.
 */
final class GateDeviceJson {
    static final int MAX_PLATE_CHARS = 16;
    static final int MAX_ID_CHARS = 64;

    /** How far a device's clock may run ahead of the park's, ms. */
    static final long MAX_CLOCK_AHEAD_MS = 5 * 60_000L;

    private GateDeviceJson() {}

    static JsonObject parse(byte[] payload) {
        try {
            return new JsonObject(new String(payload, StandardCharsets.UTF_8));
        } catch (DecodeException e) {
            throw new IllegalArgumentException(
                    "the report is not a JSON object: " + e.getMessage());
        }
    }

    static GateService.Report report(JsonObject b, long nowMs) {
        if (b == null) throw new IllegalArgumentException("the report must be a JSON object");
        String kind = text(b, "kind", 10);
        Presence.Kind k =
                switch (kind) {
                    case "person" -> Presence.Kind.PERSON;
                    case "vehicle" -> Presence.Kind.VEHICLE;
                    default ->
                            throw new IllegalArgumentException(
                                    "kind '" + kind + "' must be 'person' or 'vehicle'");
                };
        String direction = text(b, "direction", 3);
        if (!direction.equals("in") && !direction.equals("out")) {
            throw new IllegalArgumentException(
                    "direction '" + direction + "' must be 'in' or 'out'");
        }
        String subject;
        if (k == Presence.Kind.VEHICLE) {
            subject = text(b, "plate", MAX_PLATE_CHARS);
        } else if (b.containsKey("cardId")) {
            subject = "card:" + text(b, "cardId", MAX_ID_CHARS);
        } else if (b.containsKey("faceId")) {
            subject = "face:" + text(b, "faceId", MAX_ID_CHARS);
        } else {
            throw new IllegalArgumentException("a person's report needs cardId or faceId (text)");
        }
        long ts = nowMs;
        Object t = b.getValue("tsMs");
        if (t != null) {
            if (!(t instanceof Number n) || n.longValue() <= 0) {
                throw new IllegalArgumentException("tsMs must be epoch milliseconds");
            }
            ts = n.longValue();
            if (ts > nowMs + MAX_CLOCK_AHEAD_MS) {
                throw new IllegalArgumentException(
                        "tsMs " + ts + " lies more than 5 minutes ahead of the park's clock");
            }
        }
        Object hazmat = b.getValue("hazmat", false);
        if (!(hazmat instanceof Boolean))
            throw new IllegalArgumentException("hazmat must be true or false");
        String driver = b.containsKey("driverId") ? text(b, "driverId", MAX_ID_CHARS) : null;
        return new GateService.Report(
                k, subject, direction.equals("in"), ts, driver, (Boolean) hazmat);
    }

    static JsonObject device(GateDevice d) {
        return new JsonObject()
                .put("id", d.id())
                .put("nameZh", d.nameZh())
                .put("nameEn", d.nameEn())
                .put("siteId", d.siteId());
    }

    static JsonObject outcome(GateService.Outcome o) {
        JsonObject j =
                new JsonObject()
                        .put("gate", o.gate().id())
                        .put("siteId", o.gate().siteId())
                        .put("counted", o.counted())
                        .put("people", o.count().people())
                        .put("vehicles", o.count().vehicles());
        if (o.decision() != null) j.put("decision", o.decision());
        return j;
    }

    static JsonObject counts(Map<String, Presence.Count> counts) {
        Presence.Count park = counts.getOrDefault(GateService.PARK, Presence.Count.ZERO);
        JsonObject by = new JsonObject();
        counts.forEach(
                (site, c) -> {
                    if (!site.equals(GateService.PARK)) by.put(site, count(c));
                });
        return new JsonObject().put("park", count(park)).put("enterprises", by);
    }

    static JsonObject count(Presence.Count c) {
        return new JsonObject().put("people", c.people()).put("vehicles", c.vehicles());
    }

    static String text(JsonObject b, String key, int maxChars) {
        Object v = b.getValue(key);
        if (!(v instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException(key + " is required (text)");
        }
        String t = s.trim();
        if (t.length() > maxChars) {
            throw new IllegalArgumentException(
                    key + " must be at most " + maxChars + " characters");
        }
        return t;
    }
}
