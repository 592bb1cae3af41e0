package org.parkwatch.backend.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Three-tier containment on the demo park: E01's dikes, rainwater valve and accident pool, the
 * park's stormwater valve and pond, valve tasks done by the live valve state, and the river travel
 * time from the park's stormwater outfall to the town's intake.
 */
class ContainmentServiceTest {

    private static final ContainmentService SERVICE =
            new ContainmentService(ContainmentReader.read(ParkCatalog.loadDemo()));

    @Test
    void tiersInOrderWithLiveValveStates() {
        Map<String, Boolean> valves = Map.of("E01.RW1.XV_ZSO", true, "PARK.OF2.XV_ZSO", false);
        ContainmentService.Plan plan = SERVICE.plan("E01", valves::get);
        List<String> actions = plan.steps().stream().map(ContainmentService.Step::action).toList();
        assertEquals(
                List.of(
                        "CONTAIN_IN_DIKE",
                        "CONTAIN_IN_DIKE",
                        "CLOSE_RAIN_VALVE",
                        "DIVERT_TO_ACCIDENT_POOL",
                        "CLOSE_PARK_OUTFALL_VALVE",
                        "USE_EMERGENCY_POND"),
                actions);
        assertEquals(
                List.of(1, 1, 2, 2, 3, 3),
                plan.steps().stream().map(ContainmentService.Step::tier).toList());
        ContainmentService.Step rain = plan.steps().get(2);
        assertEquals("E01-RW1", rain.place().id());
        assertEquals(ContainmentService.ValveState.OPEN, rain.valve());
        assertEquals(false, rain.done());
        ContainmentService.Step park = plan.steps().get(4);
        assertEquals(ContainmentService.ValveState.CLOSED, park.valve());
        assertEquals(true, park.done());
        assertNull(plan.steps().get(3).done(), "diverting is decided by people");
        double pools = 1500 + 30000; // E01-AP1 and PARK-EP1 (gis-data environment_net.py)
        double dikes =
                plan.steps().get(0).place().capacityM3() + plan.steps().get(1).place().capacityM3();
        assertTrue(dikes > 0, "dike volumes from the farm polygons and dike heights");
        assertEquals(pools + dikes, plan.containedM3(), 1e-6);

        ContainmentService.ValveState unknown =
                SERVICE.plan("E01", id -> null).steps().get(2).valve();
        assertEquals(ContainmentService.ValveState.UNKNOWN, unknown);
    }

    @Test
    void riverTravelTimeFromTheStormwaterOutfallToTheIntake() {
        ContainmentService.Plan plan = SERVICE.plan("E04", id -> true);
        assertNull(plan.travelProblem());
        assertNotNull(plan.travel());
        assertEquals("PARK-OF2", plan.riverEntry().id());
        assertEquals(18.0 / (45 * 1.15), plan.travel().velocityMPerS(), 1e-9);
        assertEquals(
                plan.travel().distanceM() / plan.travel().velocityMPerS(),
                plan.travel().travelS(),
                1e-6);
        // W-BINHE (≈ 2.3 km) and W-BINHE-DS (≈ 6.3 km) from the river's start, the projection of
        // the park's stormwater outfall, to the intake at the downstream end
        assertTrue(
                plan.travel().distanceM() > 8_000 && plan.travel().distanceM() < 9_000,
                "distance " + plan.travel().distanceM());
        assertTrue(
                plan.travel().warnings().stream()
                        .anyMatch(w -> w.code().equals("ENTRY_AWAY_FROM_RIVER")),
                "the stormwater outfall lies 1.3 km from the river");
    }
}
