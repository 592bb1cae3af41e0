package org.parkwatch.backend.workpermit;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.locationtech.jts.geom.Geometry;

/**
 * Checks permits against the rules of GB 30871-2022 held as data ({@value #RESOURCE}): at filing
 * ({@link #checkFiling}), on approval ({@link #checkApproval}), when work starts ({@link
 * #checkStart}) and while it runs ({@link #hasValidGasAnalysis}). Pure logic: where tank-farm dikes
 * are comes in as a function.
 */
public final class WorkRuleBook {
    public static final String RESOURCE = "/workpermit/gb30871-rules.json";

    private static final long MINUTE_MS = 60_000L;
    private static final long HOUR_MS = 3_600_000L;

    private final Map<String, WorkRule> rules;
    private final Function<Geometry, Optional<String>> dikeAt;

    /**
     * @param dikeAt the tank-farm dike (feature id) a place lies in or touches, if any
     */
    public WorkRuleBook(List<WorkRule> rules, Function<Geometry, Optional<String>> dikeAt) {
        Map<String, WorkRule> m = new LinkedHashMap<>();
        for (WorkRule r : rules) m.put(r.id(), r);
        this.rules = m;
        this.dikeAt = dikeAt;
        for (String id :
                List.of(
                        "GEN-LEVEL",
                        "GEN-PEOPLE",
                        "GEN-APPROVER",
                        "HOT-GAS-AGE",
                        "HOT-GAS-LIMIT",
                        "CS-GAS-AGE",
                        "CS-OXYGEN",
                        "HOT-DIKE-SPECIAL",
                        "HOT-VALIDITY",
                        "GEN-VALIDITY")) {
            if (!m.containsKey(id))
                throw new IllegalArgumentException("rule table lacks rule " + id);
        }
    }

