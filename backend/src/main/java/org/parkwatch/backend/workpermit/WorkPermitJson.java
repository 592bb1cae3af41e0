package org.parkwatch.backend.workpermit;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * Permits to and from JSON (the API, the demo file, the database's people and gas columns). Parse
 * errors are {@link IllegalArgumentException}s naming the field.
 */
final class WorkPermitJson {
    static final GeometryFactory LON_LAT = new GeometryFactory(new PrecisionModel(), 4326);

    /** The park's extent with a margin, to catch swapped or projected coordinates. */
    private static final double MIN_LON = 73, MAX_LON = 136, MIN_LAT = 3, MAX_LAT = 54;

    private WorkPermitJson() {}

    /**
     * A permit from a request body (id, state and bookkeeping are the service's).
     *
     * @param enterpriseId the caller's enterprise for enterprise users; null for park roles (then
     *     the body names it)
     */
    static SpecialWorkPermit parse(JsonObject b, String enterpriseId, String user, long nowMs) {
        String enterprise = enterpriseId != null ? enterpriseId : text(b, "enterpriseId", true);
        if (enterpriseId != null
                && b.getValue("enterpriseId") != null
                && !enterpriseId.equals(b.getValue("enterpriseId")))
            throw new SecurityException(
                    "enterpriseId: an enterprise user files permits of its own enterprise only");
        WorkKind kind;
        try {
            kind = WorkKind.of(text(b, "kind", true));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kind: " + e.getMessage());
        }
        String level = text(b, "level", false);
        long start = millis(b, "startMs");
        long end = millis(b, "endMs");
        if (end <= start) throw new IllegalArgumentException("endMs: must be after startMs");
        Geometry g = geometry(b.getValue("location"), "location");
        List<ResponsiblePerson> people = parsePeople(b.getValue("people"));
        List<GasAnalysis> gas = parseGas(b.getValue("gasAnalyses"));
        String place = text(b, "placeZh", true);
        if (place.length() > 200) throw new IllegalArgumentException("placeZh: longer than 200");
        String ext = text(b, "externalId", false);
        if (ext != null && ext.length() > 100)
            throw new IllegalArgumentException("externalId: longer than 100");
        String note = text(b, "note", false);
        if (note != null && note.length() > 2000)
            throw new IllegalArgumentException("note: longer than 2000");
        return new SpecialWorkPermit(
                null,
                enterprise,
                ext,
                kind,
                level,
                WorkState.APPLIED,
                place,
                g,
                start,
                end,
                people,
                gas,
                0,
                user,
                nowMs,
                nowMs,
                note);
    }

    static Geometry geometry(Object v, String field) {
        if (v == null)
            throw new IllegalArgumentException(field + ": missing (GeoJSON Point or Polygon)");
        String text = v instanceof JsonObject o ? o.encode() : v.toString();
        Geometry g;
        try {
            g = new GeoJsonReader(LON_LAT).read(text);
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException(field + ": not a GeoJSON geometry");
        }
        String t = g.getGeometryType();
        if (!t.equals("Point") && !t.equals("Polygon"))
            throw new IllegalArgumentException(field + ": must be a Point or a Polygon, got " + t);
        if (!g.isValid()) throw new IllegalArgumentException(field + ": invalid geometry");
        for (var c : g.getCoordinates()) {
            if (c.x < MIN_LON || c.x > MAX_LON || c.y < MIN_LAT || c.y > MAX_LAT)
                throw new IllegalArgumentException(
                        field
                                + ": coordinates must be WGS84 lon,lat in China, got "
                                + c.x
                                + ","
                                + c.y);
        }
        g.setSRID(4326);
        return g;
    }

    static List<ResponsiblePerson> parsePeople(Object v) {
        List<ResponsiblePerson> out = new ArrayList<>();
        if (v == null) return out;
        if (!(v instanceof JsonArray a))
            throw new IllegalArgumentException("people: must be an array");
        for (int i = 0; i < a.size(); i++) {
            if (!(a.getValue(i) instanceof JsonObject p))
                throw new IllegalArgumentException("people[" + i + "]: must be an object");
            String role = text(p, "role", true, "people[" + i + "].");
            if (!ResponsiblePerson.ROLES.contains(role))
                throw new IllegalArgumentException(
                        "people["
                                + i
                                + "].role: '"
                                + role
                                + "' is not one of "
                                + ResponsiblePerson.ROLES);
            out.add(
                    new ResponsiblePerson(
                            role,
                            text(p, "name", true, "people[" + i + "]."),
                            text(p, "phone", false, "people[" + i + "].")));
        }
        return out;
    }

    static List<GasAnalysis> parseGas(Object v) {
        List<GasAnalysis> out = new ArrayList<>();
        if (v == null) return out;
        if (!(v instanceof JsonArray a))
            throw new IllegalArgumentException("gasAnalyses: must be an array");
        for (int i = 0; i < a.size(); i++) {
            if (!(a.getValue(i) instanceof JsonObject g))
                throw new IllegalArgumentException("gasAnalyses[" + i + "]: must be an object");
            out.add(analysis(g, "gasAnalyses[" + i + "]."));
        }
        out.sort((x, y) -> Long.compare(x.atMs(), y.atMs()));
        return out;
    }

    static GasAnalysis analysis(JsonObject g, String prefix) {
        String unit = text(g, "unit", true, prefix);
        if (!List.of("%vol", "%LEL", "ppm", "mg/m3").contains(unit))
            throw new IllegalArgumentException(
                    prefix + "unit: '" + unit + "' is not one of %vol, %LEL, ppm, mg/m3");
        Object value = g.getValue("value");
        if (!(value instanceof Number n)
                || !Double.isFinite(n.doubleValue())
                || n.doubleValue() < 0)
            throw new IllegalArgumentException(prefix + "value: must be a number ≥ 0");
        Object lel = g.getValue("lelVolPercent");
        double lelPct = Double.NaN;
        if (lel != null) {
            if (!(lel instanceof Number l) || l.doubleValue() <= 0 || l.doubleValue() > 100)
                throw new IllegalArgumentException(prefix + "lelVolPercent: must be in (0, 100]");
            lelPct = l.doubleValue();
        }
        return new GasAnalysis(
                millis(g, "atMs", prefix),
                text(g, "gas", true, prefix),
                n.doubleValue(),
                unit,
                lelPct,
                text(g, "analyst", true, prefix));
    }

    static JsonObject permit(SpecialWorkPermit p) {
        JsonObject o =
                new JsonObject()
                        .put("id", p.id())
                        .put("enterpriseId", p.enterpriseId())
                        .put("externalId", p.externalId())
                        .put("kind", p.kind().name())
                        .put("kindZh", p.kind().nameZh())
                        .put("kindEn", p.kind().nameEn())
                        .put("level", p.level())
                        .put("levelZh", p.level() == null ? null : WorkKind.levelZh(p.level()))
                        .put("state", p.state().name())
                        .put("stateZh", p.state().nameZh())
                        .put("stateEn", p.state().nameEn())
                        .put("placeZh", p.placeZh())
                        .put("location", new JsonObject(geoJson(p.geometry())))
                        .put("lon", p.geometry().getCentroid().getX())
                        .put("lat", p.geometry().getCentroid().getY())
                        .put("startMs", p.startMs())
                        .put("endMs", p.endMs())
                        .put("startedMs", p.startedMs())
                        .put("people", people(p.people()))
                        .put("gasAnalyses", gas(p.gasAnalyses()))
                        .put("createdBy", p.createdBy())
                        .put("createdMs", p.createdMs())
                        .put("updatedMs", p.updatedMs())
                        .put("note", p.note());
        return o;
    }

    static String geoJson(Geometry g) {
        GeoJsonWriter w = new GeoJsonWriter(7);
        w.setEncodeCRS(false);
        return w.write(g);
    }

    static JsonArray people(List<ResponsiblePerson> people) {
        JsonArray a = new JsonArray();
        for (ResponsiblePerson p : people)
            a.add(
                    new JsonObject()
                            .put("role", p.role())
                            .put("roleZh", ResponsiblePerson.roleZh(p.role()))
                            .put("name", p.name())
                            .put("phone", p.phone()));
        return a;
    }

    static JsonArray gas(List<GasAnalysis> gas) {
        JsonArray a = new JsonArray();
        for (GasAnalysis g : gas) {
            JsonObject o =
                    new JsonObject()
                            .put("atMs", g.atMs())
                            .put("gas", g.gas())
                            .put("value", g.value())
                            .put("unit", g.unit())
                            .put("analyst", g.analyst());
            if (!Double.isNaN(g.lelVolPercent())) o.put("lelVolPercent", g.lelVolPercent());
            a.add(o);
        }
        return a;
    }

    static JsonObject violation(RuleViolation v) {
        return new JsonObject()
                .put("rule", v.ruleId())
                .put("clause", "GB 30871-2022 " + v.clause())
                .put("field", v.field())
                .put("message", v.message());
    }

    static JsonObject rule(WorkRule r) {
        JsonArray kinds = new JsonArray();
        r.kinds().forEach(k -> kinds.add(k.name()));
        return new JsonObject()
                .put("id", r.id())
                .put("clause", "GB 30871-2022 " + r.clause())
                .put("status", r.verified() ? "verified" : "unverified")
                .put("kinds", kinds)
                .put("textZh", r.textZh())
                .put("textEn", r.textEn())
                .put("params", new JsonObject(r.params()));
    }

    static String text(JsonObject b, String field, boolean required) {
        return text(b, field, required, "");
    }

    static String text(JsonObject b, String field, boolean required, String prefix) {
        Object v = b.getValue(field);
        if (v == null || (v instanceof String s && s.isBlank())) {
            if (required) throw new IllegalArgumentException(prefix + field + ": missing");
            return null;
        }
        if (!(v instanceof String s))
            throw new IllegalArgumentException(prefix + field + ": must be text");
        return s.trim();
    }

    static long millis(JsonObject b, String field) {
        return millis(b, field, "");
    }

    static long millis(JsonObject b, String field, String prefix) {
        Object v = b.getValue(field);
        if (!(v instanceof Number n))
            throw new IllegalArgumentException(prefix + field + ": missing (epoch ms)");
        long ms = n.longValue();
        if (ms < 946_684_800_000L || ms > 4_102_444_800_000L)
            throw new IllegalArgumentException(
                    prefix + field + ": not an epoch-ms time in 2000–2100");
        return ms;
    }
}
