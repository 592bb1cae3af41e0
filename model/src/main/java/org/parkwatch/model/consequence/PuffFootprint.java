package org.parkwatch.model.consequence;

import java.util.List;

/**
 * The maximum-footprint field of an instantaneous release: at each ground point (x downwind, y
 * crosswind, m) the highest ground-level concentration of the model's {@link GaussianPuff} over its
 * travel, taken when the puff centre passes (t = x/u, {@link
 * GaussianPuff#peakConcentrationKgPerM3}). A threshold's zone drawn from this field is the envelope
 * of the puff's footprints: every place the cloud reaches the level at some moment. Pure,
 * thread-safe.
 */
public final class PuffFootprint implements PlumeField {
    private final GaussianPuff puff;
    private final StabilityClass stability;

    /**
     * @param massKg released mass, kg
     * @param windSpeedMPerS transport wind at the release height, m/s (> 0)
     * @param releaseHeightM release height, m
     */
    public PuffFootprint(
            double massKg, double windSpeedMPerS, double releaseHeightM, StabilityClass stability) {
        this.puff = new GaussianPuff(massKg, windSpeedMPerS, releaseHeightM, stability);
        this.stability = stability;
    }

    @Override
    public double centrelineKgPerM3(double xM) {
        return xM > 0 ? puff.peakConcentrationKgPerM3(xM, 0, 0) : 0;
    }

    /**
     * At the passing time σ does not depend on y, so the peak falls off as exp(−y²/2σy²) across the
     * wind and the half-width is σy·√(2 ln(C₀/threshold)), σy the puff's at travel x.
     */
    @Override
    public double halfWidthM(double xM, double thresholdKgPerM3) {
        double c0 = centrelineKgPerM3(xM);
        if (!(c0 >= thresholdKgPerM3) || !(thresholdKgPerM3 > 0)) return 0;
        return PuffCoefficients.sigmaYM(stability, xM)
                * Math.sqrt(2 * Math.log(c0 / thresholdKgPerM3));
    }

    @Override
    public double groundConcentrationKgPerM3(double xM, double yM) {
        return xM > 0 ? puff.peakConcentrationKgPerM3(xM, yM, 0) : 0;
    }

    /** The model's validity warnings at downwind distance x (m). */
    public List<Warning> warnings(double xM) {
        return puff.warnings(xM);
    }
}
