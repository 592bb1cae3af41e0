package org.parkwatch.backend.risk.zones;

import java.util.List;
import org.parkwatch.backend.gis.FeatureAttributes;
import org.parkwatch.model.consequence.LiquidRelease;
import org.parkwatch.model.consequence.SourceTermConstants;
import org.parkwatch.model.consequence.TankDrain;

/**
 * The "typical" leak assumed for a tank when an incident gives no rate: liquid through a {@link
 * ZoneAssumptions#TYPICAL_HOLE_DIAMETER_M 10 mm hole} (the Purple Book's leak category,
 * docs/domain/risk.md §Generic leak frequencies) at the tank's operating conditions, by Bernoulli
 * ({@link LiquidRelease}, Cd 0.65). Operating pressure: atmospheric for atmospheric tanks; the
 * liquefied gas's vapour pressure at 20 °C for pressure tanks when known, else the design pressure
 * (conservative). Liquid head: half the tank height. When the tank's plan area is known (capacity
 * over height, or the diameter of a vertical tank) the tank drains ({@link TankDrain}): the level
 * and so the rate fall, the pressure above the liquid held (a liquefied gas keeps its vapour
 * pressure as it boils); the rate handed to dispersion is the highest 60-s average (ALOHA's
 * "maximum average sustained release rate") and the release lasts until the level reaches the hole
 * or {@link #MAX_DRAIN_S}. Pure.
 */
public final class TypicalLeak {
    /**
     * Share of the tank height taken as the liquid head above the hole [U, our choice: a half-full
     * tank].
     */
    static final double HEAD_FRACTION = 0.5;

    /**
     * @param rateKgPerS the release rate, kg/s
     * @param basisZh the assumption in words, zh-CN
     * @param basisEn the assumption in words, English
     */
    public record Leak(double rateKgPerS, double durationS, String basisZh, String basisEn) {}

    /** Averaging window of the rate handed to dispersion, s (ALOHA) [U]. */
    static final double AVERAGING_S = 60;

    /** Longest release followed, s: ALOHA's one-hour limit [U]. */
    static final double MAX_DRAIN_S = 3600;

    private TypicalLeak() {}

    /**
     * @param tank the tank feature's properties ({@code designPressureKPa}, {@code heightM}, {@code
     *     liquidDensityKgM3})
     * @param chemical the stored chemical (density fallback)
     */
    public static Leak of(FeatureAttributes tank, ChemicalHazard chemical) {
        return of(tank, chemical, false);
    }

    /**
     * The same leak from process equipment that is not a tank (a unit, a pipe): only for liquefied
     * gases with a known vapour pressure, with no liquid head.
     */
    public static Leak fromEquipment(ChemicalHazard chemical) {
        if (!ZoneAssumptions.VAPOUR_PRESSURE_20C_PA.containsKey(chemical.cas())) {
            throw new ZoneInputException(
                    "releaseRateKgPerS",
                    "give releaseRateKgPerS or massKg (a typical leak is "
                            + "assumed only for a tank, or for a liquefied gas with a known vapour pressure)");
        }
        return of(FeatureAttributes.EMPTY, chemical, true);
    }

    /**
     * Plan area of the tank (m²): capacity over height, else a vertical cylinder of the diameter;
     * NaN when neither is known.
     */
    static double planAreaM2(FeatureAttributes tank) {
        double capacity = tank.number("capacityM3", Double.NaN);
        double height = tank.number("heightM", Double.NaN);
        if (capacity > 0 && height > 0) return capacity / height;
        double d = tank.number("diameterM", Double.NaN);
        return d > 0 ? Math.PI * d * d / 4 : Double.NaN;
    }

