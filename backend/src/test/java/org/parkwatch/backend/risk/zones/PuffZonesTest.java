package org.parkwatch.backend.risk.zones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.parkwatch.backend.hazard.ChemicalProperties;
import org.parkwatch.model.consequence.DensePassivePuff;
import org.parkwatch.model.consequence.GaussianPuff;
import org.parkwatch.model.consequence.PuffFootprint;
import org.parkwatch.model.consequence.StabilityClass;
import org.parkwatch.model.consequence.Terrain;
import org.parkwatch.model.consequence.ThreatZone;

/**
 * Instantaneous toxic releases: a dense cloud (chlorine) is a Britter–McQuaid puff handed over to a
 * Gaussian puff, a light one (ammonia vapour) the maximum footprint of a Gaussian puff (model
 * {@code gaussian-puff}); zones grow with the mass, nest, and lie downwind; the footprint field
 * agrees with the puff itself; a rate still takes the continuous path.
 */
class PuffZonesTest {
    private static final ChemicalHazard CHLORINE =
            ChemicalHazard.of(ChemicalProperties.loadDefault().byCas("7782-50-5").orElseThrow());

    /** Wind from the west (270°): downwind is east, +x on the metric plane. */
    private static final Weather WEST_WIND =
            new Weather(270, 3, 293.15, 8, StabilityClass.D, 0, "manual");

    private final ZoneCalculator calculator = new ZoneCalculator();

    private static final ChemicalHazard AMMONIA =
            ChemicalHazard.of(ChemicalProperties.loadDefault().byCas("7664-41-7").orElseThrow());

    private static Release mass(double kg) {
        return mass(kg, CHLORINE);
    }

    private static Release mass(double kg, ChemicalHazard chemical) {
        return new Release(
                113.95,
                35.25,
                1000,
                2000,
                null,
                chemical,
                Double.NaN,
                kg,
                "given",
                0,
                List.of(ReleaseOutcome.TOXIC),
                Terrain.RURAL);
    }

    private OutcomeZones toxic(Release r) {
        return calculator.compute(r, WEST_WIND).outcomes().get(0);
    }

    @Test
    void chlorineBulletRuptureIsADensePuffHandedToAGaussianPuffAndSaysWhere() {
        // issue 12: a chlorine mass was a passive Gaussian puff although the cloud is ~2.5x air
        OutcomeZones o = toxic(mass(20_000));
        assertEquals(DensePassivePuff.BRITTER_MCQUAID_PUFF, o.model());
        assertEquals(2, o.spans().size(), "dense span then passive span");
        assertEquals(DensePassivePuff.BRITTER_MCQUAID_PUFF, o.spans().get(0).model());
        assertEquals(ZoneCalculator.GAUSSIAN_PUFF, o.spans().get(1).model());
        double handover = o.spans().get(0).toM();
        assertTrue(handover > 0 && o.spans().get(1).fromM() == handover);
        assertTrue(
                o.warnings().stream().anyMatch(w -> w.code().equals("DENSE_TO_PASSIVE")),
                "names the hand-over: " + o.warnings());
        assertTrue(o.warnings().stream().anyMatch(w -> w.code().equals("DENSE_GAS")));
        assertTrue(
                o.warnings().stream().noneMatch(w -> w.textEn().contains("extrapolated")),
                "nothing extrapolated below the lowest curve");
        assertTrue(
                o.zones().get(2).distanceM() > handover,
                "ERPG-1 lies beyond the hand-over: drawn by both models");
    }

    @Test
    void massIsDrawnAsAPuffAndSaysSo() {
        OutcomeZones o = toxic(mass(1000, AMMONIA));
        assertEquals(ZoneCalculator.GAUSSIAN_PUFF, o.model(), "ammonia vapour is lighter than air");
        assertTrue(
                o.assumptions().get(0)[1].contains("instantaneous release of 1000 kg"),
                o.assumptions().get(0)[1]);
        assertEquals(3, o.zones().size(), "ERPG-3, -2, -1");
        assertTrue(o.zones().get(2).distanceM() > 0, "ERPG-1 reached");
        OutcomeZones rate =
                toxic(
                        new Release(
                                113.95,
                                35.25,
                                1000,
                                2000,
                                null,
                                CHLORINE,
                                2,
                                Double.NaN,
                                "given",
                                0,
                                List.of(ReleaseOutcome.TOXIC),
                                Terrain.RURAL));
        assertTrue(
                !ZoneCalculator.GAUSSIAN_PUFF.equals(rate.model()),
                "a rate keeps the plume: " + rate.model());
    }

    @Test
    void footprintGrowsWithTheMass() {
        OutcomeZones small = toxic(mass(100));
        OutcomeZones big = toxic(mass(10_000));
        for (int k = 0; k < 3; k++) {
            ThreatZone a = small.zones().get(k);
            ThreatZone b = big.zones().get(k);
            assertTrue(
                    b.distanceM() > a.distanceM(),
                    "level " + k + ": " + a.distanceM() + " → " + b.distanceM());
            assertTrue(b.area().getArea() > a.area().getArea(), "level " + k);
            // the field scales with the mass, so the region grows; the polygons differ in their
            // stations, hence 1 %
            double outside = a.area().difference(b.area()).getArea();
            assertTrue(
                    outside < 0.01 * a.area().getArea(),
                    "level "
                            + k
                            + ": "
                            + outside
                            + " m² of the smaller "
                            + "footprint outside the bigger one");
        }
    }

    @Test
    void zonesNestMostSevereInside() {
        List<ThreatZone> z = toxic(mass(2000)).zones();
        for (int k = 0; k + 1 < z.size(); k++) {
            if (z.get(k).area().isEmpty()) continue;
            assertTrue(
                    z.get(k + 1).area().buffer(1e-6).covers(z.get(k).area()),
                    "zone " + k + " inside " + (k + 1));
            assertTrue(z.get(k + 1).distanceM() >= z.get(k).distanceM());
        }
    }

    @Test
    void zonesLieDownwindOfTheSource() {
        Release r = mass(2000);
        Geometry outer = toxic(r).zones().get(2).area();
        for (Coordinate c : outer.getCoordinates())
            assertTrue(c.x >= r.xM() - 1e-6, "upwind point " + c);
        assertTrue(outer.getEnvelopeInternal().getMaxX() - r.xM() > 500, "reaches > 500 m east");
        assertTrue(
                outer.getEnvelopeInternal().getWidth()
                        > 2 * outer.getEnvelopeInternal().getHeight(),
                "elongated along the wind: " + outer.getEnvelopeInternal());
    }

    @Test
    void footprintFieldIsThePuffsPeakAndItsHalfWidthBoundsTheLevel() {
        GaussianPuff puff = new GaussianPuff(500, 2.5, 0, StabilityClass.D);
        PuffFootprint field = new PuffFootprint(500, 2.5, 0, StabilityClass.D);
        double x = 400;
        double c0 = field.centrelineKgPerM3(x);
        assertEquals(puff.concentrationKgPerM3(x, 0, 0, x / 2.5), c0, c0 * 1e-12);
        // the passing time is the maximum over time at the centreline (within the search's
        // resolution)
        for (double t = x / 2.5 - 30; t <= x / 2.5 + 30; t += 1) {
            assertTrue(puff.concentrationKgPerM3(x, 0, 0, t) <= c0 * 1.01, "t = " + t);
        }
        double threshold = c0 / 10;
        double w = field.halfWidthM(x, threshold);
        assertEquals(threshold, field.groundConcentrationKgPerM3(x, w), threshold * 1e-9);
        assertEquals(0, field.halfWidthM(x, c0 * 2));
    }
}
