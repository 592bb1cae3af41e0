package org.parkwatch.model.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/**
 * One east–west road (x from −2000 to 2000 m at y = 0); an ERPG-2 zone over its middle; villages
 * just north of the road inside the zone; shelters west and east.
 */
class EvacuationPlannerTest {
    private static final Geometry ERPG2_AREA = Net.box(-500, -300, 500, 600);
    private static final DangerZone ERPG2 =
            new DangerZone("toxic:ERPG-2", ERPG2_AREA, 2, true, false);

    private static RoadGraph road() {
        return new Net().road("main", -2000, 0, 2000, 0).graph();
    }

    private static PopulationTarget village(String id, double x, int people, boolean sensitive) {
        return new PopulationTarget(
                id, id, id, Net.box(x - 50, 80, x + 50, 120), people, sensitive);
    }

    private static Shelter shelter(String id, double x, int capacity) {
        return new Shelter(id, id, id, Net.lon(x), Net.lat(50), capacity);
    }

    @Test
    void everyoneGoesToTheFastestShelterWhenItHasRoom() {
        EvacuationPlan plan =
                new EvacuationPlanner(road())
                        .plan(
                                List.of(ERPG2),
                                List.of(village("V1", 0, 300, false)),
                                List.of(shelter("W", -1500, 1000), shelter("E", 1200, 1000)),
                                TravelMode.WALK);
        assertEquals(1, plan.routes().size());
        EvacuationRoute r = plan.routes().get(0);
        assertEquals("E", r.shelterId());
        assertEquals(300, r.people());
        // 100 m to the road, 1200 m along it, 50 m to the shelter
        assertEquals(1350, r.distanceM(), 1);
        assertEquals(1350 / RoutingSpeeds.WALK_M_PER_S, r.walkTimeS(), 1);
        assertEquals(
                100 + 500 + RoutingSpeeds.ZONE_MARGIN_M,
                r.inZoneM(),
                0.1,
                "the walk to the road and out along it");
        assertFalse(r.safeLeg().intersects(ERPG2_AREA), "the safe leg touches no zone");
        assertEquals(
                Net.lon(600), r.safeLeg().getCoordinateN(0).x, 1e-6, "first node past the edge");
        assertEquals(300, plan.shelterLoad().get("E"));
        assertTrue(plan.shelterInPlace().isEmpty());
    }

    @Test
    void capacityIsSharedOutSensitiveTargetsFirst() {
        EvacuationPlan plan =
                new EvacuationPlanner(road())
                        .plan(
                                List.of(ERPG2),
                                List.of(
                                        village("V1", 0, 300, false),
                                        village("SCHOOL", 100, 150, true)),
                                List.of(shelter("W", -1500, 1000), shelter("E", 1200, 200)),
                                TravelMode.WALK);
        assertEquals(200, plan.shelterLoad().get("E"));
        assertEquals(250, plan.shelterLoad().get("W"));
        List<EvacuationRoute> school =
                plan.routes().stream().filter(r -> r.targetId().equals("SCHOOL")).toList();
        assertEquals(1, school.size());
        assertEquals("E", school.get(0).shelterId(), "the school is served first, nearest");
        assertEquals(150, school.get(0).people());
        int villageEast =
                plan.routes().stream()
                        .filter(r -> r.targetId().equals("V1") && r.shelterId().equals("E"))
                        .mapToInt(EvacuationRoute::people)
                        .sum();
        assertEquals(50, villageEast);
    }

    @Test
    void peopleBeyondEveryShelterCapacityShelterInPlace() {
        EvacuationPlan plan =
                new EvacuationPlanner(road())
                        .plan(
                                List.of(ERPG2),
                                List.of(village("V1", 0, 300, false)),
                                List.of(shelter("E", 1200, 120)),
                                TravelMode.WALK);
        assertEquals(120, plan.routes().get(0).people());
        assertEquals(1, plan.shelterInPlace().size());
        ShelterInPlace f = plan.shelterInPlace().get(0);
        assertEquals(ShelterInPlace.Reason.SHELTERS_FULL, f.reason());
        assertEquals(180, f.people());
    }

    @Test
    void aTargetWhoseEveryWayOutReentersAnEvacuationZoneSheltersInPlace() {
        List<DangerZone> zones =
                List.of(
                        ERPG2,
                        new DangerZone(
                                "west:ERPG-2", Net.box(-1000, -100, -700, 100), 2, true, false),
                        new DangerZone(
                                "east:ERPG-2", Net.box(700, -100, 1000, 100), 2, true, false));
        EvacuationPlan plan =
                new EvacuationPlanner(road())
                        .plan(
                                zones,
                                List.of(village("V1", 0, 300, false)),
                                List.of(shelter("W", -1500, 1000), shelter("E", 1200, 1000)),
                                TravelMode.WALK);
        assertTrue(plan.routes().isEmpty());
        assertEquals(1, plan.shelterInPlace().size());
        assertEquals(ShelterInPlace.Reason.NO_SAFE_ROUTE, plan.shelterInPlace().get(0).reason());
        assertEquals(300, plan.shelterInPlace().get(0).people());
    }

    @Test
    void nestedZonesAreLeftOneAfterTheOther() {
        // the ERPG-1 zone holds the ERPG-2 zone, as a plume's zones do
        Geometry mild = Net.box(-900, -400, 900, 700);
        EvacuationPlan plan =
                new EvacuationPlanner(road())
                        .plan(
                                List.of(
                                        ERPG2,
                                        new DangerZone("toxic:ERPG-1", mild, 1, false, false)),
                                List.of(village("V1", 0, 300, false)),
                                List.of(shelter("E", 1200, 1000)),
                                TravelMode.WALK);
        EvacuationRoute r = plan.routes().get(0);
        assertEquals(Net.lon(1000), r.safeLeg().getCoordinateN(0).x, 1e-6, "safe past ERPG-1");
        assertFalse(r.safeLeg().intersects(mild));
        assertEquals(1350, r.distanceM(), 1);
    }

    @Test
    void aShelterInsideAZoneIsNotUsedAndTargetsOutsideAreNotMoved() {
        EvacuationPlan plan =
                new EvacuationPlanner(road())
                        .plan(
                                List.of(ERPG2),
                                List.of(
                                        village("V1", 0, 300, false),
                                        village("FAR", -1800, 90, false)),
                                List.of(shelter("IN", 200, 5000), shelter("W", -1500, 1000)),
                                TravelMode.WALK);
        assertEquals(EvacuationPlanner.UNUSABLE_IN_ZONE, plan.unusableShelters().get("IN"));
        assertEquals(1, plan.routes().size());
        assertEquals("V1", plan.routes().get(0).targetId());
        assertEquals("W", plan.routes().get(0).shelterId());
    }

    @Test
    void theWayOutAvoidsTheWorseZoneWhenItCan() {
        // ERPG-3 over the road east of the village: leaving west is longer but less exposed
        List<DangerZone> zones =
                List.of(
                        ERPG2,
                        new DangerZone("toxic:ERPG-3", Net.box(50, -300, 450, 300), 3, true, true));
        EvacuationPlan plan =
                new EvacuationPlanner(road())
                        .plan(
                                zones,
                                List.of(village("V1", -100, 300, false)),
                                List.of(shelter("W", -1600, 1000), shelter("E", 1000, 1000)),
                                TravelMode.WALK);
        EvacuationRoute r = plan.routes().get(0);
        assertEquals("W", r.shelterId());
        assertFalse(r.exitLeg().intersects(zones.get(1).area()));
    }
}
