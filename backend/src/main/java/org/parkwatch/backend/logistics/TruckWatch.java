package org.parkwatch.backend.logistics;

import io.vertx.core.Vertx;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import org.locationtech.jts.geom.Geometry;
import org.parkwatch.backend.alarm.AlarmType;
import org.parkwatch.backend.alarm.TruckAlarmDefinitions;
import org.parkwatch.backend.risk.zones.IncidentThreat;
import org.parkwatch.backend.routing.RoutePlanning;
import org.parkwatch.model.logistics.gate.Waybill;
import org.parkwatch.model.logistics.route.Breach;
import org.parkwatch.model.logistics.route.ConductWatch;
import org.parkwatch.model.logistics.route.Finding;
import org.parkwatch.model.logistics.route.FixLocator;
import org.parkwatch.model.logistics.route.MovingTonnage;
import org.parkwatch.model.logistics.route.TruckFix;
import org.parkwatch.model.logistics.route.TruckRules;
import org.parkwatch.model.routing.RoadGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the trucks inside the park (issue 16, scope 4): gives each its waybill's permitted route
 * on the shared road graph ({@link PermitPlanner}: hazmat-truck mode, avoiding the evacuation zones
 * of open incidents, with the permitted visit to the hazmat parking lot), planned off the event
 * loop at its first position inside the fence and re-planned from where it stands when an
 * incident's zones change; judges every position with a {@link ConductWatch}; and raises the
 * enterprise's truck alarms ({@link TruckAlarmDefinitions}) through {@link AlarmConditions}: an
 * alarm activates with the first truck in breach (its journal comment names the truck and the
 * facts, zh and en) and clears when the last one is back in order. Keeps today's loads for the
 * tonnage on the move. Thread-safe.
 */
final class TruckWatch {
    private static final Logger LOG = LoggerFactory.getLogger(TruckWatch.class);

    /** A truck inside without a waybill for today is looked up again after this long, ms. */
    static final long LOOKUP_RETRY_MS = 60_000;

    private static final long DAY_MS = 86_400_000L;

    /** One truck's watch. Guarded by itself. */
    private final class Truck {
        final String phone;
        TerminalRecord terminal;
        final ConductWatch conduct = new ConductWatch(rules);
        TruckPermit permit;
        boolean planning;
        long lookedUpMs = Long.MIN_VALUE / 2;
        double lon;
        double lat;
        boolean inside;
        Map<Breach, Finding> breaches = Map.of();
        List<String> alarmOwners = List.of();

        /** The last geometric placing (road, route distance, place) and what it was made for. */
        TruckFix placed;

        double placedLon;
        double placedLat;
        Geometry placedRoute;
        FixLocator placedBy;

        Truck(String phone) {
            this.phone = phone;
        }
    }

    private final Vertx vertx;
    private final DocumentsRepository docs;
    private final RoutePlanning planning;
    private final TruckPlacesReader.TruckPlaces places;
    private final PermitPlanner permits;
    private final AlarmConditions alarms;
    private final TruckRules rules;
    private final ZoneId zone;
    private final LongSupplier clock;
    private final Predicate<String> incidentOpen;
    private final Consumer<TruckView> routeChanged;
    private final Map<String, Truck> trucks = new ConcurrentHashMap<>();
    private final Map<String, IncidentThreat> threats = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> trucksInBreach = new HashMap<>();
    private final Map<String, Waybill> todaysWaybills = new LinkedHashMap<>();
    private LocalDate today;
    private volatile Located located;

    private record Located(RoadGraph graph, FixLocator locator) {}

    /** What the API shows of a truck's watch. */
    record TruckView(
            TerminalRecord terminal,
            TruckPermit permit,
            Map<Breach, Finding> breaches,
            boolean insidePark) {
        /** The enterprises whose users may see it: its terminal's and its waybill's. */
        List<String> enterpriseIds() {
            List<String> ids = new ArrayList<>(terminal.enterpriseIds());
            if (permit != null && permit.waybill() != null)
                ids.add(permit.waybill().enterpriseId());
            return ids;
        }
    }

