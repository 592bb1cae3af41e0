package org.parkwatch.model.calc.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parkwatch.model.calc.CalcInputException;
import org.parkwatch.model.calc.CalcModel;
import org.parkwatch.model.consequence.NormalDistribution;
import org.parkwatch.model.consequence.ProbitModel;
import org.parkwatch.model.consequence.ThresholdLevels;
import org.parkwatch.model.consequence.ToxicProbit;

/**
 * {@code probit}: probit and probability of death P = Φ(Y − 5). In: model — thermal-eisenberg |
 * thermal-tsao | thermal-tno | thermal-lees (fluxWPerM2, durationS); overpressure-lung |
 * overpressure-lung-hse (overpressurePa); overpressure-head-tno | overpressure-structure-tno
 * (overpressurePa, impulsePaS); toxic-ccps | toxic-purple-book (chemical, concentrationPpm,
 * durationS). Out: probit, probability, and constantSet for toxic models.
 */
public final class ProbitCalcModel implements CalcModel {

    @Override
    public String name() {
        return "probit";
    }

    @Override
    public String summary() {
        return "Probit and P(death): model (thermal-*, overpressure-*, toxic-ccps|toxic-purple-book), fluxWPerM2, "
                + "durationS, overpressurePa, impulsePaS, chemical, concentrationPpm";
    }

    @Override
    public JsonNode compute(JsonNode json) throws CalcInputException {
        CalcInput in = new CalcInput(json);
        String key = in.text("model");
        ObjectNode out = CalcOutput.object();
        double y;
        if (key.startsWith("toxic-")) {
            ToxicProbit.ConstantSet set =
                    in.parsed("model", null, k -> ToxicProbit.ConstantSet.parse(k.substring(6)));
            String chemical = in.text("chemical");
            ToxicProbit probit;
            double molar;
            try {
                probit = new ToxicProbit(set, chemical);
                molar = ThresholdLevels.toxic(chemical).molarMassKgPerMol();
            } catch (IllegalArgumentException e) {
                throw new CalcInputException("chemical", e.getMessage());
            }
            double ppm = in.positive("concentrationPpm");
            double seconds = in.positive("durationS");
            in.rejectUnknown();
            y = probit.probitFromPpm(ppm, seconds / 60.0, molar);
            out.put("constantSet", set.key());
        } else {
            ProbitModel model = in.parsed("model", null, ProbitModel::parse);
            if (model.isThermal()) {
                double q = in.positive("fluxWPerM2");
                double t = in.positive("durationS");
                in.rejectUnknown();
                y = model.thermal(q, t);
            } else {
                double p = in.positive("overpressurePa");
                double i = model.needsImpulse() ? in.positive("impulsePaS") : 0;
                in.rejectUnknown();
                y = model.overpressure(p, i);
            }
        }
        CalcOutput.put(out, "probit", y);
        CalcOutput.put(out, "probability", NormalDistribution.probitToProbability(y));
        out.set("warnings", CalcOutput.JSON.arrayNode());
        return out;
    }
}
