package org.parkwatch.backend.environment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parkwatch.backend.history.Trend;
import org.parkwatch.model.environment.AqiCalculator;
import org.parkwatch.model.environment.AqiItem;
import org.parkwatch.model.environment.AqiResult;
import org.parkwatch.model.environment.AveragedValue;
import org.parkwatch.model.environment.Averaging;
import org.parkwatch.model.environment.AveragingPeriod;
import org.parkwatch.model.environment.EnvLimit;
import org.parkwatch.model.environment.LimitCheck;
import org.parkwatch.model.environment.Medium;
import org.parkwatch.model.environment.Pollutant;
import org.parkwatch.model.park.TagDefinition;

/**
 * The daily report of every air station for one local day: 1-hour means from 1-minute history
 * buckets, the daily mean and the O₃ daily maxima, each only when the GB 3095-2012 clause 8
 * validity rule is met ({@link Averaging}), the daily AQI (HJ 633-2012 日报) of what is valid, and
 * every ambient limit of the station's pollutants checked against the mean of its averaging period.
 * Blocking (reads history).
 */
final class DailyService {

    /** One pollutant of one station for the day. */
    record PollutantDay(
            Pollutant pollutant,
            String unit,
            AveragedValue dailyMean,
            double maxHourly,
            int validHours,
            AveragedValue maxEightHour) {}

    /** One station's day. */
    record StationDay(
            AirNetwork.AirStation station,
            List<PollutantDay> pollutants,
            AqiResult aqi,
            List<LimitCheck> checks) {}

    private static final Map<Pollutant, AqiItem> DAILY_ITEM =
            Map.of(
                    Pollutant.SO2,
                    AqiItem.SO2_24H,
                    Pollutant.NO2,
                    AqiItem.NO2_24H,
                    Pollutant.PM10,
                    AqiItem.PM10_24H,
                    Pollutant.PM2_5,
                    AqiItem.PM2_5_24H,
                    Pollutant.CO,
                    AqiItem.CO_24H);

    private final AirNetwork network;
    private final BacktraceService.TrendSource history;
    private final List<EnvLimit> limits;
    private final ZoneId zone;

    DailyService(
            AirNetwork network,
            BacktraceService.TrendSource history,
            List<EnvLimit> limits,
            ZoneId zone) {
        this.network = network;
        this.history = history;
        this.limits = List.copyOf(limits);
        this.zone = zone;
    }

    List<StationDay> day(LocalDate date) throws Exception {
        long from = date.atStartOfDay(zone).toInstant().toEpochMilli();
        long to = date.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        int minutes = (int) ((to - from) / 60_000);
        List<StationDay> out = new ArrayList<>();
        for (AirNetwork.AirStation s : network.stations()) {
            List<PollutantDay> days = new ArrayList<>();
            List<LimitCheck> checks = new ArrayList<>();
            Map<AqiItem, Double> aqiInputs = new EnumMap<>(AqiItem.class);
            for (Map.Entry<Pollutant, TagDefinition> e : s.tags().entrySet()) {
                double[] hourly =
                        hourly(history.trend(e.getValue().id(), from, to, minutes), from, minutes);
                PollutantDay d = pollutantDay(e.getKey(), e.getValue().unit(), hourly);
                days.add(d);
                addAqiInputs(d, aqiInputs);
                checks.addAll(checks(d));
            }
            out.add(
                    new StationDay(
                            s,
                            days,
                            aqiInputs.isEmpty() ? null : AqiCalculator.daily(aqiInputs),
                            checks));
        }
        return out;
    }

    private PollutantDay pollutantDay(Pollutant p, String unit, double[] hourly) {
        double max = Double.NaN;
        int valid = 0;
        for (double h : hourly) {
            if (Double.isFinite(h)) {
                valid++;
                max = Double.isNaN(max) ? h : Math.max(max, h);
            }
        }
        AveragedValue eight = null;
        if (p == Pollutant.O3 && hourly.length == 24) {
            eight =
                    Averaging.dailyMaxEightHour(
                            hourly, limitValue(p, AveragingPeriod.HOUR_8_DAILY_MAX, unit));
        }
        AveragedValue mean =
                hourly.length == 24
                        ? Averaging.dailyMean(hourly)
                        : AveragedValue.insufficient(
                                0,
                                Averaging.MIN_VALID_HOURS_PER_DAY,
                                "day of " + hourly.length + " h");
        return new PollutantDay(p, unit, mean, max, valid, eight);
    }

