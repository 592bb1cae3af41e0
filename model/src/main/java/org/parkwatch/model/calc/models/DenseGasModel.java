package org.parkwatch.model.calc.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.parkwatch.model.calc.CalcInputException;
import org.parkwatch.model.calc.CalcModel;
import org.parkwatch.model.consequence.DensePassivePlume;
import org.parkwatch.model.consequence.DispersionChoice;
import org.parkwatch.model.consequence.GaussianPlume;
import org.parkwatch.model.consequence.SigmaModel;
import org.parkwatch.model.consequence.SourceTermConstants;
import org.parkwatch.model.consequence.StabilityClass;
import org.parkwatch.model.consequence.Terrain;
import org.parkwatch.model.consequence.ValidityLimits;
import org.parkwatch.model.consequence.Warning;
import org.parkwatch.model.consequence.WarningCode;

/**
 * {@code densegas}: continuous release, dense (Britter–McQuaid) or passive (Gaussian plume) by the
 * Richardson-number criterion. In: releaseRateKgPerS, releaseDensityKgPerM3, windSpeedMPerS (10 m),
 * releaseTemperatureK, xM, optional yM (0), airDensityKgPerM3 (1.184), ambientK (298.15), and for
 * the passive case stability (D), terrain (rural), sigmaModel (briggs), releaseHeightM (0). Out:
 * model, criterion, concentrationKgPerM3, volumeFraction (dense only), warnings.
 */
public final class DenseGasModel implements CalcModel {

    @Override
    public String name() {
        return "densegas";
    }

    @Override
    public String summary() {
        return "Dense gas (Britter-McQuaid) or passive plume by Richardson criterion: releaseRateKgPerS, "
                + "releaseDensityKgPerM3, windSpeedMPerS, releaseTemperatureK, xM, yM, airDensityKgPerM3, ambientK";
    }

    @Override
    public JsonNode compute(JsonNode json) throws CalcInputException {
        CalcInput in = new CalcInput(json);
        double q = in.positive("releaseRateKgPerS");
        double rhoGas = in.positive("releaseDensityKgPerM3");
        double u = in.positive("windSpeedMPerS");
        double tr = in.positive("releaseTemperatureK");
        double x = in.positive("xM");
        double y = in.number("yM", 0);
        double rhoAir = in.positive("airDensityKgPerM3", SourceTermConstants.AIR_DENSITY_KG_PER_M3);
        double ta = in.positive("ambientK", SourceTermConstants.AMBIENT_TEMPERATURE_K);
        StabilityClass s = in.parsed("stability", "D", StabilityClass::parse);
        Terrain terrain = in.parsed("terrain", "rural", Terrain::parse);
        SigmaModel sigma = in.parsed("sigmaModel", "briggs", SigmaModel::parse);
        double h = in.nonNegative("releaseHeightM", 0);
        in.rejectUnknown();
        DispersionChoice choice =
                DispersionChoice.select(q, rhoGas, rhoAir, u, tr, ta, h, s, terrain, sigma);
        ObjectNode out = CalcOutput.object();
        out.put("model", choice.model());
        CalcOutput.put(out, "criterion", choice.criterion());
        out.put("criterionRule", "dense if (g0'*q0/D)^(1/3)/u >= 0.15");
        List<Warning> warnings = new ArrayList<>();
        if (choice.field() instanceof DensePassivePlume plume) {
            out.put("modelAtX", plume.modelAt(x));
            CalcOutput.put(out, "transitionM", plume.transitionM());
            CalcOutput.put(out, "concentrationKgPerM3", plume.groundConcentrationKgPerM3(x, y));
            if (x <= plume.transitionM()) {
                CalcOutput.put(out, "volumeFraction", plume.dense().volumeFraction(x, y, 0));
            }
            warnings.addAll(plume.warnings());
            if (x < ValidityLimits.NEAR_FIELD_M) {
                warnings.add(Warning.of(WarningCode.NEAR_FIELD, "x = " + x + " m"));
            }
        } else {
            GaussianPlume plume = (GaussianPlume) choice.field();
            CalcOutput.put(out, "concentrationKgPerM3", plume.concentrationKgPerM3(x, y, 0));
            warnings.add(choice.warnings().get(0));
            warnings.addAll(plume.warnings(x));
        }
        out.set("warnings", CalcOutput.warnings(warnings));
        return out;
    }
}
