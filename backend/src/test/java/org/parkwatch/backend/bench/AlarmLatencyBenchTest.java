package org.parkwatch.backend.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.park.TagDefinition;

/**
 * The benchmark's arithmetic: nearest-rank percentiles and the in-band values of the background
 * load.
 */
class AlarmLatencyBenchTest {

    @Test
    void nearestRankPercentiles() {
        double[] v = new double[100];
        for (int i = 0; i < 100; i++) v[i] = i + 1; // 1..100
        assertEquals(50.0, AlarmLatencyBench.pct(v, 0.50));
        assertEquals(99.0, AlarmLatencyBench.pct(v, 0.99));
        assertEquals(7.0, AlarmLatencyBench.pct(new double[] {7}, 0.99));
    }

    @Test
    void loadValuesStayBetweenTheLimitsAndTheProbeCrossesHh() {
        ParkCatalog park = ParkCatalog.loadDemo();
        TagDefinition tt = park.tag(AlarmLatencyBench.PROBE_TAG).orElseThrow();
        // TK201.TT: range -20..80 °C, H 45 → band -20..45, middle 12.5
        assertEquals(12.5, PacedLoad.normalValue(tt), 1e-9);
        assertTrue(AlarmLatencyBench.PROBE_HIGH > tt.limits().hh());
        assertTrue(AlarmLatencyBench.PROBE_LOW < tt.limits().h());
        for (TagDefinition t : park.allTags()) {
            double v = PacedLoad.normalValue(t);
            if (t.limits().h() != null) assertTrue(v < t.limits().h(), t.id());
            if (t.limits().l() != null) assertTrue(v > t.limits().l(), t.id());
        }
    }
}
