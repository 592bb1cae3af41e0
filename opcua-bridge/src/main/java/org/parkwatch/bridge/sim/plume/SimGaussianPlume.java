package org.parkwatch.bridge.sim.plume;

/**
 * The simulator's small Gaussian plume: steady concentration from a continuous, neutrally buoyant release with
 * ground reflection and Briggs rural σ (formula from /work/shared/domain/consequence.md, status [V]). It only drives
 * simulated gas detectors; the platform's consequence library lives in {@code org.parkwatch.model.consequence}.
 *
 * <p>Near the source the point-source σ collapse to zero, which no real release does (the tank, the dike pool and
 * the jet have size). A virtual source {@link #VIRTUAL_SOURCE_OFFSET_M} upwind keeps near-field values finite.
 */
public final class SimGaussianPlume {
    /** Virtual source distance upwind of the release point, m (simulation choice, no source). */
    public static final double VIRTUAL_SOURCE_OFFSET_M = 10;

    private SimGaussianPlume() {
    }

    /**
     * Concentration at a receptor, kg/m³, for a point source without the virtual-source offset.
     *
     * @param releaseKgPerS release rate Q, kg/s
     * @param windMps       wind speed at release height, m/s (values below 0.5 are taken as 0.5)
     * @param cls           stability class
     * @param releaseHeightM effective release height h, m
     * @param xM            downwind distance, m; 0 or less gives 0
     * @param yM            crosswind distance, m
     * @param zM            receptor height, m
     */
    public static double concentrationKgM3(double releaseKgPerS, double windMps, PasquillClass cls,
                                           double releaseHeightM, double xM, double yM, double zM) {
        if (xM <= 0 || releaseKgPerS <= 0) return 0;
        double u = Math.max(0.5, windMps);
        double sy = cls.sigmaYRuralM(xM);
        double sz = cls.sigmaZRuralM(xM);
        double lateral = Math.exp(-yM * yM / (2 * sy * sy));
        double vertical = Math.exp(-sq(zM - releaseHeightM) / (2 * sz * sz))
                + Math.exp(-sq(zM + releaseHeightM) / (2 * sz * sz));
        return releaseKgPerS / (2 * Math.PI * u * sy * sz) * lateral * vertical;
    }

    /**
     * Ground-level concentration at a detector given in local metres relative to the release point, kg/m³,
     * with the virtual-source offset applied. Receptors upwind of the release point get 0.
     *
     * @param eastM   detector position east of the release, m
     * @param northM  detector position north of the release, m
     * @param windFromDeg direction the wind blows from, degrees clockwise from north
     */
    public static double atDetectorKgM3(double releaseKgPerS, double windMps, double windFromDeg, PasquillClass cls,
                                        double eastM, double northM) {
        double toRad = Math.toRadians(windFromDeg + 180);
        double downE = Math.sin(toRad);
        double downN = Math.cos(toRad);
        double x = eastM * downE + northM * downN;
        double y = -eastM * downN + northM * downE;
        if (x <= 0) return 0;
        return concentrationKgM3(releaseKgPerS, windMps, cls, 0, x + VIRTUAL_SOURCE_OFFSET_M, y, 0);
    }

    /**
     * kg/m³ to ppm by volume at 25 °C and 1 atm: ppm = C · 24.45e6 / M (24.45 L/mol molar volume; task brief).
     *
     * @param molarMassGPerMol molar mass of the gas, g/mol
     */
    public static double kgM3ToPpm(double concentrationKgM3, double molarMassGPerMol) {
        return concentrationKgM3 * 24.45e6 / molarMassGPerMol;
    }

    /** ppm to percent of the lower explosive limit, given the LEL in volume percent. */
    public static double ppmToPercentLel(double ppm, double lelVolPercent) {
        return ppm / (lelVolPercent * 1e4) * 100;
    }

    private static double sq(double x) {
        return x * x;
    }
}
