package org.parkwatch.backend.risk.qra;

import org.parkwatch.model.risk.LeakFrequencies;

/**
 * Every number of the park QRA's scenario generation and event trees in one place. Leak frequencies
 * come from {@link LeakFrequencies} (Dutch Purple Book CPR 18E via docs/domain/risk.md §Generic
 * leak frequencies); the rest are the Purple Book's generic values or plain engineering defaults.
 * Status of all of them: [U] to be replaced by GB/T 37243-2019 values (appendix C scenarios and
 * frequencies, appendix F event trees and ignition probabilities).
 */
public final class QraConstants {

    private QraConstants() {}

    /**
     * Release types per installation: instantaneous loss of contents, full contents in 10 min, 10
     * mm hole.
     */
    public enum ReleaseKind {
        INSTANTANEOUS,
        TEN_MINUTES,
        HOLE_10MM
    }

    /**
     * Leak frequency (/yr) of a release kind for a pressure vessel or an atmospheric tank [U,
     * docs/domain/risk.md §Generic leak frequencies].
     */
    public static double leakFrequencyPerYear(ReleaseKind kind, boolean pressureVessel) {
        return switch (kind) {
            case INSTANTANEOUS ->
                    pressureVessel
                            ? LeakFrequencies.PRESSURE_VESSEL_INSTANTANEOUS
                            : LeakFrequencies.ATMOSPHERIC_TANK_INSTANTANEOUS;
            case TEN_MINUTES ->
                    pressureVessel
                            ? LeakFrequencies.PRESSURE_VESSEL_TEN_MINUTES
                            : LeakFrequencies.ATMOSPHERIC_TANK_TEN_MINUTES;
            case HOLE_10MM ->
                    pressureVessel
                            ? LeakFrequencies.PRESSURE_VESSEL_10MM
                            : LeakFrequencies.ATMOSPHERIC_TANK_10MM;
        };
    }

    /**
     * Hole diameter of the small-leak scenario (m) [U, docs/domain/risk.md §Generic leak
     * frequencies: 10 mm].
     */
    public static final double SMALL_HOLE_DIAMETER_M = 0.010;

    /** Duration of the "full contents in 10 min" scenario (s) [U, Purple Book]. */
    public static final double TEN_MINUTES_S = 600;

    /**
     * Longest release / exposure time counted for a continuous release (s) [U, Purple Book: 30
     * min].
     */
    public static final double MAX_EXPOSURE_S = 1800;

    /**
     * Shortest exposure to a passing puff, s: near the source the Gaussian passage time √(2π)·σx/u
     * falls to seconds, below the probits' range of validity (minutes) [U, our choice].
     */
    public static final double MIN_PUFF_EXPOSURE_S = 60;

    /**
     * Exposure to thermal radiation before escape (s) [U, Purple Book: 20 s; 60 s as in
     * RiskGridBench].
     */
    public static final double FIRE_EXPOSURE_S = 60;

    /** Discharge coefficient of a hole [U, docs/domain/consequence.md §Source terms: 0.65]. */
    public static final double DISCHARGE_COEFFICIENT = 0.65;

    /**
     * Gauge pressure assumed above a liquefied gas when the feature has no design pressure (Pa)
     * [U].
     */
    public static final double DEFAULT_LIQUEFIED_GAUGE_PA = 0.8e6;

    /** Feature design pressure above which a tank counts as a pressure vessel (kPa gauge) [U]. */
    public static final double PRESSURE_VESSEL_KPA = 150;

    /**
     * Boiling point below which a stored liquid is a liquefied gas and its tank a pressure vessel
     * (°C) [U].
     */
    public static final double LIQUEFIED_GAS_BOILING_C = 15;

    /**
     * Delayed ignition given no immediate ignition [U: Purple Book, a park with many ignition
     * sources; GB/T 37243 appendix F replaces it].
     */
    public static final double DELAYED_IGNITION = 0.5;

    /**
     * Share of delayed ignitions that give a vapour cloud explosion rather than a flash fire [U,
     * Purple Book 0.4].
     */
    public static final double EXPLOSION_FRACTION = 0.4;

