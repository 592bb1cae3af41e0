package org.parkwatch.model.consequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class ThreatZoneBuilderTest {

    private final ThreatZoneBuilder builder = new ThreatZoneBuilder();
    private final GaussianPlume chlorine =
            GaussianPlume.of(1.0, 3.0, 0, StabilityClass.D, Terrain.RURAL, SigmaModel.BRIGGS);

    private List<ThreatZone> erpgZones(double windFromDeg) {
        ThresholdLevels.ToxicLevels cl2 = ThresholdLevels.toxic("Cl2");
        return builder.plumeZones(
                chlorine,
                ThresholdLevels.erpg("Cl2"),
                cl2.molarMassKgPerMol(),
                windFromDeg,
                100,
                200,
                chlorine.warnings(Double.NaN));
    }

    @Test
    void distanceIsWhereCentrelineMeetsThreshold() {
        List<ThreatZone> zones = erpgZones(0);
        assertEquals(
                List.of("ERPG-3", "ERPG-2", "ERPG-1"),
                zones.stream().map(z -> z.threshold().id()).toList());
        for (ThreatZone z : zones) {
            double kg = ToxicProbit.ppmToKgPerM3(z.threshold().value(), 0.070906);
            Tolerance.close(kg, chlorine.centrelineKgPerM3(z.distanceM()), 1e-6);
            assertTrue(z.area().getArea() > 0);
        }
        assertTrue(zones.get(0).distanceM() < zones.get(1).distanceM());
        assertTrue(zones.get(1).distanceM() < zones.get(2).distanceM());
    }

    @Test
    void zoneCutByTheScanRangeSaysAtLeast() {
        // chlorine 5 kg/s, class F, 1.5 m/s (the case that drew all three ERPG zones at 49,621 m
        // without a word)
        GaussianPlume stable =
                GaussianPlume.of(5.0, 1.5, 0, StabilityClass.F, Terrain.RURAL, SigmaModel.BRIGGS);
        List<ThreatZone> zones =
                builder.plumeZones(
                        stable, ThresholdLevels.erpg("Cl2"), 0.070906, 0, 0, 0, List.of());
        ThreatZone erpg1 = zones.get(2);
        assertTrue(erpg1.atScanLimit());
        assertTrue(erpg1.distanceM() > 0.95 * ThreatZoneBuilder.SCAN_END_M);
        Warning w =
                erpg1.warnings().stream()
                        .filter(x -> x.code().equals("SCAN_LIMIT"))
                        .findFirst()
                        .orElseThrow();
        assertTrue(w.textEn().contains("≥ "), w.textEn());
        // a zone that ends inside the range carries no such warning
        assertFalse(erpgZones(0).get(0).atScanLimit());
    }

    @Test
    void zonesNest() {
        // within a millimetre: the clipped polygons share boundary points up to floating-point
        // rounding
        for (double wind : new double[] {0, 90, 123, 301.5}) {
            List<ThreatZone> zones = erpgZones(wind);
            assertTrue(
                    zones.get(1).area().buffer(1e-3).covers(zones.get(0).area()),
                    "ERPG-3 within ERPG-2");
            assertTrue(
                    zones.get(2).area().buffer(1e-3).covers(zones.get(1).area()),
                    "ERPG-2 within ERPG-1");
            assertTrue(zones.get(0).area().getArea() < zones.get(1).area().getArea());
        }
    }

    @Test
    void westWindCarriesTheZoneEast() {
        ThreatZone z = erpgZones(270).get(1);
        Coordinate c = z.area().getCentroid().getCoordinate();
        assertTrue(c.x > 100 + z.distanceM() * 0.3, "centroid east of the source: " + c);
        assertEquals(200, c.y, 1e-6 * z.distanceM() + 1e-6);
        Coordinate tip = new Coordinate(100 + z.distanceM(), 200);
        assertTrue(z.area().getEnvelopeInternal().getMaxX() >= tip.x - 1e-6);
    }

    @Test
    void northWindCarriesTheZoneSouth() {
        ThreatZone z = erpgZones(0).get(1);
        Coordinate c = z.area().getCentroid().getCoordinate();
        assertTrue(c.y < 200, "south of the source: " + c);
        assertEquals(100, c.x, 1e-6);
    }

    @Test
    void localAndPlumeCoordinatesRoundTrip() {
        double[] p = ZoneGeometry.localToPlume(130, 260, 45, 100, 200);
        Geometry pt = new GeometryFactory().createPoint(new Coordinate(p[0], p[1]));
        Coordinate back = ZoneGeometry.toLocal(pt, 45, 100, 200).getCoordinate();
        assertEquals(130, back.x, 1e-9);
        assertEquals(260, back.y, 1e-9);
    }

    @Test
    void crosswindWidthMatchesHalfWidthAtAStation() {
        ThreatZone z = erpgZones(270).get(2);
        double kg = ToxicProbit.ppmToKgPerM3(1, 0.070906);
        double x = z.distanceM() / 3;
        double w = chlorine.halfWidthM(x, kg);
        // the polygon (east = 100 + x) spans about ±w around y = 200
        Geometry line =
                new GeometryFactory()
                        .createLineString(
                                new Coordinate[] {
                                    new Coordinate(100 + x, 200 - 5 * w),
                                    new Coordinate(100 + x, 200 + 5 * w)
                                });
        Tolerance.close(2 * w, z.area().intersection(line).getLength(), 2e-3);
    }

    @Test
    void circularZonesForPoolFireRadiation() {
        PoolFire fire = new PoolFire(5, 0.08186, 40.1e6, 1.2, 0.24, 1.0);
        List<ThreatZone> zones =
                builder.circularZones(
                        ThresholdLevels.RADIATION,
                        kw -> fire.distanceForFluxM(kw * 1000),
                        0,
                        0,
                        List.of());
        for (ThreatZone z : zones) {
            Tolerance.close(z.threshold().value() * 1000, fire.fluxWPerM2(z.distanceM()), 1e-9);
        }
        for (int i = 0; i + 1 < zones.size(); i++) {
            assertTrue(zones.get(i + 1).area().buffer(1e-3).covers(zones.get(i).area()));
        }
    }

    @Test
    void neverReachedGivesEmptyZone() {
        GaussianPlume tiny =
                GaussianPlume.of(1e-9, 3.0, 0, StabilityClass.D, Terrain.RURAL, SigmaModel.BRIGGS);
        ThreatZone z =
                builder.plumeZones(tiny, ThresholdLevels.erpg("Cl2"), 0.070906, 0, 0, 0, List.of())
                        .get(0);
        assertEquals(0, z.distanceM());
        assertTrue(z.area().isEmpty());
    }
}
