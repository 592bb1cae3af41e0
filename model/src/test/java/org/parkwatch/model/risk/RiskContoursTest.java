package org.parkwatch.model.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

class RiskContoursTest {

    private final GridSpec spec = new GridSpec(0, 0, 10, 5, 5);
    private final RiskContours contours = new RiskContours();

    private double[] block(boolean hole) {
        double[] v = new double[25];
        for (int j = 1; j <= 3; j++) {
            for (int i = 1; i <= 3; i++) {
                v[spec.index(i, j)] = 1.0;
            }
        }
        if (hole) {
            v[spec.index(2, 2)] = 0.0;
        }
        return v;
    }

    @Test
    void blockGivesChamferedSquare() {
        // edges cross midway between centres: square [10, 40]² less four corner triangles of legs 5
        // m
        Geometry g = contours.contour(spec, block(false), 0.5);
        assertEquals(1, g.getNumGeometries());
        assertEquals(900 - 4 * 12.5, g.getArea(), 1e-9);
        assertEquals(10, g.getEnvelopeInternal().getMinX(), 1e-9);
        assertEquals(40, g.getEnvelopeInternal().getMaxY(), 1e-9);
    }

    @Test
    void lowCentreBecomesAHole() {
        Geometry g = contours.contour(spec, block(true), 0.5);
        assertEquals(1, g.getNumGeometries());
        Polygon p = (Polygon) g.getGeometryN(0);
        assertEquals(1, p.getNumInteriorRing());
        assertEquals(850 - 50, g.getArea(), 1e-9);
    }

    @Test
    void levelsAboveEverythingGiveEmpty() {
        assertTrue(contours.contour(spec, block(false), 2).isEmpty());
    }

    @Test
    void higherLevelsNestInsideLowerOnes() {
        GridSpec s = new GridSpec(-200, -200, 10, 40, 40);
        double[] v = new double[s.cells()];
        for (int j = 0; j < s.ny(); j++) {
            for (int i = 0; i < s.nx(); i++) {
                double e = s.centreEastM(i);
                double n = s.centreNorthM(j);
                v[s.index(i, j)] =
                        5e-5 * Math.exp(-(e * e / 8000 + (n - 30) * (n - 30) / 3000))
                                + 2e-5 * Math.exp(-((e - 120) * (e - 120) + n * n) / 1500);
            }
        }
        var levels = RiskCriteria.CONTOUR_LEVELS_PER_YEAR;
        var gs = contours.contours(s, v, levels);
        for (int k = 0; k + 1 < gs.size(); k++) {
            assertTrue(gs.get(k).buffer(1e-6).covers(gs.get(k + 1)), "level " + levels.get(k + 1));
            assertTrue(gs.get(k).getArea() > gs.get(k + 1).getArea());
        }
    }
}
