package org.parkwatch.bridge.sim.plume;

/**
 * Pasquill–Gifford atmospheric stability class, A (very unstable) to F (stable), with the Briggs (1973) rural
 * dispersion coefficients. Source of both: /work/shared/domain/consequence.md, "Weather" and "Gaussian plume"
 * (status [V]: Pasquill 1961 / Gifford 1961 table; Briggs rural set as in aefarrell/GasDispersion.jl).
 */
public enum PasquillClass {
    A, B, C, D, E, F;

    /** Solar radiation above which it counts as day, W/m² (simulation choice). */
    static final double DAY_MIN_SOLAR_W_M2 = 50;
    /** Insolation bands for "strong" and "moderate", W/m² (customary split; status [U]). */
    static final double STRONG_SOLAR_W_M2 = 600;
    static final double MODERATE_SOLAR_W_M2 = 300;

    /**
     * The class from the 10 m wind speed, insolation and cloud cover, per the consequence.md table; a split class
     * (A–B) takes the more stable one. Overcast (8 oktas), day or night, is D.
     *
     * @param windMps     10 m wind speed, m/s
     * @param solarWm2    global solar radiation, W/m²
     * @param cloudOktas  cloud cover, oktas 0..8
     */
    public static PasquillClass fromWeather(double windMps, double solarWm2, double cloudOktas) {
        if (cloudOktas >= 8) return D;
        int row = windMps < 2 ? 0 : windMps < 3 ? 1 : windMps < 5 ? 2 : windMps <= 6 ? 3 : 4;
        int col;
        if (solarWm2 > DAY_MIN_SOLAR_W_M2) {
            col = solarWm2 >= STRONG_SOLAR_W_M2 ? 0 : solarWm2 >= MODERATE_SOLAR_W_M2 ? 1 : 2;
        } else {
            col = cloudOktas >= 4 ? 3 : 4;
        }
        return TABLE[row][col];
    }

    // rows: u <2, 2–3, 3–5, 5–6, >6; columns: day strong, moderate, slight, night cloudy, night clear
    private static final PasquillClass[][] TABLE = {
            {A, B, B, E, F},
            {B, B, C, E, F},
            {B, C, C, D, E},
            {C, D, D, D, D},
            {C, D, D, D, D},
    };

    private static final double[] RURAL_SIGMA_Y_K = {0.22, 0.16, 0.11, 0.08, 0.06, 0.04};

    /** Briggs rural horizontal dispersion σy at {@code xM} metres downwind, m. */
    public double sigmaYRuralM(double xM) {
        return RURAL_SIGMA_Y_K[ordinal()] * xM / Math.sqrt(1 + 0.0001 * xM);
    }

    /** Briggs rural vertical dispersion σz at {@code xM} metres downwind, m. */
    public double sigmaZRuralM(double xM) {
        return switch (this) {
            case A -> 0.20 * xM;
            case B -> 0.12 * xM;
            case C -> 0.08 * xM / Math.sqrt(1 + 0.0002 * xM);
            case D -> 0.06 * xM / Math.sqrt(1 + 0.0015 * xM);
            case E -> 0.03 * xM / (1 + 0.0003 * xM);
            case F -> 0.016 * xM / (1 + 0.0003 * xM);
        };
    }
}
