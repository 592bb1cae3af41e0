package org.parkwatch.backend.emergency;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parkwatch.model.emergency.EmergencyPlan;
import org.parkwatch.model.emergency.Fact;
import org.parkwatch.model.emergency.ResponseLevel;

/**
 * Plan files to {@link EmergencyPlan} and back (the format of {@code
 * demo-park/emergency/plans/*.json}). A field of the wrong shape is a {@link PlanException} naming
 * the file, the plan and the field or action.
 */
public final class PlanJson {
    private PlanJson() {}

    /** Parses one plan file's text. */
    public static EmergencyPlan parse(String file, String text) {
        JsonObject o;
        try {
            o = new JsonObject(text);
        } catch (DecodeException | ClassCastException e) {
            throw new PlanException(List.of(file + ": not a JSON object: " + e.getMessage()));
        }
        return parse(file, o);
    }

    /** Parses one plan object. */
    public static EmergencyPlan parse(String file, JsonObject o) {
        String id = str(o, "id");
        String where = file + ", plan " + (id == null ? "(no id)" : id);
        try {
            EmergencyPlan.Kind kind = kind(req(o, "kind", where));
            List<String> kinds = new ArrayList<>();
            for (Object k : o.getJsonArray("incidentKinds", new JsonArray())) kinds.add((String) k);
            List<EmergencyPlan.Group> groups = new ArrayList<>();
            for (Object g : o.getJsonArray("groups", new JsonArray())) {
                JsonObject j = (JsonObject) g;
                groups.add(
                        new EmergencyPlan.Group(
                                str(j, "id"),
                                str(j, "nameZh"),
                                str(j, "nameEn"),
                                str(j, "ownerZh"),
                                str(j, "ownerEn")));
            }
            List<EmergencyPlan.Level> levels = new ArrayList<>();
            for (Object l : o.getJsonArray("levels", new JsonArray()))
                levels.add(level((JsonObject) l, where));
            JsonObject t = o.getJsonObject("targets", new JsonObject());
            return new EmergencyPlan(
                    id,
                    kind,
                    str(o, "titleZh"),
                    str(o, "titleEn"),
                    str(o, "parent"),
                    str(o, "enterpriseId"),
                    kinds,
                    groups,
                    levels,
                    new EmergencyPlan.Targets(
                            t.getInteger("confirmMin"),
                            t.getInteger("levelMin"),
                            t.getInteger("dispatchMin"),
                            t.getInteger("evacuationMin")));
        } catch (ClassCastException e) {
            throw new PlanException(
                    List.of(where + ": a field has the wrong type: " + e.getMessage()));
        } catch (IllegalArgumentException e) {
            throw new PlanException(List.of(where + ": " + e.getMessage()));
        }
    }

    private static EmergencyPlan.Level level(JsonObject l, String where) {
        ResponseLevel level = ResponseLevel.parse(req(l, "level", where));
        List<EmergencyPlan.Criterion> criteria = new ArrayList<>();
        for (Object c : l.getJsonArray("criteria", new JsonArray())) {
            JsonObject j = (JsonObject) c;
            Fact f = Fact.byId(str(j, "fact"));
            if (f == null) {
                throw new IllegalArgumentException(
                        "level "
                                + level
                                + ": criterion fact '"
                                + str(j, "fact")
                                + "' is unknown; known: "
                                + java.util.Arrays.stream(Fact.values()).map(Fact::id).toList());
            }
            Number n = j.getNumber("atLeast");
            if (n == null)
                throw new IllegalArgumentException(
                        "level " + level + ": criterion " + f.id() + " has no atLeast");
            criteria.add(new EmergencyPlan.Criterion(f, n.doubleValue()));
        }
        List<EmergencyPlan.Action> actions = new ArrayList<>();
        for (Object a : l.getJsonArray("actions", new JsonArray())) {
            JsonObject j = (JsonObject) a;
            actions.add(
                    new EmergencyPlan.Action(
                            str(j, "id"),
                            str(j, "group"),
                            str(j, "textZh"),
                            str(j, "textEn"),
                            j.getInteger("withinMin")));
        }
        return new EmergencyPlan.Level(level, criteria, actions);
    }

    /** The plan as its file format. */
    public static JsonObject write(EmergencyPlan p) {
        JsonArray groups = new JsonArray();
        for (EmergencyPlan.Group g : p.groups()) {
            groups.add(
                    new JsonObject()
                            .put("id", g.id())
                            .put("nameZh", g.nameZh())
                            .put("nameEn", g.nameEn())
                            .put("ownerZh", g.ownerZh())
                            .put("ownerEn", g.ownerEn()));
        }
        JsonArray levels = new JsonArray();
        for (EmergencyPlan.Level l : p.levels()) {
            JsonArray criteria = new JsonArray();
            for (EmergencyPlan.Criterion c : l.criteria())
                criteria.add(
                        new JsonObject().put("fact", c.fact().id()).put("atLeast", c.atLeast()));
            JsonArray actions = new JsonArray();
            for (EmergencyPlan.Action a : l.actions()) {
                actions.add(
                        new JsonObject()
                                .put("id", a.id())
                                .put("group", a.group())
                                .put("textZh", a.textZh())
                                .put("textEn", a.textEn())
                                .put("withinMin", a.withinMin()));
            }
            levels.add(
                    new JsonObject()
                            .put("level", l.level().name())
                            .put("nameZh", l.level().nameZh())
                            .put("criteria", criteria)
                            .put("actions", actions));
        }
        EmergencyPlan.Targets t = p.targets();
        return new JsonObject()
                .put("id", p.id())
                .put("kind", p.kind().name().toLowerCase(Locale.ROOT))
                .put("titleZh", p.titleZh())
                .put("titleEn", p.titleEn())
                .put("parent", p.parent())
                .put("enterpriseId", p.enterpriseId())
                .put("incidentKinds", new JsonArray(p.incidentKinds()))
                .put("groups", groups)
                .put("levels", levels)
                .put(
                        "targets",
                        new JsonObject()
                                .put("confirmMin", t.confirmMin())
                                .put("levelMin", t.levelMin())
                                .put("dispatchMin", t.dispatchMin())
                                .put("evacuationMin", t.evacuationMin()));
    }

    private static EmergencyPlan.Kind kind(String text) {
        for (EmergencyPlan.Kind k : EmergencyPlan.Kind.values())
            if (k.name().equalsIgnoreCase(text)) return k;
        throw new IllegalArgumentException(
                "kind must be general, special or onsite but was '" + text + "'");
    }

    private static String req(JsonObject o, String key, String where) {
        String v = str(o, key);
        if (v == null || v.isBlank()) throw new IllegalArgumentException(key + " is missing");
        return v;
    }

    private static String str(JsonObject o, String key) {
        Object v = o.getValue(key);
        return v == null ? null : v.toString();
    }
}
