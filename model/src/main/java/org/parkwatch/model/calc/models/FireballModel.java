package org.parkwatch.model.calc.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parkwatch.model.calc.CalcInputException;
import org.parkwatch.model.calc.CalcModel;
import org.parkwatch.model.consequence.FireConstants;
import org.parkwatch.model.consequence.Fireball;

/**
 * {@code fireball}: BLEVE fireball size and duration. In: fuelMassKg; for radiation also
 * heatOfCombustionJPerKg and distanceM or fluxKwPerM2, with optional vesselPressureMpa (Roberts'
 * radiative fraction) or radiativeFraction (0.3) and transmissivity (1). Out: diameterM, durationS,
 * heightM, and surfaceEmissivePowerKwPerM2, radiativeFraction, viewFactor, fluxKwPerM2 or distanceM
 * when asked.
 */
public final class FireballModel implements CalcModel {

    @Override
    public String name() {
        return "fireball";
    }

    @Override
    public String summary() {
        return "BLEVE fireball D, t, H (and flux): fuelMassKg [, heatOfCombustionJPerKg, distanceM | fluxKwPerM2, "
                + "vesselPressureMpa | radiativeFraction | sepKwPerM2 (user SEP), transmissivity]";
    }

    @Override
    public JsonNode compute(JsonNode json) throws CalcInputException {
        CalcInput in = new CalcInput(json);
        Fireball ball = new Fireball(in.positive("fuelMassKg"));
        if (in.has("sepKwPerM2")) {
            return withUserSep(in, ball);
        }
        boolean radiation = in.has("heatOfCombustionJPerKg");
        ObjectNode out = CalcOutput.object();
        CalcOutput.put(out, "diameterM", ball.diameterM());
        CalcOutput.put(out, "durationS", ball.durationS());
        CalcOutput.put(out, "heightM", ball.heightM());
        if (!radiation) {
            in.has("distanceM");
            in.has("fluxKwPerM2");
            in.rejectUnknown();
            out.set("warnings", CalcOutput.JSON.arrayNode());
            return out;
        }
        double hc = in.positive("heatOfCombustionJPerKg");
        double fr =
                in.has("vesselPressureMpa")
                        ? Fireball.radiativeFractionForPressure(in.positive("vesselPressureMpa"))
                        : in.between(
                                "radiativeFraction",
                                0,
                                1,
                                FireConstants.DEFAULT_FIREBALL_RADIATIVE_FRACTION);
        double tau = in.between("transmissivity", 0, 1, FireConstants.DEFAULT_TRANSMISSIVITY);
        boolean byDistance = in.oneOf("distanceM", "fluxKwPerM2");
        double distance = byDistance ? in.nonNegative("distanceM") : Double.NaN;
        double flux = byDistance ? Double.NaN : in.positive("fluxKwPerM2");
        in.rejectUnknown();
        CalcOutput.put(out, "radiativeFraction", fr);
        CalcOutput.put(
                out, "surfaceEmissivePowerKwPerM2", ball.surfaceEmissivePowerWPerM2(hc, fr) / 1000);
        if (byDistance) {
            CalcOutput.put(out, "viewFactor", ball.viewFactor(distance));
            CalcOutput.put(out, "fluxKwPerM2", ball.fluxWPerM2(distance, hc, fr, tau) / 1000);
        } else {
            CalcOutput.put(out, "distanceM", ball.distanceForFluxM(flux * 1000, hc, fr, tau));
        }
        out.set("warnings", CalcOutput.JSON.arrayNode());
        return out;
    }

    /** Radiation from a user-given surface emissive power (kW/m²) instead of Fr·M·Hc/(πD²t). */
    private static JsonNode withUserSep(CalcInput in, Fireball ball) throws CalcInputException {
        double sep = in.positive("sepKwPerM2") * 1000;
        double tau = in.between("transmissivity", 0, 1, FireConstants.DEFAULT_TRANSMISSIVITY);
        boolean byDistance = in.oneOf("distanceM", "fluxKwPerM2");
        double distance = byDistance ? in.nonNegative("distanceM") : Double.NaN;
        double flux = byDistance ? Double.NaN : in.positive("fluxKwPerM2");
        in.rejectUnknown();
        ObjectNode out = CalcOutput.object();
        CalcOutput.put(out, "diameterM", ball.diameterM());
        CalcOutput.put(out, "durationS", ball.durationS());
        CalcOutput.put(out, "heightM", ball.heightM());
        CalcOutput.put(out, "surfaceEmissivePowerKwPerM2", sep / 1000);
        out.put("sepSource", "user");
        if (byDistance) {
            CalcOutput.put(out, "viewFactor", ball.viewFactor(distance));
            CalcOutput.put(out, "fluxKwPerM2", ball.fluxWithSepWPerM2(distance, sep, tau) / 1000);
        } else {
            CalcOutput.put(out, "distanceM", ball.distanceForFluxWithSepM(flux * 1000, sep, tau));
        }
        out.set("warnings", CalcOutput.JSON.arrayNode());
        return out;
    }
}
