package org.parkwatch.model.consequence;

import java.util.ArrayList;
import java.util.List;

/**
 * The footprint of an instantaneous dense-gas release (a bullet rupture) that becomes passive:
 * Britter–McQuaid puff ({@link DenseGasPuff}) up to its lowest workbook curve (Cm/C0 = 0.001,
 * distance x_t), then the footprint of a ground-level Gaussian puff ({@link PuffFootprint}) of the
 * same mass from a virtual source placed upwind so that its centreline peak at x_t equals the dense
 * cloud's there: beyond x_t the Gaussian is evaluated at ξ = x − x_t + ξ0, ξ0 solving C_G(ξ0) =
 * C_BM(x_t). The same virtual-source hand-over as {@link DensePassivePlume} (ALOHA and Phast hand a
 * dense cloud to passive dispersion; CCPS 1999 §2.1.3), so the concentration is continuous and
 * nothing is extrapolated below the lowest curve. Units: m, kg/m³. Pure, thread-safe.
 */
public final class DensePassivePuff implements PlumeField {

    /** Model name of the dense part. */
    public static final String BRITTER_MCQUAID_PUFF = "britter-mcquaid-puff";

    /** Model name of the passive part (and of a puff that is not dense at all). */
    public static final String GAUSSIAN_PUFF = "gaussian-puff";

    private final DenseGasPuff dense;
    private final PuffFootprint passive;
    private final double transitionM;
    private final double virtualXiM;

    /**
     * @param dense the dense cloud (used up to its lowest curve)
     * @param passive the footprint of a ground-level Gaussian puff of the same mass
     */
    public DensePassivePuff(DenseGasPuff dense, PuffFootprint passive) {
        this.dense = dense;
        this.passive = passive;
        this.transitionM = dense.lowestCurveDistanceM();
        this.virtualXiM = matchedDistance(passive, dense.centrelineKgPerM3(transitionM));
    }

    /** ξ (m) where the Gaussian centreline peak equals c; it falls monotonically with distance. */
    private static double matchedDistance(PuffFootprint g, double c) {
        return VirtualSource.matchedDistance(g::centrelineKgPerM3, c, 1e-2);
    }

    /** Where the dense model hands over to the passive one (m downwind). */
    public double transitionM() {
        return transitionM;
    }

    /** Distance ξ0 (m) of the virtual source upwind of the hand-over point. */
    public double virtualSourceDistanceM() {
        return virtualXiM;
    }

    /** Which model draws which part of the footprint. */
    public List<DensePassivePlume.Span> spans() {
        return List.of(
                new DensePassivePlume.Span(BRITTER_MCQUAID_PUFF, 0, transitionM),
                new DensePassivePlume.Span(GAUSSIAN_PUFF, transitionM, Double.POSITIVE_INFINITY));
    }

    private double xi(double xM) {
        return xM - transitionM + virtualXiM;
    }

    @Override
    public double centrelineKgPerM3(double xM) {
        return xM <= transitionM ? dense.centrelineKgPerM3(xM) : passive.centrelineKgPerM3(xi(xM));
    }

    @Override
    public double halfWidthM(double xM, double thresholdKgPerM3) {
        return xM <= transitionM
                ? dense.halfWidthM(xM, thresholdKgPerM3)
                : passive.halfWidthM(xi(xM), thresholdKgPerM3);
    }

    @Override
    public double groundConcentrationKgPerM3(double xM, double yM) {
        return xM <= transitionM
                ? dense.groundConcentrationKgPerM3(xM, yM)
                : passive.groundConcentrationKgPerM3(xi(xM), yM);
    }

    /**
     * DENSE_GAS for the near part (without the dense puff's far-field extrapolation warning, which
     * no longer applies), DENSE_TO_PASSIVE naming the hand-over, the passive puff's validity
     * warnings at the farthest zone x (m; NaN for none).
     */
    public List<Warning> warnings(double farthestM) {
        List<Warning> out = new ArrayList<>();
        String at = String.valueOf(Math.round(transitionM));
        out.add(
                Warning.of(
                        WarningCode.DENSE_GAS,
                        "instantaneous (puff) correlation, x ≤ " + at + " m"));
        dense.warnings().stream()
                .filter(w -> !w.code().equals(WarningCode.DENSE_GAS.name()))
                .filter(w -> !w.textEn().contains("extrapolated"))
                .forEach(out::add);
        out.add(
                Warning.of(
                        WarningCode.DENSE_TO_PASSIVE,
                        "x > "
                                + at
                                + " m: Gaussian puff from a virtual source "
                                + Math.round(virtualXiM)
                                + " m upwind of the hand-over"));
        double passiveAt = farthestM > transitionM ? xi(farthestM) : Double.NaN;
        passive.warnings(passiveAt).stream()
                .filter(w -> out.stream().noneMatch(o -> o.code().equals(w.code())))
                .forEach(out::add);
        return List.copyOf(out);
    }
}