    static void addAqiInputs(PollutantDay d, Map<AqiItem, Double> inputs) {
        AqiItem item = DAILY_ITEM.get(d.pollutant());
        if (item != null && d.dailyMean().valid()) {
            inputs.put(item, EnvironmentSignals.toItemUnit(d.dailyMean().value(), d.unit(), item));
        }
        if (d.pollutant() == Pollutant.O3 && Double.isFinite(d.maxHourly())) {
            inputs.put(
                    AqiItem.O3_1H,
                    EnvironmentSignals.toItemUnit(d.maxHourly(), d.unit(), AqiItem.O3_1H));
        }
        if (d.maxEightHour() != null && d.maxEightHour().valid()) {
            inputs.put(
                    AqiItem.O3_8H,
                    EnvironmentSignals.toItemUnit(
                            d.maxEightHour().value(), d.unit(), AqiItem.O3_8H));
        }
    }

    private List<LimitCheck> checks(PollutantDay d) {
        List<LimitCheck> out = new ArrayList<>();
        for (EnvLimit l : limits) {
            if (l.medium() != Medium.AMBIENT || l.pollutant() != d.pollutant()) {
                continue;
            }
            AveragedValue v =
                    switch (l.averaging()) {
                        case HOUR_24 -> d.dailyMean();
                        case HOUR_8_DAILY_MAX -> d.maxEightHour();
                        case HOUR_1 ->
                                Double.isFinite(d.maxHourly())
                                        ? AveragedValue.of(d.maxHourly(), d.validHours(), 1)
                                        : AveragedValue.insufficient(0, 1, "1-hour means");
                        default -> null;
                    };
            if (v != null) {
                out.add(LimitCheck.of(l, converted(v, d.unit(), l.unit())));
            }
        }
        return out;
    }

    private double limitValue(Pollutant p, AveragingPeriod period, String tagUnit) {
        for (EnvLimit l : limits) {
            if (l.medium() == Medium.AMBIENT && l.pollutant() == p && l.averaging() == period) {
                return l.max() / factor(tagUnit, l.unit());
            }
        }
        return Double.NaN;
    }

    private static AveragedValue converted(AveragedValue v, String fromUnit, String toUnit) {
        if (!v.valid()) {
            return v;
        }
        return new AveragedValue(
                v.value() * factor(fromUnit, toUnit),
                true,
                v.validCount(),
                v.required(),
                v.warnings());
    }

    /** Factor from a tag unit (ug/m3, mg/m3) to a limit unit (μg/m³, mg/m³). */
    static double factor(String fromUnit, String toUnit) {
        return microgramsPer(fromUnit) / microgramsPer(toUnit);
    }

    private static double microgramsPer(String unit) {
        String u = unit.replace("μ", "u").replace("³", "3").toLowerCase(Locale.ROOT);
        return switch (u) {
            case "ug/m3" -> 1;
            case "mg/m3" -> 1000;
            default ->
                    throw new IllegalArgumentException(
                            "unit '" + unit + "' is not a mass concentration");
        };
    }

    /** 1-hour means (NaN when invalid) of one day's 1-minute buckets. */
    private static double[] hourly(Trend trend, long from, int minutes) {
        double[] perMinute = new double[minutes];
        Arrays.fill(perMinute, Double.NaN);
        for (Trend.Point p : trend.points()) {
            int i = (int) ((p.t() - from) / trend.bucketMs());
            if (i >= 0 && i < minutes) {
                perMinute[i] = p.avg();
            }
        }
        double[] hours = new double[minutes / 60];
        for (int h = 0; h < hours.length; h++) {
            AveragedValue m =
                    Averaging.hourlyMean(Arrays.copyOfRange(perMinute, h * 60, h * 60 + 60));
            hours[h] = m.valid() ? m.value() : Double.NaN;
        }
        return hours;
    }
}