    /** The rules of {@value #RESOURCE}. */
    public static List<WorkRule> loadDefault() {
        try (InputStream in = WorkRuleBook.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is not on the classpath");
            return parse(new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException(RESOURCE + ": " + e.getMessage(), e);
        }
    }

    static List<WorkRule> parse(JsonObject doc) {
        List<WorkRule> out = new ArrayList<>();
        JsonArray a = doc.getJsonArray("rules");
        for (int i = 0; i < a.size(); i++) {
            JsonObject r = a.getJsonObject(i);
            Set<WorkKind> kinds = EnumSet.noneOf(WorkKind.class);
            for (Object k : r.getJsonArray("kinds", new JsonArray()))
                kinds.add(WorkKind.of((String) k));
            out.add(
                    new WorkRule(
                            r.getString("id"),
                            r.getString("clause"),
                            "verified".equals(r.getString("status")),
                            kinds,
                            r.getString("textZh"),
                            r.getString("textEn"),
                            r.getJsonObject("params", new JsonObject()).getMap()));
        }
        return out;
    }

    public List<WorkRule> rules() {
        return List.copyOf(rules.values());
    }

    public WorkRule rule(String id) {
        return rules.get(id);
    }

    /** The rules a permit must meet when it is filed or changed; empty when it meets them all. */
    public List<RuleViolation> checkFiling(SpecialWorkPermit p) {
        List<RuleViolation> out = new ArrayList<>();
        level(p, out);
        people(p, out);
        validity(p, out);
        dike(p, out);
        for (int i = 0; i < p.gasAnalyses().size(); i++) limits(p, i, out);
        if (p.kind().needsGasAnalysis() && !p.gasAnalyses().isEmpty()) {
            GasAnalysis newest = p.gasAnalyses().get(p.gasAnalyses().size() - 1);
            WorkRule age = ageRule(p.kind());
            long maxAgeMs = (long) (age.number("maxAgeMin") * MINUTE_MS);
            if (newest.atMs() < p.startMs() - maxAgeMs) {
                out.add(
                        violation(
                                age,
                                "gasAnalyses[" + (p.gasAnalyses().size() - 1) + "].atMs",
                                "the newest gas analysis was taken "
                                        + (p.startMs() - newest.atMs()) / MINUTE_MS
                                        + " min before the work starts, more than "
                                        + (long) age.number("maxAgeMin")
                                        + " min"));
            }
        }
        return out;
    }

    /** The rules of approval: the permit names its approver. */
    public List<RuleViolation> checkApproval(SpecialWorkPermit p) {
        WorkRule r = rules.get("GEN-APPROVER");
        String role = String.valueOf(r.params().getOrDefault("role", "approver"));
        if (p.namesOf(role).isEmpty())
            return List.of(violation(r, "people", "no person with role '" + role + "' (审批人)"));
        return List.of();
    }

    /**
     * The rules of starting (or resuming) work at {@code nowMs}: hot work and confined-space work
     * need a gas analysis no older than the rule's age, every one of that age within limits.
     */
    public List<RuleViolation> checkStart(SpecialWorkPermit p, long nowMs) {
        if (!p.kind().needsGasAnalysis()) return List.of();
        WorkRule age = ageRule(p.kind());
        if (!hasValidGasAnalysis(p, nowMs)) {
            return List.of(
                    violation(
                            age,
                            "gasAnalyses",
                            "no gas analysis within limits taken in the "
                                    + (long) age.number("maxAgeMin")
                                    + " min before the work starts"));
        }
        return List.of();
    }

    /**
     * True when the permit has a gas analysis taken no earlier than the rule's age before {@code
     * startedMs}, and every analysis since then is within limits. Kinds without gas analysis: true.
     */
    public boolean hasValidGasAnalysis(SpecialWorkPermit p, long startedMs) {
        if (!p.kind().needsGasAnalysis()) return true;
        long from = startedMs - (long) (ageRule(p.kind()).number("maxAgeMin") * MINUTE_MS);
        boolean any = false;
        for (int i = 0; i < p.gasAnalyses().size(); i++) {
            GasAnalysis a = p.gasAnalyses().get(i);
            if (a.atMs() < from) continue;
            List<RuleViolation> bad = new ArrayList<>();
            limits(p, i, bad);
            if (!bad.isEmpty()) return false;
            any = true;
        }
        return any;
    }

    private WorkRule ageRule(WorkKind k) {
        return rules.get(k == WorkKind.CONFINED_SPACE ? "CS-GAS-AGE" : "HOT-GAS-AGE");
    }

    private void level(SpecialWorkPermit p, List<RuleViolation> out) {
        WorkRule r = rules.get("GEN-LEVEL");
        List<String> levels = p.kind().levels();
        if (levels.isEmpty()) {
            if (p.level() != null)
                out.add(
                        violation(
                                r, "level", p.kind() + " has no levels; got '" + p.level() + "'"));
        } else if (p.level() == null || !levels.contains(p.level())) {
            out.add(
                    violation(
                            r,
                            "level",
                            p.kind() + " needs a level among " + levels + "; got " + p.level()));
        }
    }

    @SuppressWarnings("unchecked")
    private void people(SpecialWorkPermit p, List<RuleViolation> out) {
        WorkRule r = rules.get("GEN-PEOPLE");
        Object roles = r.params().getOrDefault("roles", List.of("leader", "guardian"));
        for (Object role : (List<Object>) roles) {
            if (p.namesOf(String.valueOf(role)).isEmpty()) {
                out.add(
                        violation(
                                r,
                                "people",
                                "no person with role '"
                                        + role
                                        + "' ("
                                        + ResponsiblePerson.roleZh(String.valueOf(role))
                                        + ")"));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void validity(SpecialWorkPermit p, List<RuleViolation> out) {
        double hours;
        WorkRule r;
        if (p.kind() == WorkKind.HOT_WORK) {
            r = rules.get("HOT-VALIDITY");
            Map<String, Object> byLevel = (Map<String, Object>) r.params().get("maxHoursByLevel");
            Object h = byLevel == null || p.level() == null ? null : byLevel.get(p.level());
            if (!(h instanceof Number n)) return; // bad level: GEN-LEVEL says so
            hours = n.doubleValue();
        } else {
            r = rules.get("GEN-VALIDITY");
            if (!r.appliesTo(p.kind())) return;
            hours = r.number("maxHours");
        }
        long spanMs = p.endMs() - p.startMs();
        if (spanMs > hours * HOUR_MS) {
            out.add(
                    violation(
                            r,
                            "endMs",
                            String.format(
                                    "valid %.1f h, more than the %s h allowed for %s %s",
                                    spanMs / (double) HOUR_MS,
                                    fmt(hours),
                                    p.kind(),
                                    p.level() == null ? "" : WorkKind.levelZh(p.level()))));
        }
    }

    private void dike(SpecialWorkPermit p, List<RuleViolation> out) {
        WorkRule r = rules.get("HOT-DIKE-SPECIAL");
        if (!r.appliesTo(p.kind()) || p.geometry() == null) return;
        String level = String.valueOf(r.params().getOrDefault("level", "special"));
        if (level.equals(p.level())) return;
        dikeAt.apply(p.geometry())
                .ifPresent(
                        dike ->
                                out.add(
                                        violation(
                                                r,
                                                "level",
                                                "the place lies inside the dike of "
                                                        + dike
                                                        + ": hot work there is "
                                                        + WorkKind.levelZh(level)
                                                        + " ("
                                                        + level
                                                        + "), not "
                                                        + WorkKind.levelZh(p.level()))));
    }

    private void limits(SpecialWorkPermit p, int i, List<RuleViolation> out) {
        GasAnalysis a = p.gasAnalyses().get(i);
        String field = "gasAnalyses[" + i + "].value";
        if (a.isOxygen() && p.kind() == WorkKind.CONFINED_SPACE) {
            WorkRule r = rules.get("CS-OXYGEN");
            double min = r.number("minVolPct");
            double max = r.number("maxVolPct");
            if (a.value() < min || a.value() > max) {
                out.add(
                        violation(
                                r,
                                field,
                                "oxygen "
                                        + fmt(a.value())
                                        + " %vol outside "
                                        + fmt(min)
                                        + "–"
                                        + fmt(max)
                                        + " %vol"));
            }
        } else if (a.isFlammableVol() && p.kind().needsGasAnalysis()) {
            WorkRule r = rules.get("HOT-GAS-LIMIT");
            double max =
                    a.lelVolPercent() >= r.number("lelThresholdVolPct")
                            ? r.number("maxVolPctLelAtOrAbove")
                            : r.number("maxVolPctLelBelow");
            if (a.value() > max) {
                out.add(
                        violation(
                                r,
                                field,
                                a.gas()
                                        + " "
                                        + fmt(a.value())
                                        + " %vol above "
                                        + fmt(max)
                                        + " %vol (LEL "
                                        + fmt(a.lelVolPercent())
                                        + " %vol)"));
            }
        }
    }

    private static RuleViolation violation(WorkRule r, String field, String message) {
        return new RuleViolation(r.id(), r.clause(), field, message + " — " + r.textZh());
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
