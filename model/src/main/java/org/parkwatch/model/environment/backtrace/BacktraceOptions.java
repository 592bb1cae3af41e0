package org.parkwatch.model.environment.backtrace;

import org.parkwatch.model.consequence.SigmaModel;
import org.parkwatch.model.consequence.Terrain;
import org.parkwatch.model.consequence.ValidityLimits;

/**
 * Settings of a back-trace.
 *
 * @param sigmaModel σy/σz set (the park uses Briggs)
 * @param terrain rural or urban σ and wind-profile exponents (the demo park: rural)
 * @param fitBackground true to fit a constant background b ≥ 0 with the rate; false to take
 *     readings as excess
 * @param decorrelationS time over which model and measurement errors stay correlated (s): the
 *     likelihood counts one independent sample per station per this time
 * @param minWindMPerS steps with a 10 m wind below this are skipped (a steady plume is not defined
 *     in calm)
 */
public record BacktraceOptions(
        SigmaModel sigmaModel,
        Terrain terrain,
        boolean fitBackground,
        double decorrelationS,
        double minWindMPerS) {

    /**
     * 15 minutes: of the order of the travel time across the park at a few m/s and of the wind's
     * meander.
     */
    public static final double DEFAULT_DECORRELATION_S = 900;

    /**
     * The park's dispersion settings: Briggs rural, background fitted, 15-minute decorrelation, 1
     * m/s calm.
     */
    public static final BacktraceOptions PARK_DEFAULTS =
            new BacktraceOptions(
                    SigmaModel.BRIGGS,
                    Terrain.RURAL,
                    true,
                    DEFAULT_DECORRELATION_S,
                    ValidityLimits.LOW_WIND_M_PER_S);

    public BacktraceOptions {
        if (!(decorrelationS > 0)) {
            throw new IllegalArgumentException(
                    "decorrelationS must be > 0 but was " + decorrelationS);
        }
        if (!(minWindMPerS > 0)) {
            throw new IllegalArgumentException("minWindMPerS must be > 0 but was " + minWindMPerS);
        }
    }
}
