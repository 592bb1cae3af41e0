package org.parkwatch.backend.security;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Computes what one caller may see of a JSON answer that mixes enterprises: an incident (only its
 * visible alarms and enterprises) and its linkage package. Who receives a push message at all is
 * decided by its owners (the push hub); this class only reduces a mixed message for an owning
 * enterprise. Ownership questions go to {@link TenantScope}.
 */
public final class ScopedViews {
    private final TenantScope tenancy;

    public ScopedViews(TenantScope tenancy) {
        this.tenancy = tenancy;
    }

    /**
     * The incident as the caller may see it: null when no involved enterprise is visible, else a
     * copy whose {@code alarmIds} and {@code enterprises} hold only what the caller sees (a domino
     * incident across E01 and E02 shows E01's user only E01's alarms). Park roles get the incident
     * unchanged.
     */
    public JsonObject incident(JsonObject incident, Principal p) {
        if (!p.scoped()) return incident;
        JsonArray enterprises = incident.getJsonArray("enterprises", new JsonArray());
        if (!tenancy.seesAny(p, enterprises.stream().map(String::valueOf).toList())) return null;
        JsonObject out = incident.copy();
        JsonArray ents = new JsonArray();
        enterprises.forEach(
                e -> {
                    if (tenancy.seesEnterprise(p, String.valueOf(e))) ents.add(e);
                });
        JsonArray alarms = new JsonArray();
        incident.getJsonArray("alarmIds", new JsonArray())
                .forEach(
                        a -> {
                            if (tenancy.seesId(p, String.valueOf(a))) alarms.add(a);
                        });
        return out.put("enterprises", ents).put("alarmIds", alarms);
    }

    /**
     * A linkage package as the caller may see it: an enterprise user gets the place, chemicals,
     * sensitive targets and emergency resources whole (it needs them to act on a neighbour's
     * incident) but only the cameras and duty contacts of enterprises it sees (other enterprises'
     * people and camera network are theirs). Null stays null.
     */
    public JsonObject linkage(JsonObject pkg, Principal p) {
        if (pkg == null || !p.scoped()) return pkg;
        JsonObject out = pkg.copy();
        for (String list : new String[] {"cameras", "contacts", "work"}) {
            JsonArray kept = new JsonArray();
            pkg.getJsonArray(list, new JsonArray())
                    .forEach(
                            o -> {
                                if (o instanceof JsonObject j
                                        && tenancy.seesEnterprise(p, j.getString("enterpriseId")))
                                    kept.add(j);
                            });
            out.put(list, kept);
        }
        return out;
    }

    /**
     * An {@code incident} push message as an enterprise user may see it (the incident and its
     * linkage reduced as above), or null; the hub has already checked that the caller's enterprise
     * owns the incident.
     */
    public JsonObject incidentMessage(JsonObject payload, Principal p) {
        JsonObject incident = payload.getJsonObject("incident");
        JsonObject view = incident == null ? null : incident(incident, p);
        if (view == null) return null;
        JsonObject out = payload.copy().put("incident", view);
        if (payload.getJsonObject("linkage") != null)
            out.put("linkage", linkage(payload.getJsonObject("linkage"), p));
        return out;
    }
}
