package org.parkwatch.model.calc.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parkwatch.model.calc.CalcInputException;
import org.parkwatch.model.calc.CalcModel;
import org.parkwatch.model.consequence.BlastResult;
import org.parkwatch.model.consequence.TntEquivalence;

/**
 * {@code tnt}: vapour cloud explosion by TNT equivalence and the 1000 kg reference table. In:
 * fuelMassKg, heatOfCombustionKjPerKg, optional efficiency (0.04), groundFactor (1.8),
 * tntBlastEnergyKjPerKg (4500), and either distanceM or overpressureMpa. Out: tntMassKg and
 * overpressureMpa or distanceM (null beyond the table), beyondTable, warnings.
 */
public final class TntModel implements CalcModel {

    @Override
    public String name() {
        return "tnt";
    }

    @Override
    public String summary() {
        return "VCE by TNT equivalence (log-log table): fuelMassKg, heatOfCombustionKjPerKg, efficiency, "
                + "groundFactor, tntBlastEnergyKjPerKg, distanceM | overpressureMpa";
    }

    @Override
    public JsonNode compute(JsonNode json) throws CalcInputException {
        CalcInput in = new CalcInput(json);
        double wf = in.positive("fuelMassKg");
        double qf = in.positive("heatOfCombustionKjPerKg");
        double alpha = in.between("efficiency", 0, 1, TntEquivalence.DEFAULT_EFFICIENCY);
        double beta = in.positive("groundFactor", TntEquivalence.DEFAULT_GROUND_FACTOR);
        double qTnt =
                in.positive(
                        "tntBlastEnergyKjPerKg", TntEquivalence.DEFAULT_TNT_BLAST_ENERGY_KJ_PER_KG);
        boolean byDistance = in.oneOf("distanceM", "overpressureMpa");
        double distance = byDistance ? in.positive("distanceM") : Double.NaN;
        double pressure = byDistance ? Double.NaN : in.positive("overpressureMpa");
        in.rejectUnknown();
        double w = TntEquivalence.tntMassKg(wf, qf, alpha, beta, qTnt);
        if (!(w > 0)) {
            throw new CalcInputException("efficiency", "gives no TNT equivalent (must be > 0)");
        }
        TntEquivalence tnt = new TntEquivalence(w);
        BlastResult r = byDistance ? tnt.overpressureMpa(distance) : tnt.distanceM(pressure);
        ObjectNode out = CalcOutput.object();
        CalcOutput.put(out, "tntMassKg", w);
        CalcOutput.put(out, byDistance ? "overpressureMpa" : "distanceM", r.value());
        out.put("beyondTable", r.beyondTable());
        out.put("interpolation", "log-log");
        out.set("warnings", CalcOutput.warnings(r.warnings()));
        return out;
    }
}
