package org.parkwatch.model.calc.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.parkwatch.model.calc.CalcInputException;
import org.parkwatch.model.calc.CalcModel;
import org.parkwatch.model.consequence.TankDrain;

/**
 * {@code tankdrain}: a vertical tank draining through a hole, the rate falling with the level and
 * (closed head space) the pressure. In: tankDiameterM, holeDiameterM, liquidDensityKgPerM3,
 * liquidHeadM (above the hole), padGaugePa (0), headSpaceM3 (omit for a regulated pad),
 * dischargeCoefficient (0.61), maxS (86400). Out: samples [{timeS, massRateKgPerS, headAboveHoleM,
 * gaugePressurePa, releasedKg}], durationS, releasedKg, maxAverageRate60sKgPerS (the rate that
 * feeds dispersion), regulatedDrainTimeS.
 */
public final class TankDrainModel implements CalcModel {

    /**
     * Averaging window of the rate handed to dispersion (s), as ALOHA's "maximum average sustained
     * release rate".
     */
    static final double AVERAGING_S = 60;

    @Override
    public String name() {
        return "tankdrain";
    }

    @Override
    public String summary() {
        return "Tank draining through a hole (falling level/pressure): tankDiameterM, holeDiameterM, "
                + "liquidDensityKgPerM3, liquidHeadM, padGaugePa, headSpaceM3, dischargeCoefficient, maxS";
    }

    @Override
    public JsonNode compute(JsonNode json) throws CalcInputException {
        CalcInput in = new CalcInput(json);
        double d = in.positive("tankDiameterM");
        double hole = in.positive("holeDiameterM");
        double rho = in.positive("liquidDensityKgPerM3");
        double head = in.nonNegative("liquidHeadM");
        double pad = in.nonNegative("padGaugePa", 0);
        double space = in.positive("headSpaceM3", Double.NaN);
        double cd = in.between("dischargeCoefficient", 0.01, 1, 0.61);
        double maxS = in.positive("maxS", 86_400);
        in.rejectUnknown();
        if (hole >= d) {
            throw new CalcInputException(
                    "holeDiameterM", "must be smaller than tankDiameterM (" + d + " m)");
        }
        TankDrain tank = new TankDrain(Math.PI * d * d / 4, hole, cd, rho, head, pad, space);
        List<TankDrain.Sample> samples = tank.simulate(maxS);
        ObjectNode out = CalcOutput.object();
        ArrayNode arr = out.putArray("samples");
        for (TankDrain.Sample s : samples) {
            ObjectNode o = arr.addObject();
            CalcOutput.put(o, "timeS", s.timeS());
            CalcOutput.put(o, "massRateKgPerS", s.massRateKgPerS());
            CalcOutput.put(o, "headAboveHoleM", s.headAboveHoleM());
            CalcOutput.put(o, "gaugePressurePa", s.gaugePressurePa());
            CalcOutput.put(o, "releasedKg", s.releasedKg());
        }
        TankDrain.Sample last = samples.get(samples.size() - 1);
        CalcOutput.put(out, "durationS", last.timeS());
        CalcOutput.put(out, "releasedKg", last.releasedKg());
        CalcOutput.put(
                out,
                "maxAverageRate60sKgPerS",
                TankDrain.maxAverageRateKgPerS(samples, AVERAGING_S));
        CalcOutput.put(out, "regulatedDrainTimeS", tank.regulatedDrainTimeS());
        out.put("pressure", tank.regulated() ? "regulated pad" : "closed head space (isothermal)");
        out.set("warnings", CalcOutput.JSON.arrayNode());
        return out;
    }
}
