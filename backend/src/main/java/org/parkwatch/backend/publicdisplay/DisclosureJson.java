package org.parkwatch.backend.publicdisplay;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * {@code GET /api/public/disclosure} as JSON: the exceedance counts of the day and the month with
 * one line per place and limit, and the discharge permits' state and validity (dates ISO
 * yyyy-mm-dd, formatted by the page in its language).
 */
final class DisclosureJson {

    private DisclosureJson() {}

    /** The answer before the first disclosure was read. */
    static String pending(long serverMs, long delaySeconds) {
        return new JsonObject()
                .put("serverMs", serverMs)
                .put("delaySeconds", delaySeconds)
                .put("status", "pending")
                .encode();
    }

    static String encode(PublicDisclosure d, long serverMs, long delaySeconds) {
        JsonArray lines = new JsonArray();
        for (PublicDisclosure.Exceedance e : d.exceedances()) {
            lines.add(
                    new JsonObject()
                            .put("placeZh", e.placeZh())
                            .put("placeEn", e.placeEn())
                            .put("pollutantZh", e.pollutantZh())
                            .put("pollutantEn", e.pollutantEn())
                            .put("averagingZh", e.averagingZh())
                            .put("averagingEn", e.averagingEn())
                            .put("standard", e.standard())
                            .put("limit", e.limit())
                            .put("today", e.today())
                            .put("month", e.month())
                            .put("lastMs", e.lastMs()));
        }
        JsonArray permits = new JsonArray();
        for (PublicDisclosure.Permit p : d.permits()) {
            permits.add(
                    new JsonObject()
                            .put("nameZh", p.enterpriseZh())
                            .put("nameEn", p.enterpriseEn())
                            .put("state", p.state().id())
                            .put(
                                    "validFrom",
                                    p.validFrom() == null ? null : p.validFrom().toString())
                            .put(
                                    "validUntil",
                                    p.validUntil() == null ? null : p.validUntil().toString()));
        }
        return new JsonObject()
                .put("serverMs", serverMs)
                .put("delaySeconds", delaySeconds)
                .put("status", "ok")
                .put("asOfMs", d.countedToMs())
                .put("day", d.day().toString())
                .put("month", d.month().toString())
                .put(
                        "exceedances",
                        new JsonObject()
                                .put("today", d.todayCount())
                                .put("month", d.monthCount())
                                .put("lines", lines))
                .put("permits", permits)
                .encode();
    }
}
