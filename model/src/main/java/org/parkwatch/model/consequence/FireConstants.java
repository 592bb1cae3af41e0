package org.parkwatch.model.consequence;

/**
 * Constants of the fire models, each with its source. docs/domain/consequence.md "Pool fire" [V,
 * Chinese safety-assessment textbook method], "Jet fire" [U], "BLEVE fireball" [U].
 */
public final class FireConstants {

    private FireConstants() {}

    /** Gravitational acceleration used by the textbook pool-fire method (m/s²) [V]. */
    public static final double G_M_PER_S2 = 9.8;

    /** Burning-rate factor 0.001 in m″ = 0.001·Hc/(Cp·ΔT + Hv) (kg/m²·s per unit ratio) [V]. */
    public static final double BURNING_RATE_FACTOR = 0.001;

    /** Thomas flame height L = 84·r·[m″/(ρ0·√(2gr))]^0.6 [V]. */
    public static final double THOMAS_COEFFICIENT = 84.0;

    public static final double THOMAS_EXPONENT = 0.6;

    /** Pool-fire power Q = (πr² + 2πrL)·m″·η·Hc/(72·m″^0.6 + 1) [V]. */
    public static final double POOL_POWER_DENOMINATOR_FACTOR = 72.0;

    public static final double POOL_POWER_DENOMINATOR_EXPONENT = 0.6;

    /** Default radiative efficiency η of a pool fire (range 0.13–0.35) [V]. */
    public static final double DEFAULT_POOL_RADIATIVE_FRACTION = 0.24;

    /**
     * Default atmospheric transmissivity (conservative) [V: textbook uses tc = 1 unless
     * configured].
     */
    public static final double DEFAULT_TRANSMISSIVITY = 1.0;

    /**
     * Jet fire radiative fraction η for gas jets [U, docs/domain/consequence.md §Jet fire; GB/T
     * 37243 appendix D preferred].
     */
    public static final double DEFAULT_JET_RADIATIVE_FRACTION = 0.35;

    /** Fireball D = 5.8·M^{1/3} (m) [U, CCPS 1999]. */
    public static final double FIREBALL_DIAMETER_COEFFICIENT = 5.8;

    /** Fireball centre height H = 0.75·D [U]. */
    public static final double FIREBALL_HEIGHT_RATIO = 0.75;

    /** Duration t = 0.45·M^{1/3} below 30 000 kg, else 2.6·M^{1/6} [U]. */
    public static final double FIREBALL_DURATION_SMALL = 0.45;

    public static final double FIREBALL_DURATION_LARGE = 2.6;
    public static final double FIREBALL_DURATION_SWITCH_KG = 30_000;

    /**
     * Fireball radiative fraction by Roberts (1982) as given in CCPS (1999) "Guidelines for
     * Chemical Process Quantitative Risk Analysis" §2.2.3: Fr = 0.27·P^0.32 with P the vessel
     * pressure in MPa [U].
     */
    public static final double FIREBALL_FR_COEFFICIENT = 0.27;

    public static final double FIREBALL_FR_EXPONENT = 0.32;

    /**
     * Default fireball radiative fraction when no pressure is given: 0.3, mid-range of CCPS's
     * 0.25–0.4 [U].
     */
    public static final double DEFAULT_FIREBALL_RADIATIVE_FRACTION = 0.3;
}