    /**
     * @param incidentOpen whether an incident is still open (its zones are avoided while it is)
     * @param routeChanged told (from a worker) after each plan of a truck's route
     */
    TruckWatch(
            Vertx vertx,
            DocumentsRepository docs,
            RoutePlanning planning,
            TruckPlacesReader.TruckPlaces places,
            AlarmConditions alarms,
            TruckRules rules,
            ZoneId zone,
            Predicate<String> incidentOpen,
            Consumer<TruckView> routeChanged,
            LongSupplier clock) {
        this.vertx = vertx;
        this.docs = docs;
        this.planning = planning;
        this.places = places;
        this.permits = new PermitPlanner(planning, places);
        this.alarms = alarms;
        this.rules = rules;
        this.zone = zone;
        this.incidentOpen = incidentOpen;
        this.routeChanged = routeChanged;
        this.clock = clock;
    }

    /** One applied position (any thread; cheap outside the park). */
    void onPosition(FleetState.Vehicle v) {
        VehiclePosition p = v.position();
        Truck t = trucks.get(p.phone());
        if (t == null && !v.place().insidePark()) return;
        if (t == null) t = trucks.computeIfAbsent(p.phone(), Truck::new);
        synchronized (t) {
            t.terminal = v.terminal();
            t.lon = p.lon();
            t.lat = p.lat();
            boolean entered = !t.inside && v.place().insidePark() && t.permit != null;
            t.inside = v.place().insidePark();
            if (!t.inside) {
                update(t, Map.of());
                return;
            }
            long now = clock.getAsLong();
            boolean noWaybill = t.permit == null || t.permit.waybill() == null;
            // a truck back in the park (its next trip) gets today's waybill and a route afresh
            if (entered && !t.planning) plan(t, true);
            else if (noWaybill && !t.planning && now - t.lookedUpMs >= LOOKUP_RETRY_MS)
                plan(t, true);
            // while a trip's route is being planned the last trip's route does not judge it
            Geometry route =
                    t.permit == null || (entered && t.planning) ? null : t.permit.routeMetres();
            TruckFix fix = place(t, p, route);
            // another enterprise's site is no permitted place for this truck (TruckFix: its own
            // loading site and the vehicle park): a detour through it is off the route
            String site = v.place().enterpriseId();
            if (fix.inPermittedPlace() && site != null && !owners(t).contains(site))
                fix =
                        new TruckFix(
                                fix.timeMs(), fix.speedKmh(), fix.offRouteM(), fix.road(), false);
            update(t, t.conduct.judge(fix));
        }
    }

    /**
     * A truck that moved less than {@link #REPLACE_M} since its last placing against the same route
     * and graph keeps that placing (road, distance off the route, permitted place) with this fix's
     * time and speed: a few metres change no finding against a {@link TruckRules#CORRIDOR_M}
     * corridor and a {@link TruckRules#ROAD_MATCH_M} road match, and a standing or crawling truck
     * reporting every few seconds costs no geometry.
     */
    private TruckFix place(Truck t, VehiclePosition p, Geometry route) {
        FixLocator by = locator();
        TruckFix last = t.placed;
        if (last != null
                && t.placedRoute == route
                && t.placedBy == by
                && Math.abs(p.lat() - t.placedLat) * M_PER_DEG_LAT < REPLACE_M
                && Math.abs(p.lon() - t.placedLon)
                                * M_PER_DEG_LAT
                                * Math.cos(Math.toRadians(p.lat()))
                        < REPLACE_M) {
            return new TruckFix(
                    p.fixMs(),
                    p.speedKmh(),
                    last.offRouteM(),
                    last.road(),
                    last.inPermittedPlace());
        }
        TruckFix fix = by.locate(p.lon(), p.lat(), p.speedKmh(), p.fixMs(), route);
        t.placed = fix;
        t.placedLon = p.lon();
        t.placedLat = p.lat();
        t.placedRoute = route;
        t.placedBy = by;
        return fix;
    }

    /** A truck closer than this to its last placing is not placed again, m (see {@link #place}). */
    static final double REPLACE_M = 3;

    private static final double M_PER_DEG_LAT = 111_320;

