package org.parkwatch.model.environment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parkwatch.model.consequence.Warning;

/**
 * Air quality index per HJ 633-2012 (环境空气质量指数(AQI)技术规定(试行)): the sub-index of each item by linear
 * interpolation between the Table 1 breakpoints (§4.2 eq. 1), the AQI as their maximum (eq. 2), the
 * 首要污染物 and 超标污染物, and the level of Table 2. Stateless and thread-safe.
 *
 * <p>Two reports, as §5 defines them: the <b>daily report</b> (日报) rates the 24-hour means of SO₂,
 * NO₂, PM₁₀, PM₂.₅, CO, the day's maximum O₃ 1-hour mean and maximum O₃ 8-hour rolling mean; the
 * <b>real-time report</b> (实时报) rates 1-hour means and the current O₃ 8-hour rolling mean. Table 1
 * note (2): the 1-hour rows of SO₂, NO₂ and CO serve the real-time report only. Note (1): an SO₂
 * 1-hour value above 800 μg/m³ is not rated; the SO₂ 24-hour IAQI is reported instead. Note (3): an
 * O₃ 8-hour value above 800 μg/m³ is not rated; the O₃ 1-hour IAQI is reported instead. A
 * concentration above a full row's top breakpoint is reported as IAQI 500 with the warning {@link
 * EnvWarningCode#ABOVE_AQI_SCALE}.
 */
public final class AqiCalculator {

    /**
     * IAQI and AQI are rounded up to integers (HJ 633-2012 §4.2, "计算结果应全部进位取整数") [P]. The tolerance
     * keeps a value that is an integer up to floating-point noise from being raised by one.
     */
    static final double ROUND_UP_TOLERANCE = 1e-9;

    /** AQI above which a 首要污染物 is named (HJ 633-2012 §4.3). */
    public static final int PRIMARY_POLLUTANT_ABOVE_AQI = 50;

    /**
     * IAQI above which an item is an 超标污染物 (HJ 633-2012 §3.5: concentration above the GB 3095 class
     * II limit).
     */
    public static final int EXCEEDING_ABOVE_IAQI = 100;

    private static final Set<AqiItem> DAILY_ITEMS =
            EnumSet.of(
                    AqiItem.SO2_24H,
                    AqiItem.NO2_24H,
                    AqiItem.PM10_24H,
                    AqiItem.PM2_5_24H,
                    AqiItem.CO_24H,
                    AqiItem.O3_1H,
                    AqiItem.O3_8H);
    private static final Set<AqiItem> REAL_TIME_ITEMS =
            EnumSet.of(
                    AqiItem.SO2_1H,
                    AqiItem.NO2_1H,
                    AqiItem.PM10_1H,
                    AqiItem.PM2_5_1H,
                    AqiItem.CO_1H,
                    AqiItem.O3_1H,
                    AqiItem.O3_8H,
                    AqiItem.SO2_24H);

    private AqiCalculator() {}

    /**
     * The unrounded IAQI of a concentration on one Table 1 row (eq. 1): IAQI = (IAQI_Hi −
     * IAQI_Lo)/(BP_Hi − BP_Lo)·(C − BP_Lo) + IAQI_Lo, with BP_Lo ≤ C ≤ BP_Hi.
     *
     * @throws IllegalArgumentException for a negative or non-finite concentration, or one above the
     *     top breakpoint (the caller decides between the cap and the notes' substitutions)
     */
    public static double rawIaqi(AqiItem item, double concentration) {
        if (!(concentration >= 0) || Double.isInfinite(concentration)) {
            throw new IllegalArgumentException(
                    item.name()
                            + " concentration must be a finite value >= 0 but was "
                            + concentration
                            + " "
                            + item.unit().symbol());
        }
        if (concentration > item.topBreakpoint()) {
            throw new IllegalArgumentException(
                    item.name()
                            + " concentration "
                            + concentration
                            + " "
                            + item.unit().symbol()
                            + " is above the top breakpoint "
                            + item.topBreakpoint());
        }
        int hi = 1;
        while (concentration > item.breakpoint(hi)) {
            hi++;
        }
        double bpLo = item.breakpoint(hi - 1);
        double bpHi = item.breakpoint(hi);
        int iaqiLo = AqiItem.iaqiAt(hi - 1);
        int iaqiHi = AqiItem.iaqiAt(hi);
        return (double) (iaqiHi - iaqiLo) / (bpHi - bpLo) * (concentration - bpLo) + iaqiLo;
    }

    /**
     * The rounded-up IAQI of a concentration; above the top of a full row, 500 and {@code capped}.
     *
     * @throws IllegalArgumentException for a truncated row (SO₂ 1 h, O₃ 8 h) above its top
     *     breakpoint: the standard rates that case with another item, see {@link #realTime} and
     *     {@link #daily}
     */
    public static SubIndex subIndex(AqiItem item, double concentration) {
        if (concentration > item.topBreakpoint()
                && !item.truncated()
                && Double.isFinite(concentration)) {
            return new SubIndex(
                    item, concentration, AqiItem.iaqiAt(AqiItem.IAQI_COLUMNS.length - 1), true);
        }
        int iaqi = (int) Math.ceil(rawIaqi(item, concentration) - ROUND_UP_TOLERANCE);
        return new SubIndex(item, concentration, Math.max(iaqi, 0), false);
    }

