package org.parkwatch.model.calc.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parkwatch.model.calc.CalcInputException;
import org.parkwatch.model.calc.CalcModel;
import org.parkwatch.model.consequence.GasRelease;
import org.parkwatch.model.consequence.LiquidRelease;
import org.parkwatch.model.consequence.SourceTermConstants;

/**
 * {@code release}: source term through a hole. In: phase liquid | gas, holeDiameterM, pressurePa
 * (absolute), optional ambientPressurePa (101325), dischargeCoefficient (0.65 liquid, 1.0 gas);
 * liquid: liquidDensityKgPerM3, liquidHeadM (0); gas: temperatureK, molarMassKgPerMol, gamma. Out:
 * massRateKgPerS and, for gas, choked.
 */
public final class ReleaseModel implements CalcModel {

    @Override
    public String name() {
        return "release";
    }

    @Override
    public String summary() {
        return "Release rate through a hole: phase liquid|gas, holeDiameterM, pressurePa, liquidDensityKgPerM3, "
                + "liquidHeadM | temperatureK, molarMassKgPerMol, gamma";
    }

    @Override
    public JsonNode compute(JsonNode json) throws CalcInputException {
        CalcInput in = new CalcInput(json);
        String phase = in.text("phase");
        double area = LiquidRelease.circleAreaM2(in.positive("holeDiameterM"));
        double p = in.positive("pressurePa");
        double p0 = in.positive("ambientPressurePa", SourceTermConstants.ATMOSPHERIC_PA);
        ObjectNode out = CalcOutput.object();
        switch (phase) {
            case "liquid" -> {
                double rho = in.positive("liquidDensityKgPerM3");
                double head = in.nonNegative("liquidHeadM", 0);
                double cd =
                        in.between(
                                "dischargeCoefficient",
                                0,
                                1,
                                SourceTermConstants.DEFAULT_LIQUID_CD);
                in.rejectUnknown();
                CalcOutput.put(
                        out,
                        "massRateKgPerS",
                        LiquidRelease.massRateKgPerS(area, rho, p, p0, head, cd));
            }
            case "gas" -> {
                double t = in.positive("temperatureK");
                double m = in.positive("molarMassKgPerMol");
                double gamma = in.number("gamma");
                if (!(gamma > 1)) {
                    throw new CalcInputException("gamma", "must be > 1 but was " + gamma);
                }
                double cd =
                        in.between(
                                "dischargeCoefficient", 0, 1, SourceTermConstants.DEFAULT_GAS_CD);
                in.rejectUnknown();
                GasRelease.Result r = GasRelease.massRate(area, p, p0, t, m, gamma, cd);
                CalcOutput.put(out, "massRateKgPerS", r.massRateKgPerS());
                out.put("choked", r.choked());
            }
            default ->
                    throw new CalcInputException("phase", "must be liquid or gas but was " + phase);
        }
        out.set("warnings", CalcOutput.JSON.arrayNode());
        return out;
    }
}
