package org.parkwatch.model.consequence;

/**
 * Atmospheric transmissivity of thermal radiation through humid air, CCPS (1999) §2.2 after
 * Pietersen &amp; Huerta (1985): τ = 2.02·(Pw·x)^−0.09 with Pw the partial pressure of water vapour
 * (Pa) and x the path length (m); Pw = RH·exp(23.18986 − 3816.42/(T − 46.13)) (Pa, T in K). At most
 * 1 [U: fit valid for about 10⁴ &lt; Pw·x &lt; 10⁵ Pa·m; shorter paths are clamped to τ = 1].
 */
public final class AtmosphericTransmissivity {

    static final double COEFFICIENT = 2.02;
    static final double EXPONENT = -0.09;

    private AtmosphericTransmissivity() {}

    /** Saturation pressure of water (Pa) at T (K) (the Antoine form used with the fit). */
    public static double waterSaturationPa(double temperatureK) {
        return Math.exp(23.18986 - 3816.42 / (temperatureK - 46.13));
    }

    /** τ for a path of x m through air of relative humidity RH (0–1) at T (K). */
    public static double of(double pathM, double relativeHumidity, double temperatureK) {
        double pw = relativeHumidity * waterSaturationPa(temperatureK);
        if (!(pathM > 0) || !(pw > 0)) {
            return 1.0;
        }
        return Math.min(1.0, COEFFICIENT * Math.pow(pw * pathM, EXPONENT));
    }
}
