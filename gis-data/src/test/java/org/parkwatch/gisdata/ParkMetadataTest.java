package org.parkwatch.gisdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parkwatch.gisdata.DemoPark.BY_ID;
import static org.parkwatch.gisdata.DemoPark.CATALOG;
import static org.parkwatch.gisdata.DemoPark.byId;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.parkwatch.model.park.EnterpriseInfo;

/**
 * park.json: the fictional-data marker, the centre, and an enterprise list whose entries all have a
 * plot.
 */
class ParkMetadataTest {
    private static final Set<String> ACTIVITIES =
            Set.of("production", "storage", "use", "trade", "transport", "disposal");

    @Test
    void parkIsMarkedFictionalWithANoteInChineseAndEnglish() {
        JsonNode park = CATALOG.metadata();
        assertEquals(true, park.path("fictional").asBoolean(false));
        assertTrue(park.path("note").path("zh").asText().contains("虚构"));
        assertTrue(park.path("note").path("en").asText().contains("fictional"));
        assertEquals("yubei-binhe", park.path("id").asText());
    }

    @Test
    void centreLiesInsideTheFenceNearTheRequestedPoint() {
        JsonNode c = CATALOG.metadata().path("centre");
        assertEquals(113.95, c.get(0).asDouble(), 0.01);
        assertEquals(35.25, c.get(1).asDouble(), 0.01);
        var centre =
                new GeometryFactory()
                        .createPoint(new Coordinate(c.get(0).asDouble(), c.get(1).asDouble()));
        assertTrue(byId("PARK-BOUNDARY").lonLat().contains(centre));
    }

    @Test
    void extentIsTheEnvelopeOfTheFence() {
        JsonNode e = CATALOG.metadata().path("extent");
        var env = byId("PARK-BOUNDARY").lonLat().getEnvelopeInternal();
        assertEquals(env.getMinX(), e.get(0).asDouble(), 1e-9);
        assertEquals(env.getMinY(), e.get(1).asDouble(), 1e-9);
        assertEquals(env.getMaxX(), e.get(2).asDouble(), 1e-9);
        assertEquals(env.getMaxY(), e.get(3).asDouble(), 1e-9);
    }

    @Test
    void everyEnterpriseHasItsPlotAndTheOperatorTheParkBoundary() {
        List<String> problems = new ArrayList<>();
        Set<String> plotsUsed = new HashSet<>();
        for (EnterpriseInfo e : CATALOG.enterprises()) {
            DemoPark.Feature f = BY_ID.get(e.featureId());
            String expectedKind = e.id().equals("PARK") ? "park-boundary" : "enterprise";
            if (f == null || !f.kind().equals(expectedKind) || !e.id().equals(f.enterpriseId())) {
                problems.add(
                        e.id() + ": featureId " + e.featureId() + " is not its " + expectedKind);
                continue;
            }
            plotsUsed.add(f.id());
            if (!e.id().equals("PARK") && !ACTIVITIES.contains(e.activity()))
                problems.add(e.id() + ": activity");
            if (!e.id().equals("PARK")
                    && !e.activity().equals(f.props().path("activity").asText())) {
                problems.add(e.id() + ": activity differs between park.json and the plot");
            }
            if (e.nameZh().isBlank() || e.nameEn().isBlank()) problems.add(e.id() + ": names");
        }
        assertEquals(List.of(), problems);
        assertEquals(
                DemoPark.ofKind("enterprise").size() + 1,
                plotsUsed.size(),
                "every plot is listed once");
    }

    @Test
    void creditCodesAreDistinctAndAddressesPresent() {
        Set<String> codes = new HashSet<>();
        for (JsonNode e : CATALOG.metadata().path("enterprises")) {
            assertTrue(codes.add(e.path("creditCode").asText()), e.path("id").asText());
            assertTrue(e.path("address").asText().startsWith("河南省"), e.path("id").asText());
        }
        assertEquals(9, codes.size());
    }
}
