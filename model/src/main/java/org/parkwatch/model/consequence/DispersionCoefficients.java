package org.parkwatch.model.consequence;

/**
 * Plume dispersion coefficients σy(x) and σz(x) for one stability class and terrain. Distances in
 * metres downwind; results in metres. Defined for x &gt; 0.
 */
public interface DispersionCoefficients {

    /** Crosswind standard deviation σy (m) at downwind distance x (m, &gt; 0). */
    double sigmaYM(double xM);

    /** Vertical standard deviation σz (m) at downwind distance x (m, &gt; 0). */
    double sigmaZM(double xM);

    /**
     * Coefficients of a set, stability class and terrain ({@code terrain} is ignored by {@code
     * power-law}).
     */
    static DispersionCoefficients of(SigmaModel model, StabilityClass stability, Terrain terrain) {
        return switch (model) {
            case BRIGGS -> BriggsCoefficients.of(stability, terrain);
            case POWER_LAW -> PowerLawCoefficients.of(stability);
        };
    }
}
