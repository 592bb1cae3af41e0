package org.parkwatch.model.environment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.park.TagKind;

/**
 * Which limit of the limits file each monitoring tag is judged against, and the value it is judged
 * by — the averaging period the standard defines, with the GB 3095-2012 validity rules: a 1-hour
 * limit by the mean of the last completed clock hour, an O₃ 8-hour limit by the 8-hour rolling mean
 * ending with the last completed hour, a 24-hour limit by the mean of the last completed calendar
 * day, a grab limit by the latest reading. Annual limits raise no alarm (they are a report's
 * business).
 *
 * <p>Which tags: an air station's air-quality tags against the ambient and fence-line limits of
 * their pollutant; the park operator's (PARK) wastewater outfall tags against the wastewater limits
 * — the limits file's wastewater values are those of the park's discharge to the river, not of an
 * enterprise's discharge into the park's sewer, which its own tag limits cover.
 */
public final class ExceedanceChecks {

    /** The alarm id suffix of an exceedance: {@code <tagId>.ENV.<limitId>}. */
    public static final String ALARM_SEGMENT = ".ENV.";

    /** One tag judged against one limit. */
    public record Check(String alarmId, TagDefinition tag, EnvLimit limit) {}

    private static final Map<String, Pollutant> WATER_SIGNALS =
            Map.of(
                    "COD", Pollutant.COD,
                    "NH3N", Pollutant.NH3_N,
                    "TP", Pollutant.TP,
                    "PH", Pollutant.PH);

    private ExceedanceChecks() {}

    /** The checks of a park's tags against its limits, in tag order. */
    public static List<Check> of(List<TagDefinition> tags, List<EnvLimit> limits) {
        List<Check> out = new ArrayList<>();
        for (TagDefinition t : tags) {
            Optional<Pollutant> p = pollutantOf(t);
            if (p.isEmpty()) continue;
            for (EnvLimit l : limits) {
                if (l.pollutant() == p.get()
                        && l.averaging() != AveragingPeriod.ANNUAL
                        && applies(t, l.medium())) {
                    out.add(new Check(alarmId(t.id(), l.id()), t, l));
                }
            }
        }
        return out;
    }

    public static String alarmId(String tagId, String limitId) {
        return tagId + ALARM_SEGMENT + limitId;
    }

    private static boolean applies(TagDefinition t, Medium m) {
        return switch (m) {
            case AMBIENT, FENCE_LINE -> t.kind() == TagKind.AIR_QUALITY;
            case WASTEWATER -> t.kind() == TagKind.WATER_QUALITY && "PARK".equals(t.enterpriseId());
        };
    }

    private static Optional<Pollutant> pollutantOf(TagDefinition t) {
        String signal = t.id().substring(t.id().lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
        if (t.kind() == TagKind.AIR_QUALITY) return AirSignals.ofSignal(signal);
        if (t.kind() == TagKind.WATER_QUALITY)
            return Optional.ofNullable(WATER_SIGNALS.get(signal));
        return Optional.empty();
    }

    /**
     * Minutes of history a check needs, ending at the end of its window (the last full hour; for a
     * 24-hour limit the last midnight).
     */
    public static int windowMinutes(EnvLimit limit) {
        return switch (limit.averaging()) {
            case HOUR_1 -> 60;
            case HOUR_8_DAILY_MAX -> 8 * 60;
            case HOUR_24 -> 24 * 60;
            case GRAB -> 1;
            case ANNUAL -> 0;
        };
    }

    /**
     * The value a check is judged by, from one value per minute of its window (NaN = missing), in
     * the tag's unit.
     *
     * @throws IllegalArgumentException when the minutes do not fill the window
     */
    public static AveragedValue value(EnvLimit limit, double[] minutes) {
        int n = windowMinutes(limit);
        if (minutes.length != n || n == 0) {
            throw new IllegalArgumentException(
                    limit.id() + " needs " + n + " minute values, got " + minutes.length);
        }
        return switch (limit.averaging()) {
            case HOUR_1 -> Averaging.hourlyMean(minutes);
            case HOUR_8_DAILY_MAX -> Averaging.eightHourMean(hourly(minutes), 0);
            case HOUR_24 -> Averaging.dailyMean(hourly(minutes));
            default -> {
                double v = minutes[0];
                yield new AveragedValue(
                        Double.isFinite(v) ? v : Double.NaN,
                        Double.isFinite(v),
                        Double.isFinite(v) ? 1 : 0,
                        1,
                        List.of());
            }
        };
    }

    /**
     * A value in the tag's unit expressed in the limit's unit (μg/m³ ↔ mg/m³; others must be the
     * same unit); NaN when they cannot be converted.
     */
    public static double inLimitUnit(double value, String tagUnit, String limitUnit) {
        double tagScale = massScale(tagUnit);
        double limitScale = massScale(limitUnit);
        if (Double.isFinite(tagScale) && Double.isFinite(limitScale)) {
            return value * tagScale / limitScale;
        }
        return normal(tagUnit).equals(normal(limitUnit)) ? value : Double.NaN;
    }

    /** μg per unit of a mass concentration in air, NaN for other units. */
    private static double massScale(String unit) {
        return switch (normal(unit)) {
            case "ug/m3" -> 1;
            case "mg/m3" -> 1000;
            default -> Double.NaN;
        };
    }

    private static String normal(String unit) {
        return unit.toLowerCase(Locale.ROOT).replace("μ", "u").replace("µ", "u").replace("³", "3");
    }

    private static double[] hourly(double[] minutes) {
        double[] out = new double[minutes.length / 60];
        for (int h = 0; h < out.length; h++) {
            double[] hour = new double[60];
            System.arraycopy(minutes, h * 60, hour, 0, 60);
            AveragedValue m = Averaging.hourlyMean(hour);
            out[h] = m.valid() ? m.value() : Double.NaN;
        }
        return out;
    }
}
