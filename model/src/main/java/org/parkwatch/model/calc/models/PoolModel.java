package org.parkwatch.model.calc.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parkwatch.model.calc.CalcInputException;
import org.parkwatch.model.calc.CalcModel;
import org.parkwatch.model.consequence.PoolEvaporation;
import org.parkwatch.model.consequence.SourceTermConstants;

/**
 * {@code pool}: a spreading, evaporating pool (LiquidPool spreading capped by the dike,
 * Mackay–Matsugu evaporation). In: spillKg and/or inflowKgPerS with inflowDurationS,
 * liquidDensityKgPerM3, dikeAreaM2 (0 = none), windSpeedMPerS, vapourPressurePa, molarMassKgPerMol,
 * poolTemperatureK (298.15), boilingPointK, maxS (3600). Out: samples [{timeS, radiusM, poolKg,
 * evaporationKgPerS, evaporatedKg}], peakRateKgPerS, durationS, warnings.
 */
public final class PoolModel implements CalcModel {

    @Override
    public String name() {
        return "pool";
    }

    @Override
    public String summary() {
        return "Pool spreading + evaporation: spillKg, inflowKgPerS, inflowDurationS, liquidDensityKgPerM3, "
                + "dikeAreaM2, windSpeedMPerS, vapourPressurePa, molarMassKgPerMol, poolTemperatureK, boilingPointK";
    }

    @Override
    public JsonNode compute(JsonNode json) throws CalcInputException {
        CalcInput in = new CalcInput(json);
        double spill = in.nonNegative("spillKg", 0);
        double inflow = in.nonNegative("inflowKgPerS", 0);
        double inflowS = in.nonNegative("inflowDurationS", 0);
        double rho = in.positive("liquidDensityKgPerM3");
        double dike = in.nonNegative("dikeAreaM2", 0);
        double u = in.positive("windSpeedMPerS");
        double psat = in.positive("vapourPressurePa");
        double m = in.positive("molarMassKgPerMol");
        double t = in.positive("poolTemperatureK", SourceTermConstants.AMBIENT_TEMPERATURE_K);
        double tb = in.positive("boilingPointK");
        double maxS = in.positive("maxS", 3600);
        in.rejectUnknown();
        if (!(spill > 0) && !(inflow > 0 && inflowS > 0)) {
            throw new CalcInputException(
                    "spillKg", "give spillKg > 0 or inflowKgPerS with inflowDurationS > 0");
        }
        PoolEvaporation.Result r =
                PoolEvaporation.simulate(
                        spill, inflow, inflowS, rho, dike, u, psat, m, t, tb, maxS);
        ObjectNode out = CalcOutput.object();
        ArrayNode arr = out.putArray("samples");
        for (PoolEvaporation.Sample s : r.samples()) {
            ObjectNode o = arr.addObject();
            CalcOutput.put(o, "timeS", s.timeS());
            CalcOutput.put(o, "radiusM", s.radiusM());
            CalcOutput.put(o, "poolKg", s.poolKg());
            CalcOutput.put(o, "evaporationKgPerS", s.evaporationKgPerS());
            CalcOutput.put(o, "evaporatedKg", s.evaporatedKg());
        }
        CalcOutput.put(out, "peakRateKgPerS", r.peakRateKgPerS());
        CalcOutput.put(out, "durationS", r.durationS());
        out.set("warnings", CalcOutput.warnings(r.warnings()));
        return out;
    }
}
