package org.parkwatch.backend.alarm;

import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.parkwatch.backend.platform.json.SourceJson;
import org.parkwatch.model.park.TagDefinition;

/**
 * Applies a JSON alarm config on top of default definitions and validates the result. Format:
 *
 * <pre>{@code
 * { "alarms": [
 *   { "tag": "E01.TK201.LT", "type": "HH", "limit": 7.5, "priority": "high",
 *     "deadband": 0.05,            // absolute, engineering units; or
 *     "deadbandPercent": 1.0,      // % of the tag's instrument range
 *     "onDelayMs": 2000, "offDelayMs": 5000,
 *     "windowMs": 60000,           // ROC
 *     "setpointTag": "E01.U200.PT_SP", // DEVIATION
 *     "latched": false, "suppressWhenTag": "E01.U100.RUN",
 *     "enabled": true },           // false removes the alarm
 *   { "enterprise": "E03", "type": "FEED_LOST", "priority": "critical" } ] }
 * }</pre>
 *
 * An entry matching an existing (tag, type) changes only the fields it gives; a new entry needs
 * {@code priority} and, except for the discrete/quality types, {@code limit}. Problems name the
 * entry, e.g. {@code alarms[3].limit}.
 */
public final class AlarmConfigLoader {

    private static final Set<String> KEYS =
            Set.of(
                    "tag",
                    "enterprise",
                    "type",
                    "limit",
                    "priority",
                    "deadband",
                    "deadbandPercent",
                    "onDelayMs",
                    "offDelayMs",
                    "windowMs",
                    "setpointTag",
                    "latched",
                    "suppressWhenTag",
                    "enabled");

    /**
     * Longest on/off delay accepted, ms: one hour. A project bound [P]: ISA-18.2 delays are seconds
     * to minutes; a longer one hides the alarm and is a typing error (issue 19, D11).
     */
    public static final long MAX_DELAY_MS = 3_600_000;

    /** Longest rate-of-change window accepted, ms: one day [P]. */
    public static final long MAX_WINDOW_MS = 86_400_000;

    /** Largest deadband accepted, % of the tag's instrument range [P]: a wider one never clears. */
    public static final double MAX_DEADBAND_PERCENT = 50;

    private final Function<String, Optional<TagDefinition>> tags;

    public AlarmConfigLoader(Function<String, Optional<TagDefinition>> tags) {
        this.tags = tags;
    }

    /**
     * @param defaults starting definitions (e.g. {@link DefaultAlarmDefinitions#from})
     * @param json the config text
     * @param source file name for messages
     * @return the merged, validated definitions
     * @throws AlarmConfigException listing every problem
     */
    public List<AlarmDefinition> apply(List<AlarmDefinition> defaults, String json, String source) {
        Object root;
        try {
            root = SourceJson.decode(json);
        } catch (SourceJson.SyntaxException e) {
            throw new AlarmConfigException(
                    source,
                    List.of(
                            "not valid JSON at line "
                                    + e.line()
                                    + ", column "
                                    + e.column()
                                    + ": "
                                    + e.reason()));
        }
        List<String> problems = new ArrayList<>();
        Map<String, AlarmDefinition> byId = new LinkedHashMap<>();
        defaults.forEach(d -> byId.put(d.id(), d));
        if (!(root instanceof JsonObject o)
                || !(o.getValue("alarms") instanceof JsonArray alarms)) {
            throw new AlarmConfigException(source, List.of("field 'alarms' must be an array"));
        }
        for (int i = 0; i < alarms.size(); i++) {
            Object entry = alarms.getValue(i);
            if (!(entry instanceof JsonObject e)) {
                problems.add("alarms[" + i + "]: must be an object, not " + Json.encode(entry));
                continue;
            }
            applyEntry(e, "alarms[" + i + "]", byId, problems);
        }
        List<AlarmDefinition> result = new ArrayList<>(byId.values());
        if (problems.isEmpty())
            problems.addAll(new AlarmDefinitionValidator(tags).validate(result));
        if (!problems.isEmpty()) throw new AlarmConfigException(source, problems);
        return result;
    }

