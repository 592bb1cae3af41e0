package org.parkwatch.backend.logistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.WKTReader;
import org.parkwatch.backend.hazard.EnterpriseSite;
import org.parkwatch.model.logistics.jt808.LocationReport;
import org.parkwatch.model.park.ParkCatalog;

class SiteLocatorTest {
    private final WKTReader wkt = new WKTReader();

    private SiteLocator locator(boolean withFence) throws Exception {
        return new SiteLocator(
                List.of(
                        new EnterpriseSite(
                                "E01", "甲", "A", wkt.read("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))")),
                        new EnterpriseSite(
                                "E02", "乙", "B", wkt.read("POLYGON ((2 0, 3 0, 3 1, 2 1, 2 0))"))),
                withFence ? wkt.read("POLYGON ((-1 -1, 4 -1, 4 2, -1 2, -1 -1))") : null);
    }

    private void check(SiteLocator l, double lon, double lat, String enterprise, boolean inside) {
        assertEquals(
                new SiteLocator.Place(enterprise, inside), l.locate(lon, lat), lon + " " + lat);
    }

    @Test
    void locatesSiteAndFence() throws Exception {
        SiteLocator l = locator(true);
        check(l, 0.5, 0.5, "E01", true);
        check(l, 2.5, 0.5, "E02", true);
        check(l, 1.5, 0.5, null, true); // on the park road between the plants
        check(l, 5, 5, null, false);
        check(l, 1, 0.5, "E01", true); // on the site boundary: covered
    }

    @Test
    void withoutAFenceOnlySitesAreInside() throws Exception {
        SiteLocator l = locator(false);
        check(l, 0.5, 0.5, "E01", true);
        check(l, 1.5, 0.5, null, false);
    }

    /**
     * The demo park's enterprises layer names its features by plot ({@code E01-PLOT}); the truck
     * census must key by the {@code enterpriseId} property, as the gates do.
     */
    @Test
    void truckInsideE01sPlotIsCountedForE01() {
        ParkCatalog park = ParkCatalog.loadDemo();
        EnterpriseSite e01 =
                ParkSitesReader.enterpriseSites(park).stream()
                        .filter(s -> s.id().equals("E01"))
                        .findFirst()
                        .orElseThrow();
        Point inside = e01.lonLat().getInteriorPoint();
        FleetState fleet = new FleetState(LogisticsCapability.sites(park));
        fleet.apply(
                new TerminalRecord("13800000001", "豫A40001", "豫北危运", List.of("E01"), null, 0),
                List.of(
                        new LocationReport(
                                0,
                                1L << LocationReport.STATUS_POSITIONED,
                                inside.getY(),
                                inside.getX(),
                                80,
                                0,
                                0,
                                Instant.ofEpochMilli(1_000),
                                Map.of())),
                1_000);
        FleetState.Census census = fleet.census();
        assertEquals(Map.of("E01", 1), census.byEnterprise());
        assertEquals(1, census.insidePark());
    }
}
