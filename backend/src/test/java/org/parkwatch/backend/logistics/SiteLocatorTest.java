package org.parkwatch.backend.logistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;
import org.parkwatch.backend.hazard.EnterpriseSite;

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
}
