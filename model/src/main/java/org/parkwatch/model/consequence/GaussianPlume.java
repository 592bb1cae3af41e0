package org.parkwatch.model.consequence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Continuous, neutrally buoyant Gaussian plume with ground reflection (docs/domain/consequence.md
 * "Gaussian plume" [V]): C(x,y,z) = Q / (2π u σy σz) · exp(−y²/2σy²) · [exp(−(z−h)²/2σz²) +
 * exp(−(z+h)²/2σz²)].
 *
 * <p>Units: Q in kg/s, u the wind speed at release height in m/s, h the effective release height in
 * m; x downwind, y crosswind, z height, all in m; C in kg/m³. Upwind (x ≤ 0) the concentration is
 * 0.
 */
public final class GaussianPlume implements PlumeField {

    private final double releaseRateKgPerS;
    private final double windSpeedMPerS;
    private final double releaseHeightM;
    private final StabilityClass stability;
    private final DispersionCoefficients sigmas;
    private final double receptorHeightM;
    private final double capKgPerM3;

    /**
     * @param releaseRateKgPerS Q (kg/s, ≥ 0)
     * @param windSpeedMPerS u at release height (m/s, &gt; 0)
     * @param releaseHeightM h (m, ≥ 0)
     * @param stability Pasquill class (for warnings and σ)
     * @param sigmas σy/σz set
     * @param receptorHeightM z used by {@link PlumeField} methods (m, usually 0)
     */
    public GaussianPlume(
            double releaseRateKgPerS,
            double windSpeedMPerS,
            double releaseHeightM,
            StabilityClass stability,
            DispersionCoefficients sigmas,
            double receptorHeightM) {
        if (!(windSpeedMPerS > 0)) {
            throw new IllegalArgumentException(
                    "windSpeedMPerS must be > 0 but was " + windSpeedMPerS);
        }
        if (!(releaseRateKgPerS >= 0)) {
            throw new IllegalArgumentException(
                    "releaseRateKgPerS must be >= 0 but was " + releaseRateKgPerS);
        }
        if (!(releaseHeightM >= 0)) {
            throw new IllegalArgumentException(
                    "releaseHeightM must be >= 0 but was " + releaseHeightM);
        }
        this.releaseRateKgPerS = releaseRateKgPerS;
        this.windSpeedMPerS = windSpeedMPerS;
        this.releaseHeightM = releaseHeightM;
        this.stability = stability;
        this.sigmas = sigmas;
        this.receptorHeightM = receptorHeightM;
        this.capKgPerM3 = Double.POSITIVE_INFINITY;
    }

    private GaussianPlume(GaussianPlume p, double capKgPerM3) {
        this.releaseRateKgPerS = p.releaseRateKgPerS;
        this.windSpeedMPerS = p.windSpeedMPerS;
        this.releaseHeightM = p.releaseHeightM;
        this.stability = p.stability;
        this.sigmas = p.sigmas;
        this.receptorHeightM = p.receptorHeightM;
        this.capKgPerM3 = capKgPerM3;
    }

    /**
     * The same plume with concentrations capped at the pure vapour at source conditions (kg/m³):
     * near the source the point-source formula diverges (σ → 0) and would return densities no gas
     * can have. A capped result carries CONCENTRATION_CAPPED in {@link #warnings(double)}.
     */
    public GaussianPlume withPureVapourCap(double pureVapourKgPerM3) {
        if (!(pureVapourKgPerM3 > 0)) {
            throw new IllegalArgumentException(
                    "pureVapourKgPerM3 must be > 0 but was " + pureVapourKgPerM3);
        }
        return new GaussianPlume(this, pureVapourKgPerM3);
    }

    /** Pure vapour density P·M/(R·T) (kg/m³) at atmospheric pressure and temperature T (K). */
    public static double pureVapourKgPerM3(double molarMassKgPerMol, double temperatureK) {
        return SourceTermConstants.ATMOSPHERIC_PA
                * molarMassKgPerMol
                / (SourceTermConstants.R_J_PER_MOL_K * temperatureK);
    }

    /** The cap (kg/m³); infinite when none was set. */
    public double capKgPerM3() {
        return capKgPerM3;
    }

