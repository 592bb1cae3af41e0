package org.parkwatch.backend.alarm.correlation;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.parkwatch.backend.alarm.Priority;

/**
 * Evaluates the correlation rules ({@link CorrelationConfig}) on the alarm stream and maintains
 * incidents: opens one when a rule fires and adds later matching alarms to it. An incident is
 * closed by an operator ({@link #close}), not by its alarms clearing (issue 18: the operator
 * decides when the event is over); a closed incident reopens when one of its alarms activates
 * again. Every open, update, close and reopen goes to the sink. Pure and single-threaded; time
 * comes from the signals.
 */
public final class CorrelationEngine {
    private final CorrelationConfig cfg;
    private final FeatureLocator locator;
    private final Consumer<Incident> sink;
    private final String idPrefix;
    private final Map<String, Member> active = new LinkedHashMap<>();
    private final Map<String, Open> open = new LinkedHashMap<>();

    /** Closed incidents that reopen when one of their alarms activates again, newest last. */
    private final Map<String, Open> closed = new LinkedHashMap<>();

    private int seq;

    /** Closed incidents remembered for reopening. */
    public static final int CLOSED_KEPT = 200;

    /** An active alarm with its resolved place. */
    private record Member(AlarmSignal signal, LonLat position, String unit) {
        /** Unit centroid when the unit is known, else the feature itself. */
        LonLat place(FeatureLocator l) {
            return unit == null ? position : l.position(unit).orElse(position);
        }
    }

    /** An open incident being built. */
    private static final class Open {
        final String id;
        final Incident.Kind kind;
        final String unit;
        final long openedMs;
        final Set<String> alarms = new LinkedHashSet<>();
        final Set<String> enterprises = new LinkedHashSet<>();
        final Map<String, LonLat> places = new LinkedHashMap<>();
        long updatedMs;

        Open(String id, Incident.Kind kind, String unit, long openedMs) {
            this.id = id;
            this.kind = kind;
            this.unit = unit;
            this.openedMs = openedMs;
        }
    }

    /**
     * @param idPrefix incident ids are {@code <prefix><n>}, e.g. {@code INC-}
     */
    public CorrelationEngine(
            CorrelationConfig cfg,
            FeatureLocator locator,
            String idPrefix,
            Consumer<Incident> sink) {
        this.cfg = cfg;
        this.locator = locator;
        this.idPrefix = idPrefix;
        this.sink = sink;
    }

    public void onAlarm(AlarmSignal s) {
        if (!s.active()) {
            clear(s);
            return;
        }
        LonLat pos = locator.position(s.featureId()).orElse(null);
        String unit = locator.unitOf(s.featureId()).orElse(null);
        Member m = new Member(s, pos, unit);
        active.put(s.alarmId(), m);
        reopen(s);
        if (cfg.leak().enabled() && s.isGasAlarm() && pos != null) leak(m);
        if (cfg.sisTrip().enabled() && unit != null && (s.isSisTrip() || s.isProcessAlarm()))
            sisTrip(m);
        if (cfg.domino().enabled()
                && s.priority() != null
                && s.priority().ordinal() <= cfg.domino().minPriority().ordinal()
                && m.place(locator) != null) {
            domino(m);
        }
    }

    /**
     * Takes back incidents persisted before a restart: open ones are continued (their members join
     * again as their alarms re-activate), closed ones reopen when one of their alarms activates
     * again, and numbering continues after the highest restored id with this engine's prefix.
     */
    public void restore(List<Incident> incidents) {
        for (Incident i : incidents) {
            if (i.id().startsWith(idPrefix)) {
                try {
                    seq = Math.max(seq, Integer.parseInt(i.id().substring(idPrefix.length())));
                } catch (NumberFormatException ignored) {
                    // not one of ours
                }
            }
            Open o = new Open(i.id(), i.kind(), i.unitId(), i.openedMs());
            o.alarms.addAll(i.alarmIds());
            o.enterprises.addAll(i.enterprises());
            if (Double.isFinite(i.lon()) && Double.isFinite(i.lat()))
                o.places.put("restored", new LonLat(i.lon(), i.lat()));
            o.updatedMs = i.updatedMs();
            if (i.state() == Incident.State.OPEN) open.put(o.id, o);
            else remember(o);
        }
    }

    /**
     * An operator closes the incident: it leaves the open ones (the sink hears it CLOSED) and is
     * remembered, so an alarm of it activating again reopens it.
     *
     * @return the closed incident, empty when no open incident has this id
     */
    public Optional<Incident> close(String incidentId, long atMs) {
        Open o = open.remove(incidentId);
        if (o == null) return Optional.empty();
        o.updatedMs = atMs;
        remember(o);
        Incident view = view(o, Incident.State.CLOSED);
        sink.accept(view);
        return Optional.of(view);
    }

    private void remember(Open o) {
        closed.remove(o.id);
        closed.put(o.id, o);
        if (closed.size() > CLOSED_KEPT) closed.remove(closed.keySet().iterator().next());
    }

    /** An alarm of a closed incident activating again reopens that incident. */
    private void reopen(AlarmSignal s) {
        for (Iterator<Open> it = closed.values().iterator(); it.hasNext(); ) {
            Open o = it.next();
            if (!o.alarms.contains(s.alarmId())) continue;
            it.remove();
            open.put(o.id, o);
            publish(o, s.atMs());
            return;
        }
    }

    /** Incidents still open, oldest first. */
    public List<Incident> open() {
        return open.values().stream().map(o -> view(o, Incident.State.OPEN)).toList();
    }

