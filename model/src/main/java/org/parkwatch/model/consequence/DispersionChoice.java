package org.parkwatch.model.consequence;

import java.util.ArrayList;
import java.util.List;

/**
 * Which dispersion model was picked for a release and why.
 *
 * @param model {@code britter-mcquaid} or {@code gaussian-plume}
 * @param criterion the dense-gas criterion (g0'·q0/D)^{1/3}/u (dense when ≥ 0.15)
 * @param field the chosen concentration field
 * @param warnings DENSE_GAS or PASSIVE_GAS plus the model's own validity warnings (at no particular
 *     distance)
 * @param spans which model draws which part of the plume (a dense plume hands over to a passive
 *     one)
 */
public record DispersionChoice(
        String model,
        double criterion,
        PlumeField field,
        List<Warning> warnings,
        List<DensePassivePlume.Span> spans) {

    public static final String BRITTER_MCQUAID = "britter-mcquaid";
    public static final String GAUSSIAN_PLUME = "gaussian-plume";

    /**
     * Dense or passive by the Britter–McQuaid criterion ({@link
     * BritterMcQuaidCurves#DENSE_CRITERION}).
     *
     * @param massRateKgPerS release rate (kg/s)
     * @param releaseDensityKgPerM3 gas density at release temperature (kg/m³)
     * @param airDensityKgPerM3 air density (kg/m³)
     * @param windSpeed10mMPerS wind at 10 m (m/s)
     * @param releaseTemperatureK release temperature (K)
     * @param ambientTemperatureK air temperature (K)
     * @param releaseHeightM release height for the passive case (m)
     * @param stability class for the passive case
     * @param terrain terrain for the passive case
     * @param sigmaModel σ set for the passive case
     */
    public static DispersionChoice select(
            double massRateKgPerS,
            double releaseDensityKgPerM3,
            double airDensityKgPerM3,
            double windSpeed10mMPerS,
            double releaseTemperatureK,
            double ambientTemperatureK,
            double releaseHeightM,
            StabilityClass stability,
            Terrain terrain,
            SigmaModel sigmaModel) {
        DenseGasPlume dense =
                new DenseGasPlume(
                        massRateKgPerS,
                        releaseDensityKgPerM3,
                        airDensityKgPerM3,
                        windSpeed10mMPerS,
                        releaseTemperatureK,
                        ambientTemperatureK);
        if (dense.isDense()) {
            // the dense cloud slumps to the ground: the passive continuation is a ground-level
            // plume
            GaussianPlume far =
                    GaussianPlume.of(
                            massRateKgPerS,
                            WindProfile.windSpeedAt(windSpeed10mMPerS, 0, stability, terrain),
                            0,
                            stability,
                            terrain,
                            sigmaModel);
            DensePassivePlume plume = new DensePassivePlume(dense, far);
            return new DispersionChoice(
                    BRITTER_MCQUAID, dense.criterion(), plume, plume.warnings(), plume.spans());
        }
        double u = WindProfile.windSpeedAt(windSpeed10mMPerS, releaseHeightM, stability, terrain);
        GaussianPlume passive =
                GaussianPlume.of(massRateKgPerS, u, releaseHeightM, stability, terrain, sigmaModel)
                        .withPureVapourCap(releaseDensityKgPerM3);
        List<Warning> w = new ArrayList<>();
        w.add(Warning.of(WarningCode.PASSIVE_GAS));
        w.addAll(passive.warnings(Double.NaN));
        return new DispersionChoice(
                GAUSSIAN_PLUME,
                dense.criterion(),
                passive,
                List.copyOf(w),
                List.of(new DensePassivePlume.Span(GAUSSIAN_PLUME, 0, Double.POSITIVE_INFINITY)));
    }
}
