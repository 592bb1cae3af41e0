package org.parkwatch.bridge.sim.model;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.park.TagKind;

/**
 * The simulated process values of the whole park: one behaviour per tag, stepped together.
 * Deterministic for a given seed and sequence of step times. Values are {@link Double} for analogue
 * tags (engineering units of the tag) and {@link Boolean} for discrete tags ({@link
 * TagKind#isDiscrete()}).
 *
 * <p>Each tick: {@link #step} computes the undisturbed values (forced values win), scenarios then
 * overwrite values with {@link #set}, and {@link #applyForced} makes forced values win again. All
 * methods are thread-safe.
 */
public final class SimulationModel {
    private final Map<String, TagDefinition> tags = new LinkedHashMap<>();
    private final Map<String, TagBehaviour> behaviours = new HashMap<>();
    private final Map<String, Object> values = new HashMap<>();
    private final Map<String, Object> forced = new HashMap<>();
    private final ZoneId zone;
    private Instant now;

    /**
     * @param seed seeds every tag's own random stream (seed and tag id), so adding a tag does not
     *     change others
     * @param zone the park's time zone (solar and diurnal shapes use local time)
     * @param start time of the initial values
     */
    /**
     * A tag {@code X_SP} is the setpoint of the process value {@code X} (gis-data tag convention).
     */
    static final String SETPOINT_SUFFIX = "_SP";

    public SimulationModel(
            Collection<TagDefinition> tagList, long seed, ZoneId zone, Instant start) {
        this.zone = zone;
        this.now = start;
        Map<String, TankLevelBehaviour> tankByFeature = new HashMap<>();
        for (TagDefinition t : tagList) {
            tags.put(t.id(), t);
            if (t.kind() == TagKind.LEVEL) {
                TankLevelBehaviour b =
                        (TankLevelBehaviour) BehaviourFactory.create(t, random(seed, t), null);
                behaviours.put(t.id(), b);
                tankByFeature.putIfAbsent(t.featureId(), b);
            }
        }
        for (TagDefinition t : tagList) {
            if (t.kind() == TagKind.LEVEL) continue;
            TagDefinition processValue =
                    t.kind() == TagKind.SETPOINT && t.id().endsWith(SETPOINT_SUFFIX)
                            ? tags.get(
                                    t.id().substring(0, t.id().length() - SETPOINT_SUFFIX.length()))
                            : null;
            TagBehaviour b;
            if (processValue != null) b = BehaviourFactory.setpointOf(processValue);
            else if (!t.kind().isDiscrete() && tags.containsKey(t.id() + SETPOINT_SUFFIX)) {
                b = BehaviourFactory.controlled(t, random(seed, t));
            } else
                b = BehaviourFactory.create(t, random(seed, t), tankByFeature.get(t.featureId()));
            behaviours.put(t.id(), b);
        }
        Tick first = new Tick(1.0, start.atZone(zone));
        behaviours.forEach((id, b) -> values.put(id, b.next(first)));
    }

    private static Random random(long seed, TagDefinition t) {
        return new Random(seed * 1_000_003L + t.id().hashCode());
    }

    /** Advances every tag to {@code time}; a step of zero or negative length is taken as 1 ms. */
    public synchronized void step(Instant time) {
        double dtS = Math.max(0.001, (time.toEpochMilli() - now.toEpochMilli()) / 1000.0);
        now = time;
        Tick tick = new Tick(dtS, time.atZone(zone));
        behaviours.forEach((id, b) -> values.put(id, b.next(tick)));
        values.putAll(forced);
    }

    public synchronized Instant now() {
        return now;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Current value: Double or Boolean. */
    public synchronized Object value(String tagId) {
        definition(tagId);
        return values.get(tagId);
    }

    /** Current value as a number (discrete: 1 or 0). */
    public synchronized double number(String tagId) {
        Object v = value(tagId);
        return v instanceof Boolean b ? (b ? 1 : 0) : ((Number) v).doubleValue();
    }

    public synchronized boolean flag(String tagId) {
        Object v = value(tagId);
        return v instanceof Boolean b ? b : ((Number) v).doubleValue() != 0;
    }

    /** Overwrites the current value until the next step (scenarios call this every tick). */
    public synchronized void set(String tagId, Object value) {
        values.put(tagId, coerce(definition(tagId), value));
    }

    /**
     * Lets the tag's behaviour carry on from its current value (a scenario ends; a tank drains from
     * where it is).
     */
    public synchronized void continueFrom(String tagId) {
        behaviours.get(tagId).resetTo(values.get(tagId));
    }

    /**
     * Holds a tag at a value until {@link #release}: tests force the wind or a level this way.
     *
     * @throws IllegalArgumentException naming the tag for an unknown tag or a value of the wrong
     *     type
     */
    public synchronized void force(String tagId, Object value) {
        Object v = coerce(definition(tagId), value);
        forced.put(tagId, v);
        values.put(tagId, v);
    }

    public synchronized void release(String tagId) {
        if (forced.remove(tagId) != null) continueFrom(tagId);
    }

    public synchronized void releaseAll() {
        new ArrayList<>(forced.keySet()).forEach(this::release);
    }

    public synchronized void applyForced() {
        values.putAll(forced);
    }

    /** A copy of all current values by tag id. */
    public synchronized Map<String, Object> snapshot() {
        return new HashMap<>(values);
    }

    public Collection<TagDefinition> tags() {
        return tags.values();
    }

    public Optional<TagDefinition> tag(String tagId) {
        return Optional.ofNullable(tags.get(tagId));
    }

    public List<TagDefinition> tagsOfKind(TagKind kind) {
        return tags.values().stream().filter(t -> t.kind() == kind).toList();
    }

    /**
     * The wind at the park's (first) weather station, or {@link Wind#DEFAULT} when the park has
     * none.
     */
    public synchronized Wind wind() {
        List<TagDefinition> speed = tagsOfKind(TagKind.WIND_SPEED);
        List<TagDefinition> dir = tagsOfKind(TagKind.WIND_DIRECTION);
        return new Wind(
                speed.isEmpty() ? Wind.DEFAULT.speedMps() : number(speed.get(0).id()),
                dir.isEmpty() ? Wind.DEFAULT.fromDeg() : number(dir.get(0).id()));
    }

    private TagDefinition definition(String tagId) {
        TagDefinition t = tags.get(tagId);
        if (t == null) throw new IllegalArgumentException("unknown tag '" + tagId + "'");
        return t;
    }

    /**
     * Booleans for discrete tags (true/false, 1/0), doubles for analogue ones (numbers or numeric
     * text).
     */
    static Object coerce(TagDefinition t, Object value) {
        if (t.kind().isDiscrete()) {
            if (value instanceof Boolean b) return b;
            if (value instanceof Number n) return n.doubleValue() != 0;
            if (value instanceof String s
                    && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
                return Boolean.parseBoolean(s);
            }
            throw new IllegalArgumentException(
                    "tag '"
                            + t.id()
                            + "' is discrete ("
                            + t.kind().id()
                            + "): expected true or false, got '"
                            + value
                            + "'");
        }
        if (value instanceof Number n && Double.isFinite(n.doubleValue())) return n.doubleValue();
        if (value instanceof String s) {
            try {
                double d = Double.parseDouble(s.trim());
                if (Double.isFinite(d)) return d;
            } catch (NumberFormatException ignored) {
                // falls through to the message below
            }
        }
        throw new IllegalArgumentException(
                "tag '"
                        + t.id()
                        + "' is analogue ("
                        + t.kind().id()
                        + ", "
                        + t.unit()
                        + "): expected a finite number, got '"
                        + value
                        + "'");
    }
}
