package org.parkwatch.model.calc.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parkwatch.model.calc.CalcInputException;
import org.parkwatch.model.calc.CalcModel;
import org.parkwatch.model.consequence.BlastResult;
import org.parkwatch.model.consequence.MultiEnergyBlast;

/**
 * {@code multienergy}: vapour cloud explosion by the TNO multi-energy method. In: blastStrength
 * (1..10: 1–3 open, 4–6 medium, 7–10 dense congestion or confinement), either energyJ or fuelMassKg
 * with heatOfCombustionKjPerKg, and either distanceM or overpressureMpa. Out: energyJ,
 * scalingLengthM, chargeRadiusM, overpressureMpa or distanceM, warnings (the curves are an
 * approximation: MULTI_ENERGY_CURVES).
 */
public final class MultiEnergyModel implements CalcModel {

    @Override
    public String name() {
        return "multienergy";
    }

    @Override
    public String summary() {
        return "VCE by the TNO multi-energy method: blastStrength (1-10), energyJ | fuelMassKg + "
                + "heatOfCombustionKjPerKg, distanceM | overpressureMpa";
    }

    @Override
    public JsonNode compute(JsonNode json) throws CalcInputException {
        CalcInput in = new CalcInput(json);
        double s = in.between("blastStrength", 1, 10, Double.NaN);
        if (Double.isNaN(s) || s != Math.rint(s)) {
            throw new CalcInputException("blastStrength", "must be a whole number 1..10");
        }
        boolean byEnergy = in.oneOf("energyJ", "fuelMassKg");
        double energy =
                byEnergy
                        ? in.positive("energyJ")
                        : in.positive("fuelMassKg") * in.positive("heatOfCombustionKjPerKg") * 1e3;
        boolean byDistance = in.oneOf("distanceM", "overpressureMpa");
        double distance = byDistance ? in.positive("distanceM") : Double.NaN;
        double pressure = byDistance ? Double.NaN : in.positive("overpressureMpa");
        in.rejectUnknown();
        MultiEnergyBlast blast = new MultiEnergyBlast(energy, (int) s);
        BlastResult r = byDistance ? blast.overpressureMpa(distance) : blast.distanceM(pressure);
        ObjectNode out = CalcOutput.object();
        CalcOutput.put(out, "energyJ", energy);
        CalcOutput.put(out, "scalingLengthM", blast.scalingLengthM());
        CalcOutput.put(out, "chargeRadiusM", blast.chargeRadiusM());
        CalcOutput.put(out, byDistance ? "overpressureMpa" : "distanceM", r.value());
        out.put("beyondCharts", r.beyondTable());
        out.set("warnings", CalcOutput.warnings(r.warnings()));
        return out;
    }
}
