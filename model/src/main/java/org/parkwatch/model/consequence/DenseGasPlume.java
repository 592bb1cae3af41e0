package org.parkwatch.model.consequence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Britter–McQuaid continuous ground-level dense-gas plume (curves in {@link BritterMcQuaidCurves}),
 * following the workbook as implemented in {@code aefarrell/GasDispersion.jl}'s {@code
 * BritterMcQuaidPlume}: near field C/C0 = 306/(306 + x′²) up to x′ = x/D = 30, log-linear
 * interpolation between the curves, far field ∝ x′⁻², the non-isothermal correction C′/(C′ + (1 −
 * C′)·Tr/Ta), a top-hat crosswind profile of half-width Lh = D + 8·Lb + 2.5·(Lb·x²)^{1/3} with Lb =
 * q0·g0'/u³, and the vertical extent from continuity.
 *
 * <p>Units: kg/s, kg/m³, m/s (10 m wind), K, m. Concentrations are volume fractions (v/v) unless a
 * method says kg/m³. The released gas is pure at the source (C0 = 1).
 */
public final class DenseGasPlume implements PlumeField {

    private final double volumeRateM3PerS;
    private final double gasDensityAtAmbientKgPerM3;
    private final double temperatureRatio;
    private final double criticalLengthM;
    private final double lengthScaleM;
    private final double alpha;
    private final double criterion;
    private final double[] logX;
    private final double[] conc;
    private final double farFieldStart;
    private final double farFieldConstant;
    private final double windSpeedMPerS;

    /**
     * @param massRateKgPerS release rate (kg/s, &gt; 0)
     * @param releaseDensityKgPerM3 density of the released gas at release temperature (kg/m³)
     * @param airDensityKgPerM3 ambient air density (kg/m³)
     * @param windSpeed10mMPerS wind at 10 m (m/s, &gt; 0)
     * @param releaseTemperatureK release temperature (K)
     * @param ambientTemperatureK air temperature (K)
     */
    public DenseGasPlume(
            double massRateKgPerS,
            double releaseDensityKgPerM3,
            double airDensityKgPerM3,
            double windSpeed10mMPerS,
            double releaseTemperatureK,
            double ambientTemperatureK) {
        double g = BritterMcQuaidCurves.G_M_PER_S2;
        double u = windSpeed10mMPerS;
        this.windSpeedMPerS = u;
        this.volumeRateM3PerS = massRateKgPerS / releaseDensityKgPerM3;
        this.gasDensityAtAmbientKgPerM3 =
                releaseDensityKgPerM3 * releaseTemperatureK / ambientTemperatureK;
        this.temperatureRatio = releaseTemperatureK / ambientTemperatureK;
        double gPrime = g * (releaseDensityKgPerM3 - airDensityKgPerM3) / airDensityKgPerM3;
        this.criticalLengthM = Math.sqrt(volumeRateM3PerS / u);
        this.lengthScaleM = volumeRateM3PerS * gPrime / (u * u * u);
        this.criterion =
                gPrime > 0 ? Math.cbrt(gPrime * volumeRateM3PerS / criticalLengthM) / u : 0.0;
        this.alpha =
                gPrime > 0
                        ? 0.2 * Math.log10(gPrime * gPrime * volumeRateM3PerS / Math.pow(u, 5))
                        : Double.NEGATIVE_INFINITY;
        int n = BritterMcQuaidCurves.curveCount();
        double[] betas = new double[n];
        for (int i = 0; i < n; i++) {
            betas[i] = BritterMcQuaidCurves.beta(i, alpha);
        }
        double nfLog = Math.log10(BritterMcQuaidCurves.NEAR_FIELD_LIMIT);
        boolean withNearField = nfLog < betas[0];
        int off = withNearField ? 1 : 0;
        logX = new double[n + off];
        conc = new double[n + off];
        if (withNearField) {
            double x = BritterMcQuaidCurves.NEAR_FIELD_LIMIT;
            logX[0] = nfLog;
            conc[0] = nearField(x);
        }
        for (int i = 0; i < n; i++) {
            logX[i + off] = betas[i];
            conc[i + off] = BritterMcQuaidCurves.ratio(i);
        }
        this.farFieldStart = Math.pow(10, logX[logX.length - 1]);
        this.farFieldConstant = conc[conc.length - 1] * farFieldStart * farFieldStart;
    }

