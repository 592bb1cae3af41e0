package org.parkwatch.backend.risk.zones;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parkwatch.model.consequence.BurningRate;
import org.parkwatch.model.consequence.DenseGasPuff;
import org.parkwatch.model.consequence.DensePassivePlume;
import org.parkwatch.model.consequence.DensePassivePuff;
import org.parkwatch.model.consequence.DispersionChoice;
import org.parkwatch.model.consequence.FireConstants;
import org.parkwatch.model.consequence.Fireball;
import org.parkwatch.model.consequence.Insolation;
import org.parkwatch.model.consequence.PasquillClassifier;
import org.parkwatch.model.consequence.PlumeField;
import org.parkwatch.model.consequence.PoolFire;
import org.parkwatch.model.consequence.PuffFootprint;
import org.parkwatch.model.consequence.SigmaModel;
import org.parkwatch.model.consequence.SourceTermConstants;
import org.parkwatch.model.consequence.StabilityClass;
import org.parkwatch.model.consequence.ThreatZone;
import org.parkwatch.model.consequence.ThreatZoneBuilder;
import org.parkwatch.model.consequence.ThresholdLevels;
import org.parkwatch.model.consequence.ValidityLimits;
import org.parkwatch.model.consequence.Warning;
import org.parkwatch.model.consequence.WarningCode;
import org.parkwatch.model.consequence.WindProfile;

/**
 * Computes the zones of a release on the park's metric plane with the model library: toxic
 * dispersion of a rate (dense or passive by the Britter–McQuaid criterion) or of an instantaneous
 * mass (a Britter–McQuaid puff handed over to a Gaussian puff, or a Gaussian puff), at the ERPG
 * levels, the airborne rate through flashing or pool evaporation ({@link ZoneSourceTerm}); pool
 * fire (steady pool where burning balances the release), BLEVE fireball and vapour cloud explosion
 * (TNT equivalence and TNO multi-energy, {@link BlastZones}), plus the stability class when the
 * weather gives none. Each outcome names its model, the spans each model drew and its warnings.
 * Pure: no I/O, thread-safe.
 */
public final class ZoneCalculator {
    /** Model name of an instantaneous toxic release, in the result's {@code outcomes[].model}. */
    public static final String GAUSSIAN_PUFF = DensePassivePuff.GAUSSIAN_PUFF;

    private final ThreatZoneBuilder builder = new ThreatZoneBuilder();
    private final PasquillClassifier classifier = new PasquillClassifier();
    private final BlastZones blast = new BlastZones(builder);

    /** The stability class used and why. */
    public record Stability(
            StabilityClass stability,
            String basis,
            double solarElevationDeg,
            Insolation insolation) {}

    /** All outcomes of one release. */
    public record Result(
            Stability stability, List<OutcomeZones> outcomes, List<Warning> warnings) {}

    public Result compute(Release r, Weather w) {
        if (!(w.windSpeedMPerS() > 0)) {
            throw new ZoneInputException(
                    "windSpeedMPerS", "must be > 0 m/s but was " + w.windSpeedMPerS());
        }
        Stability s = stability(r, w);
        List<OutcomeZones> outcomes = new ArrayList<>();
        for (ReleaseOutcome o : r.outcomes()) {
            outcomes.add(
                    switch (o) {
                        case TOXIC -> toxic(r, w, s.stability());
                        case POOL_FIRE -> poolFire(r, w);
                        case FIREBALL -> fireball(r);
                        case VCE -> blast.tnt(r, need(r.chemical()));
                        case VCE_MULTI_ENERGY -> blast.multiEnergy(r, need(r.chemical()));
                    });
        }
        Map<String, Warning> all = new LinkedHashMap<>();
        for (OutcomeZones z : outcomes)
            z.warnings().forEach(x -> all.putIfAbsent(x.code() + x.textEn(), x));
        return new Result(s, outcomes, List.copyOf(all.values()));
    }

