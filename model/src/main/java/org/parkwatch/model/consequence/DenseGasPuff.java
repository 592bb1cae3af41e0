package org.parkwatch.model.consequence;

import java.util.ArrayList;
import java.util.List;

/**
 * Britter–McQuaid instantaneous ground-level dense-gas release (a bullet or tank rupture), curves
 * in {@link BritterMcQuaidPuffCurves}: near field C/C0 = 3.24/(3.24 + x′²) (not below the first
 * curve), log-linear interpolation between the curves in β = log10(x′), far field ∝ x′⁻² beyond the
 * last curve (flagged), with x′ = x/V0^{1/3}; the non-isothermal correction C′/(C′ + (1 −
 * C′)·Tr/Ta); a top-hat cylinder of radius R² = R0² + 1.2·√(g0'·V0)·t whose centre moves at
 * 0.4·u10, R0 = (3V0/4π)^{1/3}.
 *
 * <p>As a {@link PlumeField} it is the footprint of the passing cloud: the concentration at (x, y)
 * is the cloud's value there whenever the cloud covers the point at some time; the widest cover is
 * w(x)² = R0² + k·x/a + k²/(4a²) with k = 1.2·√(g0'·V0), a = 0.4·u10 (maximum over t of R² − (x −
 * a·t)²). Units: kg, m³, kg/m³, m/s (10 m wind), K, m, s.
 */
public final class DenseGasPuff implements PlumeField {

    private final double initialVolumeM3;
    private final double initialConcentrationKgPerM3;
    private final double temperatureRatio;
    private final double reducedGravity;
    private final double windSpeedMPerS;
    private final double alpha;
    private final double[] betas;
    private final double nearFieldEnd;
    private final double farFieldStart;
    private final double farFieldConstant;

    /**
     * @param massKg released mass (kg, &gt; 0)
     * @param initialVolumeM3 initial cloud volume V0 (m³, &gt; 0), e.g. mass over the cloud density
     * @param cloudDensityKgPerM3 initial cloud density ρ0 (kg/m³), for g0' = g·(ρ0 − ρa)/ρa
     * @param airDensityKgPerM3 ρa (kg/m³)
     * @param windSpeed10mMPerS u10 (m/s, &gt; 0)
     * @param releaseTemperatureK Tr (K)
     * @param ambientTemperatureK Ta (K)
     */
    public DenseGasPuff(
            double massKg,
            double initialVolumeM3,
            double cloudDensityKgPerM3,
            double airDensityKgPerM3,
            double windSpeed10mMPerS,
            double releaseTemperatureK,
            double ambientTemperatureK) {
        positive("massKg", massKg);
        positive("initialVolumeM3", initialVolumeM3);
        positive("windSpeed10mMPerS", windSpeed10mMPerS);
        this.initialVolumeM3 = initialVolumeM3;
        this.initialConcentrationKgPerM3 = massKg / initialVolumeM3;
        this.temperatureRatio = releaseTemperatureK / ambientTemperatureK;
        this.reducedGravity =
                BritterMcQuaidCurves.G_M_PER_S2
                        * (cloudDensityKgPerM3 - airDensityKgPerM3)
                        / airDensityKgPerM3;
        this.windSpeedMPerS = windSpeed10mMPerS;
        this.alpha =
                reducedGravity > 0
                        ? 0.5
                                * Math.log10(
                                        reducedGravity
                                                * Math.cbrt(initialVolumeM3)
                                                / (windSpeed10mMPerS * windSpeed10mMPerS))
                        : Double.NEGATIVE_INFINITY;
        int n = BritterMcQuaidPuffCurves.curveCount();
        betas = new double[n];
        for (int i = 0; i < n; i++) {
            betas[i] = BritterMcQuaidPuffCurves.beta(i, alpha);
        }
        this.nearFieldEnd = Math.pow(10, betas[0]);
        this.farFieldStart = Math.pow(10, betas[n - 1]);
        this.farFieldConstant =
                BritterMcQuaidPuffCurves.ratio(n - 1) * farFieldStart * farFieldStart;
    }

    private static void positive(String name, double v) {
        if (!(v > 0)) {
            throw new IllegalArgumentException(name + " must be > 0 but was " + v);
        }
    }

    public double alpha() {
        return alpha;
    }

    /** True when the release is dense (g0' &gt; 0). */
    public boolean isDense() {
        return reducedGravity > 0;
    }

    /**
     * Downwind distance (m) of the lowest curve (Cm/C0 = 0.001); beyond it the x′⁻² decay is an
     * extrapolation.
     */
    public double lowestCurveDistanceM() {
        return farFieldStart * Math.cbrt(initialVolumeM3);
    }