    private void leak(Member m) {
        CorrelationConfig.LeakRule r = cfg.leak();
        List<Member> near =
                recent(
                        m,
                        r.windowS(),
                        x ->
                                x.signal().isGasAlarm()
                                        && x.position() != null
                                        && Geo.distanceM(x.position(), m.position())
                                                <= r.radiusM());
        Set<String> detectors = new LinkedHashSet<>();
        near.forEach(x -> detectors.add(x.signal().featureId()));
        Optional<Open> existing =
                find(
                        Incident.Kind.LEAK,
                        o -> near.stream().anyMatch(x -> o.alarms.contains(x.signal().alarmId())));
        if (existing.isEmpty() && detectors.size() < r.minDetectors()) return;
        Open o = existing.orElseGet(() -> create(Incident.Kind.LEAK, null, m.signal().atMs()));
        for (Member x : near) add(o, x, x.signal().featureId(), x.position());
        publish(o, m.signal().atMs());
    }

    private void sisTrip(Member m) {
        Optional<Open> existing = find(Incident.Kind.SIS_TRIP, o -> o.unit.equals(m.unit()));
        List<Member> sameUnit =
                recent(
                        m,
                        cfg.sisTrip().windowS(),
                        x ->
                                m.unit().equals(x.unit())
                                        && (x.signal().isSisTrip() || x.signal().isProcessAlarm()));
        if (existing.isEmpty()) {
            boolean trip = sameUnit.stream().anyMatch(x -> x.signal().isSisTrip());
            boolean process = sameUnit.stream().anyMatch(x -> x.signal().isProcessAlarm());
            if (!trip || !process) return;
        }
        Open o =
                existing.orElseGet(
                        () -> create(Incident.Kind.SIS_TRIP, m.unit(), m.signal().atMs()));
        LonLat unitPos = locator.position(m.unit()).orElse(m.position());
        for (Member x : existing.isPresent() ? List.of(m) : sameUnit) add(o, x, m.unit(), unitPos);
        publish(o, m.signal().atMs());
    }

    private void domino(Member m) {
        CorrelationConfig.DominoRule r = cfg.domino();
        String e = m.signal().enterpriseId();
        LonLat here = m.place(locator);
        List<Member> others =
                recent(
                        m,
                        r.windowS(),
                        x ->
                                !x.signal().enterpriseId().equals(e)
                                        && x.signal().priority() != null
                                        && x.signal().priority().ordinal()
                                                <= r.minPriority().ordinal()
                                        && x.place(locator) != null
                                        && Geo.distanceM(here, x.place(locator))
                                                <= Math.min(
                                                        r.radiusOf(e),
                                                        r.radiusOf(x.signal().enterpriseId())));
        if (others.isEmpty()) return;
        Optional<Open> existing =
                find(
                        Incident.Kind.DOMINO,
                        o ->
                                o.alarms.contains(m.signal().alarmId())
                                        || others.stream()
                                                .anyMatch(
                                                        x ->
                                                                o.alarms.contains(
                                                                        x.signal().alarmId())));
        Open o = existing.orElseGet(() -> create(Incident.Kind.DOMINO, null, m.signal().atMs()));
        add(o, m, placeKey(m), here);
        for (Member x : others) add(o, x, placeKey(x), x.place(locator));
        publish(o, m.signal().atMs());
    }

    private static String placeKey(Member m) {
        return m.unit() != null ? m.unit() : m.signal().featureId();
    }

    /** Active alarms (including m) that activated within the window before m and match. */
    private List<Member> recent(Member m, long windowS, Predicate<Member> match) {
        long from = m.signal().atMs() - windowS * 1000;
        List<Member> out = new ArrayList<>();
        for (Member x : active.values()) {
            if (x.signal().atMs() >= from
                    && x.signal().atMs() <= m.signal().atMs()
                    && match.test(x)) out.add(x);
        }
        return out;
    }

    private Optional<Open> find(Incident.Kind kind, Predicate<Open> match) {
        return open.values().stream().filter(o -> o.kind == kind && match.test(o)).findFirst();
    }

    private Open create(Incident.Kind kind, String unit, long atMs) {
        Open o = new Open(idPrefix + (++seq), kind, unit, atMs);
        open.put(o.id, o);
        return o;
    }

    private static void add(Open o, Member x, String placeKey, LonLat place) {
        o.alarms.add(x.signal().alarmId());
        o.enterprises.add(x.signal().enterpriseId());
        if (place != null) o.places.put(placeKey, place);
    }

    private void publish(Open o, long atMs) {
        o.updatedMs = atMs;
        sink.accept(view(o, Incident.State.OPEN));
    }

    /**
     * An alarm clearing leaves its incidents open (the operator closes them); it is no longer
     * active.
     */
    private void clear(AlarmSignal s) {
        active.remove(s.alarmId());
    }

    /** Is this alarm's condition active as the engine last heard it? */
    public boolean isActive(String alarmId) {
        return active.containsKey(alarmId);
    }

    private Incident view(Open o, Incident.State state) {
        LonLat c =
                o.places.isEmpty()
                        ? new LonLat(Double.NaN, Double.NaN)
                        : Geo.centroid(o.places.values());
        Priority severity =
                switch (o.kind) {
                    case LEAK -> cfg.leak().severity();
                    case SIS_TRIP -> cfg.sisTrip().severity();
                    case DOMINO -> cfg.domino().severity();
                };
        return new Incident(
                o.id,
                o.kind,
                severity,
                List.copyOf(o.alarms),
                c.lon(),
                c.lat(),
                List.copyOf(o.enterprises),
                o.unit,
                o.openedMs,
                o.updatedMs,
                state);
    }
}
