package org.parkwatch.model.calc.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parkwatch.model.calc.CalcInputException;
import org.parkwatch.model.calc.CalcModel;
import org.parkwatch.model.consequence.BlastResult;
import org.parkwatch.model.consequence.KingeryBulmash;

/**
 * {@code kingery-bulmash}: hemispherical surface-burst incident overpressure (Swisdak 1994 fit).
 * In: tntMassKg and either distanceM or overpressureMpa. Out: scaledDistanceMPerKg13,
 * overpressureMpa or distanceM, warnings.
 */
public final class KingeryBulmashModel implements CalcModel {

    @Override
    public String name() {
        return "kingery-bulmash";
    }

    @Override
    public String summary() {
        return "Kingery-Bulmash surface burst overpressure: tntMassKg, distanceM | overpressureMpa";
    }

    @Override
    public JsonNode compute(JsonNode json) throws CalcInputException {
        CalcInput in = new CalcInput(json);
        double w = in.positive("tntMassKg");
        boolean byDistance = in.oneOf("distanceM", "overpressureMpa");
        double distance = byDistance ? in.positive("distanceM") : Double.NaN;
        double pressure = byDistance ? Double.NaN : in.positive("overpressureMpa");
        in.rejectUnknown();
        BlastResult r =
                byDistance
                        ? KingeryBulmash.overpressureMpa(distance, w)
                        : KingeryBulmash.distanceM(pressure, w);
        ObjectNode out = CalcOutput.object();
        double d = byDistance ? distance : r.value();
        CalcOutput.put(out, "scaledDistanceMPerKg13", KingeryBulmash.scaledDistance(d, w));
        CalcOutput.put(out, byDistance ? "overpressureMpa" : "distanceM", r.value());
        out.set("warnings", CalcOutput.warnings(r.warnings()));
        return out;
    }
}
