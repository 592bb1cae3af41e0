package org.parkwatch.model.calc.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.parkwatch.model.calc.CalcInputException;
import org.parkwatch.model.calc.CalcModel;
import org.parkwatch.model.consequence.BlastResult;
import org.parkwatch.model.consequence.FireConstants;
import org.parkwatch.model.consequence.Fireball;
import org.parkwatch.model.consequence.JetFire;
import org.parkwatch.model.consequence.PoolFire;
import org.parkwatch.model.consequence.SourceTermConstants;
import org.parkwatch.model.consequence.ThreatZone;
import org.parkwatch.model.consequence.ThreatZoneBuilder;
import org.parkwatch.model.consequence.Threshold;
import org.parkwatch.model.consequence.ThresholdLevels;
import org.parkwatch.model.consequence.TntEquivalence;
import org.parkwatch.model.consequence.Warning;

/**
 * {@code effectzones}: circular threat zones of a fire or explosion at the radiation (kW/m²) or
 * overpressure (MPa) thresholds, in local metres around sourceEastM/sourceNorthM (0, 0). In: effect
 * — poolfire (poolRadiusM, burningRateKgPerM2S, heatOfCombustionJPerKg, airDensityKgPerM3,
 * radiativeFraction), jetfire (massRateKgPerS, heatOfCombustionJPerKg, radiativeFraction), fireball
 * (fuelMassKg, heatOfCombustionJPerKg, radiativeFraction) or tnt (fuelMassKg,
 * heatOfCombustionKjPerKg, efficiency, groundFactor, tntBlastEnergyKjPerKg). Out: zones [{id,
 * value, unit, distanceM, geometry}], warnings.
 */
public final class EffectZonesModel implements CalcModel {

    private final ThreatZoneBuilder builder = new ThreatZoneBuilder();

    @Override
    public String name() {
        return "effectzones";
    }

    @Override
    public String summary() {
        return "Fire/explosion threat zones (kW/m2 or MPa circles, local metres): effect poolfire|jetfire|fireball|tnt "
                + "plus that model's inputs, sourceEastM, sourceNorthM";
    }

    @Override
    public JsonNode compute(JsonNode json) throws CalcInputException {
        CalcInput in = new CalcInput(json);
        String effect = in.text("effect");
        double e0 = in.number("sourceEastM", 0);
        double n0 = in.number("sourceNorthM", 0);
        List<Threshold> thresholds;
        DoubleUnaryOperator radius;
        List<Warning> warnings = new ArrayList<>();
        switch (effect) {
            case "poolfire" -> {
                PoolFire fire =
                        new PoolFire(
                                in.positive("poolRadiusM"),
                                in.positive("burningRateKgPerM2S"),
                                in.positive("heatOfCombustionJPerKg"),
                                in.positive(
                                        "airDensityKgPerM3",
                                        SourceTermConstants.AIR_DENSITY_KG_PER_M3),
                                in.between(
                                        "radiativeFraction",
                                        0,
                                        1,
                                        FireConstants.DEFAULT_POOL_RADIATIVE_FRACTION),
                                FireConstants.DEFAULT_TRANSMISSIVITY);
                thresholds = ThresholdLevels.RADIATION;
                radius = kw -> fire.distanceForFluxM(kw * 1000);
            }
            case "jetfire" -> {
                JetFire jet =
                        new JetFire(
                                in.positive("massRateKgPerS"),
                                in.positive("heatOfCombustionJPerKg"),
                                in.between(
                                        "radiativeFraction",
                                        0,
                                        1,
                                        FireConstants.DEFAULT_JET_RADIATIVE_FRACTION),
                                FireConstants.DEFAULT_TRANSMISSIVITY);
                thresholds = ThresholdLevels.RADIATION;
                radius = kw -> jet.distanceForFluxM(kw * 1000);
            }
            case "fireball" -> {
                Fireball ball = new Fireball(in.positive("fuelMassKg"));
                double hc = in.positive("heatOfCombustionJPerKg");
                double fr =
                        in.between(
                                "radiativeFraction",
                                0,
                                1,
                                FireConstants.DEFAULT_FIREBALL_RADIATIVE_FRACTION);
                thresholds = ThresholdLevels.RADIATION;
                radius =
                        kw ->
                                ball.distanceForFluxM(
                                        kw * 1000, hc, fr, FireConstants.DEFAULT_TRANSMISSIVITY);
            }
            case "tnt" -> {
                double w =
                        TntEquivalence.tntMassKg(
                                in.positive("fuelMassKg"),
                                in.positive("heatOfCombustionKjPerKg"),
                                in.between("efficiency", 0, 1, TntEquivalence.DEFAULT_EFFICIENCY),
                                in.positive("groundFactor", TntEquivalence.DEFAULT_GROUND_FACTOR),
                                in.positive(
                                        "tntBlastEnergyKjPerKg",
                                        TntEquivalence.DEFAULT_TNT_BLAST_ENERGY_KJ_PER_KG));
                if (!(w > 0)) {
                    throw new CalcInputException(
                            "efficiency", "gives no TNT equivalent (must be > 0)");
                }
                TntEquivalence tnt = new TntEquivalence(w);
                thresholds = ThresholdLevels.OVERPRESSURE;
                radius =
                        mpa -> {
                            BlastResult r = tnt.distanceM(mpa);
                            warnings.addAll(r.warnings());
                            return r.value();
                        };
            }
            default ->
                    throw new CalcInputException(
                            "effect",
                            "must be poolfire, jetfire, fireball or tnt but was " + effect);
        }
        in.rejectUnknown();
        List<ThreatZone> zones = builder.circularZones(thresholds, radius, e0, n0, List.of());
        ObjectNode out = CalcOutput.object();
        ArrayNode arr = out.putArray("zones");
        for (ThreatZone z : zones) {
            ObjectNode o = arr.addObject();
            o.put("id", z.threshold().id());
            o.put("value", z.threshold().value());
            o.put("unit", z.threshold().unit());
            o.put("zh", z.threshold().textZh());
            o.put("en", z.threshold().textEn());
            CalcOutput.put(o, "distanceM", z.distanceM());
            o.set("geometry", CalcOutput.geoJson(z.area()));
        }
        out.set("warnings", CalcOutput.warnings(warnings));
        return out;
    }
}
