package org.parkwatch.model.consequence;

import java.util.List;

/**
 * Instantaneous Gaussian puff of M kg with ground reflection (docs/domain/consequence.md "Gaussian
 * puff"): C = M/((2π)^{3/2} σx σy σz) · exp(−(x−ut)²/2σx²) · exp(−y²/2σy²) · [exp(−(z−h)²/2σz²) +
 * exp(−(z+h)²/2σz²)], with σ evaluated at the distance travelled by the puff centre, u·t. Units:
 * kg, m/s, m, s; C in kg/m³.
 */
public final class GaussianPuff {

    private final double releaseMassKg;
    private final double windSpeedMPerS;
    private final double releaseHeightM;
    private final StabilityClass stability;

    public GaussianPuff(
            double releaseMassKg,
            double windSpeedMPerS,
            double releaseHeightM,
            StabilityClass stability) {
        if (!(windSpeedMPerS > 0)) {
            throw new IllegalArgumentException(
                    "windSpeedMPerS must be > 0 but was " + windSpeedMPerS);
        }
        this.releaseMassKg = releaseMassKg;
        this.windSpeedMPerS = windSpeedMPerS;
        this.releaseHeightM = releaseHeightM;
        this.stability = stability;
    }

    /** Concentration (kg/m³) at (x, y, z) m and time t s after release; 0 before the release. */
    public double concentrationKgPerM3(double xM, double yM, double zM, double tS) {
        if (tS <= 0 || zM < 0) {
            return 0.0;
        }
        double travelled = windSpeedMPerS * tS;
        double sy = PuffCoefficients.sigmaYM(stability, travelled);
        double sz = PuffCoefficients.sigmaZM(stability, travelled);
        double sx = sy;
        double h = releaseHeightM;
        double dx = xM - travelled;
        double vertical =
                Math.exp(-(zM - h) * (zM - h) / (2 * sz * sz))
                        + Math.exp(-(zM + h) * (zM + h) / (2 * sz * sz));
        return releaseMassKg
                / (Math.pow(2 * Math.PI, 1.5) * sx * sy * sz)
                * Math.exp(-dx * dx / (2 * sx * sx))
                * Math.exp(-yM * yM / (2 * sy * sy))
                * vertical;
    }

    /** Peak concentration at (x, y, z): evaluated when the puff centre passes, t = x/u. */
    public double peakConcentrationKgPerM3(double xM, double yM, double zM) {
        return concentrationKgPerM3(xM, yM, zM, xM / windSpeedMPerS);
    }

    /** Validity warnings at downwind distance x (m). */
    public List<Warning> warnings(double xM) {
        return ValidityLimits.dispersion(windSpeedMPerS, stability, xM);
    }
}