    /**
     * Downwind distance (m) within which the uncapped centreline exceeds the cap (0 when it never
     * does), found on the same logarithmic scan as the zones.
     */
    public double cappedWithinM() {
        if (Double.isInfinite(capKgPerM3)) {
            return 0;
        }
        double last = 0;
        for (double x = 0.01; x <= 1e5; x *= 1.05) {
            if (rawConcentration(x, 0, receptorHeightM) > capKgPerM3) {
                last = x;
            }
        }
        return last;
    }

    /** Convenience: plume at ground-level receptors with the named σ set. */
    public static GaussianPlume of(
            double releaseRateKgPerS,
            double windSpeedMPerS,
            double releaseHeightM,
            StabilityClass stability,
            Terrain terrain,
            SigmaModel sigmaModel) {
        return new GaussianPlume(
                releaseRateKgPerS,
                windSpeedMPerS,
                releaseHeightM,
                stability,
                DispersionCoefficients.of(sigmaModel, stability, terrain),
                0.0);
    }

    /** σy (m) at x (m). */
    public double sigmaYM(double xM) {
        return sigmas.sigmaYM(xM);
    }

    /** σz (m) at x (m). */
    public double sigmaZM(double xM) {
        return sigmas.sigmaZM(xM);
    }

    /**
     * Concentration (kg/m³) at (x, y, z) in metres; 0 upwind or below ground; never above the cap.
     */
    public double concentrationKgPerM3(double xM, double yM, double zM) {
        return Math.min(capKgPerM3, rawConcentration(xM, yM, zM));
    }

    private double rawConcentration(double xM, double yM, double zM) {
        if (xM <= 0 || zM < 0) {
            return 0.0;
        }
        double sy = sigmas.sigmaYM(xM);
        double sz = sigmas.sigmaZM(xM);
        double h = releaseHeightM;
        double vertical =
                Math.exp(-(zM - h) * (zM - h) / (2 * sz * sz))
                        + Math.exp(-(zM + h) * (zM + h) / (2 * sz * sz));
        return releaseRateKgPerS
                / (2 * Math.PI * windSpeedMPerS * sy * sz)
                * Math.exp(-yM * yM / (2 * sy * sy))
                * vertical;
    }

    @Override
    public double centrelineKgPerM3(double xM) {
        return concentrationKgPerM3(xM, 0.0, receptorHeightM);
    }

    @Override
    public double groundConcentrationKgPerM3(double xM, double yM) {
        return concentrationKgPerM3(xM, yM, receptorHeightM);
    }

    @Override
    public double halfWidthM(double xM, double thresholdKgPerM3) {
        // the uncapped profile: below the cap (every meaningful threshold) the footprint is
        // unchanged
        double c = rawConcentration(xM, 0.0, receptorHeightM);
        if (!(c >= thresholdKgPerM3) || thresholdKgPerM3 <= 0) {
            return 0.0;
        }
        // C(y) = C(0)·exp(−y²/2σy²) ⇒ y = σy·√(2 ln(C(0)/threshold))
        return sigmas.sigmaYM(xM) * Math.sqrt(2 * Math.log(c / thresholdKgPerM3));
    }

    /**
     * Validity warnings for a receptor at downwind distance x (m); NaN to skip the distance checks.
     */
    public List<Warning> warnings(double xM) {
        List<Warning> out =
                new ArrayList<>(ValidityLimits.dispersion(windSpeedMPerS, stability, xM));
        if (Double.isFinite(capKgPerM3)) {
            double within = cappedWithinM();
            boolean capped =
                    Double.isNaN(xM)
                            ? within > 0
                            : xM > 0
                                    && xM < within
                                    && rawConcentration(xM, 0, receptorHeightM) > capKgPerM3;
            if (capped) {
                out.add(
                        Warning.of(
                                WarningCode.CONCENTRATION_CAPPED,
                                "x < "
                                        + Math.round(within * 100) / 100.0
                                        + " m, "
                                        + String.format(Locale.ROOT, "%.3g", capKgPerM3)
                                        + " kg/m³"));
            }
        }
        return out;
    }

    public double releaseRateKgPerS() {
        return releaseRateKgPerS;
    }

    public double windSpeedMPerS() {
        return windSpeedMPerS;
    }

    public double releaseHeightM() {
        return releaseHeightM;
    }

    public StabilityClass stability() {
        return stability;
    }
}