    /** A new zone run of an incident: re-plan every truck inside that has a waybill. */
    void zonesChanged(IncidentThreat threat) {
        threats.put(threat.incidentId(), threat);
        for (Truck t : trucks.values()) {
            synchronized (t) {
                if (t.inside && t.permit != null && t.permit.waybill() != null && !t.planning)
                    plan(t, false);
            }
        }
    }

    Optional<TruckView> view(String phone) {
        Truck t = trucks.get(phone);
        if (t == null) return Optional.empty();
        synchronized (t) {
            return Optional.of(new TruckView(t.terminal, t.permit, t.breaches, t.inside));
        }
    }

    /** Tonnage on the move now and today's loads, the enterprises filtered by {@code sees}. */
    record Tonnage(
            LocalDate day,
            List<MovingTonnage.ChemicalTonnes> onTheMove,
            List<MovingTonnage.ChemicalTonnes> todayTop) {}

    /** The number of chemicals in {@link Tonnage#todayTop} (the daily duty report's top five). */
    static final int TOP_CHEMICALS = 5;

    Tonnage tonnage(Predicate<String> sees) {
        List<MovingTonnage.Load> moving = new ArrayList<>();
        for (Truck t : trucks.values()) {
            synchronized (t) {
                Waybill w = t.permit == null ? null : t.permit.waybill();
                if (t.inside && w != null && sees.test(w.enterpriseId())) moving.add(load(w));
            }
        }
        List<MovingTonnage.Load> day = new ArrayList<>();
        LocalDate d;
        synchronized (todaysWaybills) {
            rollDay();
            d = today;
            for (Waybill w : todaysWaybills.values())
                if (sees.test(w.enterpriseId())) day.add(load(w));
        }
        return new Tonnage(
                d, MovingTonnage.byChemical(moving), MovingTonnage.top(day, TOP_CHEMICALS));
    }

    private static MovingTonnage.Load load(Waybill w) {
        return new MovingTonnage.Load(w.cas(), w.unNumber(), w.chemicalZh(), w.quantityT());
    }

    private void rollDay() {
        LocalDate d = Instant.ofEpochMilli(clock.getAsLong()).atZone(zone).toLocalDate();
        if (!d.equals(today)) {
            today = d;
            todaysWaybills.clear();
        }
    }

    private FixLocator locator() {
        RoadGraph g = planning.graph();
        Located l = located;
        if (l == null || l.graph() != g) {
            l = new Located(g, new FixLocator(g, places.permitted(), rules));
            located = l;
        }
        return l.locator();
    }

    /** Plans the truck's route off the event loop; {@code lookup} reads its waybills first. */
    private void plan(Truck t, boolean lookup) {
        t.planning = true;
        String plate = t.terminal.plate();
        double lon = t.lon;
        double lat = t.lat;
        Waybill known = t.permit == null ? null : t.permit.waybill();
        int version = t.permit == null ? 1 : t.permit.version() + 1;
        long now = clock.getAsLong();
        vertx.executeBlocking(
                        () -> {
                            Waybill w =
                                    lookup
                                            ? choose(
                                                    docs.waybills(
                                                            plate, now - DAY_MS, now + DAY_MS),
                                                    now)
                                            : known;
                            return permits.permit(
                                    w,
                                    lon,
                                    lat,
                                    lookup,
                                    version,
                                    now,
                                    avoidAreas(),
                                    lines -> locator().routeMetres(lines));
                        },
                        false)
                .onComplete(
                        r -> {
                            TruckView view;
                            synchronized (t) {
                                t.planning = false;
                                t.lookedUpMs = now;
                                if (r.failed()) {
                                    LOG.warn(
                                            "no route planned for {}: {}",
                                            plate,
                                            r.cause().toString());
                                    return;
                                }
                                t.permit = r.result();
                                if (t.permit.waybill() != null)
                                    LOG.info(
                                            "truck {}: route v{} planned{}",
                                            plate,
                                            t.permit.version(),
                                            t.permit.problem() == null
                                                    ? ""
                                                    : " without a route: " + t.permit.problem());
                                view = new TruckView(t.terminal, t.permit, t.breaches, t.inside);
                            }
                            Waybill w = r.result().waybill();
                            if (w != null) {
                                synchronized (todaysWaybills) {
                                    rollDay();
                                    todaysWaybills.put(w.id(), w);
                                }
                            }
                            routeChanged.accept(view);
                        });
    }

