package org.parkwatch.model.emergency;

/**
 * Foam concentrate needed to cover a burning pool: {@code concentrate [t] = area [m²] × application
 * rate [L/(min·m²)] × duration [min] × proportioning ratio × density [t/m³] / 1000}. It answers "is
 * the foam in store enough?" for the pool-fire zone of an incident; the area given is what the
 * threat-zone run reports, so the figure is a planning estimate, not a fire-ground calculation.
 */
public final class FoamDemand {
    /**
     * Foam solution application rate for a hydrocarbon spill/pool fire, L/(min·m²): NFPA 11 (2021)
     * gives 6.5 for protein/fluoroprotein foam on spill fires (4.1 for AFFF); GB 50151-2021 uses
     * 6.0 for fixed-roof tanks with fluoroprotein/AFFF. We take the larger, 6.5. Status [U]: values
     * from the standards as commonly quoted, not re-checked against the texts.
     */
    public static final double APPLICATION_RATE_L_PER_MIN_M2 = 6.5;

    /**
     * Minimum discharge time for a spill fire, min: NFPA 11 (2021) spill-fire protection, 15 min
     * for hydrocarbons. Status [U].
     */
    public static final double DURATION_MIN = 15;

    /**
     * Proportioning ratio of the park's concentrates (3 % AFFF / AR-AFFF, emergency-resources
     * layer).
     */
    public static final double PROPORTION = 0.03;

    /** Density of foam concentrate, t/m³ (AFFF ≈ 1.0–1.1; 1.0 taken). Status [U]. */
    public static final double CONCENTRATE_DENSITY_T_PER_M3 = 1.0;

    private FoamDemand() {}

    /**
     * Tonnes of foam concentrate for a pool of {@code areaM2}.
     *
     * @throws IllegalArgumentException when the area is negative or not finite
     */
    public static double concentrateT(double areaM2) {
        if (!(areaM2 >= 0) || Double.isInfinite(areaM2)) {
            throw new IllegalArgumentException("areaM2 must be ≥ 0 but was " + areaM2);
        }
        double litresSolution = areaM2 * APPLICATION_RATE_L_PER_MIN_M2 * DURATION_MIN;
        return litresSolution * PROPORTION / 1000.0 * CONCENTRATE_DENSITY_T_PER_M3;
    }
}
