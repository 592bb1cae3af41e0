package org.parkwatch.backend.logistics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.parkwatch.model.logistics.jt808.LocationReport;

/**
 * The latest position of every truck, by terminal. A position is applied only when it has a fix and
 * is newer than the one held: a blind-area batch (0x0704 type 1) of older fixes never moves a truck
 * back. Written on the server's event loop, read by the routes.
 */
final class FleetState {
    /** A truck as the map shows it, with where it is (the geofence step). */
    record Vehicle(TerminalRecord terminal, VehiclePosition position, SiteLocator.Place place) {}

    private final SiteLocator sites;

    FleetState(SiteLocator sites) {
        this.sites = sites;
    }

    /** What became of one terminal's reports. */
    record Applied(int applied, int withoutFix, int older) {}

    private final Map<String, Vehicle> vehicles = new ConcurrentHashMap<>();
    private final Map<String, Vehicle> dirty = new ConcurrentHashMap<>();
    private final List<Consumer<Vehicle>> appliedListeners = new CopyOnWriteArrayList<>();

    /** Adds a listener called (on the applying thread) with every applied position. */
    void onApplied(Consumer<Vehicle> listener) {
        appliedListeners.add(listener);
    }

    Applied apply(TerminalRecord terminal, List<LocationReport> reports, long receivedMs) {
        int applied = 0;
        int noFix = 0;
        int older = 0;
        for (LocationReport r : reports) {
            if (!r.positioned()) {
                noFix++;
                continue;
            }
            long fixMs = r.time().toEpochMilli();
            Vehicle held = vehicles.get(terminal.phone());
            if (held != null && held.position().fixMs() >= fixMs) {
                older++;
                continue;
            }
            Vehicle v =
                    new Vehicle(
                            terminal,
                            new VehiclePosition(
                                    terminal.phone(),
                                    terminal.plate(),
                                    r.longitudeDeg(),
                                    r.latitudeDeg(),
                                    r.speedKmh(),
                                    r.directionDeg(),
                                    fixMs,
                                    receivedMs,
                                    r.alarmFlags()),
                            sites.locate(r.longitudeDeg(), r.latitudeDeg()));
            vehicles.put(terminal.phone(), v);
            dirty.put(terminal.phone(), v);
            for (Consumer<Vehicle> l : appliedListeners) l.accept(v);
            applied++;
        }
        return new Applied(applied, noFix, older);
    }

    /** Trucks inside the park's fence, and inside each enterprise's site. */
    record Census(int insidePark, Map<String, Integer> byEnterprise) {}

    Census census() {
        int inside = 0;
        Map<String, Integer> by = new TreeMap<>();
        for (Vehicle v : vehicles.values()) {
            if (v.place().insidePark()) inside++;
            if (v.place().enterpriseId() != null)
                by.merge(v.place().enterpriseId(), 1, Integer::sum);
        }
        return new Census(inside, by);
    }

    Collection<Vehicle> all() {
        return List.copyOf(vehicles.values());
    }

    /** The trucks moved since the last call. */
    List<Vehicle> drainDirty() {
        List<Vehicle> out = new ArrayList<>(dirty.size());
        for (String phone : List.copyOf(dirty.keySet())) {
            Vehicle v = dirty.remove(phone);
            if (v != null) out.add(v);
        }
        return out;
    }
}
