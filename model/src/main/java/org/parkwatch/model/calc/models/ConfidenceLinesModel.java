package org.parkwatch.model.calc.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.locationtech.jts.geom.GeometryFactory;
import org.parkwatch.model.calc.CalcInputException;
import org.parkwatch.model.calc.CalcModel;
import org.parkwatch.model.consequence.ConfidenceLines;
import org.parkwatch.model.consequence.StabilityClass;

/**
 * {@code confidence}: wind-direction confidence lines of a threat zone. In: stability,
 * windSpeedMPerS (10 m), windFromDeg, reachM, sourceEastM, sourceNorthM. Out: halfAngleDeg,
 * geometry (the wedge, local metres), warnings.
 */
public final class ConfidenceLinesModel implements CalcModel {

    @Override
    public String name() {
        return "confidence";
    }

    @Override
    public String summary() {
        return "Wind-direction confidence lines: stability, windSpeedMPerS, windFromDeg, reachM";
    }

    @Override
    public JsonNode compute(JsonNode json) throws CalcInputException {
        CalcInput in = new CalcInput(json);
        StabilityClass s = in.parsed("stability", null, StabilityClass::parse);
        double u = in.nonNegative("windSpeedMPerS");
        double from = in.between("windFromDeg", 0, 360, 0);
        double reach = in.positive("reachM");
        double e0 = in.number("sourceEastM", 0);
        double n0 = in.number("sourceNorthM", 0);
        in.rejectUnknown();
        ConfidenceLines.Result r =
                ConfidenceLines.of(new GeometryFactory(), s, u, from, reach, e0, n0);
        ObjectNode out = CalcOutput.object();
        CalcOutput.put(out, "halfAngleDeg", r.halfAngleDeg());
        out.set("geometry", CalcOutput.geoJson(r.area()));
        out.set("warnings", CalcOutput.warnings(r.warnings()));
        return out;
    }
}
