package org.parkwatch.gisdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parkwatch.gisdata.DemoPark.byId;
import static org.parkwatch.gisdata.DemoPark.ofKind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Where things are: containment (tank in farm in plot in park), targets outside the fence, detector
 * coverage.
 */
class SpatialLayoutTest {
    /** Containment tolerance in metres (coordinates are rounded to 1e-7 degrees, about 1 cm). */
    private static final double TOL_M = 0.05;

    /**
     * GB 18218 alpha counts people within 500 m of the unit (SAWS Order No. 40;
     * docs/domain/gb18218.md §Grading).
     */
    private static final double ALPHA_RADIUS_M = 500;

    /**
     * Tanks whose content is toxic or flammable as a gas or vapour: they need detectors around
     * them.
     */
    private static final Set<String> DETECTED_CHEMICALS =
            Set.of(
                    "7782-50-5",
                    "7664-41-7",
                    "68476-85-7",
                    "8002-05-9",
                    "86290-81-5",
                    "67-56-1",
                    "71-43-2",
                    "108-88-3",
                    "1330-20-7");

    private static final Geometry FENCE = byId("PARK-BOUNDARY").metres();

    @Test
    void enterprisePlotsLieInsideTheFenceAndDoNotOverlap() {
        List<String> problems = new ArrayList<>();
        List<DemoPark.Feature> plots = ofKind("enterprise");
        for (DemoPark.Feature p : plots) {
            if (!covered(FENCE, p.metres()))
                problems.add(p.where() + ": outside the park boundary");
            for (DemoPark.Feature q : plots) {
                if (p != q && p.metres().intersection(q.metres()).getArea() > 1)
                    problems.add(p.where() + " overlaps " + q.id());
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(8, plots.size());
    }

    @Test
    void tanksLieInTheirTankFarmAndTankFarmsInTheirEnterprisePlot() {
        List<String> problems = new ArrayList<>();
        for (DemoPark.Feature t : ofKind("tank")) {
            DemoPark.Feature farm = byId(t.props().path("tankFarmId").asText());
            if (!farm.enterpriseId().equals(t.enterpriseId()))
                problems.add(t.where() + ": farm of another enterprise");
            if (!covered(farm.metres(), t.metres()))
                problems.add(t.where() + ": not inside " + farm.id());
            for (DemoPark.Feature u : ofKind("tank")) {
                if (t != u && t.metres().intersects(u.metres()))
                    problems.add(t.where() + " touches " + u.id());
            }
        }
        for (DemoPark.Feature farm : ofKind("tank-farm")) {
            if (ofKind("tank").stream()
                    .noneMatch(t -> t.props().path("tankFarmId").asText().equals(farm.id()))) {
                problems.add(farm.where() + ": holds no tank");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void enterpriseEquipmentLiesInsideItsOwnPlot() {
        List<String> problems = new ArrayList<>();
        Stream.of("tank-farm", "process-unit", "warehouse", "gas-detector", "camera")
                .flatMap(k -> ofKind(k).stream())
                .forEach(
                        f -> {
                            DemoPark.Feature plot = byId(f.enterpriseId() + "-PLOT");
                            if (!covered(plot.metres(), f.metres()))
                                problems.add(f.where() + ": outside " + plot.id());
                        });
        assertEquals(List.of(), problems);
    }

    @Test
    void sensitiveTargetsLieOutsideTheFenceBetween300And2000Metres() {
        List<String> problems = new ArrayList<>();
        for (String kind : List.of("village", "school", "hospital")) {
            for (DemoPark.Feature t : ofKind(kind)) {
                double d = FENCE.distance(t.metres());
                if (t.metres().intersects(FENCE))
                    problems.add(t.where() + ": inside or on the fence");
                else if (d < 300 || d > 2000)
                    problems.add(t.where() + ": " + Math.round(d) + " m from the fence");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aVillageOfAtLeast100PeopleLivesWithin500MetresOfTheChlorineStorage() {
        DemoPark.Feature chlorine = byId("E01-TF1");
        List<String> near =
                ofKind("village").stream()
                        .filter(v -> v.props().path("population").asInt() >= 100)
                        .filter(v -> chlorine.metres().distance(v.metres()) <= ALPHA_RADIUS_M)
                        .map(DemoPark.Feature::id)
                        .toList();
        assertEquals(List.of("V-XIAOLIZHUANG"), near);
        assertEquals(388, chlorine.metres().distance(byId("V-XIAOLIZHUANG").metres()), 15);
    }

    @Test
    void aVillageOf30To49PeopleLivesWithin500MetresOfTheLpgSpheres() {
        DemoPark.Feature spheres = byId("E03-TF1");
        DemoPark.Feature village = byId("V-DONGWANGZHUANG");
        int people = village.props().path("population").asInt();
        assertTrue(people >= 30 && people <= 49, "population " + people);
        double d = spheres.metres().distance(village.metres());
        assertTrue(d > 300 && d <= ALPHA_RADIUS_M, "distance " + d);
    }

    @Test
    void peopleWithin500MetresGiveEveryGb18218AlphaBandSomewhere() {
        Map<String, Integer> exposed = new TreeMap<>();
        Stream.of("tank-farm", "process-unit", "warehouse")
                .flatMap(k -> ofKind(k).stream())
                .forEach(
                        unit -> {
                            int people =
                                    ofKind("village").stream()
                                            .filter(
                                                    v ->
                                                            unit.metres().distance(v.metres())
                                                                    <= ALPHA_RADIUS_M)
                                            .mapToInt(v -> v.props().path("population").asInt())
                                            .sum();
                            if (people > 0) exposed.put(unit.id(), people);
                        });
        // alpha (Table 5): >= 100 -> 2.0 (E01), 50-99 -> 1.5 (E07-TF1), 30-49 -> 1.2 (E03), 1-29 ->
        // 1.0 (E02),
        // none -> 0.5 (every other unit).
        assertEquals(
                Map.of(
                        "E01-TF1", 320, "E01-TF2", 320, "E02-TF1", 24, "E02-TF2", 24, "E03-TF1", 42,
                        "E07-TF1", 68),
                exposed);
        for (String kind : List.of("school", "hospital")) {
            for (DemoPark.Feature t : ofKind(kind)) {
                Stream.of("tank-farm", "process-unit")
                        .flatMap(k -> ofKind(k).stream())
                        .forEach(
                                u ->
                                        assertTrue(
                                                u.metres().distance(t.metres()) > 1000,
                                                t.id() + " near " + u.id()));
            }
        }
    }

    @Test
    void everyToxicOrFlammableTankHasAtLeastFourDetectorsAroundIt() {
        List<String> problems = new ArrayList<>();
        List<DemoPark.Feature> detectors = ofKind("gas-detector");
        int checked = 0;
        for (DemoPark.Feature t : ofKind("tank")) {
            if (!DETECTED_CHEMICALS.contains(t.props().path("chemicalCas").asText())) continue;
            checked++;
            Coordinate c = DemoPark.centreMetres(t);
            Set<Integer> quadrants = new HashSet<>();
            int near = 0;
            for (DemoPark.Feature d : detectors) {
                if (!d.enterpriseId().equals(t.enterpriseId())
                        || d.metres().distance(t.metres()) > 40) continue;
                near++;
                Coordinate p = d.metres().getCoordinate();
                double bearing =
                        (Math.toDegrees(Math.atan2(p.x - c.x, p.y - c.y)) + 360 + 45) % 360;
                quadrants.add((int) (bearing / 90));
            }
            if (near < 4 || quadrants.size() < 3) {
                problems.add(
                        t.where()
                                + ": "
                                + near
                                + " detectors within 40 m in "
                                + quadrants.size()
                                + " quadrants");
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(25, checked, "tanks that need detectors");
    }

    @Test
    void detectorsStandNearWhatTheyMonitor() {
        List<String> problems = new ArrayList<>();
        for (DemoPark.Feature d : ofKind("gas-detector")) {
            DemoPark.Feature target = byId(d.props().path("monitorsFeatureId").asText());
            double m = d.metres().distance(target.metres());
            if (m < 1 || m > 40)
                problems.add(d.where() + ": " + Math.round(m) + " m from " + target.id());
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void parkIsAboutThreeByTwoKilometres() {
        assertEquals(3000, FENCE.getEnvelopeInternal().getWidth(), 5);
        assertEquals(2000, FENCE.getEnvelopeInternal().getHeight(), 5);
        assertEquals(5.94e6, FENCE.getArea(), 0.01e6);
    }

    private static boolean covered(Geometry outer, Geometry inner) {
        return outer.buffer(TOL_M).covers(inner);
    }
}
