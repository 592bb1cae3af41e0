package org.parkwatch.model.consequence;

import java.util.ArrayList;
import java.util.List;

/**
 * A dense-gas plume that becomes passive: Britter–McQuaid up to the lowest workbook curve (Cm/C0 =
 * 0.002, distance x_t), then a ground-level Gaussian plume of the same release rate from a virtual
 * source placed upwind so that its centreline concentration at x_t equals the dense plume's there
 * (the virtual-source hand-over used by ALOHA and Phast; CCPS 1999 §2.1.3). Beyond x_t the Gaussian
 * is evaluated at ξ = x − x_t + ξ0, ξ0 solving C_G(ξ0) = C_BM(x_t). Units as in {@link PlumeField}:
 * m and kg/m³.
 */
public final class DensePassivePlume implements PlumeField {

    /**
     * One part of the footprint and the model that drew it, from {@code fromM} to {@code toM}
     * downwind (m).
     */
    public record Span(String model, double fromM, double toM) {}

    private final DenseGasPlume dense;
    private final GaussianPlume passive;
    private final double transitionM;
    private final double virtualXiM;

    /**
     * @param dense the dense plume (used up to its lowest curve)
     * @param passive a ground-level Gaussian plume of the same release rate (used beyond, from a
     *     virtual source)
     */
    public DensePassivePlume(DenseGasPlume dense, GaussianPlume passive) {
        this.dense = dense;
        this.passive = passive;
        this.transitionM = dense.lowestCurveDistanceM();
        this.virtualXiM = matchedDistance(passive, dense.centrelineKgPerM3(transitionM));
    }

    /**
     * ξ (m) where the Gaussian centreline equals c (kg/m³); the centreline falls monotonically with
     * distance.
     */
    private static double matchedDistance(GaussianPlume g, double c) {
        return VirtualSource.matchedDistance(g::centrelineKgPerM3, c, 1e-3);
    }

    /** The dense part. */
    public DenseGasPlume dense() {
        return dense;
    }

    /** Where the dense model hands over to the passive one (m downwind). */
    public double transitionM() {
        return transitionM;
    }

    /** Distance ξ0 (m) of the virtual source upwind of the transition point. */
    public double virtualSourceDistanceM() {
        return virtualXiM;
    }

    /** The model of the part of the plume at downwind distance x (m). */
    public String modelAt(double xM) {
        return xM <= transitionM
                ? DispersionChoice.BRITTER_MCQUAID
                : DispersionChoice.GAUSSIAN_PLUME;
    }

    /** Which model draws which part of the plume. */
    public List<Span> spans() {
        return List.of(
                new Span(DispersionChoice.BRITTER_MCQUAID, 0, transitionM),
                new Span(DispersionChoice.GAUSSIAN_PLUME, transitionM, Double.POSITIVE_INFINITY));
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
     * The dense part's warnings, DENSE_TO_PASSIVE naming the hand-over, and the passive part's own.
     */
    public List<Warning> warnings() {
        List<Warning> out = new ArrayList<>();
        String at = String.valueOf(Math.round(transitionM));
        out.add(Warning.of(WarningCode.DENSE_GAS, "x ≤ " + at + " m"));
        dense.warnings(Double.NaN).stream()
                .filter(w -> !w.code().equals(WarningCode.DENSE_GAS.name()))
                .forEach(out::add);
        out.add(
                Warning.of(
                        WarningCode.DENSE_TO_PASSIVE,
                        "x > "
                                + at
                                + " m; virtual source "
                                + Math.round(virtualXiM)
                                + " m upwind of the hand-over"));
        passive.warnings(Double.NaN).stream()
                .filter(w -> out.stream().noneMatch(o -> o.code().equals(w.code())))
                .forEach(out::add);
        return List.copyOf(out);
    }
}
