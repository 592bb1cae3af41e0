package org.parkwatch.model.calc.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parkwatch.model.calc.CalcInputException;
import org.parkwatch.model.calc.CalcModel;
import org.parkwatch.model.consequence.FireConstants;
import org.parkwatch.model.consequence.JetFire;

/**
 * {@code jetfire}: point-source jet fire. In: massRateKgPerS, heatOfCombustionJPerKg, optional
 * radiativeFraction (0.35), transmissivity (1), and distanceM or fluxKwPerM2. Out: totalPowerW and
 * fluxKwPerM2 or distanceM.
 */
public final class JetFireModel implements CalcModel {

    @Override
    public String name() {
        return "jetfire";
    }

    @Override
    public String summary() {
        return "Jet fire (point source): massRateKgPerS, heatOfCombustionJPerKg, radiativeFraction, "
                + "distanceM | fluxKwPerM2";
    }

    @Override
    public JsonNode compute(JsonNode json) throws CalcInputException {
        CalcInput in = new CalcInput(json);
        double m = in.positive("massRateKgPerS");
        double hc = in.positive("heatOfCombustionJPerKg");
        double eta =
                in.between("radiativeFraction", 0, 1, FireConstants.DEFAULT_JET_RADIATIVE_FRACTION);
        double tau = in.between("transmissivity", 0, 1, FireConstants.DEFAULT_TRANSMISSIVITY);
        boolean byDistance = in.oneOf("distanceM", "fluxKwPerM2");
        double distance = byDistance ? in.positive("distanceM") : Double.NaN;
        double flux = byDistance ? Double.NaN : in.positive("fluxKwPerM2");
        in.rejectUnknown();
        JetFire jet = new JetFire(m, hc, eta, tau);
        ObjectNode out = CalcOutput.object();
        CalcOutput.put(out, "totalPowerW", jet.totalPowerW());
        if (byDistance) {
            CalcOutput.put(out, "fluxKwPerM2", jet.fluxWPerM2(distance) / 1000);
        } else {
            CalcOutput.put(out, "distanceM", jet.distanceForFluxM(flux * 1000));
        }
        out.set("warnings", CalcOutput.JSON.arrayNode());
        return out;
    }
}
