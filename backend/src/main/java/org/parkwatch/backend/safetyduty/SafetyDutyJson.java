package org.parkwatch.backend.safetyduty;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.parkwatch.model.park.EnterpriseInfo;

/** The safety-duty records as the API writes and reads them (times as epoch ms). */
final class SafetyDutyJson {
    private final Map<String, EnterpriseInfo> enterprises = new LinkedHashMap<>();
    private final SafetyDutyPorts.MajorHazards hazards;

    SafetyDutyJson(Iterable<EnterpriseInfo> enterprises, SafetyDutyPorts.MajorHazards hazards) {
        enterprises.forEach(e -> this.enterprises.put(e.id(), e));
        this.hazards = hazards;
    }

    JsonObject enterprise(String id, JsonObject into) {
        EnterpriseInfo e = enterprises.get(id);
        return into.put("enterpriseId", id)
                .put("enterpriseZh", e == null ? id : e.nameZh())
                .put("enterpriseEn", e == null ? id : e.nameEn());
    }

    static JsonObject cycles() {
        JsonArray out = new JsonArray();
        for (DutyRole r : DutyRole.values()) {
            DutyCycles.Cycle c = DutyCycles.of(r);
            out.add(
                    new JsonObject()
                            .put("role", r.id())
                            .put("roleZh", r.zh())
                            .put("roleEn", r.en())
                            .put("periodDays", c.periodDays())
                            .put("textZh", c.zh())
                            .put("textEn", c.en()));
        }
        return new JsonObject()
                .put("source", DutyCycles.SOURCE)
                .put("verified", DutyCycles.VERIFIED)
                .put("cycles", out);
    }

    JsonObject duty(DutyStatus s) {
        Responsible r = s.responsible();
        JsonObject o =
                new JsonObject()
                        .put("unitId", r.unitId())
                        .put("role", r.role().id())
                        .put("person", r.person())
                        .put("sinceMs", r.sinceMs())
                        .put("periodDays", s.cycle().periodDays())
                        .put("lastCheckMs", s.lastCheckMs())
                        .put("dueMs", s.dueMs())
                        .put("overdue", s.overdue());
        unitNames(r.unitId(), o);
        return enterprise(r.enterpriseId(), o);
    }

    private void unitNames(String unitId, JsonObject o) {
        Optional<SafetyDutyPorts.HazardUnitRef> u = hazards.unit(unitId);
        o.put("unitZh", u.map(SafetyDutyPorts.HazardUnitRef::nameZh).orElse(unitId))
                .put("unitEn", u.map(SafetyDutyPorts.HazardUnitRef::nameEn).orElse(unitId));
    }

    static JsonObject check(DutyCheck k) {
        return new JsonObject()
                .put("id", k.id())
                .put("unitId", k.unitId())
                .put("role", k.role().id())
                .put("enterpriseId", k.enterpriseId())
                .put("person", k.person())
                .put("checkedMs", k.checkedMs())
                .put("findings", k.findings())
                .put("filedBy", k.filedBy())
                .put("filedMs", k.filedMs());
    }

    /**
     * @throws IllegalArgumentException naming the field
     */
    static DutyCheck check(JsonObject b, long nowMs) {
        return new DutyCheck(
                0,
                text(b, "unitId"),
                DutyRole.parse(text(b, "role")),
                null,
                b.getValue("person") == null ? null : text(b, "person"),
                optionalMs(b, "checkedMs", nowMs),
                b.getValue("findings") == null ? null : text(b, "findings"),
                null,
                nowMs);
    }

    JsonObject row(CommitmentBoard.Row r, boolean details) {
        JsonObject o = enterprise(r.enterpriseId(), new JsonObject()).put("state", r.state().id());
        Commitment c = r.commitment();
        if (c == null) return o;
        o.put("declaredMs", c.declaredMs()).put("safeState", c.safeState());
        if (!details) return o;
        JsonObject work = new JsonObject();
        Commitment.SPECIAL_WORK_KINDS.forEach(k -> work.put(k, c.specialWork().getOrDefault(k, 0)));
        return o.put("unitsRunning", c.unitsRunning())
                .put("unitsStopped", c.unitsStopped())
                .put("hazardsControlled", c.hazardsControlled())
                .put("specialWork", work)
                .put("startups", c.startups())
                .put("shutdowns", c.shutdowns())
                .put("turnaround", c.turnaround())
                .put("responsible", c.responsible())
                .put("filedBy", c.filedBy());
    }

    static JsonObject summary(CommitmentSummary s) {
        return JsonObject.mapFrom(s);
    }

