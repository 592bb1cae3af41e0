package org.parkwatch.backend.hazard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.park.TagKind;

/**
 * Which monitoring signals of a unit are live, from its own, its tanks' and its gas detectors'
 * tags.
 */
class MonitoringCoverageTest {

    private static TagDefinition tag(String id, TagKind kind, String featureId) {
        return new TagDefinition(id, "", kind, "", 0, 1, featureId, id, id, 1000, 0, null);
    }

    private static UnitInfo unit(String id, List<String> tanks) {
        return new UnitInfo(
                id,
                "tank-farms",
                "storage",
                "E1",
                id,
                id,
                null,
                null,
                tanks,
                new ExposedPopulation.Count(0, List.of()));
    }

    @Test
    void signalsComeFromTanksDetectorsAndTheUnitItself() throws Exception {
        var detectors = Map.of("GD1", "TK1"); // gas detector GD1 monitors tank TK1
        MonitoringCoverage c =
                new MonitoringCoverage(
                        List.of(unit("TF1", List.of("TK1", "TK2")), unit("U1", List.of())),
                        List.of(
                                tag("TK1.LT", TagKind.LEVEL, "TK1"),
                                        tag("TK2.TT", TagKind.TEMPERATURE, "TK2"),
                                tag("GD1.AT", TagKind.GAS_TOXIC, "GD1"),
                                        tag("TF1.TRIP", TagKind.SIS_TRIP, "TF1"),
                                tag("U1.PT", TagKind.PRESSURE, "U1"),
                                        tag("TK1.FT", TagKind.FLOW, "TK1")),
                        detectors);
        Set<String> live = Set.of("TK1.LT", "GD1.AT");
        MonitoringCoverage.UnitCoverage tf1 = c.of("TF1", live::contains);
        assertEquals(5, tf1.applicable());
        assertEquals(2, tf1.live());
        assertEquals(40.0, tf1.percent(), 1e-9);
        assertEquals(Set.of("TK1.LT", "TK2.TT", "GD1.AT", "TF1.TRIP"), c.tagIds("TF1"));
        assertFalse(tf1.signals().get(2).live()); // pressure: no tag
        MonitoringCoverage.UnitCoverage u1 = c.of("U1", id -> true);
        assertEquals(4, u1.applicable()); // no tanks: level does not apply
        assertEquals(1, u1.live());
        assertTrue(u1.signals().get(2).live());
    }
}