    private void applyEntry(
            JsonObject e, String where, Map<String, AlarmDefinition> byId, List<String> problems) {
        int before = problems.size();
        e.fieldNames()
                .forEach(
                        k -> {
                            if (!KEYS.contains(k))
                                problems.add(
                                        where
                                                + "."
                                                + k
                                                + ": unknown field; expected one of "
                                                + KEYS);
                        });
        AlarmType type;
        try {
            type = AlarmType.of(text(e, "type", null));
        } catch (IllegalArgumentException ex) {
            problems.add(where + ".type: " + ex.getMessage());
            return;
        }
        String tagId = text(e, "tag", null);
        TagDefinition tag = null;
        String id;
        String enterprise;
        if (type.isEnterpriseLevel()) {
            enterprise = text(e, "enterprise", null);
            if (enterprise == null) {
                problems.add(
                        where
                                + ".enterprise: missing ("
                                + type
                                + " alarms belong to an enterprise)");
                return;
            }
            id = enterprise + "." + type.suffix();
        } else {
            tag = tagId == null ? null : tags.apply(tagId).orElse(null);
            if (tag == null) {
                problems.add(where + ".tag: '" + tagId + "' is not in the tag list");
                return;
            }
            enterprise = tag.enterpriseId();
            id = AlarmDefinition.idFor(tagId, type);
        }
        if (!bool(e, "enabled", true)) {
            byId.remove(id);
            return;
        }
        AlarmDefinition base = byId.get(id);
        if (base == null) {
            base =
                    new AlarmDefinition(
                            id,
                            enterprise,
                            tagId,
                            tag == null ? null : tag.featureId(),
                            type,
                            null,
                            type == AlarmType.DISCRETE ? 1 : Double.NaN,
                            0,
                            0,
                            0,
                            0,
                            null,
                            false,
                            null);
            boolean needsLimit =
                    type.isAbsoluteLimit() || type == AlarmType.ROC || type == AlarmType.DEVIATION;
            if (!e.containsKey("priority"))
                problems.add(where + ".priority: missing for a new alarm " + id);
            if (needsLimit && !e.containsKey("limit"))
                problems.add(where + ".limit: missing for a new alarm " + id);
        }
        AlarmDefinition merged = merge(base, e, tag, where, problems);
        if (problems.size() == before) byId.put(id, merged);
    }

    private static AlarmDefinition merge(
            AlarmDefinition b,
            JsonObject e,
            TagDefinition tag,
            String where,
            List<String> problems) {
        Priority priority = b.priority();
        if (e.containsKey("priority")) {
            try {
                priority = Priority.of(text(e, "priority", "null"));
            } catch (IllegalArgumentException ex) {
                problems.add(where + ".priority: " + ex.getMessage());
            }
        }
        double span = tag == null ? Double.NaN : tag.max() - tag.min();
        double maxDeadband =
                Double.isFinite(span) && span > 0
                        ? span * MAX_DEADBAND_PERCENT / 100
                        : Double.MAX_VALUE;
        double deadband = ranged(e, "deadband", b.deadband(), 0, maxDeadband, where, problems);
        if (e.containsKey("deadbandPercent")) {
            if (e.containsKey("deadband"))
                problems.add(where + ": give deadband or deadbandPercent, not both");
            double pct = ranged(e, "deadbandPercent", 0, 0, MAX_DEADBAND_PERCENT, where, problems);
            deadband = tag == null ? 0 : span * pct / 100.0;
        }
        double limit =
                b.type().isAbsoluteLimit() && tag != null
                        ? ranged(e, "limit", b.limit(), tag.min(), tag.max(), where, problems)
                        : ranged(
                                e,
                                "limit",
                                b.limit(),
                                -Double.MAX_VALUE,
                                Double.MAX_VALUE,
                                where,
                                problems);
        return new AlarmDefinition(
                b.id(),
                b.enterpriseId(),
                b.tagId(),
                b.featureId(),
                b.type(),
                priority,
                limit,
                deadband,
                (long) ranged(e, "onDelayMs", b.onDelayMs(), 0, MAX_DELAY_MS, where, problems),
                (long) ranged(e, "offDelayMs", b.offDelayMs(), 0, MAX_DELAY_MS, where, problems),
                (long) ranged(e, "windowMs", b.windowMs(), 0, MAX_WINDOW_MS, where, problems),
                text(e, "setpointTag", b.setpointTagId()),
                bool(e, "latched", b.latched()),
                text(e, "suppressWhenTag", b.suppressWhenTagId()));
    }

    /**
     * A number field that must lie in [lo, hi] when given; the problem names the field, the range
     * and the value.
     */
    private static double ranged(
            JsonObject e,
            String field,
            double dflt,
            double lo,
            double hi,
            String where,
            List<String> problems) {
        if (!e.containsKey(field)) return dflt;
        double v = num(e, field, dflt, where, problems);
        if (e.getValue(field) instanceof Number && !(v >= lo && v <= hi)) {
            problems.add(
                    where
                            + "."
                            + field
                            + ": must be between "
                            + bound(lo)
                            + " and "
                            + bound(hi)
                            + ", not "
                            + v);
            return dflt;
        }
        return v;
    }

    private static String bound(double v) {
        return v == Double.MAX_VALUE ? "+∞" : v == -Double.MAX_VALUE ? "-∞" : String.valueOf(v);
    }

    private static double num(
            JsonObject e, String field, double dflt, String where, List<String> problems) {
        if (!e.containsKey(field)) return dflt;
        Object v = e.getValue(field);
        if (!(v instanceof Number n)) {
            problems.add(where + "." + field + ": must be a number, not " + Json.encode(v));
            return dflt;
        }
        return n.doubleValue();
    }

    /** A scalar field as text; {@code dflt} when absent or null. */
    private static String text(JsonObject e, String field, String dflt) {
        Object v = e.getValue(field);
        return v == null
                ? dflt
                : v instanceof JsonObject || v instanceof JsonArray ? "" : v.toString();
    }

    /** A boolean field (or the text true/false); {@code dflt} otherwise. */
    private static boolean bool(JsonObject e, String field, boolean dflt) {
        Object v = e.getValue(field);
        if (v instanceof Boolean flag) return flag;
        if ("true".equals(v)) return true;
        if ("false".equals(v)) return false;
        return dflt;
    }
}
