package org.parkwatch.model.consequence;

/**
 * The thermal and overpressure probit relations (docs/domain/consequence.md "Probits" [V, HyRAM]);
 * toxic probits are in {@link ToxicProbit}. Each returns the probit Y; the probability of death is
 * Φ(Y − 5).
 */
public enum ProbitModel {
    THERMAL_EISENBERG("thermal-eisenberg"),
    THERMAL_TSAO("thermal-tsao"),
    THERMAL_TNO("thermal-tno"),
    THERMAL_LEES("thermal-lees"),
    OVERPRESSURE_LUNG("overpressure-lung"),
    OVERPRESSURE_LUNG_HSE("overpressure-lung-hse"),
    OVERPRESSURE_HEAD_TNO("overpressure-head-tno"),
    OVERPRESSURE_STRUCTURE_TNO("overpressure-structure-tno");

    private final String key;

    ProbitModel(String key) {
        this.key = key;
    }

    /** The JSON spelling, e.g. {@code thermal-eisenberg}. */
    public String key() {
        return key;
    }

    public boolean isThermal() {
        return name().startsWith("THERMAL");
    }

    /** True when the relation needs the impulse. */
    public boolean needsImpulse() {
        return this == OVERPRESSURE_HEAD_TNO || this == OVERPRESSURE_STRUCTURE_TNO;
    }

    public static ProbitModel parse(String text) {
        for (ProbitModel m : values()) {
            if (m.key.equalsIgnoreCase(text)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown probit model " + text);
    }

    /**
     * Thermal probit from flux (W/m²) and exposure duration (s).
     *
     * @throws IllegalStateException when this is not a thermal model
     */
    public double thermal(double fluxWPerM2, double durationS) {
        double[] k =
                switch (this) {
                    case THERMAL_EISENBERG -> ProbitConstants.THERMAL_EISENBERG;
                    case THERMAL_TSAO -> ProbitConstants.THERMAL_TSAO;
                    case THERMAL_TNO -> ProbitConstants.THERMAL_TNO;
                    case THERMAL_LEES -> ProbitConstants.THERMAL_LEES;
                    default -> throw new IllegalStateException(key + " is not a thermal probit");
                };
        if (fluxWPerM2 <= 0 || durationS <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double dose = durationS * Math.pow(fluxWPerM2, ProbitConstants.THERMAL_DOSE_EXPONENT);
        return k[0] + k[1] * Math.log(k[2] * dose);
    }

    /**
     * Overpressure probit from peak overpressure (Pa) and impulse (Pa·s; only the TNO relations use
     * it).
     *
     * @throws IllegalStateException when this is a thermal model
     */
    public double overpressure(double overpressurePa, double impulsePaS) {
        if (overpressurePa <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double p = overpressurePa;
        return switch (this) {
            case OVERPRESSURE_LUNG ->
                    ProbitConstants.LUNG_EISENBERG_A
                            + ProbitConstants.LUNG_EISENBERG_B * Math.log(p);
            case OVERPRESSURE_LUNG_HSE ->
                    ProbitConstants.LUNG_HSE_A
                            + ProbitConstants.LUNG_HSE_B
                                    * Math.log(p * ProbitConstants.LUNG_HSE_SCALE);
            case OVERPRESSURE_HEAD_TNO ->
                    5
                            - ProbitConstants.HEAD_TNO_B
                                    * Math.log(
                                            ProbitConstants.HEAD_TNO_P / p
                                                    + ProbitConstants.HEAD_TNO_PI
                                                            / (p * impulsePaS));
            case OVERPRESSURE_STRUCTURE_TNO ->
                    5
                            - ProbitConstants.STRUCTURE_TNO_B
                                    * Math.log(
                                            Math.pow(
                                                            ProbitConstants.STRUCTURE_TNO_P / p,
                                                            ProbitConstants.STRUCTURE_TNO_P_EXP)
                                                    + Math.pow(
                                                            ProbitConstants.STRUCTURE_TNO_I
                                                                    / impulsePaS,
                                                            ProbitConstants.STRUCTURE_TNO_I_EXP));
            default -> throw new IllegalStateException(key + " is not an overpressure probit");
        };
    }
}
