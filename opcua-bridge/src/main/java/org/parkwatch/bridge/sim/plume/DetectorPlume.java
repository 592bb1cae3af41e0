package org.parkwatch.bridge.sim.plume;

import org.parkwatch.model.consequence.DispersionCoefficients;
import org.parkwatch.model.consequence.GaussianPlume;
import org.parkwatch.model.consequence.Insolation;
import org.parkwatch.model.consequence.PasquillClassifier;
import org.parkwatch.model.consequence.SigmaModel;
import org.parkwatch.model.consequence.StabilityClass;
import org.parkwatch.model.consequence.Terrain;

/**
 * What a simulated gas detector sees of a continuous release: the ground-level concentration of the
 * park's {@link GaussianPlume} (Briggs rural σ, ground release) at the detector's position for the
 * live wind, plus the unit conversions detectors report in. Also maps the simulated weather
 * station's readings to a Pasquill class.
 *
 * <p>Point-source σ collapse to zero at the source, which no real release does (the tank, the dike
 * pool and the jet have size); detectors sit 5–40 m from the tank. So the source gets an initial
 * size, Turner's (1970) area/volume source treatment: σy0 = width / {@value #TURNER_WIDTH_DIVISOR},
 * σz0 = height / {@value #TURNER_HEIGHT_DIVISOR}, added in quadrature, σ = √(σ(x)² + σ0²) (Turner,
 * Workbook of Atmospheric Dispersion Estimates, 1970; status [U]: textbook values, not checked
 * against GB/T 37243).
 */
public final class DetectorPlume {
    /** Initial σy of a source of width W is W / 4.3 (Turner 1970, status [U]). */
    public static final double TURNER_WIDTH_DIVISOR = 4.3;

    /** Initial σz of a source of height H is H / 2.15 (Turner 1970, status [U]). */
    public static final double TURNER_HEIGHT_DIVISOR = 2.15;

    /**
     * Below this the Gaussian model is meaningless; calmer winds are taken as this, m/s (simulation
     * choice).
     */
    public static final double MIN_WIND_MPS = 0.5;

    /** Solar radiation above which it counts as day, W/m² (simulation choice). */
    static final double DAY_MIN_SOLAR_W_M2 = 50;

    /** Insolation bands "strong" and "moderate", W/m² (customary split; status [U]). */
    static final double STRONG_SOLAR_W_M2 = 600;

    static final double MODERATE_SOLAR_W_M2 = 300;

    /**
     * Molar volume of an ideal gas at 25 °C and 1 atm, L/mol, behind ppm = C · 24.45e6 / M (task
     * brief).
     */
    static final double MOLAR_VOLUME_L_PER_MOL = 24.45;

    private DetectorPlume() {}

    /**
     * Ground-level concentration at a detector, kg/m³; 0 for detectors upwind of the release point.
     *
     * @param releaseKgPerS release rate, kg/s
     * @param windMps wind speed, m/s
     * @param windFromDeg direction the wind blows from, degrees clockwise from north
     * @param sourceWidthM horizontal size of the source (tank diameter), m; 0 for a point source
     * @param sourceHeightM vertical size of the source (tank height), m; 0 for a point source
     * @param eastM detector position east of the release, m
     * @param northM detector position north of the release, m
     */
    public static double atDetectorKgM3(
            double releaseKgPerS,
            double windMps,
            double windFromDeg,
            StabilityClass stability,
            double sourceWidthM,
            double sourceHeightM,
            double eastM,
            double northM) {
        double toRad = Math.toRadians(windFromDeg + 180);
        double downE = Math.sin(toRad);
        double downN = Math.cos(toRad);
        double x = eastM * downE + northM * downN;
        double y = -eastM * downN + northM * downE;
        if (x <= 0 || releaseKgPerS <= 0) return 0;
        DispersionCoefficients point =
                DispersionCoefficients.of(SigmaModel.BRIGGS, stability, Terrain.RURAL);
        double sy0 = sourceWidthM / TURNER_WIDTH_DIVISOR;
        double sz0 = sourceHeightM / TURNER_HEIGHT_DIVISOR;
        DispersionCoefficients sized =
                new DispersionCoefficients() {
                    @Override
                    public double sigmaYM(double xM) {
                        return Math.hypot(point.sigmaYM(xM), sy0);
                    }

                    @Override
                    public double sigmaZM(double xM) {
                        return Math.hypot(point.sigmaZM(xM), sz0);
                    }
                };
        GaussianPlume plume =
                new GaussianPlume(
                        releaseKgPerS, Math.max(MIN_WIND_MPS, windMps), 0, stability, sized, 0);
        return plume.groundConcentrationKgPerM3(x, y);
    }

    /** kg/m³ to ppm by volume at 25 °C: ppm = C · 24.45e6 / M, M in g/mol. */
    public static double kgM3ToPpm(double concentrationKgM3, double molarMassGPerMol) {
        return concentrationKgM3 * MOLAR_VOLUME_L_PER_MOL * 1e6 / molarMassGPerMol;
    }

    /** ppm to percent of the lower explosive limit, LEL in volume percent. */
    public static double ppmToPercentLel(double ppm, double lelVolPercent) {
        return ppm / (lelVolPercent * 1e4) * 100;
    }

    /**
     * The Pasquill class for the simulated weather: insolation from measured global radiation
     * (strong ≥ 600, moderate ≥ 300 W/m², night at or below 50 W/m²) and cloud cover, then the
     * consequence library's table.
     */
    public static StabilityClass stabilityFromWeather(
            double windMps, double solarWm2, double cloudOktas) {
        Insolation insolation;
        if (cloudOktas >= 8) insolation = Insolation.OVERCAST;
        else if (solarWm2 <= DAY_MIN_SOLAR_W_M2) {
            insolation = cloudOktas >= 4 ? Insolation.NIGHT_CLOUDY : Insolation.NIGHT_CLEAR;
        } else if (solarWm2 >= STRONG_SOLAR_W_M2) insolation = Insolation.DAY_STRONG;
        else if (solarWm2 >= MODERATE_SOLAR_W_M2) insolation = Insolation.DAY_MODERATE;
        else insolation = Insolation.DAY_SLIGHT;
        return new PasquillClassifier().classify(Math.max(0, windMps), insolation);
    }
}
