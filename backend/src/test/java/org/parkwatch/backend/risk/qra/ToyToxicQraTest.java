package org.parkwatch.backend.risk.qra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.parkwatch.model.consequence.DenseGasPuff;
import org.parkwatch.model.consequence.DensePassivePuff;
import org.parkwatch.model.consequence.DispersionChoice;
import org.parkwatch.model.consequence.NormalDistribution;
import org.parkwatch.model.consequence.PlumeField;
import org.parkwatch.model.consequence.PuffCoefficients;
import org.parkwatch.model.consequence.PuffFootprint;
import org.parkwatch.model.consequence.SigmaModel;
import org.parkwatch.model.consequence.StabilityClass;
import org.parkwatch.model.consequence.Terrain;
import org.parkwatch.model.consequence.ToxicProbit;
import org.parkwatch.model.consequence.WindProfile;
import org.parkwatch.model.risk.GridSpec;
import org.parkwatch.model.risk.LethalityField;
import org.parkwatch.model.risk.ProtectionClass;

/**
 * Direction and weather weighting of a toxic release checked by hand: one pressurised chlorine
 * vessel at the origin (pressure-vessel frequencies 5e-7, 5e-7, 1e-5 /yr; no ignition, so every
 * release is a toxic plume), a rose with wind only FROM the south (share 0.75) and FROM the north
 * (0.25), weather D5 60 % and F1.5 40 %. The expected IR 1.5 km north and south is Σ f × P_weather
 * × P_sector × P_death with the plume of the continuous releases (Britter–McQuaid or Gaussian, as
 * the dense-gas criterion picks, exposure = release duration) and the puff of the catastrophic
 * rupture (issue 12: instantaneous releases are puffs), CCPS chlorine probit, computed here from
 * the model library; a place 1.5 km east sees no plume.
 */
class ToyToxicQraTest {
    static final double RHO = 1410;
    static final double MASS = 20_000;
    static final double GAUGE = 5e5;
    static final double HEAD = 2;
    static final ChemicalProfile CHLORINE =
            new ChemicalProfile("chlorine", 0.0709, -34, RHO, Double.NaN, Double.NaN, 0.05, "Cl2");
    static final List<WeatherClass> WEATHER =
            List.of(
                    new WeatherClass(StabilityClass.D, 5, 0.6),
                    new WeatherClass(StabilityClass.F, 1.5, 0.4));
    static QraResult result;

    @BeforeAll
    static void run() {
        double[] sectors = new double[16];
        sectors[8] = 0.75; // FROM 180°: the plume goes north
        sectors[0] = 0.25; // FROM 0°: the plume goes south
        WindRose rose = new WindRose(sectors, WEATHER, "configured", "toy");
        QraInstallation vessel =
                new QraInstallation("V", "E1", 0, 0, CHLORINE, MASS, MASS, true, GAUGE, HEAD, 500);
        List<TargetArea> targets =
                List.of(
                        target("north", 0, 1500),
                        target("south", 0, -1500),
                        target("east", 1500, 0));
        result =
                new QraCalculation(new GridSpec(-3000, -3000, 100, 60, 60), 2, QraService.check())
                        .run(List.of(vessel), rose, targets);
    }

    static TargetArea target(String id, double e, double n) {
        return new TargetArea(
                id,
                id,
                id,
                ProtectionClass.GENERAL_1,
                0,
                new GeometryFactory().createPoint(new Coordinate(e, n)));
    }

    /**
     * P_death at plume co-ordinates (x downwind, y crosswind) of a release rate lasting a time, in
     * one weather.
     */
    static double lethality(double rate, double durationS, WeatherClass w, double x, double y) {
        double tb = 273.15 - 34;
        double vapourDensity = 101_325 * 0.0709 / (8.314462618 * tb);
        PlumeField plume =
                DispersionChoice.select(
                                rate,
                                vapourDensity,
                                1.2,
                                w.speedMPerS(),
                                tb,
                                293.15,
                                1.0,
                                w.stability(),
                                Terrain.RURAL,
                                SigmaModel.BRIGGS)
                        .field();
        double c = plume.groundConcentrationKgPerM3(x, y);
        if (!(c > 0)) return 0;
        double probit =
                new ToxicProbit(ToxicProbit.ConstantSet.CCPS, "Cl2")
                        .probitFromKgPerM3(c, durationS, 0.0709);
        double p = NormalDistribution.probitToProbability(probit);
        // the QRA counts a place as unaffected below the lethality cut-off (LethalityField.CUTOFF)
        return p < LethalityField.CUTOFF ? 0 : p;
    }

