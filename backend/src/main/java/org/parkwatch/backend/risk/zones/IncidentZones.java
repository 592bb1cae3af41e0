package org.parkwatch.backend.risk.zones;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.parkwatch.backend.alarm.correlation.Incident;
import org.parkwatch.backend.alarm.service.IncidentListener;
import org.parkwatch.backend.push.PushOwners;
import org.parkwatch.backend.push.PushPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the threat zones of incidents: computes them the moment an incident with a known chemical
 * and place opens (an {@link IncidentListener} on the alarm service), again when the live wind
 * changes materially ({@link #WIND_CHANGE_DEG} or {@link #WIND_CHANGE_M_PER_S}, at most every
 * {@link #MIN_RERUN_MS}) while the incident is open, and on an operator's re-run with overrides.
 * Each run is pushed as {@code {"type":"incident.zones",…}}, kept in memory (latest and {@link
 * #HISTORY_MAX} per incident) and stored. After a restart, open incidents with stored runs follow
 * the wind again, repeating their latest run's release ({@link ZoneRequest#repeating}); {@link
 * #following} says for each incident whether its zones follow the wind and, if not, why. Everything
 * but the computation and the database work runs on the backend's ingest context.
 */
public final class IncidentZones implements IncidentListener {
    /** Wind-direction change that triggers a recompute, degrees (issue 6). */
    public static final double WIND_CHANGE_DEG = 20;

    /** Wind-speed change that triggers a recompute, m/s (issue 6). */
    public static final double WIND_CHANGE_M_PER_S = 1;

    /** Shortest time between automatic recomputes of one incident, ms (issue 6). */
    public static final long MIN_RERUN_MS = 10_000;

    /** Runs kept in memory per incident. */
    public static final int HISTORY_MAX = 50;

    /** Type of the WebSocket message that carries a new run. */
    public static final String PUSH_TYPE = "incident.zones";

    private static final Logger LOG = LoggerFactory.getLogger(IncidentZones.class);

    private final ThreatZoneService service;
    private final IncidentReleases releases;
    private final Supplier<LiveWeather.Reading> weather;
    private final LongSupplier clock;
    private final PushPublisher push;
    private final Map<String, Deque<ZoneRun>> runs = new HashMap<>();
    private final List<Consumer<ZoneRun>> runListeners = new CopyOnWriteArrayList<>();

    /**
     * The base request of each incident with zones: its defaults, a restored run's release, or a
     * re-run's.
     */
    private final Map<String, ZoneRequest> requests = new HashMap<>();

    /** Open incidents with zones, the latest view of each. */
    private final Map<String, Incident> open = new LinkedHashMap<>();

    /** Why an incident's zones do not follow the wind (en text), for those that do not. */
    private final Map<String, String> notFollowing = new HashMap<>();

    private final Set<String> running = new HashSet<>();
    private final Map<String, Integer> sequence = new HashMap<>();
    private final Set<Future<Void>> writes = ConcurrentHashMap.newKeySet();
    private List<Incident> restoredIncidents;
    private boolean runsRestored;
    private Vertx vertx;
    private ThreatZoneRepository repository;

    /**
     * @param weather reads the live weather; called on the ingest context
     * @param push (type, payload) to the WebSocket clients
     */
    public IncidentZones(
            ThreatZoneService service,
            IncidentReleases releases,
            Supplier<LiveWeather.Reading> weather,
            LongSupplier clock,
            PushPublisher push) {
        this.service = service;
        this.releases = releases;
        this.weather = weather;
        this.clock = clock;
        this.push = push;
    }

    /**
     * Restores stored runs (when there is a database) and from then on stores new ones; open
     * incidents restored by the alarm service (before or after this) resume once both are known.
     */
    public Future<Void> start(Vertx vertx, ThreatZoneRepository repository, int restoreLimit) {
        this.vertx = vertx;
        this.repository = repository;
        if (repository == null) {
            runsRestored = true;
            resume();
            return Future.succeededFuture();
        }
        return vertx.executeBlocking(() -> repository.loadRecent(restoreLimit), false)
                .map(
                        list -> {
                            for (ZoneRun r : list) remember(r);
                            LOG.info("{} threat-zone runs restored", list.size());
                            return (Void) null;
                        })
                .recover(
                        e -> {
                            LOG.error("threat-zone runs not restored: {}", e.toString());
                            return Future.succeededFuture();
                        })
                .onComplete(
                        v -> {
                            runsRestored = true;
                            resume();
                        });
    }

    /** Waits for pending writes. */
    public Future<Void> stop() {
        return Future.join(List.copyOf(writes)).mapEmpty();
    }

    @Override
    public void opened(Incident incident) {
        firstRun(incident);
    }

    /**
     * An update may bring the first chemical that gives zones (a gas detector joined); else keeps
     * the view.
     */
    @Override
    public void updated(Incident incident) {
        if (requests.containsKey(incident.id()) || latest(incident.id()).isPresent()) {
            if (requests.containsKey(incident.id())) open.put(incident.id(), incident);
            return;
        }
        firstRun(incident);
    }

    @Override
    public void closed(Incident incident) {
        open.remove(incident.id());
        if (requests.containsKey(incident.id())) notFollowing.put(incident.id(), "incident closed");
    }

    @Override
    public void restored(List<Incident> incidents) {
        restoredIncidents = List.copyOf(incidents);
        resume();
    }

    private void firstRun(Incident i) {
        Optional<ZoneRequest> req = releases.defaults(i);
        if (req.isEmpty()) return; // no known chemical or place: no zones for this incident
        requests.put(i.id(), req.get());
        open.put(i.id(), i);
        run(i, req.get(), "opened");
    }

    /**
     * Open restored incidents with stored runs follow the wind again (once runs and incidents are
     * both back).
     */
    private void resume() {
        if (!runsRestored || restoredIncidents == null) return;
        int resumed = 0;
        for (Incident i : restoredIncidents) {
            Optional<ZoneRun> last = latest(i.id());
            if (last.isEmpty() || requests.containsKey(i.id())) continue;
            if (i.state() != Incident.State.OPEN) {
                notFollowing.put(i.id(), "incident closed");
                continue;
            }
            try {
                ZoneRequest base = ZoneRequest.repeating(last.get().inputs());
                requests.put(i.id(), base);
                open.put(i.id(), i);
                if (base.followsLiveWind()) resumed++;
                else notFollowing.put(i.id(), "the latest run used a fixed wind (operator re-run)");
            } catch (ZoneInputException e) {
                notFollowing.put(i.id(), "the stored run cannot be repeated: " + e.getMessage());
                LOG.warn("incident {}: zones not resumed: {}", i.id(), e.getMessage());
            }
        }
        restoredIncidents = List.of();
        LOG.info("{} restored incidents follow the wind again", resumed);
    }

    /**
     * Looks at the live wind (about twice a second) for the open incidents with zones: one whose
     * base follows the live wind gets a new run when the wind changed materially since its latest
     * run.
     */
    public void followWind() {
        long now = clock.getAsLong();
        LiveWeather.Reading live = null;
        for (Incident i : open.values()) {
            ZoneRequest base = requests.get(i.id());
            ZoneRun last = latest(i.id()).orElse(null);
            if (base == null || last == null || !base.followsLiveWind()) continue;
            if (now - last.computedMs() < MIN_RERUN_MS || running.contains(i.id())) continue;
            if (live == null) live = weather.get();
            if (windChanged(last.inputs(), live)) run(i, base, "wind");
        }
    }

    /**
     * Whether the incident's zones follow the live wind, and why not; null when the incident has no
     * zones.
     */
    public WindFollowing following(String incidentId) {
        if (!requests.containsKey(incidentId) && latest(incidentId).isEmpty()) return null;
        String why = notFollowing.get(incidentId);
        if (why == null && !open.containsKey(incidentId)) {
            why = "incident not open (or restored without its incident)";
        }
        if (why == null && !requests.get(incidentId).followsLiveWind()) {
            why = "an operator re-ran it with a fixed wind";
        }
        return new WindFollowing(why == null, why);
    }

    /** True when the live wind differs from the run's by more than the thresholds. */
    static boolean windChanged(ZoneRunInputs inputs, LiveWeather.Reading live) {
        if (live.windFromDeg() == null
                || live.windSpeedMPerS() == null
                || inputs == null
                || inputs.windFromDeg() == null
                || inputs.windSpeedMPerS() == null) return false;
        double d = Math.abs(live.windFromDeg() - inputs.windFromDeg()) % 360;
        double turn = Math.min(d, 360 - d);
        return turn > WIND_CHANGE_DEG
                || Math.abs(live.windSpeedMPerS() - inputs.windSpeedMPerS()) > WIND_CHANGE_M_PER_S;
    }

    /**
     * An operator's re-run: the incident's defaults with {@code overrides}; it becomes the
     * incident's latest run and the base of later automatic ones.
     *
     * @return the run; fails with {@link ZoneInputException} for bad input, {@link
     *     java.util.NoSuchElementException} when the incident is unknown
     */
    public Future<ZoneRun> rerun(Incident incident, ZoneRequest overrides) {
        ZoneRequest base = requests.get(incident.id());
        if (base == null)
            base = releases.whatIf(incident).orElseGet(() -> releases.place(incident));
        ZoneRequest merged = base.overriddenBy(overrides);
        return compute(incident, merged, "rerun")
                .onSuccess(
                        r -> {
                            requests.put(incident.id(), merged);
                            if (incident.state() == Incident.State.OPEN) {
                                open.put(incident.id(), incident);
                                notFollowing.remove(incident.id());
                            }
                        });
    }

    /**
     * The what-if release offered for an incident that is not a confirmed release (an SIS trip, an
     * upset).
     */
    public Optional<ZoneRequest> whatIf(Incident incident) {
        return releases.whatIf(incident);
    }

    /** Adds a listener called on the ingest context after each new run is kept and pushed. */
    public void addRunListener(Consumer<ZoneRun> listener) {
        runListeners.add(listener);
    }

    public Optional<ZoneRun> latest(String incidentId) {
        Deque<ZoneRun> d = runs.get(incidentId);
        return d == null || d.isEmpty() ? Optional.empty() : Optional.of(d.peekLast());
    }

    /** The incident's runs kept in memory, oldest first. */
    public List<ZoneRun> history(String incidentId) {
        return List.copyOf(runs.getOrDefault(incidentId, new ArrayDeque<>()));
    }

    private void run(Incident i, ZoneRequest req, String trigger) {
        compute(i, req, trigger)
                .onFailure(
                        e ->
                                LOG.warn(
                                        "no threat zones for incident {} ({}): {}",
                                        i.id(),
                                        trigger,
                                        e.getMessage()));
    }

    private Future<ZoneRun> compute(Incident i, ZoneRequest req, String trigger) {
        LiveWeather.Reading live = weather.get();
        long now = clock.getAsLong();
        running.add(i.id());
        String enterprise = i.enterprises().isEmpty() ? null : i.enterprises().get(0);
        // computed and written to JSON off the context; the run id is numbered on it, once the run
        // succeeded
        String kind = IncidentReleases.kindOf(i, req);
        Callable<ZoneRun> work =
                () ->
                        ThreatZoneJson.run(
                                null,
                                i.id(),
                                enterprise,
                                trigger,
                                now,
                                ThreatZoneJson.of(service.compute(req, live, now))
                                        .put("kind", kind));
        Function<ZoneRun, ZoneRun> toRun =
                r -> {
                    int n = sequence.merge(i.id(), 1, Integer::sum);
                    return new ZoneRun(
                            i.id() + "/" + now + "-" + n,
                            r.incidentId(),
                            r.enterpriseId(),
                            r.trigger(),
                            r.computedMs(),
                            r.inputs(),
                            r.population(),
                            r.resultJson());
                };
        Future<ZoneRun> result;
        if (vertx != null) {
            result = vertx.executeBlocking(work, false);
        } else {
            try {
                result = Future.succeededFuture(work.call());
            } catch (Exception e) {
                result = Future.failedFuture(e);
            }
        }
        return result.map(toRun)
                .onComplete(ar -> running.remove(i.id()))
                .onSuccess(
                        r -> {
                            remember(r);
                            push.publish(
                                    PUSH_TYPE,
                                    PushOwners.ofTagged(i.enterprises()),
                                    ThreatZoneJson.pushMessage(r));
                            store(r);
                            for (Consumer<ZoneRun> l : runListeners) l.accept(r);
                        });
    }

    private void remember(ZoneRun r) {
        Deque<ZoneRun> d = runs.computeIfAbsent(r.incidentId(), k -> new ArrayDeque<>());
        d.addLast(r);
        while (d.size() > HISTORY_MAX) d.removeFirst();
    }

    private void store(ZoneRun r) {
        if (repository == null || vertx == null) return;
        Future<Void> w =
                vertx.executeBlocking(
                        () -> {
                            repository.save(r);
                            return (Void) null;
                        },
                        true);
        writes.add(w);
        w.onComplete(x -> writes.remove(w))
                .onFailure(
                        e ->
                                LOG.error(
                                        "threat-zone run {} not stored: {}",
                                        r.runId(),
                                        e.toString()));
    }
}