    /**
     * The given class, else Pasquill from the wind and the insolation of the sun's elevation and
     * the cloud.
     */
    public Stability stability(Release r, Weather w) {
        if (w.stability() != null) return new Stability(w.stability(), "given", Double.NaN, null);
        double elevation = SolarPosition.elevationDeg(r.lat(), r.lon(), w.timeMs());
        int oktas = w.cloudOktas() == null ? ZoneAssumptions.DEFAULT_CLOUD_OKTAS : w.cloudOktas();
        Insolation insolation = PasquillClassifier.insolation(elevation, oktas);
        return new Stability(
                classifier.classify(w.windSpeedMPerS(), insolation),
                w.cloudOktas() == null ? "pasquill (cloud unknown: clear sky assumed)" : "pasquill",
                elevation,
                insolation);
    }

    private OutcomeZones toxic(Release r, Weather w, StabilityClass s) {
        ChemicalHazard c = r.chemical();
        if (c.toxicThresholds().isEmpty() || Double.isNaN(c.molarMassKgPerMol())) {
            throw new ZoneInputException(
                    "outcome",
                    "no ERPG levels or molar mass for "
                            + c.label()
                            + ": toxic zones cannot be drawn");
        }
        if (r.instantaneous()) return puffToxic(r, w, s);
        ZoneSourceTerm source =
                ZoneSourceTerm.of(c, r.continuousRateKgPerS(), r.releaseDurationS(), w);
        double q = source.airborneKgPerS();
        double ambientK = w.airTemperatureK();
        DispersionChoice choice =
                DispersionChoice.select(
                        q,
                        c.releaseDensityKgPerM3(ambientK),
                        SourceTermConstants.AIR_DENSITY_KG_PER_M3,
                        w.windSpeedMPerS(),
                        c.releaseTemperatureK(ambientK),
                        ambientK,
                        r.releaseHeightM(),
                        s,
                        r.terrain(),
                        SigmaModel.BRIGGS);
        List<ThreatZone> zones =
                builder.plumeZones(
                        choice.field(),
                        c.toxicThresholds(),
                        c.molarMassKgPerMol(),
                        w.windFromDeg(),
                        r.xM(),
                        r.yM(),
                        choice.warnings());
        List<Warning> warnings = new ArrayList<>(choice.warnings());
        warnings.addAll(source.warnings());
        return finish(
                r,
                w,
                s,
                zones,
                warnings,
                choice.model(),
                choice.criterion(),
                source.assumptions(),
                choice.spans());
    }

