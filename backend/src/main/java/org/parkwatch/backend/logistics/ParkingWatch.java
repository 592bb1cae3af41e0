package org.parkwatch.backend.logistics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The hazmat parking lots from the trucks' JT/T 808 positions: which trucks stand in each lot,
 * since when (the fix time of the first position seen inside), and whether one stays longer than
 * the limit. A truck that leaves and comes back starts a new stay. Pure logic; call {@link #update}
 * from one thread.
 */
final class ParkingWatch {
    /** One truck's stay in a lot. */
    record Stay(
            String plate,
            List<String> enterpriseIds,
            long sinceMs,
            long dwellMs,
            boolean overstay) {}

    /** A lot now: slots, trucks in it, whether any overstays. */
    record LotState(ParkSitesReader.ParkingLot lot, List<Stay> stays) {
        boolean overstay() {
            return stays.stream().anyMatch(Stay::overstay);
        }

        long longestDwellMs() {
            return stays.stream().mapToLong(Stay::dwellMs).max().orElse(0);
        }
    }

    private record Lot(ParkSitesReader.ParkingLot lot, PreparedGeometry area) {}

    private final List<Lot> lots = new ArrayList<>();
    private final long maxDwellMs;
    private final GeometryFactory gf = new GeometryFactory();

    /** lot id → terminal phone → first fix inside, epoch ms */
    private final Map<String, Map<String, Long>> since = new HashMap<>();

    ParkingWatch(List<ParkSitesReader.ParkingLot> lots, long maxDwellMs) {
        for (ParkSitesReader.ParkingLot l : lots) {
            this.lots.add(new Lot(l, PreparedGeometryFactory.prepare(l.lonLat())));
            since.put(l.id(), new HashMap<>());
        }
        this.maxDwellMs = maxDwellMs;
    }

    List<LotState> update(Collection<FleetState.Vehicle> vehicles, long nowMs) {
        List<LotState> out = new ArrayList<>();
        for (Lot lot : lots) {
            Map<String, Long> in = since.get(lot.lot().id());
            Set<String> seen = new HashSet<>();
            List<Stay> stays = new ArrayList<>();
            for (FleetState.Vehicle v : vehicles) {
                VehiclePosition p = v.position();
                if (!lot.area().covers(gf.createPoint(new Coordinate(p.lon(), p.lat())))) continue;
                String phone = v.terminal().phone();
                seen.add(phone);
                long from = in.computeIfAbsent(phone, k -> p.fixMs());
                long dwell = Math.max(0, nowMs - from);
                stays.add(
                        new Stay(
                                v.terminal().plate(),
                                v.terminal().enterpriseIds(),
                                from,
                                dwell,
                                dwell > maxDwellMs));
            }
            in.keySet().retainAll(seen);
            stays.sort((a, b) -> Long.compare(a.sinceMs(), b.sinceMs()));
            out.add(new LotState(lot.lot(), stays));
        }
        return out;
    }
}
