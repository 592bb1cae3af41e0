package org.parkwatch.backend.risk.qra;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.parkwatch.model.consequence.LiquidRelease;
import org.parkwatch.model.risk.EventTree;
import org.parkwatch.model.risk.LethalityField;
import org.parkwatch.model.risk.RiskOutcome;

/**
 * Turns installations into event-tree outcomes (docs/domain/risk.md "Individual risk"): three
 * releases per installation (instantaneous, 10 min, 10 mm hole; {@link QraConstants}) and per
 * release the branches that apply to the chemical:
 *
 * <ul>
 *   <li>flammable liquefied gas: immediate ignition → fireball (instantaneous) or jet fire
 *       (continuous); delayed → flash fire or VCE; none → toxic plume if toxic;
 *   <li>flammable liquid: immediate ignition → pool fire (bund-limited); otherwise toxic plume if
 *       toxic;
 *   <li>toxic only: toxic plume.
 * </ul>
 *
 * The toxic plume is fed the airborne part of the discharge: flash and aerosol of a liquefied gas
 * plus the evaporation of its rain-out pool, or the evaporation of a liquid's pool ({@link
 * ToxicSourceTerm}). An instantaneous release of a gas or liquefied gas is a puff of the whole
 * inventory (Britter–McQuaid puff handed over to a Gaussian puff when heavier than air); an
 * instantaneous spill of a liquid feeds its evaporating pool. Empty installations and chemicals
 * with no modelled effect give no outcomes ({@link ScenarioCoverage} says which and why). Pure.
 */
public final class ScenarioGenerator {

    private final List<WeatherClass> weathers;
    private final int vceBlastStrength;

    /** VCEs by the method of {@link QraConstants#VCE_BLAST_STRENGTH}. */
    public ScenarioGenerator(List<WeatherClass> weathers) {
        this(weathers, QraConstants.VCE_BLAST_STRENGTH);
    }

    /**
     * @param vceBlastStrength 0: VCE by TNT equivalence; 1..10: by the TNO multi-energy method at
     *     that blast strength
     */
    public ScenarioGenerator(List<WeatherClass> weathers, int vceBlastStrength) {
        if (vceBlastStrength < 0 || vceBlastStrength > 10) {
            throw new IllegalArgumentException(
                    "vceBlastStrength must be 0 (TNT) or 1..10 but was " + vceBlastStrength);
        }
        this.weathers = List.copyOf(weathers);
        this.vceBlastStrength = vceBlastStrength;
    }

    /** All outcomes of all installations, in installation order. */
    public List<QraOutcome> outcomes(List<QraInstallation> installations) {
        List<QraOutcome> out = new ArrayList<>();
        for (QraInstallation i : installations) {
            if (i.inventoryKg() <= 0 || !i.chemical().modelled()) {
                continue;
            }
            for (QraConstants.ReleaseKind kind : QraConstants.ReleaseKind.values()) {
                release(i, kind, out);
            }
        }
        return out;
    }

    private void release(QraInstallation i, QraConstants.ReleaseKind kind, List<QraOutcome> out) {
        ChemicalProfile c = i.chemical();
        double f = QraConstants.leakFrequencyPerYear(kind, i.pressureVessel());
        double mass = i.inventoryKg();
        double rate;
        double durationS;
        if (kind == QraConstants.ReleaseKind.HOLE_10MM) {
            rate =
                    LiquidRelease.massRateKgPerS(
                            LiquidRelease.circleAreaM2(QraConstants.SMALL_HOLE_DIAMETER_M),
                            c.liquidDensityKgPerM3(),
                            QraConstants.ATMOSPHERE_PA + i.gaugePressurePa(),
                            QraConstants.ATMOSPHERE_PA,
                            i.liquidHeadM(),
                            QraConstants.DISCHARGE_COEFFICIENT);
            if (!(rate > 0)) {
                return;
            }
            durationS = Math.min(mass / rate, QraConstants.MAX_EXPOSURE_S);
        } else {
            rate = mass / QraConstants.TEN_MINUTES_S;
            durationS = QraConstants.TEN_MINUTES_S;
        }
        boolean instantaneous = kind == QraConstants.ReleaseKind.INSTANTANEOUS;
        double releasedKg = Math.min(mass, rate * durationS);
        if (c.flammable() && c.liquefiedGas()) {
            boolean low = c.lelVolPct() >= QraConstants.LOW_REACTIVITY_LEL_VOL_PCT;
            double pI =
                    instantaneous
                            ? EventTree.immediateIgnitionInstantaneous(mass, low)
                            : EventTree.immediateIgnitionContinuous(rate, low);
            EventTree tree = new EventTree(pI, QraConstants.DELAYED_IGNITION);
            if (instantaneous) {
                add(
                        out,
                        i,
                        kind,
                        "fireball",
                        f,
                        tree.immediate(),
                        w -> ConsequenceFields.fireball(c, mass));
            } else {
                add(
                        out,
                        i,
                        kind,
                        "jet-fire",
                        f,
                        tree.immediate(),
                        w -> ConsequenceFields.jetFire(c, rate));
            }
            double cloudKg =
                    instantaneous ? mass : Math.min(mass, rate * QraConstants.CLOUD_BUILD_UP_S);
            add(
                    out,
                    i,
                    kind,
                    "flash-fire",
                    f,
                    tree.delayed() * (1 - QraConstants.EXPLOSION_FRACTION),
                    w -> ConsequenceFields.flashFire(c, rate, w));
            add(
                    out,
                    i,
                    kind,
                    "vce",
                    f,
                    tree.delayed() * QraConstants.EXPLOSION_FRACTION,
                    w ->
                            vceBlastStrength == 0
                                    ? ConsequenceFields.explosion(c, cloudKg)
                                    : ConsequenceFields.multiEnergyExplosion(
                                            c, cloudKg, vceBlastStrength));
            if (c.toxic()) {
                add(
                        out,
                        i,
                        kind,
                        "toxic",
                        f,
                        tree.none(),
                        w -> toxic(i, kind, rate, releasedKg, durationS, w));
            }
        } else if (c.flammable()) {
            double pI =
                    c.boilingPointC() > QraConstants.HEAVY_LIQUID_BOILING_C
                            ? QraConstants.HEAVY_LIQUID_IMMEDIATE_IGNITION
                            : QraConstants.LIQUID_IMMEDIATE_IGNITION;
            double radius = poolRadiusM(i, releasedKg);
            add(out, i, kind, "pool-fire", f, pI, w -> ConsequenceFields.poolFire(c, radius));
            if (c.toxic()) {
                add(
                        out,
                        i,
                        kind,
                        "toxic",
                        f,
                        1 - pI,
                        w -> toxic(i, kind, rate, releasedKg, durationS, w));
            }
        } else {
            add(out, i, kind, "toxic", f, 1.0, w -> toxic(i, kind, rate, releasedKg, durationS, w));
        }
    }

