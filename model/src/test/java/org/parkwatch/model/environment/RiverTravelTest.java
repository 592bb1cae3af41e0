package org.parkwatch.model.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** River travel time: chainage between projections over Q / (W·D). */
class RiverTravelTest {

    /** An L-shaped river: 3 km east, then 4 km north (7 km of centre line). */
    private static final List<double[]> RIVER =
            List.of(new double[] {0, 0}, new double[] {3000, 0}, new double[] {3000, 4000});

    @Test
    void distanceAlongTheBendOverTheSectionVelocity() {
        // entry 20 m north of chainage 1000; target at the end (chainage 7000): 6000 m.
        // u = 18 / (45 · 1.2) = 0.3333 m/s → 18 000 s = 5 h.
        RiverTravel.Estimate e =
                RiverTravel.estimate(
                        RIVER, new double[] {1000, 20}, new double[] {3000, 4000}, 18, 45, 1.2);
        assertEquals(6000, e.distanceM(), 1e-9);
        assertEquals(18.0 / 54.0, e.velocityMPerS(), 1e-12);
        assertEquals(18_000, e.travelS(), 1e-6);
        assertEquals(20, e.entryOffsetM(), 1e-9);
        assertEquals(
                List.of("PLUG_FLOW_TRAVEL_TIME"),
                e.warnings().stream().map(w -> w.code()).toList());
    }

    @Test
    void anOutfallAwayFromTheRiverIsFlaggedAndUpstreamTargetsRefused() {
        RiverTravel.Estimate e =
                RiverTravel.estimate(
                        RIVER, new double[] {-800, -600}, new double[] {3000, 10}, 10, 20, 1);
        // the entry projects onto the river's start, the target 10 m up the northern leg
        assertEquals(3010, e.distanceM(), 1e-9);
        assertEquals(1000, e.entryOffsetM(), 1e-9);
        assertTrue(
                e.warnings().stream().anyMatch(w -> w.code().equals("ENTRY_AWAY_FROM_RIVER")),
                e.warnings().toString());
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        RiverTravel.estimate(
                                RIVER, new double[] {3000, 3000}, new double[] {0, 0}, 10, 20, 1));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        RiverTravel.estimate(
                                RIVER, new double[] {0, 0}, new double[] {3000, 0}, 0, 20, 1));
    }
}