    /**
     * @throws IllegalArgumentException naming the field
     */
    static Commitment commitment(JsonObject b) {
        Map<String, Integer> work = new LinkedHashMap<>();
        Object w = b.getValue("specialWork");
        if (w != null && !(w instanceof JsonObject)) {
            throw new IllegalArgumentException("specialWork must be an object of kind → count");
        }
        if (w instanceof JsonObject wo) {
            for (String k : wo.fieldNames()) work.put(k, integer(wo, k, "specialWork." + k));
        }
        return new Commitment(
                b.getValue("enterpriseId") == null ? null : text(b, "enterpriseId"),
                null,
                0,
                integer(b, "unitsRunning", "unitsRunning"),
                integer(b, "unitsStopped", "unitsStopped"),
                bool(b, "hazardsControlled"),
                work,
                integer(b, "startups", "startups"),
                integer(b, "shutdowns", "shutdowns"),
                bool(b, "turnaround"),
                bool(b, "safeState"),
                b.getValue("responsible") == null ? null : text(b, "responsible"),
                null);
    }

    JsonObject filing(UnitFiling f, Map<String, DutyUnit> units) {
        DutyUnit u = units.get(f.unitId());
        return enterprise(
                f.enterpriseId(),
                new JsonObject()
                        .put("id", f.id())
                        .put("unitId", f.unitId())
                        .put("unitZh", u == null ? f.unitId() : u.nameZh())
                        .put("unitEn", u == null ? f.unitId() : u.nameEn())
                        .put("kind", f.kind().id())
                        .put("plannedStartMs", f.plannedStartMs())
                        .put("plannedEndMs", f.plannedEndMs())
                        .put("actualStartMs", f.actualStartMs())
                        .put("actualEndMs", f.actualEndMs())
                        .put("approver", f.approver())
                        .put("note", f.note())
                        .put("filedBy", f.filedBy())
                        .put("filedMs", f.filedMs()));
    }

    /**
     * @throws IllegalArgumentException naming the field
     */
    static UnitFiling filing(JsonObject b) {
        return new UnitFiling(
                0,
                null,
                text(b, "unitId"),
                FilingKind.parse(text(b, "kind")),
                ms(b, "plannedStartMs"),
                ms(b, "plannedEndMs"),
                nullableMs(b, "actualStartMs"),
                nullableMs(b, "actualEndMs"),
                b.getValue("approver") == null ? null : text(b, "approver"),
                b.getValue("note") == null ? "" : text(b, "note"),
                null,
                0);
    }

    JsonObject unit(DutyUnit u, Optional<UnitFiling> inForce, Map<String, DutyUnit> units) {
        JsonObject o =
                enterprise(
                        u.enterpriseId(),
                        new JsonObject()
                                .put("unitId", u.unitId())
                                .put("unitZh", u.nameZh())
                                .put("unitEn", u.nameEn())
                                .put("tagPrefixes", new JsonArray(u.tagPrefixes()))
                                .put(
                                        "state",
                                        inForce.map(
                                                        f ->
                                                                f.kind() == FilingKind.TURNAROUND
                                                                        ? "turnaround"
                                                                        : "shut-down")
                                                .orElse("running"))
                                .put("alarmsSuppressed", inForce.isPresent()));
        inForce.ifPresent(f -> o.put("filing", filing(f, units)));
        return o;
    }

    static String text(JsonObject b, String field) {
        Object v = b.getValue(field);
        if (!(v instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException(field + " must be a non-empty text");
        }
        return s;
    }

    static long ms(JsonObject b, String field) {
        Object v = b.getValue(field);
        if (!(v instanceof Number n) || n.longValue() <= 0) {
            throw new IllegalArgumentException(field + " must be a time in epoch milliseconds");
        }
        return n.longValue();
    }

    static Long nullableMs(JsonObject b, String field) {
        return b.getValue(field) == null ? null : ms(b, field);
    }

    static long optionalMs(JsonObject b, String field, long dflt) {
        return b.getValue(field) == null ? dflt : ms(b, field);
    }

    static int integer(JsonObject b, String field, String name) {
        Object v = b.getValue(field);
        if (v == null) return 0;
        if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            throw new IllegalArgumentException(name + " must be a whole number");
        }
        return n.intValue();
    }

    static boolean bool(JsonObject b, String field) {
        Object v = b.getValue(field);
        if (!(v instanceof Boolean x)) {
            throw new IllegalArgumentException(field + " must be true or false");
        }
        return x;
    }
}