    /**
     * The daily report (日报) from 24-hour means and the day's O₃ maxima; items may be missing (a
     * station without an analyser), the AQI is then over those given.
     *
     * @param concentrations by item; allowed: SO2_24H, NO2_24H, PM10_24H, PM2_5_24H, CO_24H, O3_1H
     *     (daily maximum), O3_8H (daily maximum of the 8-hour rolling mean)
     */
    public static AqiResult daily(Map<AqiItem, Double> concentrations) {
        return compute(concentrations, DAILY_ITEMS, "daily");
    }

    /**
     * The real-time report (实时报) from the latest 1-hour means and the current O₃ 8-hour rolling
     * mean. {@code SO2_24H} may be given as well: it is rated only when the SO₂ 1-hour value
     * exceeds 800 μg/m³ (note (1)).
     */
    public static AqiResult realTime(Map<AqiItem, Double> concentrations) {
        Map<AqiItem, Double> rated = new EnumMap<>(AqiItem.class);
        rated.putAll(concentrations);
        Double so2Hour = concentrations.get(AqiItem.SO2_1H);
        if (so2Hour == null || so2Hour <= AqiItem.SO2_1H.topBreakpoint()) {
            rated.remove(AqiItem.SO2_24H);
        }
        return compute(rated, REAL_TIME_ITEMS, "real-time");
    }

    private static AqiResult compute(
            Map<AqiItem, Double> given, Set<AqiItem> allowed, String report) {
        checkAllowed(given, allowed, report);
        List<Warning> warnings = new ArrayList<>();
        Map<AqiItem, Double> rated = substitute(given, warnings);
        List<SubIndex> subIndices = new ArrayList<>();
        for (Map.Entry<AqiItem, Double> e : rated.entrySet()) {
            SubIndex s = subIndex(e.getKey(), e.getValue());
            if (s.capped()) {
                warnings.add(
                        EnvWarningCode.ABOVE_AQI_SCALE.warning(
                                e.getKey().name()
                                        + " = "
                                        + e.getValue()
                                        + " "
                                        + e.getKey().unit().symbol()));
            }
            subIndices.add(s);
        }
        int aqi = subIndices.stream().mapToInt(SubIndex::iaqi).max().orElse(0);
        List<AqiItem> primary =
                aqi > PRIMARY_POLLUTANT_ABOVE_AQI
                        ? subIndices.stream()
                                .filter(s -> s.iaqi() == aqi)
                                .map(SubIndex::item)
                                .toList()
                        : List.of();
        List<AqiItem> exceeding =
                subIndices.stream()
                        .filter(s -> s.iaqi() > EXCEEDING_ABOVE_IAQI)
                        .map(SubIndex::item)
                        .toList();
        return new AqiResult(aqi, AqiLevel.of(aqi), subIndices, primary, exceeding, warnings);
    }

    /**
     * Applies Table 1 notes (1) and (3): a truncated row above its top is replaced by its companion
     * item.
     */
    private static Map<AqiItem, Double> substitute(
            Map<AqiItem, Double> given, List<Warning> warnings) {
        Map<AqiItem, Double> rated = new EnumMap<>(AqiItem.class);
        rated.putAll(given);
        replaceAboveTop(
                rated,
                AqiItem.SO2_1H,
                AqiItem.SO2_24H,
                EnvWarningCode.SO2_1H_ABOVE_800,
                EnvWarningCode.SO2_1H_ABOVE_800_NO_24H,
                warnings);
        replaceAboveTop(
                rated,
                AqiItem.O3_8H,
                AqiItem.O3_1H,
                EnvWarningCode.O3_8H_ABOVE_800,
                EnvWarningCode.O3_8H_ABOVE_800_NO_1H,
                warnings);
        return rated;
    }

    private static void replaceAboveTop(
            Map<AqiItem, Double> rated,
            AqiItem truncated,
            AqiItem companion,
            EnvWarningCode replaced,
            EnvWarningCode missing,
            List<Warning> warnings) {
        Double value = rated.get(truncated);
        if (value == null || value <= truncated.topBreakpoint()) {
            return;
        }
        rated.remove(truncated);
        String detail = truncated.name() + " = " + value + " " + truncated.unit().symbol();
        warnings.add(
                rated.containsKey(companion) ? replaced.warning(detail) : missing.warning(detail));
    }

    private static void checkAllowed(
            Map<AqiItem, Double> given, Set<AqiItem> allowed, String report) {
        for (Map.Entry<AqiItem, Double> e : given.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw new IllegalArgumentException(
                        e.getKey().name()
                                + " is not an item of the "
                                + report
                                + " report (HJ 633-2012 §5); allowed: "
                                + allowed);
            }
            if (e.getValue() == null) {
                throw new IllegalArgumentException(e.getKey().name() + " has no value");
            }
        }
    }
}
