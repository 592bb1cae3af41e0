package org.parkwatch.model.calc.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parkwatch.model.calc.CalcInputException;
import org.parkwatch.model.calc.CalcModel;
import org.parkwatch.model.consequence.GaussianPuff;
import org.parkwatch.model.consequence.PuffCoefficients;
import org.parkwatch.model.consequence.StabilityClass;

/**
 * {@code puff}: instantaneous Gaussian puff. In: releaseMassKg, windSpeedMPerS, stability, xM,
 * optional yM, zM, releaseHeightM (0) and timeS (default: when the centre passes, x/u). Out:
 * concentrationKgPerM3, sigmaYM, sigmaZM, timeS, warnings.
 */
public final class PuffModel implements CalcModel {

    @Override
    public String name() {
        return "puff";
    }

    @Override
    public String summary() {
        return "Gaussian puff C(x,y,z,t): releaseMassKg, windSpeedMPerS, stability, releaseHeightM, xM, yM, zM, timeS";
    }

    @Override
    public JsonNode compute(JsonNode json) throws CalcInputException {
        CalcInput in = new CalcInput(json);
        double m = in.positive("releaseMassKg");
        double u = in.positive("windSpeedMPerS");
        StabilityClass s = in.parsed("stability", null, StabilityClass::parse);
        double h = in.nonNegative("releaseHeightM", 0);
        double x = in.positive("xM");
        double y = in.number("yM", 0);
        double z = in.nonNegative("zM", 0);
        double t = in.positive("timeS", x / u);
        in.rejectUnknown();
        GaussianPuff puff = new GaussianPuff(m, u, h, s);
        ObjectNode out = CalcOutput.object();
        CalcOutput.put(out, "concentrationKgPerM3", puff.concentrationKgPerM3(x, y, z, t));
        CalcOutput.put(out, "sigmaYM", PuffCoefficients.sigmaYM(s, u * t));
        CalcOutput.put(out, "sigmaZM", PuffCoefficients.sigmaZM(s, u * t));
        CalcOutput.put(out, "timeS", t);
        out.set("warnings", CalcOutput.warnings(puff.warnings(x)));
        return out;
    }
}