    /**
     * P_death of the catastrophic rupture: the whole mass as a Britter–McQuaid puff of vapour at
     * the boiling point handed over to a ground-level Gaussian puff, the peak concentration held
     * for the Gaussian puff's passage time √(2π)·σy/u (read every 5 m, 60 s to 30 min).
     */
    static double puffLethality(WeatherClass w, double x, double y) {
        double tb = 273.15 - 34;
        double rho = 101_325 * 0.0709 / (8.314462618 * tb);
        DenseGasPuff dense =
                new DenseGasPuff(MASS, MASS / rho, rho, 1.2, w.speedMPerS(), tb, 293.15);
        assertTrue(dense.isDense(), "chlorine vapour is heavier than air");
        double u = WindProfile.windSpeedAt(w.speedMPerS(), 0, w.stability(), Terrain.RURAL);
        DensePassivePuff field =
                new DensePassivePuff(dense, new PuffFootprint(MASS, u, 0, w.stability()));
        double c = field.groundConcentrationKgPerM3(x, y);
        if (!(c > 0)) return 0;
        double at = Math.max(Math.round(Math.max(x, 0) / 5) * 5.0, 1);
        double seconds =
                Math.max(
                        60,
                        Math.min(
                                1800,
                                Math.sqrt(2 * Math.PI)
                                        * PuffCoefficients.sigmaYM(w.stability(), at)
                                        / u));
        double p =
                NormalDistribution.probitToProbability(
                        new ToxicProbit(ToxicProbit.ConstantSet.CCPS, "Cl2")
                                .probitFromKgPerM3(c, seconds, 0.0709));
        return p < LethalityField.CUTOFF ? 0 : p;
    }

    /**
     * Σ over releases and weathers for a place at plume co-ordinates (x, y) of a direction with
     * share p.
     */
    static double irAt(double x, double y, double p) {
        double holeRate =
                0.65
                        * Math.PI
                        * 0.01
                        * 0.01
                        / 4
                        * RHO
                        * Math.sqrt(2 * GAUGE / RHO + 2 * 9.80665 * HEAD);
        double holeS = Math.min(MASS / holeRate, 1800);
        double sum = 0;
        for (WeatherClass w : WEATHER) {
            double pd =
                    5e-7 * puffLethality(w, x, y)
                            + 5e-7 * lethality(MASS / 600, 600, w, x, y)
                            + 1e-5 * lethality(holeRate, holeS, w, x, y);
            sum += w.fraction() * p * pd;
        }
        return sum;
    }

    static double irAt(String id) {
        return result.targets().stream()
                .filter(t -> t.target().id().equals(id))
                .findFirst()
                .orElseThrow()
                .verdict()
                .riskPerYear();
    }

    /**
     * IR at distance r straight downwind (share p) and upwind (share q) of their sectors' centres:
     * each sector's share spread over QraConstants.SECTOR_SUBDIVISIONS directions across its 22.5°.
     */
    static double smoothedIr(double r, double p, double q) {
        int m = QraConstants.SECTOR_SUBDIVISIONS;
        double sum = 0;
        for (int j = -(m - 1) / 2; j <= (m - 1) / 2; j++) {
            double d = Math.toRadians(22.5 / m * j);
            sum +=
                    irAt(r * Math.cos(d), r * Math.sin(d), p / m)
                            + irAt(-r * Math.cos(d), r * Math.sin(d), q / m);
        }
        return sum;
    }

    @Test
    void northGetsTheSouthWindsShareAndSouthTheNorthWinds() {
        double north = smoothedIr(1500, 0.75, 0.25);
        double south = smoothedIr(1500, 0.25, 0.75);
        assertTrue(north > 1e-9, "the toy plume must reach 1.5 km: " + north);
        assertEquals(north, irAt("north"), north * 1e-9);
        assertEquals(south, irAt("south"), south * 1e-9);
        assertEquals(3.0, irAt("north") / irAt("south"), 1e-6);
    }

    @Test
    void noPlumeCrossesToTheEast() {
        assertEquals(0.0, irAt("east"), 1e-15);
    }
}
