package org.parkwatch.backend.risk.zones;

import java.util.List;
import org.parkwatch.model.consequence.Terrain;

/**
 * A release to compute zones for, with every input resolved.
 *
 * @param lon release place, EPSG:4326
 * @param lat release place, EPSG:4326
 * @param xM release place on the park's metric plane (EPSG:4547 easting), m
 * @param yM release place on the park's metric plane (northing), m
 * @param featureId the feature released from (a tank), or null for a clicked point
 * @param chemical what is released
 * @param rateKgPerS continuous release rate, kg/s (NaN when only a mass is given)
 * @param massKg instantaneous mass, kg (NaN when only a rate is given)
 * @param rateBasis where the rate or mass comes from ("given", or the typical-leak assumption)
 * @param releaseHeightM height of the release above ground, m
 * @param outcomes outcomes to draw, in order
 * @param terrain roughness for the passive plume and the wind profile
 * @param releaseDurationS how long a rate lasts (s): a draining tank's time to empty, else {@link
 *     ZoneAssumptions#MASS_RELEASE_DURATION_S}; it feeds the pool of an evaporating liquid
 */
public record Release(
        double lon,
        double lat,
        double xM,
        double yM,
        String featureId,
        ChemicalHazard chemical,
        double rateKgPerS,
        double massKg,
        String rateBasis,
        double releaseHeightM,
        List<ReleaseOutcome> outcomes,
        Terrain terrain,
        double releaseDurationS) {

    public Release {
        outcomes = List.copyOf(outcomes);
    }

    /** A release lasting {@link ZoneAssumptions#MASS_RELEASE_DURATION_S}. */
    public Release(
            double lon,
            double lat,
            double xM,
            double yM,
            String featureId,
            ChemicalHazard chemical,
            double rateKgPerS,
            double massKg,
            String rateBasis,
            double releaseHeightM,
            List<ReleaseOutcome> outcomes,
            Terrain terrain) {
        this(
                lon,
                lat,
                xM,
                yM,
                featureId,
                chemical,
                rateKgPerS,
                massKg,
                rateBasis,
                releaseHeightM,
                outcomes,
                terrain,
                ZoneAssumptions.MASS_RELEASE_DURATION_S);
    }

    /** True for an instantaneous release: a mass and no rate (toxic zones from a puff). */
    public boolean instantaneous() {
        return Double.isNaN(rateKgPerS) && !Double.isNaN(massKg);
    }

    /**
     * Rate for the continuous models: the given rate, else the mass spread over {@link
     * ZoneAssumptions#MASS_RELEASE_DURATION_S}.
     */
    public double continuousRateKgPerS() {
        return Double.isNaN(rateKgPerS)
                ? massKg / ZoneAssumptions.MASS_RELEASE_DURATION_S
                : rateKgPerS;
    }

    /** Mass for fireball and explosion: the given mass, else the rate over the same duration. */
    public double cloudMassKg() {
        return Double.isNaN(massKg) ? rateKgPerS * ZoneAssumptions.MASS_RELEASE_DURATION_S : massKg;
    }
}
