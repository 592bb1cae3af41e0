package org.parkwatch.model.calc.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.parkwatch.model.calc.CalcInputException;
import org.parkwatch.model.calc.CalcModel;
import org.parkwatch.model.consequence.DenseGasPuff;
import org.parkwatch.model.consequence.SourceTermConstants;
import org.parkwatch.model.consequence.ThreatZone;
import org.parkwatch.model.consequence.ThreatZoneBuilder;
import org.parkwatch.model.consequence.Threshold;
import org.parkwatch.model.consequence.ThresholdLevels;

/**
 * {@code densepuff}: instantaneous dense-gas release (Britter–McQuaid puff), e.g. a chlorine bullet
 * rupture. In: massKg, cloudDensityKgPerM3 (initial cloud), optional initialVolumeM3 (default
 * mass/density), releaseTemperatureK, windSpeedMPerS (10 m), airTemperatureK; then either xM, tS
 * (and yM, zM) for a concentration, or chemical, windFromDeg and levels (erpg | aegl) for footprint
 * zones. Out: alpha, concentrationKgPerM3 or zones, warnings.
 */
public final class DensePuffModel implements CalcModel {

    @Override
    public String name() {
        return "densepuff";
    }

    @Override
    public String summary() {
        return "Dense-gas puff (Britter-McQuaid instantaneous): massKg, cloudDensityKgPerM3, initialVolumeM3, "
                + "releaseTemperatureK, windSpeedMPerS, airTemperatureK, xM+tS [yM, zM] | chemical+windFromDeg+levels";
    }

    @Override
    public JsonNode compute(JsonNode json) throws CalcInputException {
        CalcInput in = new CalcInput(json);
        double mass = in.positive("massKg");
        double rho = in.positive("cloudDensityKgPerM3");
        double v0 = in.positive("initialVolumeM3", mass / rho);
        double tr = in.positive("releaseTemperatureK");
        double u = in.positive("windSpeedMPerS");
        double ta = in.positive("airTemperatureK", SourceTermConstants.AMBIENT_TEMPERATURE_K);
        double rhoAir = in.positive("airDensityKgPerM3", SourceTermConstants.AIR_DENSITY_KG_PER_M3);
        DenseGasPuff puff = new DenseGasPuff(mass, v0, rho, rhoAir, u, tr, ta);
        ObjectNode out = CalcOutput.object();
        out.put("model", "britter-mcquaid-puff");
        CalcOutput.put(out, "alpha", puff.alpha());
        CalcOutput.put(out, "lowestCurveDistanceM", puff.lowestCurveDistanceM());
        if (in.has("chemical")) {
            String chemical = in.text("chemical");
            double windFrom = in.between("windFromDeg", 0, 360, 0);
            String set = in.text("levels", "erpg");
            in.rejectUnknown();
            ThresholdLevels.ToxicLevels levels = levels(chemical);
            List<Threshold> thresholds =
                    "aegl".equals(set)
                            ? ThresholdLevels.aegl(chemical)
                            : ThresholdLevels.erpg(chemical);
            List<ThreatZone> zones =
                    new ThreatZoneBuilder()
                            .plumeZones(
                                    puff,
                                    thresholds,
                                    levels.molarMassKgPerMol(),
                                    windFrom,
                                    0,
                                    0,
                                    puff.warnings());
            out.set("zones", CalcOutput.toxicZones(zones));
        } else {
            double x = in.number("xM");
            double t = in.nonNegative("tS");
            double y = in.number("yM", 0);
            double z = in.nonNegative("zM", 0);
            in.rejectUnknown();
            CalcOutput.put(out, "concentrationKgPerM3", puff.concentrationKgPerM3(x, y, z, t));
            CalcOutput.put(out, "cloudRadiusM", puff.radiusM(t));
        }
        out.set("warnings", CalcOutput.warnings(puff.warnings()));
        return out;
    }

    private static ThresholdLevels.ToxicLevels levels(String chemical) throws CalcInputException {
        try {
            return ThresholdLevels.toxic(chemical);
        } catch (IllegalArgumentException e) {
            throw new CalcInputException("chemical", e.getMessage());
        }
    }
}