    /** The waybill whose slot covers now, else the one starting next, else the latest. */
    static Waybill choose(List<Waybill> ws, long nowMs) {
        Instant now = Instant.ofEpochMilli(nowMs);
        return ws.stream()
                .min(
                        Comparator.comparing(
                                (Waybill w) ->
                                        !w.slotFrom().isAfter(now) && !w.slotTo().isBefore(now)
                                                ? 0
                                                : w.slotFrom().isAfter(now) ? 1 : 2))
                .orElse(null);
    }

    /** The areas of the open incidents' threats that a truck's route must keep out of (lon/lat). */
    private List<Geometry> avoidAreas() {
        List<Geometry> avoid = new ArrayList<>();
        for (IncidentThreat th : threats.values())
            if (incidentOpen.test(th.incidentId())) avoid.addAll(planning.hazmatAvoidAreas(th));
        return avoid;
    }

    /** Raises and clears the enterprise alarms for the truck's change of breaches. */
    private void update(Truck t, Map<Breach, Finding> now) {
        Map<Breach, Finding> was = t.breaches;
        if (was.isEmpty() && now.isEmpty()) return;
        if (!was.keySet().equals(now.keySet()))
            LOG.info("truck {}: breaches {} → {}", t.terminal.plate(), was.keySet(), now.keySet());
        List<String> owners = was.isEmpty() ? owners(t) : t.alarmOwners;
        Waybill w = t.permit == null ? null : t.permit.waybill();
        for (Breach b : Breach.values()) {
            Finding f = now.get(b);
            boolean before = was.containsKey(b);
            if (f != null && !before) {
                for (String e : owners)
                    activate(
                            alarmId(e, b), t.phone, f, TruckNotes.breach(t.terminal.plate(), f, w));
            } else if (f == null && before) {
                for (String e : owners)
                    clear(alarmId(e, b), t.phone, TruckNotes.cleared(t.terminal.plate(), b));
            }
        }
        t.breaches = now.isEmpty() ? Map.of() : new EnumMap<>(now);
        t.alarmOwners = owners;
    }

    private static List<String> owners(Truck t) {
        if (t.permit != null && t.permit.waybill() != null)
            return List.of(t.permit.waybill().enterpriseId());
        return t.terminal.enterpriseIds();
    }

    static String alarmId(String enterpriseId, Breach b) {
        AlarmType type =
                switch (b) {
                    case OFF_ROUTE -> AlarmType.TRUCK_OFF_ROUTE;
                    case SPEEDING -> AlarmType.TRUCK_SPEEDING;
                    case STOPPED_OUTSIDE -> AlarmType.TRUCK_STOPPED;
                    case CLOSED_ROAD -> AlarmType.TRUCK_CLOSED_ROAD;
                };
        return TruckAlarmDefinitions.id(enterpriseId, type);
    }

    private void activate(String alarmId, String phone, Finding f, String note) {
        synchronized (trucksInBreach) {
            Map<String, String> in =
                    trucksInBreach.computeIfAbsent(alarmId, k -> new LinkedHashMap<>());
            boolean first = in.isEmpty();
            in.put(phone, note);
            if (first) alarms.offer(alarmId, true, alarmValue(f), note);
        }
    }

    /**
     * The figure an alarm shows, in the unit the alarm list gives its type: metres off the route,
     * km/h, whole minutes stopped (the finding counts seconds); none for a closed road.
     */
    static double alarmValue(Finding f) {
        return switch (f.breach()) {
            case STOPPED_OUTSIDE -> Math.floor(f.value() / 60);
            case OFF_ROUTE -> Math.round(f.value());
            default -> f.value();
        };
    }

    private void clear(String alarmId, String phone, String note) {
        synchronized (trucksInBreach) {
            Map<String, String> in = trucksInBreach.get(alarmId);
            if (in == null || in.remove(phone) == null) return;
            if (in.isEmpty()) alarms.offer(alarmId, false, Double.NaN, note);
        }
    }
}
