package org.parkwatch.backend.alarm;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.park.TagKind;

/**
 * Checks a set of alarm definitions against the tag list and lists every problem, each prefixed
 * with the tag or alarm id it concerns, e.g. {@code E01.TK201.LT: hh (7.0) must be >= h (7.2)}. An
 * empty list means the set is usable.
 */
public final class AlarmDefinitionValidator {

    private static final AlarmType[] LIMIT_ORDER = {
        AlarmType.HH, AlarmType.H, AlarmType.L, AlarmType.LL
    };

    private final Function<String, Optional<TagDefinition>> tags;

    /**
     * @param tags tag lookup by id, e.g. {@code catalog::tag}
     */
    public AlarmDefinitionValidator(Function<String, Optional<TagDefinition>> tags) {
        this.tags = tags;
    }

    public List<String> validate(List<AlarmDefinition> defs) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, Map<AlarmType, Double>> limitsByTag = new LinkedHashMap<>();
        for (AlarmDefinition d : defs) {
            if (!ids.add(d.id())) problems.add(d.id() + ": alarm id is not unique");
            check(d, problems);
            if (d.type().isAbsoluteLimit() && d.tagId() != null && Double.isFinite(d.limit())) {
                limitsByTag
                        .computeIfAbsent(d.tagId(), k -> new EnumMap<>(AlarmType.class))
                        .put(d.type(), d.limit());
            }
        }
        limitsByTag.forEach((tag, limits) -> checkOrder(tag, limits, problems));
        return problems;
    }

    private void check(AlarmDefinition d, List<String> problems) {
        String p = d.id() + ": ";
        if (d.priority() == null) problems.add(p + "priority is missing");
        if (d.enterpriseId() == null || d.enterpriseId().isEmpty())
            problems.add(p + "enterprise is missing");
        if (d.onDelayMs() < 0) problems.add(p + "onDelayMs (" + d.onDelayMs() + ") must be >= 0");
        if (d.offDelayMs() < 0)
            problems.add(p + "offDelayMs (" + d.offDelayMs() + ") must be >= 0");
        if (!(d.deadband() >= 0)) problems.add(p + "deadband (" + d.deadband() + ") must be >= 0");
        if (d.type().isTagless()) return;
        Optional<TagDefinition> tag = d.tagId() == null ? Optional.empty() : tags.apply(d.tagId());
        if (tag.isEmpty()) {
            problems.add(p + "tag '" + d.tagId() + "' is not in the tag list");
            return;
        }
        TagDefinition t = tag.get();
        double span = t.max() - t.min();
        if (d.type() != AlarmType.DISCRETE && span > 0 && d.deadband() >= span) {
            problems.add(
                    p
                            + "deadband ("
                            + d.deadband()
                            + ") must be below the instrument span ("
                            + span
                            + ")");
        }
        if (d.suppressWhenTagId() != null) {
            Optional<TagDefinition> s = tags.apply(d.suppressWhenTagId());
            if (s.isEmpty() || !s.get().kind().isDiscrete()) {
                problems.add(
                        p
                                + "suppressWhenTag '"
                                + d.suppressWhenTagId()
                                + "' must be a boolean tag of the list");
            }
        }
        switch (d.type()) {
            case HH, H, L, LL -> {
                if (t.kind().isDiscrete())
                    problems.add(
                            p
                                    + "limit alarms need an analogue tag, "
                                    + t.id()
                                    + " is "
                                    + t.kind().id());
                if (!Double.isFinite(d.limit())) problems.add(p + "limit is missing");
                else if (span > 0 && (d.limit() < t.min() || d.limit() > t.max())) {
                    problems.add(
                            p
                                    + "limit ("
                                    + d.limit()
                                    + ") is outside the instrument range ["
                                    + t.min()
                                    + ", "
                                    + t.max()
                                    + "]");
                }
            }
            case ROC -> {
                if (!(d.limit() > 0))
                    problems.add(p + "rate limit (" + d.limit() + " per min) must be > 0");
                if (d.windowMs() <= 0)
                    problems.add(p + "windowMs (" + d.windowMs() + ") must be > 0");
            }
            case DEVIATION -> {
                if (!(d.limit() > 0))
                    problems.add(p + "deviation band (" + d.limit() + ") must be > 0");
                if (d.setpointTagId() == null || tags.apply(d.setpointTagId()).isEmpty()) {
                    problems.add(
                            p + "setpointTag '" + d.setpointTagId() + "' is not in the tag list");
                }
            }
            case BYPASS_NO_PERMIT, BYPASS_PERMIT_EXPIRED -> {
                if (t.kind() != TagKind.SIS_BYPASS)
                    problems.add(
                            p
                                    + "permit alarms need a sis-bypass tag, "
                                    + t.id()
                                    + " is "
                                    + t.kind().id());
            }
            case DISCRETE -> {
                if (!t.kind().isDiscrete())
                    problems.add(
                            p
                                    + "state alarms need a boolean tag, "
                                    + t.id()
                                    + " is "
                                    + t.kind().id());
                if (d.limit() != 0 && d.limit() != 1)
                    problems.add(
                            p + "active state (" + d.limit() + ") must be 1 (true) or 0 (false)");
            }
            default -> {}
        }
    }

    /** HH ≥ H > L ≥ LL for the limits present; the message names the tag and both values. */
    private static void checkOrder(
            String tag, Map<AlarmType, Double> limits, List<String> problems) {
        AlarmType prev = null;
        for (AlarmType type : LIMIT_ORDER) {
            Double v = limits.get(type);
            if (v == null) continue;
            if (prev != null) {
                double pv = limits.get(prev);
                boolean strict =
                        prev == AlarmType.H || (prev == AlarmType.HH && type != AlarmType.H);
                if (strict ? !(pv > v) : !(pv >= v)) {
                    problems.add(
                            tag
                                    + ": "
                                    + prev.name().toLowerCase()
                                    + " ("
                                    + pv
                                    + ") must be "
                                    + (strict ? ">" : ">=")
                                    + " "
                                    + type.name().toLowerCase()
                                    + " ("
                                    + v
                                    + ")");
                }
            }
            prev = type;
        }
    }
}
