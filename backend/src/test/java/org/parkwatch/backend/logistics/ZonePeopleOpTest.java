package org.parkwatch.backend.logistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import org.parkwatch.backend.hazard.EnterpriseSite;

/** People inside a threat zone from the counts per enterprise and the sites' share in the zone. */
class ZonePeopleOpTest {
    private static final String E01 = "POLYGON ((0 0, 0.01 0, 0.01 0.01, 0 0.01, 0 0))";
    private static final String E02 = "POLYGON ((0.02 0, 0.03 0, 0.03 0.01, 0.02 0.01, 0.02 0))";

    @Test
    void aZoneOverHalfASiteHoldsHalfItsPeopleRoundedUp() throws Exception {
        List<ZonePeopleOp.ZonePeople> z =
                op().of(
                                List.of(zone("POLYGON ((0.005 -1, 1 -1, 1 1, 0.005 1, 0.005 -1))")),
                                Map.of(
                                        "E01", new Presence.Count(7, 1),
                                        "E02", new Presence.Count(40, 3)));
        assertEquals(2, z.get(0).shares().size());
        assertEquals(4, z.get(0).shares().get(0).peopleInZone(), "7 × ½ = 3.5 → 4");
        assertEquals(0.5, z.get(0).shares().get(0).siteFraction(), 1e-9);
        assertEquals(40, z.get(0).shares().get(1).peopleInZone(), "E02 lies wholly inside");
        assertEquals(44, z.get(0).total());
    }

    @Test
    void aZoneMissingEverySiteHoldsNobody() throws Exception {
        List<ZonePeopleOp.ZonePeople> z =
                op().of(
                                List.of(zone("POLYGON ((5 5, 6 5, 6 6, 5 6, 5 5))")),
                                Map.of("E01", new Presence.Count(7, 0)));
        assertTrue(z.get(0).shares().isEmpty());
        assertEquals(0, z.get(0).total());
    }

    @Test
    void presenceCountsEachPersonOnceAndIgnoresUnmatchedExits() {
        Presence p = new Presence();
        assertTrue(p.apply("E01", Presence.Kind.PERSON, "card:1", true));
        assertEquals(false, p.apply("E01", Presence.Kind.PERSON, "card:1", true));
        assertEquals(false, p.apply("E01", Presence.Kind.PERSON, "card:2", false));
        assertTrue(p.apply("E01", Presence.Kind.VEHICLE, "豫A1", true));
        assertEquals(new Presence.Count(1, 1), p.count("E01"));
        assertTrue(p.apply("E01", Presence.Kind.PERSON, "card:1", false));
        assertEquals(new Presence.Count(0, 1), p.count("E01"));
    }

    private static ZonePeopleOp op() throws Exception {
        return new ZonePeopleOp(List.of(site("E01", E01), site("E02", E02)));
    }

    private static EnterpriseSite site(String id, String wkt) throws Exception {
        return new EnterpriseSite(id, id, id, geometry(wkt));
    }

    private static ThreatAreas.Area zone(String wkt) throws Exception {
        return new ThreatAreas.Area("toxic", "ERPG-2", "ERPG-2", "ERPG-2", geometry(wkt));
    }

    private static Geometry geometry(String wkt) throws Exception {
        return new WKTReader().read(wkt);
    }
}