    private static Leak of(FeatureAttributes tank, ChemicalHazard chemical, boolean pressurised) {
        double design = pressurised ? Double.MAX_VALUE : tank.number("designPressureKPa", 0);
        double density = tank.number("liquidDensityKgM3", chemical.liquidDensityKgPerM3());
        if (!(density > 0)) {
            throw new ZoneInputException(
                    "releaseRateKgPerS",
                    "no liquid density for the tank or " + chemical.label() + ": give the rate");
        }
        double head = HEAD_FRACTION * tank.number("heightM", 0);
        double atm = SourceTermConstants.ATMOSPHERIC_PA;
        double pressure;
        String pressureZh;
        String pressureEn;
        Double vapour = ZoneAssumptions.VAPOUR_PRESSURE_20C_PA.get(chemical.cas());
        if (design <= ZoneAssumptions.ATMOSPHERIC_TANK_MAX_KPA) {
            pressure = atm;
            pressureZh = "常压";
            pressureEn = "atmospheric";
        } else if (vapour != null) {
            pressure = vapour;
            pressureZh = String.format("20 °C 饱和蒸气压 %.1f bar(绝)", vapour / 1e5);
            pressureEn = String.format("vapour pressure at 20 °C, %.1f bar abs", vapour / 1e5);
        } else {
            pressure = atm + design * 1000;
            pressureZh = String.format("设计压力 %.0f kPa（保守）", design);
            pressureEn = String.format("design pressure %.0f kPa (conservative)", design);
        }
        double area = LiquidRelease.circleAreaM2(ZoneAssumptions.TYPICAL_HOLE_DIAMETER_M);
        double rate =
                LiquidRelease.massRateKgPerS(
                        area, density, pressure, atm, head, SourceTermConstants.DEFAULT_LIQUID_CD);
        double mm = ZoneAssumptions.TYPICAL_HOLE_DIAMETER_M * 1000;
        double planArea = planAreaM2(tank);
        if (planArea > 0 && head > 0) {
            TankDrain drain =
                    new TankDrain(
                            planArea,
                            ZoneAssumptions.TYPICAL_HOLE_DIAMETER_M,
                            SourceTermConstants.DEFAULT_LIQUID_CD,
                            density,
                            head,
                            Math.max(0, pressure - atm),
                            Double.NaN);
            List<TankDrain.Sample> samples = drain.simulate(MAX_DRAIN_S);
            TankDrain.Sample last = samples.get(samples.size() - 1);
            double sustained = TankDrain.maxAverageRateKgPerS(samples, AVERAGING_S);
            double minutes = last.timeS() / 60;
            return new Leak(
                    sustained,
                    last.timeS(),
                    String.format(
                            "典型泄漏：储罐经 %.0f mm 孔排液，%s，初始液位 %.1f m；速率由 %.2f 降至 %.2f kg/s（%.0f min 内泄漏 %.0f kg），"
                                    + "取最大 60 s 平均 %.2f kg/s",
                            mm,
                            pressureZh,
                            head,
                            samples.get(0).massRateKgPerS(),
                            last.massRateKgPerS(),
                            minutes,
                            last.releasedKg(),
                            sustained),
                    String.format(
                            "typical leak: the tank drains through a %.0f mm hole, %s, initial liquid head %.1f m; "
                                    + "the rate falls from %.2f to %.2f kg/s (%.0f kg in %.0f min); highest 60-s "
                                    + "average %.2f kg/s",
                            mm,
                            pressureEn,
                            head,
                            samples.get(0).massRateKgPerS(),
                            last.massRateKgPerS(),
                            last.releasedKg(),
                            minutes,
                            sustained));
        }
        return new Leak(
                rate,
                ZoneAssumptions.MASS_RELEASE_DURATION_S,
                String.format(
                        "典型泄漏：%.0f mm 孔液相泄漏，%s，液位高度 %.1f m → %.2f kg/s",
                        mm, pressureZh, head, rate),
                String.format(
                        "typical leak: liquid through a %.0f mm hole, %s, liquid head %.1f m → %.2f kg/s",
                        mm, pressureEn, head, rate));
    }
}
