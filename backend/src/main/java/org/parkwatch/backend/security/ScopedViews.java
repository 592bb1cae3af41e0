package org.parkwatch.backend.security;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Computes what one caller may see of a JSON message that mixes enterprises: an incident (only its visible alarms and
 * enterprises) and the push messages of other capabilities ({@code alarm}, {@code incident}, {@code hazard-grade},
 * and any later type that names an {@code enterpriseId}). Ownership questions go to {@link TenantScope}.
 */
public final class ScopedViews {
    private final TenantScope tenancy;

    public ScopedViews(TenantScope tenancy) {
        this.tenancy = tenancy;
    }

    /**
     * The incident as the caller may see it: null when no involved enterprise is visible, else a copy whose
     * {@code alarmIds} and {@code enterprises} hold only what the caller sees (a domino incident across E01 and E02
     * shows E01's user only E01's alarms). Park roles get the incident unchanged.
     */
    public JsonObject incident(JsonObject incident, Principal p) {
        if (!p.scoped()) return incident;
        JsonArray enterprises = incident.getJsonArray("enterprises", new JsonArray());
        if (!tenancy.seesAny(p, enterprises.stream().map(String::valueOf).toList())) return null;
        JsonObject out = incident.copy();
        JsonArray ents = new JsonArray();
        enterprises.forEach(e -> {
            if (tenancy.seesEnterprise(p, String.valueOf(e))) ents.add(e);
        });
        JsonArray alarms = new JsonArray();
        incident.getJsonArray("alarmIds", new JsonArray()).forEach(a -> {
            if (tenancy.seesId(p, String.valueOf(a))) alarms.add(a);
        });
        return out.put("enterprises", ents).put("alarmIds", alarms);
    }

    /**
     * A linkage package as the caller may see it: an enterprise user gets the place, chemicals, sensitive targets and
     * emergency resources whole (it needs them to act on a neighbour's incident) but only the cameras and duty
     * contacts of enterprises it sees (other enterprises' people and camera network are theirs). Null stays null.
     */
    public JsonObject linkage(JsonObject pkg, Principal p) {
        if (pkg == null || !p.scoped()) return pkg;
        JsonObject out = pkg.copy();
        for (String list : new String[]{"cameras", "contacts"}) {
            JsonArray kept = new JsonArray();
            pkg.getJsonArray(list, new JsonArray()).forEach(o -> {
                if (o instanceof JsonObject j && tenancy.seesEnterprise(p, j.getString("enterpriseId"))) kept.add(j);
            });
            out.put(list, kept);
        }
        return out;
    }

    /**
     * A push message of another capability as the caller may see it, or null to leave it out. {@code incident.zones}
     * follows its top-level {@code enterpriseId} (the incident's first enterprise); other unknown types are
     * scoped by a top-level {@code enterpriseId} when they carry one and otherwise count as park-level; a capability
     * publishing enterprise data under another shape must add its rule here.
     */
    public JsonObject pushMessage(String type, JsonObject payload, Principal p) {
        if (!p.scoped()) return payload;
        return switch (type) {
            case "alarm" -> {
                JsonObject transition = payload.getJsonObject("transition");
                JsonObject alarm = payload.getJsonObject("alarm");
                String id = transition != null ? transition.getString("alarmId")
                        : alarm != null ? alarm.getString("id") : null;
                yield id != null && tenancy.seesId(p, id) ? payload : null;
            }
            case "incident" -> {
                JsonObject incident = payload.getJsonObject("incident");
                JsonObject view = incident == null ? null : incident(incident, p);
                if (view == null) yield null;
                JsonObject out = payload.copy().put("incident", view);
                if (payload.getJsonObject("linkage") != null) out.put("linkage", linkage(payload.getJsonObject("linkage"), p));
                yield out;
            }
            case "hazard-grade" -> {
                String owner = payload.getString("enterpriseId");
                String unit = payload.getString("unitId");
                yield owner != null ? (tenancy.seesEnterprise(p, owner) ? payload : null)
                        : (tenancy.seesId(p, unit) ? payload : null);
            }
            // the park QRA is for roles holding risk:read, which enterprise users do not (backend README, Security)
            case "risk-qra" -> null;
            default -> {
                Object owner = payload.getValue("enterpriseId");
                yield owner == null || tenancy.seesEnterprise(p, String.valueOf(owner)) ? payload : null;
            }
        };
    }
}
