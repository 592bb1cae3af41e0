package org.parkwatch.backend.risk.zones;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import org.parkwatch.model.consequence.BlastResult;
import org.parkwatch.model.consequence.MultiEnergyBlast;
import org.parkwatch.model.consequence.ThreatZone;
import org.parkwatch.model.consequence.ThreatZoneBuilder;
import org.parkwatch.model.consequence.ThresholdLevels;
import org.parkwatch.model.consequence.TntEquivalence;
import org.parkwatch.model.consequence.Warning;

/**
 * Overpressure zones of a vapour cloud explosion, by TNT equivalence (model {@code
 * tnt-equivalence}) and by the TNO multi-energy method (model {@code tno-multi-energy}, blast
 * strength {@link ZoneAssumptions#DEFAULT_BLAST_STRENGTH}), at the levels of {@link
 * ThresholdLevels#OVERPRESSURE}. Pure, thread-safe.
 */
final class BlastZones {
    static final String TNT_EQUIVALENCE = "tnt-equivalence";
    static final String MULTI_ENERGY = "tno-multi-energy";

    private final ThreatZoneBuilder builder;

    BlastZones(ThreatZoneBuilder builder) {
        this.builder = builder;
    }

    OutcomeZones tnt(Release r, ChemicalHazard c) {
        double mass = r.cloudMassKg();
        double tnt =
                TntEquivalence.tntMassKg(
                        mass,
                        c.heatOfCombustionJPerKg() / 1000,
                        TntEquivalence.DEFAULT_EFFICIENCY,
                        TntEquivalence.DEFAULT_GROUND_FACTOR,
                        TntEquivalence.DEFAULT_TNT_BLAST_ENERGY_KJ_PER_KG);
        TntEquivalence blast = new TntEquivalence(tnt);
        List<Warning> warnings = new ArrayList<>();
        List<ThreatZone> zones = rings(r, blast::distanceM, warnings);
        List<String[]> assumptions =
                List.<String[]>of(
                        new String[] {
                            String.format(
                                    "可燃云质量 %.0f kg，TNT 当量 %.0f kg（效率 %.2f）",
                                    mass, tnt, TntEquivalence.DEFAULT_EFFICIENCY),
                            String.format(
                                    "flammable cloud %.0f kg, TNT equivalent %.0f kg (efficiency %.2f)",
                                    mass, tnt, TntEquivalence.DEFAULT_EFFICIENCY)
                        });
        return new OutcomeZones(
                ReleaseOutcome.VCE,
                TNT_EQUIVALENCE,
                Double.NaN,
                zones,
                ZoneCalculator.dedupe(warnings),
                assumptions,
                OutcomeZones.single(TNT_EQUIVALENCE));
    }

    OutcomeZones multiEnergy(Release r, ChemicalHazard c) {
        double mass = r.cloudMassKg();
        int strength = ZoneAssumptions.DEFAULT_BLAST_STRENGTH;
        MultiEnergyBlast blast =
                MultiEnergyBlast.ofFuel(mass, c.heatOfCombustionJPerKg(), strength);
        List<Warning> warnings = new ArrayList<>();
        List<ThreatZone> zones = rings(r, blast::distanceM, warnings);
        List<String[]> assumptions =
                List.<String[]>of(
                        new String[] {
                            String.format(
                                    "可燃云质量 %.0f kg 全部位于拥塞区，燃烧能 %.3g MJ，爆炸强度等级 %d（化工装置区高度拥塞，假设）",
                                    mass, blast.energyJ() / 1e6, strength),
                            String.format(
                                    "the whole flammable cloud of %.0f kg in the congested region, combustion energy "
                                            + "%.3g MJ, blast strength %d (a process area's dense congestion, assumed)",
                                    mass, blast.energyJ() / 1e6, strength)
                        });
        return new OutcomeZones(
                ReleaseOutcome.VCE_MULTI_ENERGY,
                MULTI_ENERGY,
                Double.NaN,
                zones,
                ZoneCalculator.dedupe(warnings),
                assumptions,
                OutcomeZones.single(MULTI_ENERGY));
    }

    private List<ThreatZone> rings(
            Release r, DoubleFunction<BlastResult> distance, List<Warning> warnings) {
        return builder.circularZones(
                ThresholdLevels.OVERPRESSURE,
                mpa -> {
                    BlastResult b = distance.apply(mpa);
                    warnings.addAll(b.warnings());
                    return b.value();
                },
                r.xM(),
                r.yM(),
                List.of());
    }
}