    /** Isothermal-corrected ratio C/C0 at downwind distance x (m) from the release point. */
    public double ratioAt(double xM) {
        double xp = xM / Math.cbrt(initialVolumeM3);
        double c;
        if (xp <= nearFieldEnd) {
            double k = BritterMcQuaidPuffCurves.NEAR_FIELD_CONSTANT;
            c = xp > 0 ? Math.max(k / (k + xp * xp), BritterMcQuaidPuffCurves.ratio(0)) : 1.0;
        } else if (xp < farFieldStart) {
            double b = Math.log10(xp);
            int i = 0;
            while (i < betas.length - 2 && b > betas[i + 1]) {
                i++;
            }
            double t = (b - betas[i]) / (betas[i + 1] - betas[i]);
            c =
                    BritterMcQuaidPuffCurves.ratio(i)
                            + t
                                    * (BritterMcQuaidPuffCurves.ratio(i + 1)
                                            - BritterMcQuaidPuffCurves.ratio(i));
        } else {
            c = farFieldConstant / (xp * xp);
        }
        return c / (c + (1 - c) * temperatureRatio);
    }

    /** Initial radius R0 = (3V0/4π)^{1/3} (m). */
    public double initialRadiusM() {
        return Math.cbrt(3 * initialVolumeM3 / (4 * Math.PI));
    }

    /** Cloud radius (m) at time t (s). */
    public double radiusM(double tS) {
        double r0 = initialRadiusM();
        return Math.sqrt(
                r0 * r0
                        + BritterMcQuaidPuffCurves.RADIAL_GROWTH
                                * Math.sqrt(reducedGravity * initialVolumeM3)
                                * tS);
    }

    /** Concentration (kg/m³) at (x, y, z) and time t: inside the moving top-hat cloud, else 0. */
    public double concentrationKgPerM3(double xM, double yM, double zM, double tS) {
        double centre = BritterMcQuaidPuffCurves.ADVECTION * windSpeedMPerS * tS;
        double r = radiusM(tS);
        double dx = xM - centre;
        if (dx * dx + yM * yM > r * r || zM < 0) {
            return 0.0;
        }
        double c = ratioAt(xM);
        double height = initialVolumeM3 / (c * Math.PI * r * r);
        return zM <= height ? initialConcentrationKgPerM3 * c : 0.0;
    }

    /** Widest half-width (m) the passing cloud covers at downwind x ≥ 0 (see the class comment). */
    public double footprintHalfWidthM(double xM) {
        double a = BritterMcQuaidPuffCurves.ADVECTION * windSpeedMPerS;
        double k =
                BritterMcQuaidPuffCurves.RADIAL_GROWTH
                        * Math.sqrt(Math.max(reducedGravity, 0) * initialVolumeM3);
        double r0 = initialRadiusM();
        double t = (k + 2 * a * xM) / (2 * a * a);
        if (t < 0) {
            return Math.sqrt(Math.max(0, r0 * r0 - xM * xM));
        }
        return Math.sqrt(Math.max(0, r0 * r0 + k * xM / a + k * k / (4 * a * a)));
    }

    @Override
    public double centrelineKgPerM3(double xM) {
        return xM < 0 ? 0.0 : initialConcentrationKgPerM3 * ratioAt(xM);
    }

    @Override
    public double halfWidthM(double xM, double thresholdKgPerM3) {
        return centrelineKgPerM3(xM) >= thresholdKgPerM3 ? footprintHalfWidthM(xM) : 0.0;
    }

    @Override
    public double groundConcentrationKgPerM3(double xM, double yM) {
        return Math.abs(yM) <= footprintHalfWidthM(xM) ? centrelineKgPerM3(xM) : 0.0;
    }

    /** DENSE_GAS (puff), α beyond the curves, far-field extrapolation, low wind. */
    public List<Warning> warnings() {
        List<Warning> out = new ArrayList<>();
        out.add(Warning.of(WarningCode.DENSE_GAS, "instantaneous (puff) correlation"));
        if (alpha > BritterMcQuaidPuffCurves.MAX_ALPHA) {
            out.add(
                    Warning.of(
                            WarningCode.OUTSIDE_VALIDITY,
                            "α = " + Math.round(alpha * 1000) / 1000.0 + " > 1"));
        }
        out.add(
                Warning.of(
                        WarningCode.OUTSIDE_VALIDITY,
                        "beyond x = "
                                + Math.round(lowestCurveDistanceM())
                                + " m (Cm/C0 < 0.001) the concentration is extrapolated as x⁻²"));
        if (windSpeedMPerS < ValidityLimits.LOW_WIND_M_PER_S) {
            out.add(Warning.of(WarningCode.LOW_WIND, "u = " + windSpeedMPerS + " m/s"));
        }
        out.add(Warning.of(WarningCode.TERRAIN_IGNORED));
        return out;
    }
}
