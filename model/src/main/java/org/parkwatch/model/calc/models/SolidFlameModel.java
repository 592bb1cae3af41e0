package org.parkwatch.model.calc.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parkwatch.model.calc.CalcInputException;
import org.parkwatch.model.calc.CalcModel;
import org.parkwatch.model.consequence.AtmosphericTransmissivity;
import org.parkwatch.model.consequence.SolidFlamePoolFire;
import org.parkwatch.model.consequence.SourceTermConstants;

/**
 * {@code solidflame}: pool fire as a solid flame (Thomas height with wind, AGA tilt, Mudan–Croce
 * SEP, Mudan view factor to a vertical target, transmissivity). In: poolDiameterM,
 * burningRateKgPerM2S, vapourDensityKgPerM3, windSpeedMPerS, airDensityKgPerM3 (1.184),
 * relativeHumidity (0.5), airTemperatureK (298.15), distanceM | fluxKwPerM2. Out: flameHeightM,
 * tiltDeg, surfaceEmissivePowerKwPerM2, viewFactor, transmissivity, fluxKwPerM2 or distanceM.
 */
public final class SolidFlameModel implements CalcModel {

    @Override
    public String name() {
        return "solidflame";
    }

    @Override
    public String summary() {
        return "Solid-flame pool fire (Mudan/Shokri-Beyler style): poolDiameterM, burningRateKgPerM2S, "
                + "vapourDensityKgPerM3, windSpeedMPerS, relativeHumidity, airTemperatureK, distanceM | fluxKwPerM2";
    }

    @Override
    public JsonNode compute(JsonNode json) throws CalcInputException {
        CalcInput in = new CalcInput(json);
        double d = in.positive("poolDiameterM");
        double m = in.positive("burningRateKgPerM2S");
        double rhoV = in.positive("vapourDensityKgPerM3");
        double u = in.nonNegative("windSpeedMPerS");
        double rhoA = in.positive("airDensityKgPerM3", SourceTermConstants.AIR_DENSITY_KG_PER_M3);
        double rh = in.between("relativeHumidity", 0, 1, 0.5);
        double ta = in.positive("airTemperatureK", SourceTermConstants.AMBIENT_TEMPERATURE_K);
        boolean byDistance = in.oneOf("distanceM", "fluxKwPerM2");
        double x = byDistance ? in.positive("distanceM") : Double.NaN;
        double flux = byDistance ? Double.NaN : in.positive("fluxKwPerM2");
        in.rejectUnknown();
        SolidFlamePoolFire fire = new SolidFlamePoolFire(d, m, rhoA, rhoV, u);
        ObjectNode out = CalcOutput.object();
        out.put("model", "solid-flame");
        CalcOutput.put(out, "flameHeightM", fire.flameHeightM());
        CalcOutput.put(out, "tiltDeg", fire.tiltDeg());
        CalcOutput.put(
                out, "surfaceEmissivePowerKwPerM2", fire.surfaceEmissivePowerWPerM2() / 1000);
        double at = byDistance ? x : fire.distanceForFluxM(flux * 1000, rh, ta);
        if (byDistance && x <= d / 2) {
            throw new CalcInputException(
                    "distanceM", "must be outside the pool (> " + d / 2 + " m from its centre)");
        }
        CalcOutput.put(out, "viewFactor", fire.viewFactorVertical(at));
        CalcOutput.put(out, "transmissivity", AtmosphericTransmissivity.of(at - d / 2, rh, ta));
        CalcOutput.put(
                out,
                byDistance ? "fluxKwPerM2" : "distanceM",
                byDistance ? fire.fluxWPerM2(x, rh, ta) / 1000 : at);
        out.set("warnings", CalcOutput.JSON.arrayNode());
        return out;
    }
}
