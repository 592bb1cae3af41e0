package org.parkwatch.model.consequence;

/**
 * Gas release through a hole, ideal gas, isentropic. Choked (critical) flow when P0/P ≤
 * (2/(γ+1))^{γ/(γ−1)}: Q = Cd·A·P·√(γ·M/(R·T)·(2/(γ+1))^{(γ+1)/(γ−1)}); otherwise Q =
 * Cd·A·P·√(2M/(RT)·γ/(γ−1)·[(P0/P)^{2/γ} − (P0/P)^{(γ+1)/γ}]). Units: kg/s, m², Pa (absolute),
 * kg/mol, K.
 */
public final class GasRelease {

    /**
     * @param massRateKgPerS release rate (kg/s)
     * @param choked true when the flow is critical
     */
    public record Result(double massRateKgPerS, boolean choked) {}

    private GasRelease() {}

    /** Critical pressure ratio P0/P below which the flow is choked. */
    public static double criticalPressureRatio(double gamma) {
        return Math.pow(2 / (gamma + 1), gamma / (gamma - 1));
    }

    /**
     * @param holeAreaM2 A (m²)
     * @param pressurePa upstream absolute pressure P (Pa)
     * @param ambientPressurePa P0 (Pa)
     * @param temperatureK upstream temperature T (K)
     * @param molarMassKgPerMol M (kg/mol)
     * @param gamma ratio of specific heats γ (&gt; 1)
     * @param dischargeCoefficient Cd (1.0 default)
     */
    public static Result massRate(
            double holeAreaM2,
            double pressurePa,
            double ambientPressurePa,
            double temperatureK,
            double molarMassKgPerMol,
            double gamma,
            double dischargeCoefficient) {
        if (pressurePa <= ambientPressurePa) {
            return new Result(0.0, false);
        }
        double r = SourceTermConstants.R_J_PER_MOL_K;
        double ratio = ambientPressurePa / pressurePa;
        double base = dischargeCoefficient * holeAreaM2 * pressurePa;
        if (ratio <= criticalPressureRatio(gamma)) {
            double f =
                    gamma
                            * molarMassKgPerMol
                            / (r * temperatureK)
                            * Math.pow(2 / (gamma + 1), (gamma + 1) / (gamma - 1));
            return new Result(base * Math.sqrt(f), true);
        }
        double f =
                2
                        * molarMassKgPerMol
                        / (r * temperatureK)
                        * gamma
                        / (gamma - 1)
                        * (Math.pow(ratio, 2 / gamma) - Math.pow(ratio, (gamma + 1) / gamma));
        return new Result(base * Math.sqrt(f), false);
    }
}
