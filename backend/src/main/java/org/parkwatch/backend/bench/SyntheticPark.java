package org.parkwatch.backend.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.parkwatch.backend.risk.zones.IncidentThreat;
import org.parkwatch.backend.routing.ResponderPlace;
import org.parkwatch.backend.routing.RoutingLayers;
import org.parkwatch.model.geo.LocalMetricPlane;
import org.parkwatch.model.routing.PopulationTarget;
import org.parkwatch.model.routing.RoadClass;
import org.parkwatch.model.routing.RoadSegment;
import org.parkwatch.model.routing.Shelter;

/**
 * A synthetic park for the routing benchmark: a square grid of two-way roads, 100 m apart (each
 * grid edge one road segment, every fifth line a trunk road), {@code targets} villages all inside
 * the ERPG-2 zone of a plume from the grid's centre (the worst case: everyone must move), shelters
 * and fire stations spread at random outside the middle. Seeded, so every run is the same park.
 */
final class SyntheticPark {
    static final GeometryFactory LON_LAT = new GeometryFactory(new PrecisionModel(), 4326);
    static final LocalMetricPlane PLANE = new LocalMetricPlane(114, 35);
    static final double SPACING_M = 100;

    final RoutingLayers layers;
    final int gridNodes;

    /** A grid of n × n nodes has 2 n (n − 1) edges: n = 51 gives 5,100. */
    SyntheticPark(
            int n, int targets, int shelters, int stations, IncidentThreat threat, long seed) {
        this.gridNodes = n;
        Random rnd = new Random(seed);
        double half = (n - 1) * SPACING_M / 2;
        List<RoadSegment> roads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n - 1; j++) {
                RoadClass cls = i % 5 == 0 ? RoadClass.TRUNK : RoadClass.BRANCH;
                double a = -half + i * SPACING_M;
                double b0 = -half + j * SPACING_M;
                double b1 = b0 + SPACING_M;
                roads.add(segment("h" + i + "-" + j, cls, b0, a, b1, a));
                roads.add(segment("v" + i + "-" + j, cls, a, b0, a, b1));
            }
        }
        Geometry erpg2 =
                threat.areas().stream()
                        .filter(z -> z.thresholdId().equals("ERPG-2"))
                        .findFirst()
                        .orElseThrow()
                        .area();
        List<PopulationTarget> villages = new ArrayList<>();
        while (villages.size() < targets) {
            double x = (rnd.nextDouble() * 2 - 1) * half;
            double y = (rnd.nextDouble() * 2 - 1) * half;
            Geometry box = box(x - 40, y - 40, x + 40, y + 40);
            if (!erpg2.contains(box.getCentroid())) continue;
            int id = villages.size();
            villages.add(
                    new PopulationTarget(
                            "T" + id,
                            "村" + id,
                            "Village " + id,
                            box,
                            50 + rnd.nextInt(1500),
                            id % 10 == 0));
        }
        List<Shelter> shelterList = new ArrayList<>();
        for (int i = 0; i < shelters; i++) {
            double[] p = outskirts(rnd, half);
            shelterList.add(
                    new Shelter(
                            "S" + i,
                            "避难场所" + i,
                            "Shelter " + i,
                            PLANE.lon(p[0]),
                            PLANE.lat(p[1]),
                            2000 + rnd.nextInt(8000)));
        }
        List<ResponderPlace> responders = new ArrayList<>();
        for (int i = 0; i < stations; i++) {
            double[] p = outskirts(rnd, half);
            responders.add(
                    new ResponderPlace(
                            "F" + i,
                            "fire-station",
                            "消防站" + i,
                            "Fire station " + i,
                            PLANE.lon(p[0]),
                            PLANE.lat(p[1])));
        }
        layers = new RoutingLayers(roads, villages, shelterList, responders, List.of());
    }

    /** A point in the outer third of the grid. */
    private static double[] outskirts(Random rnd, double half) {
        while (true) {
            double x = (rnd.nextDouble() * 2 - 1) * half;
            double y = (rnd.nextDouble() * 2 - 1) * half;
            if (Math.max(Math.abs(x), Math.abs(y)) > half * 0.66) return new double[] {x, y};
        }
    }

    /**
     * Nested plume-shaped zones downwind of the centre: ERPG-3, ERPG-2, ERPG-1 reaching 800, 2000
     * and 3500 m, half as wide as long at the far end.
     */
    static IncidentThreat threat(double windFromDeg, String runId) {
        double[][] sizes = {{800, 150}, {2000, 500}, {3500, 900}};
        String[] ids = {"ERPG-3", "ERPG-2", "ERPG-1"};
        List<IncidentThreat.Area> areas = new ArrayList<>();
        for (int k = 0; k < 3; k++)
            areas.add(
                    new IncidentThreat.Area(
                            "toxic", ids[k], "", "", plume(windFromDeg, sizes[k][0], sizes[k][1])));
        return new IncidentThreat(
                "INC-SYN", runId, List.of(), 0, PLANE.lon(0), PLANE.lat(0), windFromDeg, areas);
    }

    private static Geometry plume(double windFromDeg, double lengthM, double halfWidthM) {
        double to = Math.toRadians(windFromDeg + 180); // the direction the plume goes
        double ex = Math.sin(to);
        double ey = Math.cos(to);
        List<Coordinate> ring = new ArrayList<>();
        int steps = 24;
        for (int i = 0; i <= steps; i++) { // right edge out, left edge back
            double s = lengthM * i / steps;
            double w = 60 + halfWidthM * Math.sin(Math.PI * 0.5 * i / steps);
            ring.add(at(ex * s + ey * w, ey * s - ex * w));
        }
        for (int i = steps; i >= 0; i--) {
            double s = lengthM * i / steps;
            double w = 60 + halfWidthM * Math.sin(Math.PI * 0.5 * i / steps);
            ring.add(at(ex * s - ey * w, ey * s + ex * w));
        }
        ring.add(at(-ex * 60, -ey * 60));
        ring.add(ring.get(0));
        return LON_LAT.createPolygon(ring.toArray(Coordinate[]::new)).buffer(0);
    }

    private static Coordinate at(double x, double y) {
        return new Coordinate(PLANE.lon(x), PLANE.lat(y));
    }

    private static RoadSegment segment(
            String id, RoadClass cls, double x0, double y0, double x1, double y1) {
        return new RoadSegment(
                id,
                id,
                id,
                LON_LAT.createLineString(new Coordinate[] {at(x0, y0), at(x1, y1)}),
                cls,
                false,
                true,
                false,
                Double.NaN);
    }

    private static Geometry box(double x0, double y0, double x1, double y1) {
        return LON_LAT.createPolygon(
                new Coordinate[] {at(x0, y0), at(x1, y0), at(x1, y1), at(x0, y1), at(x0, y0)});
    }
}