    /**
     * An instantaneous release (a mass, e.g. a bullet rupture). A cloud heavier than air is a
     * Britter–McQuaid puff of pure vapour at the release temperature (V0 = m/ρ) handed over to a
     * Gaussian puff below the lowest curve ({@link DensePassivePuff}); a neutral or buoyant one is
     * the maximum footprint of a Gaussian puff ({@link PuffFootprint}) with the wind at the release
     * height.
     */
    private OutcomeZones puffToxic(Release r, Weather w, StabilityClass s) {
        ChemicalHazard c = r.chemical();
        double ambientK = w.airTemperatureK();
        double rho = c.releaseDensityKgPerM3(ambientK);
        DenseGasPuff dense =
                new DenseGasPuff(
                        r.massKg(),
                        r.massKg() / rho,
                        rho,
                        SourceTermConstants.AIR_DENSITY_KG_PER_M3,
                        w.windSpeedMPerS(),
                        c.releaseTemperatureK(ambientK),
                        ambientK);
        List<String[]> assumptions = new ArrayList<>();
        PlumeField field;
        String model;
        List<DensePassivePlume.Span> spans;
        DensePassivePuff handover = null;
        if (dense.isDense()) {
            double u = WindProfile.windSpeedAt(w.windSpeedMPerS(), 0, s, r.terrain());
            handover = new DensePassivePuff(dense, new PuffFootprint(r.massKg(), u, 0, s));
            field = handover;
            model = DensePassivePuff.BRITTER_MCQUAID_PUFF;
            spans = handover.spans();
            assumptions.add(
                    new String[] {
                        String.format(
                                "瞬时泄漏 %.0f kg：重气云（Britter–McQuaid 瞬时模型，初始体积 %.0f m³ 纯蒸气），"
                                        + "%.0f m 外转为虚拟源高斯烟团；各浓度区为云团经过时地面浓度的包络",
                                r.massKg(), r.massKg() / rho, handover.transitionM()),
                        String.format(
                                "instantaneous release of %.0f kg: dense cloud (Britter–McQuaid puff, initial "
                                        + "volume %.0f m³ of pure vapour), a Gaussian puff from a virtual source "
                                        + "beyond %.0f m; each zone is the envelope of the passing cloud",
                                r.massKg(), r.massKg() / rho, handover.transitionM())
                    });
        } else {
            double u =
                    WindProfile.windSpeedAt(w.windSpeedMPerS(), r.releaseHeightM(), s, r.terrain());
            field = new PuffFootprint(r.massKg(), u, r.releaseHeightM(), s);
            model = GAUSSIAN_PUFF;
            spans = OutcomeZones.single(GAUSSIAN_PUFF);
            assumptions.add(
                    new String[] {
                        String.format("瞬时泄漏 %.0f kg：高斯烟团，各浓度区为烟团移动过程中地面浓度的最大包络", r.massKg()),
                        String.format(
                                "instantaneous release of %.0f kg: Gaussian puff; each zone is the envelope "
                                        + "of the puff's ground-level concentration over its travel",
                                r.massKg())
                    });
        }
        assumptions.add(
                new String[] {
                    "全部泄漏量进入大气（闪蒸与液滴夹带，保守）",
                    "all of the release becomes airborne (flash and aerosol; conservative)"
                });
        List<ThreatZone> zones =
                builder.plumeZones(
                        field,
                        c.toxicThresholds(),
                        c.molarMassKgPerMol(),
                        w.windFromDeg(),
                        r.xM(),
                        r.yM(),
                        List.of());
        double farthest = zones.stream().mapToDouble(ThreatZone::distanceM).max().orElse(0);
        List<Warning> warnings = new ArrayList<>();
        if (handover != null) {
            warnings.addAll(handover.warnings(farthest > 0 ? farthest : Double.NaN));
        } else {
            warnings.addAll(((PuffFootprint) field).warnings(farthest > 0 ? farthest : Double.NaN));
        }
        return finish(r, w, s, zones, warnings, model, Double.NaN, assumptions, spans);
    }

    /** Adds the zones' SCAN_LIMIT and the dispersion validity warnings, and builds the outcome. */
    private OutcomeZones finish(
            Release r,
            Weather w,
            StabilityClass s,
            List<ThreatZone> zones,
            List<Warning> warnings,
            String model,
            double criterion,
            List<String[]> assumptions,
            List<DensePassivePlume.Span> spans) {
        double farthest = zones.stream().mapToDouble(ThreatZone::distanceM).max().orElse(0);
        // a zone cut at the scan range says "≥ limit" (per-zone warning, raised to the outcome)
        zones.forEach(
                z ->
                        z.warnings().stream()
                                .filter(x -> x.code().equals("SCAN_LIMIT"))
                                .forEach(warnings::add));
        warnings.addAll(
                ValidityLimits.dispersion(
                        w.windSpeedMPerS(), s, farthest > 0 ? farthest : Double.NaN));
        return new OutcomeZones(
                ReleaseOutcome.TOXIC,
                model,
                criterion,
                zones,
                dedupe(warnings),
                assumptions,
                spans);
    }

