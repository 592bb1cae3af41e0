package org.parkwatch.model.calc.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.parkwatch.model.calc.CalcInputException;
import org.parkwatch.model.calc.CalcModel;
import org.parkwatch.model.consequence.FireConstants;
import org.parkwatch.model.consequence.PoolFire;
import org.parkwatch.model.consequence.SourceTermConstants;
import org.parkwatch.model.consequence.Warning;
import org.parkwatch.model.consequence.WarningCode;

/**
 * {@code poolfire}: point-source pool fire. In: poolRadiusM, burningRateKgPerM2S,
 * heatOfCombustionJPerKg, optional airDensityKgPerM3 (1.184), radiativeFraction (0.24),
 * transmissivity (1), and either distanceM or fluxKwPerM2. Out: flameHeightM, totalPowerW and
 * fluxKwPerM2 (for a distance) or distanceM (for a flux), warnings.
 */
public final class PoolFireModel implements CalcModel {

    @Override
    public String name() {
        return "poolfire";
    }

    @Override
    public String summary() {
        return "Pool fire (Thomas flame height, point source): poolRadiusM, burningRateKgPerM2S, "
                + "heatOfCombustionJPerKg, airDensityKgPerM3, radiativeFraction, distanceM | fluxKwPerM2";
    }

    @Override
    public JsonNode compute(JsonNode json) throws CalcInputException {
        CalcInput in = new CalcInput(json);
        double r = in.positive("poolRadiusM");
        double m = in.positive("burningRateKgPerM2S");
        double hc = in.positive("heatOfCombustionJPerKg");
        double rho = in.positive("airDensityKgPerM3", SourceTermConstants.AIR_DENSITY_KG_PER_M3);
        double eta =
                in.between(
                        "radiativeFraction", 0, 1, FireConstants.DEFAULT_POOL_RADIATIVE_FRACTION);
        double tau = in.between("transmissivity", 0, 1, FireConstants.DEFAULT_TRANSMISSIVITY);
        boolean byDistance = in.oneOf("distanceM", "fluxKwPerM2");
        double distance = byDistance ? in.positive("distanceM") : Double.NaN;
        double flux = byDistance ? Double.NaN : in.positive("fluxKwPerM2");
        in.rejectUnknown();
        PoolFire fire = new PoolFire(r, m, hc, rho, eta, tau);
        ObjectNode out = CalcOutput.object();
        CalcOutput.put(out, "flameHeightM", fire.flameHeightM());
        CalcOutput.put(out, "totalPowerW", fire.totalPowerW());
        CalcOutput.put(
                out, "surfaceEmissivePowerKwPerM2", fire.surfaceEmissivePowerWPerM2() / 1000);
        double d = byDistance ? distance : fire.distanceForFluxM(flux * 1000);
        CalcOutput.put(
                out,
                byDistance ? "fluxKwPerM2" : "distanceM",
                byDistance ? fire.fluxWPerM2(distance) / 1000 : d);
        List<Warning> warnings = new ArrayList<>(fire.warnings(d));
        if (!byDistance && flux * 1000 >= fire.surfaceEmissivePowerWPerM2()) {
            warnings.add(
                    Warning.of(WarningCode.FLUX_CAPPED, "flux above the SEP: the flame itself"));
        }
        out.set("warnings", CalcOutput.warnings(warnings));
        return out;
    }
}
