package org.parkwatch.backend.environment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.parkwatch.backend.history.Trend;
import org.parkwatch.model.environment.AqiCalculator;
import org.parkwatch.model.environment.AqiItem;
import org.parkwatch.model.environment.AqiLevel;
import org.parkwatch.model.environment.AqiResult;
import org.parkwatch.model.environment.LimitCheck;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.park.TagKind;

/**
 * The daily and monthly environmental report (issue 17): the park's AQI day by day (HJ 633-2012
 * daily AQI of the station mean of each pollutant's valid daily mean; days without one counted
 * apart) and the days per AQI level, the limit exceedances of every station day (the daily report's
 * checks), and the discharge of each wastewater outlet — water volume and the COD, ammonia-nitrogen
 * and total-phosphorus loads, Σ hourly mean flow × hourly mean concentration (the product of hourly
 * means, not the mean of products: within an hour flow and concentration are taken as
 * uncorrelated). Blocking (reads history).
 */
final class EnvironmentReport {

    /** One day's park AQI (null when no pollutant had a valid daily mean). */
    record Day(LocalDate date, AqiResult aqi) {}

    /** One limit exceeded on one day at one station. */
    record Exceedance(LocalDate date, AirNetwork.AirStation station, LimitCheck check) {}

    /** One outlet's discharge over the period; loads in kg, NaN where never measured. */
    record Discharge(
            String featureId,
            String enterpriseId,
            double waterM3,
            double codKg,
            double nh3nKg,
            double tpKg,
            int hoursWithFlow) {}

    record Report(
            String kind,
            String period,
            LocalDate first,
            LocalDate last,
            List<Day> days,
            Map<AqiLevel, Integer> daysByLevel,
            int daysWithoutAqi,
            List<Exceedance> exceedances,
            List<Discharge> discharges) {}

    /** A wastewater outlet's flow and concentration tags. */
    private record Outlet(
            String featureId,
            String enterpriseId,
            String flow,
            String cod,
            String nh3n,
            String tp) {}

    private static final long HOUR_MS = 3_600_000L;

    private final DailyService daily;
    private final BacktraceService.TrendSource history;
    private final List<Outlet> outlets = new ArrayList<>();
    private final ZoneId zone;

    EnvironmentReport(
            ParkCatalog park,
            DailyService daily,
            BacktraceService.TrendSource history,
            ZoneId zone) {
        this.daily = daily;
        this.history = history;
        this.zone = zone;
        Map<String, Map<String, String>> byFeature = new java.util.LinkedHashMap<>();
        for (TagDefinition t : park.allTags()) {
            if (t.kind() == TagKind.FLOW || t.kind() == TagKind.WATER_QUALITY) {
                String signal = t.id().substring(t.id().lastIndexOf('.') + 1);
                byFeature
                        .computeIfAbsent(t.featureId(), f -> new java.util.HashMap<>())
                        .put(signal, t.id());
                byFeature.get(t.featureId()).put("@enterprise", t.enterpriseId());
            }
        }
        byFeature.forEach(
                (f, s) -> {
                    if (s.containsKey("FT") && s.containsKey("COD")) {
                        outlets.add(
                                new Outlet(
                                        f,
                                        s.get("@enterprise"),
                                        s.get("FT"),
                                        s.get("COD"),
                                        s.get("NH3N"),
                                        s.get("TP")));
                    }
                });
    }

    Report day(LocalDate date) throws Exception {
        return build("day", date.toString(), date, date);
    }

    Report month(java.time.YearMonth month) throws Exception {
        return build("month", month.toString(), month.atDay(1), month.atEndOfMonth());
    }

    private Report build(String kind, String period, LocalDate first, LocalDate last)
            throws Exception {
        List<Day> days = new ArrayList<>();
        Map<AqiLevel, Integer> byLevel = new EnumMap<>(AqiLevel.class);
        int without = 0;
        List<Exceedance> exceedances = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            List<DailyService.StationDay> stations = daily.day(d);
            Map<AqiItem, double[]> sums = new EnumMap<>(AqiItem.class);
            for (DailyService.StationDay s : stations) {
                Map<AqiItem, Double> inputs = new EnumMap<>(AqiItem.class);
                for (DailyService.PollutantDay p : s.pollutants()) {
                    DailyService.addAqiInputs(p, inputs);
                }
                inputs.forEach(
                        (item, v) -> {
                            double[] a = sums.computeIfAbsent(item, i -> new double[2]);
                            a[0] += v;
                            a[1]++;
                        });
                for (LimitCheck c : s.checks()) {
                    if (c.exceeded()) exceedances.add(new Exceedance(d, s.station(), c));
                }
            }
            Map<AqiItem, Double> park = new EnumMap<>(AqiItem.class);
            sums.forEach((item, a) -> park.put(item, a[0] / a[1]));
            AqiResult aqi = park.isEmpty() ? null : AqiCalculator.daily(park);
            days.add(new Day(d, aqi));
            if (aqi == null) without++;
            else byLevel.merge(aqi.level(), 1, Integer::sum);
        }
        long from = first.atStartOfDay(zone).toInstant().toEpochMilli();
        long to = last.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        List<Discharge> discharges = new ArrayList<>();
        for (Outlet o : outlets) discharges.add(discharge(o, from, to));
        return new Report(
                kind, period, first, last, days, byLevel, without, exceedances, discharges);
    }

    private Discharge discharge(Outlet o, long from, long to) throws Exception {
        int hours = (int) ((to - from) / HOUR_MS);
        double[] flow = hourly(o.flow(), from, to, hours);
        double water = 0;
        int withFlow = 0;
        for (double q : flow) {
            if (Double.isFinite(q)) {
                water += q; // m3/h over one hour
                withFlow++;
            }
        }
        return new Discharge(
                o.featureId(),
                o.enterpriseId(),
                water,
                load(flow, o.cod(), from, to, hours),
                load(flow, o.nh3n(), from, to, hours),
                load(flow, o.tp(), from, to, hours),
                withFlow);
    }

    /** Σ flow (m³/h) × concentration (mg/L = g/m³) × 1 h, in kg; NaN when never both measured. */
    private double load(double[] flow, String tag, long from, long to, int hours) throws Exception {
        if (tag == null) return Double.NaN;
        double[] c = hourly(tag, from, to, hours);
        double grams = 0;
        boolean any = false;
        for (int h = 0; h < hours; h++) {
            if (Double.isFinite(flow[h]) && Double.isFinite(c[h])) {
                grams += flow[h] * c[h];
                any = true;
            }
        }
        return any ? grams / 1000 : Double.NaN;
    }

    private double[] hourly(String tag, long from, long to, int hours) throws Exception {
        double[] out = new double[hours];
        java.util.Arrays.fill(out, Double.NaN);
        Trend t = history.trend(tag, from, to, hours);
        for (Trend.Point p : t.points()) {
            int i = (int) ((p.t() - from) / t.bucketMs());
            if (i >= 0 && i < hours) out[i] = p.avg();
        }
        return out;
    }
}
