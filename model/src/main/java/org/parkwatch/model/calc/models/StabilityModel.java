package org.parkwatch.model.calc.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.parkwatch.model.calc.CalcInputException;
import org.parkwatch.model.calc.CalcModel;
import org.parkwatch.model.consequence.Insolation;
import org.parkwatch.model.consequence.PasquillClassifier;

/**
 * {@code stability}: Pasquill class. In: windSpeedMPerS (10 m) and either insolation (day-strong |
 * day-moderate | day-slight | night-cloudy | night-clear | overcast) or solarElevationDeg with
 * cloudOktas; optional preferStable (true: split classes resolve to the more stable one). Out:
 * stability, insolation.
 */
public final class StabilityModel implements CalcModel {

    @Override
    public String name() {
        return "stability";
    }

    @Override
    public String summary() {
        return "Pasquill stability class: windSpeedMPerS, insolation | (solarElevationDeg, cloudOktas), preferStable";
    }

    @Override
    public JsonNode compute(JsonNode json) throws CalcInputException {
        CalcInput in = new CalcInput(json);
        double u = in.nonNegative("windSpeedMPerS");
        boolean named = in.oneOf("insolation", "solarElevationDeg");
        Insolation insolation;
        if (named) {
            insolation =
                    in.parsed(
                            "insolation",
                            null,
                            t ->
                                    Insolation.valueOf(
                                            t.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
        } else {
            double elevation = in.number("solarElevationDeg");
            double oktas = in.number("cloudOktas");
            if (oktas < 0 || oktas > 8 || oktas != Math.rint(oktas)) {
                throw new CalcInputException(
                        "cloudOktas", "must be a whole number 0..8 but was " + oktas);
            }
            insolation = PasquillClassifier.insolation(elevation, (int) oktas);
        }
        boolean preferStable = in.flag("preferStable", true);
        in.rejectUnknown();
        ObjectNode out = CalcOutput.object();
        out.put("stability", new PasquillClassifier(preferStable).classify(u, insolation).name());
        out.put("insolation", insolation.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        out.set("warnings", CalcOutput.JSON.arrayNode());
        return out;
    }
}
