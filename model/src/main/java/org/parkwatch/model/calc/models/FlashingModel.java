package org.parkwatch.model.calc.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parkwatch.model.calc.CalcInputException;
import org.parkwatch.model.calc.CalcModel;
import org.parkwatch.model.consequence.FlashingRelease;
import org.parkwatch.model.consequence.LiquefiedGases;
import org.parkwatch.model.consequence.LiquidRelease;

/**
 * {@code flashing}: two-phase release of a liquefied gas. In: chemical (Cl2 | NH3 | LPG) or its
 * properties (liquidHeatCapacityJPerKgK, boilingPointK, heatOfVaporisationJPerKg,
 * molarMassKgPerMol, liquidDensityKgPerM3), storageTemperatureK, optional holeDiameterM with
 * pressurePa (absolute; default the vapour pressure) and dischargeCoefficient (0.61). Out:
 * flashFraction, airborneFraction, rainOutFraction, vapourPressurePa and, with a hole,
 * massRateKgPerS, airborneRateKgPerS (vapour + aerosol, to dispersion), rainOutRateKgPerS (to the
 * pool).
 */
public final class FlashingModel implements CalcModel {

    @Override
    public String name() {
        return "flashing";
    }

    @Override
    public String summary() {
        return "Flashing two-phase release (ERM, flash, aerosol/rain-out): chemical Cl2|NH3|LPG or properties, "
                + "storageTemperatureK, holeDiameterM, pressurePa, dischargeCoefficient";
    }

    @Override
    public JsonNode compute(JsonNode json) throws CalcInputException {
        CalcInput in = new CalcInput(json);
        double t = in.positive("storageTemperatureK");
        FlashingRelease f;
        if (in.has("chemical")) {
            String key = in.text("chemical");
            LiquefiedGases g = LiquefiedGases.BY_KEY.get(key);
            if (g == null) {
                throw new CalcInputException(
                        "chemical",
                        "must be one of "
                                + LiquefiedGases.BY_KEY.keySet()
                                + " (or give the properties) but was "
                                + key);
            }
            f = g.at(t);
        } else {
            f =
                    new FlashingRelease(
                            in.positive("liquidHeatCapacityJPerKgK"),
                            in.positive("boilingPointK"),
                            in.positive("heatOfVaporisationJPerKg"),
                            in.positive("molarMassKgPerMol"),
                            in.positive("liquidDensityKgPerM3"),
                            t);
        }
        double hole = in.positive("holeDiameterM", Double.NaN);
        double p = in.positive("pressurePa", Double.NaN);
        double cd = in.between("dischargeCoefficient", 0.01, 1, 0.61);
        in.rejectUnknown();
        if (!f.flashes()) {
            throw new CalcInputException(
                    "storageTemperatureK", "is not above the boiling point: nothing flashes");
        }
        ObjectNode out = CalcOutput.object();
        CalcOutput.put(out, "flashFraction", f.flashFraction());
        CalcOutput.put(out, "airborneFraction", f.airborneFraction());
        CalcOutput.put(out, "rainOutFraction", f.rainOutFraction());
        CalcOutput.put(out, "vapourPressurePa", f.vapourPressurePa());
        if (Double.isFinite(hole)) {
            double pressure =
                    Double.isFinite(p) ? Math.max(p, f.vapourPressurePa()) : f.vapourPressurePa();
            double rate = f.massRateKgPerS(LiquidRelease.circleAreaM2(hole), cd, pressure);
            CalcOutput.put(out, "massFluxErmKgPerM2S", f.equilibriumMassFluxKgPerM2S());
            CalcOutput.put(out, "massRateKgPerS", rate);
            CalcOutput.put(out, "airborneRateKgPerS", rate * f.airborneFraction());
            CalcOutput.put(out, "rainOutRateKgPerS", rate * f.rainOutFraction());
        }
        out.set("warnings", CalcOutput.JSON.arrayNode());
        return out;
    }
}