    /**
     * The toxic field of a release: an instantaneous release of a gas or liquefied gas (boiling
     * below ambient) is a puff of the whole inventory ({@link ConsequenceFields#toxicPuff}); a
     * continuous one, or an instantaneous spill of a liquid that forms an evaporating pool, a plume
     * fed at the airborne rate.
     */
    private static LethalityField toxic(
            QraInstallation i,
            QraConstants.ReleaseKind kind,
            double rate,
            double releasedKg,
            double durationS,
            WeatherClass w) {
        ChemicalProfile c = i.chemical();
        boolean airborneAsReleased = c.boilingPointC() + 273.15 < QraConstants.AMBIENT_K;
        if (kind == QraConstants.ReleaseKind.INSTANTANEOUS && airborneAsReleased) {
            return ConsequenceFields.toxicPuff(c, i.inventoryKg(), w);
        }
        return ConsequenceFields.toxic(c, airborne(i, rate, releasedKg, w), durationS, w);
    }

    /**
     * The rate the toxic plume is fed (kg/s): the discharge through flash, aerosol and rain-out, or
     * through the evaporating pool of a liquid ({@link ToxicSourceTerm}); the pool is that of the
     * released mass, bund-limited.
     */
    private static double airborne(
            QraInstallation i, double rate, double releasedKg, WeatherClass w) {
        return ToxicSourceTerm.airborneRateKgPerS(
                i.chemical(), rate, poolRadiusM(i, releasedKg), w.speedMPerS());
    }

    /**
     * Radius (m) of the pool of a released mass: spread to {@link QraConstants#MIN_POOL_DEPTH_M},
     * at most the bund's equivalent circle.
     */
    public static double poolRadiusM(QraInstallation i, double releasedKg) {
        double volume = releasedKg / i.chemical().liquidDensityKgPerM3();
        double spread = Math.sqrt(volume / (Math.PI * QraConstants.MIN_POOL_DEPTH_M));
        double bund = Math.sqrt(i.bundAreaM2() / Math.PI);
        return Math.max(0.5, Math.min(spread, bund));
    }

    private void add(
            List<QraOutcome> out,
            QraInstallation i,
            QraConstants.ReleaseKind kind,
            String effect,
            double f,
            double p,
            Function<WeatherClass, LethalityField> field) {
        if (!(p > 0)) {
            return;
        }
        List<LethalityField> fields = new ArrayList<>(weathers.size());
        boolean isotropic = !effect.equals("toxic") && !effect.equals("flash-fire");
        if (isotropic) {
            // fires and explosions do not depend on the weather here: one field shared by every
            // class
            fields.addAll(Collections.nCopies(weathers.size(), field.apply(weathers.get(0))));
        } else {
            weathers.forEach(w -> fields.add(field.apply(w)));
        }
        String id = i.id() + "/" + kind.name().toLowerCase(Locale.ROOT) + "/" + effect;
        out.add(
                new QraOutcome(
                        i,
                        kind,
                        effect,
                        f,
                        p,
                        new RiskOutcome(id, i.eastM(), i.northM(), f * p, fields)));
    }
}
