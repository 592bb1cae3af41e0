package org.parkwatch.backend.alarm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.parkwatch.model.park.TagDefinition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Applies a JSON alarm config on top of default definitions and validates the result. Format:
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
 * An entry matching an existing (tag, type) changes only the fields it gives; a new entry needs {@code priority} and,
 * except for the discrete/quality types, {@code limit}. Problems name the entry, e.g. {@code alarms[3].limit}.
 */
public final class AlarmConfigLoader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> KEYS = Set.of("tag", "enterprise", "type", "limit", "priority", "deadband",
            "deadbandPercent", "onDelayMs", "offDelayMs", "windowMs", "setpointTag", "latched", "suppressWhenTag",
            "enabled");

    /**
     * Longest on/off delay accepted, ms: one hour. A project bound [P]: ISA-18.2 delays are seconds to minutes; a
     * longer one hides the alarm and is a typing error (issue 19, D11).
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
     * @param json     the config text
     * @param source   file name for messages
     * @return the merged, validated definitions
     * @throws AlarmConfigException listing every problem
     */
    public List<AlarmDefinition> apply(List<AlarmDefinition> defaults, String json, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AlarmConfigException(source, List.of("not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage()));
        }
        List<String> problems = new ArrayList<>();
        Map<String, AlarmDefinition> byId = new LinkedHashMap<>();
        defaults.forEach(d -> byId.put(d.id(), d));
        JsonNode alarms = root == null ? null : root.get("alarms");
        if (alarms == null || !alarms.isArray()) {
            throw new AlarmConfigException(source, List.of("field 'alarms' must be an array"));
        }
        for (int i = 0; i < alarms.size(); i++) {
            applyEntry(alarms.get(i), "alarms[" + i + "]", byId, problems);
        }
        List<AlarmDefinition> result = new ArrayList<>(byId.values());
        if (problems.isEmpty()) problems.addAll(new AlarmDefinitionValidator(tags).validate(result));
        if (!problems.isEmpty()) throw new AlarmConfigException(source, problems);
        return result;
    }

    private void applyEntry(JsonNode e, String where, Map<String, AlarmDefinition> byId, List<String> problems) {
        int before = problems.size();
        e.fieldNames().forEachRemaining(k -> {
            if (!KEYS.contains(k)) problems.add(where + "." + k + ": unknown field; expected one of " + KEYS);
        });
        AlarmType type;
        try {
            type = AlarmType.of(e.path("type").asText(null));
        } catch (IllegalArgumentException ex) {
            problems.add(where + ".type: " + ex.getMessage());
            return;
        }
        String tagId = e.path("tag").asText(null);
        TagDefinition tag = null;
        String id;
        String enterprise;
        if (type.isFeedLevel()) {
            enterprise = e.path("enterprise").asText(null);
            if (enterprise == null) {
                problems.add(where + ".enterprise: missing (" + type + " alarms belong to an enterprise)");
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
        if (!e.path("enabled").asBoolean(true)) {
            byId.remove(id);
            return;
        }
        AlarmDefinition base = byId.get(id);
        if (base == null) {
            base = new AlarmDefinition(id, enterprise, tagId, tag == null ? null : tag.featureId(), type, null,
                    type == AlarmType.DISCRETE ? 1 : Double.NaN, 0, 0, 0, 0, null, false, null);
            boolean needsLimit = type.isAbsoluteLimit() || type == AlarmType.ROC || type == AlarmType.DEVIATION;
            if (!e.has("priority")) problems.add(where + ".priority: missing for a new alarm " + id);
            if (needsLimit && !e.has("limit")) problems.add(where + ".limit: missing for a new alarm " + id);
        }
        AlarmDefinition merged = merge(base, e, tag, where, problems);
        if (problems.size() == before) byId.put(id, merged);
    }

    private static AlarmDefinition merge(AlarmDefinition b, JsonNode e, TagDefinition tag, String where,
                                         List<String> problems) {
        Priority priority = b.priority();
        if (e.has("priority")) {
            try {
                priority = Priority.of(e.get("priority").asText());
            } catch (IllegalArgumentException ex) {
                problems.add(where + ".priority: " + ex.getMessage());
            }
        }
        double span = tag == null ? Double.NaN : tag.max() - tag.min();
        double maxDeadband = Double.isFinite(span) && span > 0 ? span * MAX_DEADBAND_PERCENT / 100 : Double.MAX_VALUE;
        double deadband = ranged(e, "deadband", b.deadband(), 0, maxDeadband, where, problems);
        if (e.has("deadbandPercent")) {
            if (e.has("deadband")) problems.add(where + ": give deadband or deadbandPercent, not both");
            double pct = ranged(e, "deadbandPercent", 0, 0, MAX_DEADBAND_PERCENT, where, problems);
            deadband = tag == null ? 0 : span * pct / 100.0;
        }
        double limit = b.type().isAbsoluteLimit() && tag != null
                ? ranged(e, "limit", b.limit(), tag.min(), tag.max(), where, problems)
                : ranged(e, "limit", b.limit(), -Double.MAX_VALUE, Double.MAX_VALUE, where, problems);
        return new AlarmDefinition(b.id(), b.enterpriseId(), b.tagId(), b.featureId(), b.type(), priority,
                limit, deadband,
                (long) ranged(e, "onDelayMs", b.onDelayMs(), 0, MAX_DELAY_MS, where, problems),
                (long) ranged(e, "offDelayMs", b.offDelayMs(), 0, MAX_DELAY_MS, where, problems),
                (long) ranged(e, "windowMs", b.windowMs(), 0, MAX_WINDOW_MS, where, problems),
                e.path("setpointTag").asText(b.setpointTagId()),
                e.path("latched").asBoolean(b.latched()),
                e.path("suppressWhenTag").asText(b.suppressWhenTagId()));
    }

    /** A number field that must lie in [lo, hi] when given; the problem names the field, the range and the value. */
    private static double ranged(JsonNode e, String field, double dflt, double lo, double hi, String where,
                                 List<String> problems) {
        if (!e.has(field)) return dflt;
        double v = num(e, field, dflt, where, problems);
        if (e.get(field).isNumber() && !(v >= lo && v <= hi)) {
            problems.add(where + "." + field + ": must be between " + bound(lo) + " and " + bound(hi) + ", not " + v);
            return dflt;
        }
        return v;
    }

    private static String bound(double v) {
        return v == Double.MAX_VALUE ? "+∞" : v == -Double.MAX_VALUE ? "-∞" : String.valueOf(v);
    }

    private static double num(JsonNode e, String field, double dflt, String where, List<String> problems) {
        JsonNode v = e.get(field);
        if (v == null) return dflt;
        if (!v.isNumber()) {
            problems.add(where + "." + field + ": must be a number, not " + v);
            return dflt;
        }
        return v.asDouble();
    }
}
