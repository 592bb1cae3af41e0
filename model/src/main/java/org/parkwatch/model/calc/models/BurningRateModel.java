package org.parkwatch.model.calc.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parkwatch.model.calc.CalcInputException;
import org.parkwatch.model.calc.CalcModel;
import org.parkwatch.model.consequence.BurningRate;

/**
 * {@code burningrate}: pool burning rate. In: heatOfCombustionJPerKg, heatCapacityJPerKgK,
 * boilingPointK, ambientK, heatOfVaporisationJPerKg. Out: burningRateKgPerM2S.
 */
public final class BurningRateModel implements CalcModel {

    @Override
    public String name() {
        return "burningrate";
    }

    @Override
    public String summary() {
        return "Pool burning rate m'': heatOfCombustionJPerKg, heatCapacityJPerKgK, boilingPointK, ambientK, "
                + "heatOfVaporisationJPerKg";
    }

    @Override
    public JsonNode compute(JsonNode json) throws CalcInputException {
        CalcInput in = new CalcInput(json);
        double hc = in.positive("heatOfCombustionJPerKg");
        double cp = in.positive("heatCapacityJPerKgK");
        double tb = in.positive("boilingPointK");
        double t0 = in.positive("ambientK");
        double hv = in.positive("heatOfVaporisationJPerKg");
        in.rejectUnknown();
        ObjectNode out = CalcOutput.object();
        CalcOutput.put(out, "burningRateKgPerM2S", BurningRate.kgPerM2S(hc, cp, tb, t0, hv));
        out.put("branch", t0 < tb ? "below-boiling-point" : "at-or-above-boiling-point");
        out.set("warnings", CalcOutput.JSON.arrayNode());
        return out;
    }
}
