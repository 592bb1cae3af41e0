package org.parkwatch.model.consequence;

import java.util.List;

/**
 * Continuous, neutrally buoyant Gaussian plume with ground reflection (docs/domain/consequence.md "Gaussian plume"
 * [V]): C(x,y,z) = Q / (2π u σy σz) · exp(−y²/2σy²) · [exp(−(z−h)²/2σz²) + exp(−(z+h)²/2σz²)].
 *
 * <p>Units: Q in kg/s, u the wind speed at release height in m/s, h the effective release height in m; x downwind,
 * y crosswind, z height, all in m; C in kg/m³. Upwind (x ≤ 0) the concentration is 0.
 */
public final class GaussianPlume implements PlumeField {

    private final double releaseRateKgPerS;
    private final double windSpeedMPerS;
    private final double releaseHeightM;
    private final StabilityClass stability;
    private final DispersionCoefficients sigmas;
    private final double receptorHeightM;

    /**
     * @param releaseRateKgPerS Q (kg/s, ≥ 0)
     * @param windSpeedMPerS    u at release height (m/s, &gt; 0)
     * @param releaseHeightM    h (m, ≥ 0)
     * @param stability         Pasquill class (for warnings and σ)
     * @param sigmas            σy/σz set
     * @param receptorHeightM   z used by {@link PlumeField} methods (m, usually 0)
     */
    public GaussianPlume(double releaseRateKgPerS, double windSpeedMPerS, double releaseHeightM,
                         StabilityClass stability, DispersionCoefficients sigmas, double receptorHeightM) {
        if (!(windSpeedMPerS > 0)) {
            throw new IllegalArgumentException("windSpeedMPerS must be > 0 but was " + windSpeedMPerS);
        }
        if (!(releaseRateKgPerS >= 0)) {
            throw new IllegalArgumentException("releaseRateKgPerS must be >= 0 but was " + releaseRateKgPerS);
        }
        if (!(releaseHeightM >= 0)) {
            throw new IllegalArgumentException("releaseHeightM must be >= 0 but was " + releaseHeightM);
        }
        this.releaseRateKgPerS = releaseRateKgPerS;
        this.windSpeedMPerS = windSpeedMPerS;
        this.releaseHeightM = releaseHeightM;
        this.stability = stability;
        this.sigmas = sigmas;
        this.receptorHeightM = receptorHeightM;
    }

    /** Convenience: plume at ground-level receptors with the named σ set. */
    public static GaussianPlume of(double releaseRateKgPerS, double windSpeedMPerS, double releaseHeightM,
                                   StabilityClass stability, Terrain terrain, SigmaModel sigmaModel) {
        return new GaussianPlume(releaseRateKgPerS, windSpeedMPerS, releaseHeightM, stability,
                DispersionCoefficients.of(sigmaModel, stability, terrain), 0.0);
    }

    /** σy (m) at x (m). */
    public double sigmaYM(double xM) {
        return sigmas.sigmaYM(xM);
    }

    /** σz (m) at x (m). */
    public double sigmaZM(double xM) {
        return sigmas.sigmaZM(xM);
    }

    /** Concentration (kg/m³) at (x, y, z) in metres; 0 upwind or below ground. */
    public double concentrationKgPerM3(double xM, double yM, double zM) {
        if (xM <= 0 || zM < 0) {
            return 0.0;
        }
        double sy = sigmas.sigmaYM(xM);
        double sz = sigmas.sigmaZM(xM);
        double h = releaseHeightM;
        double vertical = Math.exp(-(zM - h) * (zM - h) / (2 * sz * sz))
                + Math.exp(-(zM + h) * (zM + h) / (2 * sz * sz));
        return releaseRateKgPerS / (2 * Math.PI * windSpeedMPerS * sy * sz)
                * Math.exp(-yM * yM / (2 * sy * sy)) * vertical;
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
        double c = centrelineKgPerM3(xM);
        if (!(c >= thresholdKgPerM3) || thresholdKgPerM3 <= 0) {
            return 0.0;
        }
        // C(y) = C(0)·exp(−y²/2σy²) ⇒ y = σy·√(2 ln(C(0)/threshold))
        return sigmas.sigmaYM(xM) * Math.sqrt(2 * Math.log(c / thresholdKgPerM3));
    }

    /** Validity warnings for a receptor at downwind distance x (m); NaN to skip the distance checks. */
    public List<Warning> warnings(double xM) {
        return ValidityLimits.dispersion(windSpeedMPerS, stability, xM);
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