    private static double nearField(double xPrime) {
        double k = BritterMcQuaidCurves.NEAR_FIELD_CONSTANT;
        return xPrime > 0 ? k / (k + xPrime * xPrime) : 1.0;
    }

    /** The dense-gas criterion (g0'·q0/D)^{1/3}/u; the plume is dense when it is at least 0.15. */
    public double criterion() {
        return criterion;
    }

    /** True when the criterion says the release is dense. */
    public boolean isDense() {
        return criterion >= BritterMcQuaidCurves.DENSE_CRITERION;
    }

    public double alpha() {
        return alpha;
    }

    /**
     * Downwind distance (m) of the lowest Britter–McQuaid curve (Cm/C0 = 0.002): beyond it the
     * workbook has no data and {@link #volumeFraction} extrapolates ∝ x′⁻²; {@link
     * DensePassivePlume} hands over to a passive plume here.
     */
    public double lowestCurveDistanceM() {
        return farFieldStart * criticalLengthM;
    }

    /** Characteristic source length D = √(q0/u) (m). */
    public double criticalLengthM() {
        return criticalLengthM;
    }

    /** Ground-level isothermal-corrected concentration ratio C/C0 on the centreline at x (m). */
    private double ratioAt(double xM) {
        double xp = xM / criticalLengthM;
        double c;
        if (xp <= Math.pow(10, logX[0])) {
            c = nearField(xp);
        } else if (xp < farFieldStart) {
            double lx = Math.log10(xp);
            int i = 0;
            while (i < logX.length - 2 && lx > logX[i + 1]) {
                i++;
            }
            double t = (lx - logX[i]) / (logX[i + 1] - logX[i]);
            c = conc[i] + t * (conc[i + 1] - conc[i]);
        } else {
            c = farFieldConstant / (xp * xp);
        }
        return c / (c + (1 - c) * temperatureRatio);
    }

    /** Crosswind half-width Lh (m) at x (m). */
    public double plumeHalfWidthM(double xM) {
        double lh0 = criticalLengthM + 8 * lengthScaleM;
        return xM < 0 ? lh0 : lh0 + 2.5 * Math.cbrt(lengthScaleM * xM * xM);
    }

    /**
     * Volume fraction at (x, y, z) (m); 0 upwind of the source's upwind extent, outside the plume
     * or above it.
     */
    public double volumeFraction(double xM, double yM, double zM) {
        double upwind = 0.5 * criticalLengthM + 2 * lengthScaleM;
        if (xM < -upwind || zM < 0) {
            return 0.0;
        }
        double lh = plumeHalfWidthM(xM);
        if (Math.abs(yM) > lh) {
            return 0.0;
        }
        double c = xM <= 0 ? 1.0 : ratioAt(xM);
        double lv = criticalLengthM * criticalLengthM / (2 * lh * c);
        return zM <= lv ? c : 0.0;
    }

    /**
     * Mass concentration (kg/m³) at (x, y, z): volume fraction × the gas density at ambient
     * temperature.
     */
    public double concentrationKgPerM3(double xM, double yM, double zM) {
        return volumeFraction(xM, yM, zM) * gasDensityAtAmbientKgPerM3;
    }

    @Override
    public double centrelineKgPerM3(double xM) {
        return concentrationKgPerM3(xM, 0, 0);
    }

    @Override
    public double groundConcentrationKgPerM3(double xM, double yM) {
        return concentrationKgPerM3(xM, yM, 0);
    }

    @Override
    public double halfWidthM(double xM, double thresholdKgPerM3) {
        return centrelineKgPerM3(xM) >= thresholdKgPerM3 ? plumeHalfWidthM(xM) : 0.0;
    }

    /** Warnings: which model, α beyond the curves, low wind, near field. */
    public List<Warning> warnings(double xM) {
        List<Warning> out = new ArrayList<>();
        out.add(Warning.of(WarningCode.DENSE_GAS));
        if (alpha > BritterMcQuaidCurves.MAX_ALPHA) {
            out.add(
                    Warning.of(
                            WarningCode.OUTSIDE_VALIDITY,
                            "α = " + Math.round(alpha * 1000) / 1000.0 + " > 1"));
        }
        if (windSpeedMPerS < ValidityLimits.LOW_WIND_M_PER_S) {
            out.add(
                    Warning.of(
                            WarningCode.LOW_WIND,
                            String.format(Locale.ROOT, "u = %.2f m/s", windSpeedMPerS)));
        }
        out.add(Warning.of(WarningCode.TERRAIN_IGNORED));
        return out;
    }
}
