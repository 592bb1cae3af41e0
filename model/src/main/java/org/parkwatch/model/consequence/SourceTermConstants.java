package org.parkwatch.model.consequence;

/**
 * Constants of the source-term models. Discharge coefficients after the Chinese safety-assessment
 * textbook leak-rate method (GB/T 37243-2019 appendix D style) [U: check the standard's values];
 * evaporation after Mackay &amp; Matsugu (1973) as given in CCPS (1999) [U]; pool spreading after
 * CCPS (1999) §2.1.2 gravity-inertia regime [U].
 */
public final class SourceTermConstants {

    private SourceTermConstants() {}

    /** Liquid discharge coefficient for a sharp circular hole, Re &gt; 100 [U]. */
    public static final double DEFAULT_LIQUID_CD = 0.65;

    /** Gas discharge coefficient for a circular hole [U]. */
    public static final double DEFAULT_GAS_CD = 1.0;

    /** Universal gas constant (J/mol·K). */
    public static final double R_J_PER_MOL_K = 8.314462618;

    /** Standard atmosphere (Pa). */
    public static final double ATMOSPHERIC_PA = 101_325.0;

    /** Dry air density at 25 °C and 101.325 kPa (kg/m³), the calculators' default ambient. */
    public static final double AIR_DENSITY_KG_PER_M3 = 1.184;

    /** Default ambient temperature (K), 25 °C. */
    public static final double AMBIENT_TEMPERATURE_K = 298.15;

    /** Gravity (m/s²). */
    public static final double G_M_PER_S2 = 9.80665;

    /**
     * Mackay–Matsugu mass-transfer coefficient k = 0.004786·u^0.78·(2r)^−0.11·Sc^−0.67 (m/s; u m/s,
     * r m).
     */
    public static final double MACKAY_MATSUGU_K = 0.004786;

    public static final double MACKAY_MATSUGU_WIND_EXP = 0.78;
    public static final double MACKAY_MATSUGU_DIAMETER_EXP = -0.11;
    public static final double MACKAY_MATSUGU_SCHMIDT_EXP = -0.67;

    /** Default gas-phase Schmidt number [U]. */
    public static final double DEFAULT_SCHMIDT = 0.8;

    /** Instantaneous spill radius r(t) = (8gV/π)^{1/4}·t^{1/2} (m) [U]. */
    public static final double SPREAD_INSTANT_FACTOR = 8.0;

    /** Continuous spill radius r(t) = (32gV̇/(9π))^{1/4}·t^{3/4} (m) [U]. */
    public static final double SPREAD_CONTINUOUS_FACTOR = 32.0 / 9.0;
}
