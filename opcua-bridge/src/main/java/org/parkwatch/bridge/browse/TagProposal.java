package org.parkwatch.bridge.browse;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parkwatch.model.park.TagKind;
import org.parkwatch.model.park.TagLimits;

/**
 * Proposes a park tag's kind and design alarm limits from what an OPC UA server publishes about a
 * variable (data type, EngineeringUnits, EURange, DisplayName, Description, browse name). Proposals
 * only: the engineer confirms them in the tag list before it goes to the park. Pure logic.
 */
public final class TagProposal {
    /**
     * Limits proposed for process measurements (level, temperature, pressure, flow) as fractions of
     * the instrument range: LL 5 %, L 10 %, H 85 %, HH 90 %. Project choice [P], the fractions of
     * the demo park's tank levels; a starting point for the alarm rationalisation (IEC 62682:2022
     * §10), never a replacement for it.
     */
    static final double LL_FRACTION = 0.05;

    static final double L_FRACTION = 0.10;
    static final double H_FRACTION = 0.85;
    static final double HH_FRACTION = 0.90;

    /**
     * Flammable gas detectors in %LEL: first alarm 20 %LEL, second 40 %LEL — within GB/T 50493-2019
     * §5.5.2 (first level ≤ 25 %LEL, second ≤ 50 %LEL) [V], and the demo park's values.
     */
    static final double LEL_FIRST = 20;

    static final double LEL_SECOND = 40;

    /** Unit symbols (lower case) to the kind they measure. */
    private static final Map<String, TagKind> BY_UNIT =
            Map.ofEntries(
                    Map.entry("%lel", TagKind.GAS_FLAMMABLE),
                    Map.entry("ppm", TagKind.GAS_TOXIC),
                    Map.entry("mg/m3", TagKind.GAS_TOXIC),
                    Map.entry("degc", TagKind.TEMPERATURE),
                    Map.entry("°c", TagKind.TEMPERATURE),
                    Map.entry("℃", TagKind.TEMPERATURE),
                    Map.entry("kpa", TagKind.PRESSURE),
                    Map.entry("mpa", TagKind.PRESSURE),
                    Map.entry("pa", TagKind.PRESSURE),
                    Map.entry("bar", TagKind.PRESSURE),
                    Map.entry("m3/h", TagKind.FLOW),
                    Map.entry("t/h", TagKind.FLOW),
                    Map.entry("kg/h", TagKind.FLOW),
                    Map.entry("m/s", TagKind.WIND_SPEED),
                    Map.entry("ug/m3", TagKind.AIR_QUALITY),
                    Map.entry("μg/m3", TagKind.AIR_QUALITY),
                    Map.entry("mg/l", TagKind.WATER_QUALITY),
                    Map.entry("%rh", TagKind.HUMIDITY),
                    Map.entry("w/m2", TagKind.SOLAR_RADIATION));

    /**
     * ISA-5.1 instrument letters of a tag's last segment ({@code V101.LT}) to the kind they
     * measure.
     */
    private static final Map<String, TagKind> BY_LETTERS =
            Map.of(
                    "LT",
                    TagKind.LEVEL,
                    "LI",
                    TagKind.LEVEL,
                    "TT",
                    TagKind.TEMPERATURE,
                    "TI",
                    TagKind.TEMPERATURE,
                    "PT",
                    TagKind.PRESSURE,
                    "PI",
                    TagKind.PRESSURE,
                    "FT",
                    TagKind.FLOW,
                    "FI",
                    TagKind.FLOW);

    /** Signal letters of discrete tags' last segment ({@code SIS1.TRIP}) to their kind. */
    private static final Map<String, TagKind> DISCRETE_LETTERS =
            Map.of(
                    "TRIP",
                    TagKind.SIS_TRIP,
                    "BYP",
                    TagKind.SIS_BYPASS,
                    "BYPASS",
                    TagKind.SIS_BYPASS,
                    "FLT",
                    TagKind.DETECTOR_FAULT,
                    "FAULT",
                    TagKind.DETECTOR_FAULT,
                    "RUN",
                    TagKind.RUN_STATE,
                    "ZS",
                    TagKind.VALVE_STATE);

    private TagProposal() {}

    /**
     * The proposed kind; empty when nothing the server publishes says what the variable measures.
     */
    public static Optional<TagKind> kind(BrowsedVariable v) {
        String words =
                (v.displayName() + " " + v.description() + " " + v.path()).toLowerCase(Locale.ROOT);
        if ("Boolean".equals(v.dataType())) {
            TagKind byLetters = DISCRETE_LETTERS.get(letters(v.path()));
            if (byLetters != null) return Optional.of(byLetters);
            if (words.contains("bypass") || words.contains("旁路"))
                return Optional.of(TagKind.SIS_BYPASS);
            if (words.contains("trip") || words.contains("联锁") || words.contains("跳车")) {
                return Optional.of(TagKind.SIS_TRIP);
            }
            if (words.contains("fault") || words.contains("故障"))
                return Optional.of(TagKind.DETECTOR_FAULT);
            if (words.contains("valve") || words.contains("阀"))
                return Optional.of(TagKind.VALVE_STATE);
            return Optional.of(TagKind.RUN_STATE);
        }
        String unit = v.unit().toLowerCase(Locale.ROOT).replace(" ", "");
        if (unit.equals("m")
                && (words.contains("level")
                        || words.contains("液位")
                        || letters(v.path()).equals("LT"))) {
            return Optional.of(TagKind.LEVEL);
        }
        if (unit.equals("deg") || unit.equals("°")) return Optional.of(TagKind.WIND_DIRECTION);
        TagKind byUnit = BY_UNIT.get(unit);
        if (byUnit != null) return Optional.of(byUnit);
        return Optional.ofNullable(BY_LETTERS.get(letters(v.path())));
    }

    /**
     * Proposed design limits for a variable of {@code kind}; {@link TagLimits#NONE} when none can
     * be proposed.
     */
    public static TagLimits limits(TagKind kind, BrowsedVariable v) {
        if (kind == TagKind.GAS_FLAMMABLE && v.unit().equalsIgnoreCase("%LEL")) {
            return new TagLimits(null, null, LEL_FIRST, LEL_SECOND);
        }
        if (!v.hasRange()) return TagLimits.NONE;
        double lo = v.rangeLow();
        double span = v.rangeHigh() - lo;
        return switch (kind) {
            case LEVEL ->
                    new TagLimits(
                            round(lo + LL_FRACTION * span),
                            round(lo + L_FRACTION * span),
                            round(lo + H_FRACTION * span),
                            round(lo + HH_FRACTION * span));
            case TEMPERATURE, PRESSURE, FLOW ->
                    new TagLimits(
                            null,
                            null,
                            round(lo + H_FRACTION * span),
                            round(lo + HH_FRACTION * span));
            default -> TagLimits.NONE;
        };
    }

    /** The instrument letters of a path's last segment: {@code E01/V101/V101.LT} → {@code LT}. */
    static String letters(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        int cut = Math.max(last.lastIndexOf('.'), last.lastIndexOf('_'));
        return last.substring(cut + 1).toUpperCase(Locale.ROOT);
    }

    /** Four significant figures: a limit proposal, not a computed result. */
    private static double round(double x) {
        if (x == 0) return 0;
        double scale = Math.pow(10, 3 - Math.floor(Math.log10(Math.abs(x))));
        return Math.round(x * scale) / scale;
    }
}
