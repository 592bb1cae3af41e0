package org.parkwatch.backend.lots;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the demo park's {@code chemical-lots.json}: events in ledger order, each with the day
 * offset from today ({@code daysAgo}) instead of a timestamp, so the demo ledger is recent.
 */
final class LotSeedReader {
    /** Who files the seeded events in the ledger. */
    static final String SEED_USER = "demo-seed";

    private LotSeedReader() {}

    /**
     * @throws IllegalArgumentException naming the event index and field
     */
    static List<LotEvent> read(JsonNode root, long nowMs) {
        JsonNode list = root.path("events");
        if (!list.isArray()) {
            throw new IllegalArgumentException("chemical-lots.json: 'events' must be an array");
        }
        List<LotEvent> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode e = list.get(i);
            try {
                LotEventKind kind = LotEventKind.parse(e.path("kind").asText(null));
                double daysAgo = e.path("daysAgo").asDouble(0);
                out.add(
                        new LotEvent(
                                0,
                                nowMs - Math.round(daysAgo * 86_400_000.0),
                                SEED_USER,
                                "admin",
                                kind,
                                e.path("labelId").asText(null),
                                e.path("enterpriseId").asText(null),
                                e.path("cas").asText(null),
                                e.path("quantityKg").asDouble(0),
                                e.path("locationId").asText(null),
                                e.path("counterparty").asText(""),
                                e.path("note").asText("")));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(
                        "chemical-lots.json: events[" + i + "]: " + ex.getMessage(), ex);
            }
        }
        return out;
    }
}
