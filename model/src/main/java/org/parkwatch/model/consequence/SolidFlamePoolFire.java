package org.parkwatch.model.consequence;

/**
 * Pool fire as a solid flame (CCPS 1999 §2.2.5; Mudan &amp; Croce 1988), beside the point source of
 * {@link PoolFire}:
 *
 * <ul>
 *   <li>flame height with wind, Thomas (1963): L/D = 55·(m″/(ρa·√(gD)))^0.67·(u*)^−0.21, with the
 *       scaled wind u* = u/(g·m″·D/ρv)^{1/3} (u* taken as 1 below 1); in still air L/D =
 *       42·(m″/(ρa·√(gD)))^0.61;
 *   <li>tilt, AGA (1974): cos θ = 1 for u* ≤ 1, else 1/√u*;
 *   <li>surface emissive power, Mudan &amp; Croce (1988): E = Emax·e^{−sD} + Es·(1 − e^{−sD}) with
 *       Emax = 140 kW/m², Es = 20 kW/m² (smoke), s = 0.12 m⁻¹;
 *   <li>view factor of a vertical cylinder of diameter D and height L to a vertical target at
 *       ground level facing it, Mudan (1984); the tilt is reported but the view factor is that of
 *       the upright cylinder [U: conservative upwind, not downwind];
 *   <li>flux I = τ·E·F, τ from {@link AtmosphericTransmissivity} over the path from the flame
 *       surface.
 * </ul>
 *
 * Units: m, kg/m²·s, kg/m³, m/s, W/m².
 */
public final class SolidFlamePoolFire {

    /** Mudan &amp; Croce SEP constants [P: CCPS 1999 eq. 2.2.52]. */
    public static final double SEP_MAX_W_PER_M2 = 140_000;

    public static final double SEP_SMOKE_W_PER_M2 = 20_000;
    public static final double SEP_EXTINCTION_PER_M = 0.12;

    private final double diameterM;
    private final double burningRateKgPerM2S;
    private final double airDensityKgPerM3;
    private final double vapourDensityKgPerM3;
    private final double windSpeedMPerS;

    /**
     * @param diameterM pool diameter D (m, &gt; 0)
     * @param burningRateKgPerM2S m″ (kg/m²·s, &gt; 0)
     * @param airDensityKgPerM3 ρa (kg/m³)
     * @param vapourDensityKgPerM3 ρv, fuel vapour density at the boiling point (kg/m³)
     * @param windSpeedMPerS wind at 1.6 m (m/s, ≥ 0)
     */
    public SolidFlamePoolFire(
            double diameterM,
            double burningRateKgPerM2S,
            double airDensityKgPerM3,
            double vapourDensityKgPerM3,
            double windSpeedMPerS) {
        if (!(diameterM > 0)
                || !(burningRateKgPerM2S > 0)
                || !(airDensityKgPerM3 > 0)
                || !(vapourDensityKgPerM3 > 0)
                || !(windSpeedMPerS >= 0)) {
            throw new IllegalArgumentException(
                    "solid-flame pool fire: diameter, burning rate and densities must be "
                            + "> 0, wind >= 0");
        }
        this.diameterM = diameterM;
        this.burningRateKgPerM2S = burningRateKgPerM2S;
        this.airDensityKgPerM3 = airDensityKgPerM3;
        this.vapourDensityKgPerM3 = vapourDensityKgPerM3;
        this.windSpeedMPerS = windSpeedMPerS;
    }

    /** Scaled wind u* = u/(g·m″·D/ρv)^{1/3}. */
    public double scaledWind() {
        return windSpeedMPerS
                / Math.cbrt(
                        FireConstants.G_M_PER_S2
                                * burningRateKgPerM2S
                                * diameterM
                                / vapourDensityKgPerM3);
    }

    /** Flame height L (m), Thomas with wind (or still air when u = 0). */
    public double flameHeightM() {
        double group =
                burningRateKgPerM2S
                        / (airDensityKgPerM3 * Math.sqrt(FireConstants.G_M_PER_S2 * diameterM));
        if (windSpeedMPerS == 0) {
            return diameterM * 42 * Math.pow(group, 0.61);
        }
        return diameterM * 55 * Math.pow(group, 0.67) * Math.pow(Math.max(1, scaledWind()), -0.21);
    }

    /** Flame tilt from the vertical (degrees), AGA. */
    public double tiltDeg() {
        double u = scaledWind();
        return u <= 1 ? 0 : Math.toDegrees(Math.acos(1 / Math.sqrt(u)));
    }

    /** Surface emissive power (W/m²), Mudan &amp; Croce. */
    public double surfaceEmissivePowerWPerM2() {
        double e = Math.exp(-SEP_EXTINCTION_PER_M * diameterM);
        return SEP_MAX_W_PER_M2 * e + SEP_SMOKE_W_PER_M2 * (1 - e);
    }

    /**
     * View factor of the upright cylinder to a vertical target facing it at ground distance x (m)
     * from the pool centre (x &gt; D/2), Mudan (1984) with S = 2x/D, h = 2L/D, A = (h² + S² +
     * 1)/(2S).
     */
    public double viewFactorVertical(double distanceM) {
        double s = 2 * distanceM / diameterM;
        if (s <= 1) {
            return 1.0;
        }
        double h = 2 * flameHeightM() / diameterM;
        double a = (h * h + s * s + 1) / (2 * s);
        double f =
                Math.atan(h / Math.sqrt(s * s - 1)) / (Math.PI * s)
                        - h / (Math.PI * s) * Math.atan(Math.sqrt((s - 1) / (s + 1)))
                        + a
                                * h
                                / (Math.PI * s * Math.sqrt(a * a - 1))
                                * Math.atan(Math.sqrt((a + 1) * (s - 1) / ((a - 1) * (s + 1))));
        return Math.min(1.0, f);
    }

    /**
     * Flux (W/m²) at x (m) from the pool centre through air of the given relative humidity (0–1)
     * and T (K).
     */
    public double fluxWPerM2(double distanceM, double relativeHumidity, double airTemperatureK) {
        double path = Math.max(0, distanceM - diameterM / 2);
        double tau = AtmosphericTransmissivity.of(path, relativeHumidity, airTemperatureK);
        return tau * surfaceEmissivePowerWPerM2() * viewFactorVertical(distanceM);
    }

    /**
     * Distance (m) from the pool centre at which the flux equals I (W/m²); the pool edge when I ≥
     * E.
     */
    public double distanceForFluxM(
            double fluxWPerM2, double relativeHumidity, double airTemperatureK) {
        double lo = diameterM / 2 * (1 + 1e-9);
        if (fluxWPerM2(lo, relativeHumidity, airTemperatureK) <= fluxWPerM2) {
            return diameterM / 2;
        }
        double hi = lo * 2;
        while (fluxWPerM2(hi, relativeHumidity, airTemperatureK) > fluxWPerM2 && hi < 1e6) {
            hi *= 2;
        }
        for (int i = 0; i < 100; i++) {
            double mid = 0.5 * (lo + hi);
            if (fluxWPerM2(mid, relativeHumidity, airTemperatureK) > fluxWPerM2) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    public double diameterM() {
        return diameterM;
    }
}
