package org.parkwatch.model.calc.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parkwatch.model.calc.CalcInputException;
import org.parkwatch.model.calc.CalcModel;
import org.parkwatch.model.consequence.GaussianPlume;
import org.parkwatch.model.consequence.SigmaModel;
import org.parkwatch.model.consequence.SourceTermConstants;
import org.parkwatch.model.consequence.StabilityClass;
import org.parkwatch.model.consequence.Terrain;

/**
 * {@code plume}: Gaussian plume concentration at a point. In: releaseRateKgPerS, windSpeedMPerS (at
 * release height), stability A..F, xM; optional terrain (rural), sigmaModel (briggs),
 * releaseHeightM (0), yM (0), zM (0). Out: concentrationKgPerM3, sigmaYM, sigmaZM, warnings.
 */
public final class PlumeModel implements CalcModel {

    @Override
    public String name() {
        return "plume";
    }

    @Override
    public String summary() {
        return "Gaussian plume C(x,y,z): releaseRateKgPerS, windSpeedMPerS, stability, terrain, sigmaModel, "
                + "releaseHeightM, xM, yM, zM, molarMassKgPerMol and releaseTemperatureK (cap at pure vapour)";
    }

    @Override
    public JsonNode compute(JsonNode json) throws CalcInputException {
        CalcInput in = new CalcInput(json);
        double q = in.nonNegative("releaseRateKgPerS");
        double u = in.positive("windSpeedMPerS");
        StabilityClass s = in.parsed("stability", null, StabilityClass::parse);
        Terrain terrain = in.parsed("terrain", "rural", Terrain::parse);
        SigmaModel sigma = in.parsed("sigmaModel", "briggs", SigmaModel::parse);
        double h = in.nonNegative("releaseHeightM", 0);
        double x = in.positive("xM");
        double y = in.number("yM", 0);
        double z = in.nonNegative("zM", 0);
        double molar = in.positive("molarMassKgPerMol", Double.NaN);
        double tr = in.positive("releaseTemperatureK", SourceTermConstants.AMBIENT_TEMPERATURE_K);
        in.rejectUnknown();
        GaussianPlume plume = GaussianPlume.of(q, u, h, s, terrain, sigma);
        if (Double.isFinite(molar)) {
            plume = plume.withPureVapourCap(GaussianPlume.pureVapourKgPerM3(molar, tr));
        }
        ObjectNode out = CalcOutput.object();
        CalcOutput.put(out, "concentrationKgPerM3", plume.concentrationKgPerM3(x, y, z));
        CalcOutput.put(out, "sigmaYM", plume.sigmaYM(x));
        CalcOutput.put(out, "sigmaZM", plume.sigmaZM(x));
        out.set("warnings", CalcOutput.warnings(plume.warnings(x)));
        return out;
    }
}