    /**
     * Immediate ignition of a flammable liquid (not a liquefied gas) release [U, Purple Book table
     * 4.5: category 1 liquids 0.065; category 2/3 liquids, flash point above 21 °C, 0.01, taken
     * here as boiling point above 100 °C].
     */
    public static final double LIQUID_IMMEDIATE_IGNITION = 0.065;

    public static final double HEAVY_LIQUID_IMMEDIATE_IGNITION = 0.01;

    /** Boiling point above which a liquid counts as category 2/3 for ignition (°C) [U]. */
    public static final double HEAVY_LIQUID_BOILING_C = 100;

    /**
     * Directions per wind-rose sector in the risk grid: each sector's share is spread evenly over
     * this many directions across its 22.5° (uniform direction within a sector), so narrow plumes
     * fill the sector instead of drawing petals in the contours [U: 5 gives 4.5° spacing; the IR
     * grid bench stays within its 5 s target].
     */
    public static final int SECTOR_SUBDIVISIONS = 5;

    /**
     * Lower flammable limit (vol %) at or above which a toxic gas is modelled as toxic only
     * (ammonia: LEL 15 %; the Purple Book does not consider its ignition) [U].
     */
    public static final double TOXIC_ONLY_LEL_VOL_PCT = 10;

    /**
     * Lower flammable limit at or above which a flammable gas counts as low reactivity (Purple Book
     * 4.6) [U].
     */
    public static final double LOW_REACTIVITY_LEL_VOL_PCT = 10;

    /**
     * Radiative fraction of a jet fire [U, docs/domain/consequence.md §Jet fire: about 0.35 for gas
     * jets].
     */
    public static final double JET_RADIATIVE_FRACTION = 0.35;

    /**
     * Radiative fraction of a pool fire [U, docs/domain/consequence.md §Pool fire: default 0.24].
     */
    public static final double POOL_RADIATIVE_FRACTION = 0.24;

    /** Radiative fraction of a fireball [U, 0.3 as in RiskGridBench]. */
    public static final double FIREBALL_RADIATIVE_FRACTION = 0.3;

    /** Burning rate when the chemical lacks the properties of the Burgess formula (kg/m²·s) [U]. */
    public static final double DEFAULT_BURNING_RATE_KG_PER_M2S = 0.05;

    /**
     * Smallest mean depth of a spreading pool (m): caps the pool radius when there is no bund [U,
     * Purple Book].
     */
    public static final double MIN_POOL_DEPTH_M = 0.01;

    /** Bund (dike) area when the tank farm outline is unknown (m²) [U]. */
    public static final double DEFAULT_BUND_AREA_M2 = 2000;

    /** Mass in the explosive cloud of a continuous release: what escapes in this time (s) [U]. */
    public static final double CLOUD_BUILD_UP_S = 60;

    /**
     * TNT efficiency, ground factor and blast energy of the VCE (docs/domain/consequence.md §Vapour
     * cloud explosion, defaults [U]).
     */
    public static final double TNT_EFFICIENCY = 0.04;

    /**
     * Method of the VCE outcome: 0 = TNT equivalence (the Chinese textbook method the QRA has
     * used), 1..10 = the TNO multi-energy method at that blast strength ({@code MultiEnergyBlast},
     * curves an approximation, docs/domain/consequence.md). TNT stays the default until the choice
     * is reviewed: the two give different lethal areas (the multi-energy blast of strength 7 starts
     * at 0.1 MPa, where the lung probit is low) [U, to be decided with GB/T 37243].
     */
    public static final int VCE_BLAST_STRENGTH = 0;

    public static final double TNT_GROUND_FACTOR = 1.8;
    public static final double TNT_BLAST_ENERGY_KJ_PER_KG = 4500;

    /** Release height of every scenario (m) [U: ground-level releases]. */
    public static final double RELEASE_HEIGHT_M = 1.0;

    /** Air density and temperature of the park (kg/m³, K) [U: 20 °C]. */
    public static final double AIR_DENSITY_KG_PER_M3 = 1.2;

    public static final double AMBIENT_K = 293.15;
    public static final double ATMOSPHERE_PA = 101_325;

    /** Farthest distance a radial (fire, explosion) field is searched for P_death ≥ cutoff (m). */
    public static final double MAX_RADIAL_RANGE_M = 5000;
}