    private OutcomeZones poolFire(Release r, Weather w) {
        ChemicalHazard c = r.chemical();
        need(c.heatOfCombustionJPerKg(), "heat of combustion", c);
        need(c.heatOfVaporisationJPerKg(), "heat of vaporisation", c);
        double burning =
                BurningRate.kgPerM2S(
                        c.heatOfCombustionJPerKg(),
                        Double.isNaN(c.liquidHeatCapacityJPerKgK())
                                ? 0
                                : c.liquidHeatCapacityJPerKgK(),
                        Double.isNaN(c.boilingPointK()) ? w.airTemperatureK() : c.boilingPointK(),
                        w.airTemperatureK(),
                        c.heatOfVaporisationJPerKg());
        // steady pool: the burning area consumes exactly the release rate, m'' · π r² = q
        double q = r.continuousRateKgPerS();
        double radius = Math.sqrt(q / (Math.PI * burning));
        PoolFire fire =
                new PoolFire(
                        radius,
                        burning,
                        c.heatOfCombustionJPerKg(),
                        SourceTermConstants.AIR_DENSITY_KG_PER_M3,
                        FireConstants.DEFAULT_POOL_RADIATIVE_FRACTION,
                        FireConstants.DEFAULT_TRANSMISSIVITY);
        List<ThreatZone> zones =
                builder.circularZones(
                        ThresholdLevels.RADIATION,
                        kw -> fire.distanceForFluxM(kw * 1000),
                        r.xM(),
                        r.yM(),
                        List.of());
        List<Warning> warnings = new ArrayList<>();
        double innermost =
                zones.stream()
                        .mapToDouble(ThreatZone::distanceM)
                        .filter(d -> d > 0)
                        .min()
                        .orElse(0);
        if (innermost > 0) warnings.addAll(fire.warnings(innermost));
        if (ThresholdLevels.RADIATION.get(0).value() * 1000 >= fire.surfaceEmissivePowerWPerM2()) {
            warnings.add(
                    Warning.of(
                            WarningCode.FLUX_CAPPED,
                            "the most severe level exceeds the flame's SEP"));
        }
        List<String[]> assumptions =
                List.<String[]>of(
                        new String[] {
                            String.format(
                                    "稳态池：燃烧速率 %.4f kg/(m²·s) 与泄漏速率平衡，池半径 %.1f m", burning, radius),
                            String.format(
                                    "steady pool: burning rate %.4f kg/(m²·s) balances the release, pool radius %.1f m",
                                    burning, radius)
                        });
        return new OutcomeZones(
                ReleaseOutcome.POOL_FIRE,
                "pool-fire",
                Double.NaN,
                zones,
                dedupe(warnings),
                assumptions,
                OutcomeZones.single("pool-fire"));
    }

    private OutcomeZones fireball(Release r) {
        ChemicalHazard c = r.chemical();
        need(c.heatOfCombustionJPerKg(), "heat of combustion", c);
        double mass = r.cloudMassKg();
        Fireball ball = new Fireball(mass);
        List<ThreatZone> zones =
                builder.circularZones(
                        ThresholdLevels.RADIATION,
                        kw ->
                                ball.distanceForFluxM(
                                        kw * 1000,
                                        c.heatOfCombustionJPerKg(),
                                        FireConstants.DEFAULT_FIREBALL_RADIATIVE_FRACTION,
                                        FireConstants.DEFAULT_TRANSMISSIVITY),
                        r.xM(),
                        r.yM(),
                        List.of());
        List<String[]> assumptions =
                List.<String[]>of(
                        new String[] {
                            String.format("火球燃料量 %.0f kg", mass),
                            String.format("fireball fuel mass %.0f kg", mass)
                        });
        return new OutcomeZones(
                ReleaseOutcome.FIREBALL,
                "bleve-fireball",
                Double.NaN,
                zones,
                List.of(),
                assumptions,
                OutcomeZones.single("bleve-fireball"));
    }

    private static ChemicalHazard need(ChemicalHazard c) {
        need(c.heatOfCombustionJPerKg(), "heat of combustion", c);
        return c;
    }

    private static void need(double v, String what, ChemicalHazard c) {
        if (Double.isNaN(v)) {
            throw new ZoneInputException(
                    "outcome", "no " + what + " for " + c.label() + " in the chemicals data");
        }
    }

    static List<Warning> dedupe(List<Warning> in) {
        Map<String, Warning> out = new LinkedHashMap<>();
        for (Warning w : in) out.putIfAbsent(w.code() + "|" + w.textEn(), w);
        return List.copyOf(out.values());
    }
}
