package org.parkwatch.model.consequence;

/** Point-source radiation: I = Q·τ/(4πx²), W and m. Shared by pool and jet fires. */
public final class PointSource {

    private PointSource() {}

    /** Flux (W/m²) at distance x (m) from a source radiating Q (W) through transmissivity τ. */
    public static double fluxWPerM2(double powerW, double transmissivity, double distanceM) {
        if (!(distanceM > 0)) {
            throw new IllegalArgumentException("distanceM must be > 0 but was " + distanceM);
        }
        return powerW * transmissivity / (4 * Math.PI * distanceM * distanceM);
    }

    /** Distance (m) at which the flux equals I (W/m², &gt; 0). */
    public static double distanceForFluxM(double powerW, double transmissivity, double fluxWPerM2) {
        if (!(fluxWPerM2 > 0)) {
            throw new IllegalArgumentException("fluxWPerM2 must be > 0 but was " + fluxWPerM2);
        }
        return Math.sqrt(powerW * transmissivity / (4 * Math.PI * fluxWPerM2));
    }
}
