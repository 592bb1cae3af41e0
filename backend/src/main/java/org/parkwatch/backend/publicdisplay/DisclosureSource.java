package org.parkwatch.backend.publicdisplay;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.parkwatch.backend.alarm.JournalEntry;
import org.parkwatch.backend.hazard.registry.Licence;
import org.parkwatch.model.environment.AveragingPeriod;
import org.parkwatch.model.environment.EnvLimit;
import org.parkwatch.model.environment.ExceedanceChecks;
import org.parkwatch.model.environment.Pollutant;
import org.parkwatch.model.park.EnterpriseInfo;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Builds the {@link PublicDisclosure}: counts the environmental exceedance activations of the alarm
 * journal (alarm ids {@code <tagId>.ENV.<limitId>}, issue 17) of the park's day and month, and
 * reads each enterprise's discharge permit (排污许可证) from the registry. The only place where the
 * disclosure touches alarm ids, tags and licences; what leaves is names, pollutant labels, limits
 * and dates. Blocking (reads the journal): call on a worker thread.
 */
public final class DisclosureSource {

    /** The journal's exceedance activations in a time window, oldest first. */
    @FunctionalInterface
    public interface ExceedanceJournal {
        List<JournalEntry> entries(long fromMs, long toMs) throws Exception;
    }

    /**
     * The registry's licence kind of a discharge permit (排污许可证, 《排污许可管理条例》 2021); other kinds
     * (safety, hazardous chemicals) are not environmental information.
     */
    static final String DISCHARGE_PERMIT_KIND = "排污许可证";

    /**
     * Pollutants published by name: the six AQI pollutants and TVOC (HJ 633-2012 and the air view),
     * and the wastewater parameters. The park's characteristic pollutants (chlorine, ammonia,
     * hydrogen sulphide, benzene, methanol) name the chemicals the enterprises hold, so the page
     * says 特征污染物 for them (issue 7: the public display does not tell where the chlorine is).
     */
    private static final Map<Pollutant, String[]> PUBLISHED =
            Map.ofEntries(
                    Map.entry(Pollutant.SO2, new String[] {"SO₂", "SO₂"}),
                    Map.entry(Pollutant.NO2, new String[] {"NO₂", "NO₂"}),
                    Map.entry(Pollutant.CO, new String[] {"CO", "CO"}),
                    Map.entry(Pollutant.O3, new String[] {"O₃", "O₃"}),
                    Map.entry(Pollutant.PM10, new String[] {"PM₁₀", "PM₁₀"}),
                    Map.entry(Pollutant.PM2_5, new String[] {"PM₂.₅", "PM₂.₅"}),
                    Map.entry(Pollutant.TVOC, new String[] {"TVOC", "TVOC"}),
                    Map.entry(Pollutant.COD, new String[] {"化学需氧量（COD）", "COD"}),
                    Map.entry(Pollutant.NH3_N, new String[] {"NH₃-N", "NH₃-N"}),
                    Map.entry(Pollutant.TP, new String[] {"总磷", "total phosphorus"}),
                    Map.entry(Pollutant.PH, new String[] {"pH", "pH"}));

    private static final String[] CHARACTERISTIC = {"特征污染物", "characteristic pollutant"};

    /** Most journal rows read for one month (the oldest win; a month has far fewer). */
    static final int MAX_ROWS = 200_000;

    private static final Set<String> PLACE_KINDS = Set.of("air-station", "outfall");

    private final ExceedanceJournal journal;
    private final Function<String, Collection<Licence>> licences;
    private final ZoneId zone;
    private final List<EnterpriseInfo> enterprises;
    private final Map<String, ExceedanceChecks.Check> checks = new HashMap<>();
    private final Map<String, String[]> places;

    /**
     * @param journal the alarm journal's exceedance entries
     * @param licences an enterprise's licences by enterprise id (the registry, 一企一档)
     * @param limits the environmental limits the exceedance alarms were defined from
     */
    public DisclosureSource(
            ParkCatalog park,
            List<EnvLimit> limits,
            ExceedanceJournal journal,
            Function<String, Collection<Licence>> licences,
            ZoneId zone) {
        this.journal = journal;
        this.licences = licences;
        this.zone = zone;
        this.enterprises = park.enterprises().stream().filter(e -> !"PARK".equals(e.id())).toList();
        for (ExceedanceChecks.Check c : ExceedanceChecks.of(park.allTags(), limits)) {
            checks.put(c.alarmId(), c);
        }
        this.places = AirStationReader.names(park, PLACE_KINDS);
    }

    /** The disclosure with exceedances counted up to {@code countedToMs}. */
    public PublicDisclosure read(long countedToMs) throws Exception {
        LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(countedToMs), zone);
        YearMonth month = YearMonth.from(day);
        long monthStart = month.atDay(1).atStartOfDay(zone).toInstant().toEpochMilli();
        long dayStart = day.atStartOfDay(zone).toInstant().toEpochMilli();
        return new PublicDisclosure(
                countedToMs,
                day,
                month,
                exceedances(journal.entries(monthStart, countedToMs), dayStart),
                permits(day));
    }

    private List<PublicDisclosure.Exceedance> exceedances(List<JournalEntry> rows, long dayStart) {
        // lines keyed by what the public sees: two checks that read the same are one line
        Map<List<String>, long[]> counts = new LinkedHashMap<>();
        for (JournalEntry e : rows) {
            ExceedanceChecks.Check c = checks.get(e.alarmId());
            if (c == null || !e.isActivation()) continue;
            long[] n = counts.computeIfAbsent(line(c), k -> new long[3]);
            n[1]++;
            if (e.timeMs() >= dayStart) n[0]++;
            n[2] = Math.max(n[2], e.timeMs());
        }
        List<PublicDisclosure.Exceedance> out = new ArrayList<>();
        counts.forEach(
                (k, n) ->
                        out.add(
                                new PublicDisclosure.Exceedance(
                                        k.get(0),
                                        k.get(1),
                                        k.get(2),
                                        k.get(3),
                                        k.get(4),
                                        k.get(5),
                                        k.get(6),
                                        k.get(7),
                                        (int) n[0],
                                        (int) n[1],
                                        n[2])));
        out.sort(Comparator.comparingLong(PublicDisclosure.Exceedance::lastMs).reversed());
        return out;
    }

    /** The public text of a check: place, pollutant, averaging (zh, en each), standard, limit. */
    private List<String> line(ExceedanceChecks.Check c) {
        EnvLimit l = c.limit();
        String[] place =
                places.getOrDefault(
                        c.tag().featureId(), new String[] {"园区监测点", "park monitoring point"});
        String[] pollutant = PUBLISHED.getOrDefault(l.pollutant(), CHARACTERISTIC);
        String[] averaging = averaging(l.averaging());
        return List.of(
                place[0],
                place[1],
                pollutant[0],
                pollutant[1],
                averaging[0],
                averaging[1],
                l.standard(),
                bound(l));
    }

    private static String[] averaging(AveragingPeriod p) {
        return switch (p) {
            case HOUR_1 -> new String[] {"1 小时平均", "1-hour mean"};
            case HOUR_8_DAILY_MAX -> new String[] {"8 小时滑动平均", "8-hour rolling mean"};
            case HOUR_24 -> new String[] {"24 小时平均", "24-hour mean"};
            case GRAB -> new String[] {"一次值", "single reading"};
            case ANNUAL -> new String[] {"年平均", "annual mean"};
        };
    }

    /** "≤ 500 μg/m³", "6–9 pH". */
    static String bound(EnvLimit l) {
        String unit = "pH".equals(l.unit()) ? "" : " " + l.unit();
        if (Double.isNaN(l.max())) return "≥ " + number(l.min()) + unit;
        if (Double.isNaN(l.min())) return "≤ " + number(l.max()) + unit;
        return number(l.min()) + "–" + number(l.max()) + unit;
    }

    private static String number(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private List<PublicDisclosure.Permit> permits(LocalDate day) {
        List<PublicDisclosure.Permit> out = new ArrayList<>();
        for (EnterpriseInfo e : enterprises) {
            Licence best = null;
            for (Licence l : licences.apply(e.id())) {
                if (!DISCHARGE_PERMIT_KIND.equals(l.kind().trim())) continue;
                if (best == null || better(l, best, day)) best = l;
            }
            out.add(
                    new PublicDisclosure.Permit(
                            e.nameZh(),
                            e.nameEn(),
                            state(best, day),
                            best == null ? null : best.validFrom(),
                            best == null ? null : best.validUntil()));
        }
        return out;
    }

    /** A permit valid on the day beats one that is not; then the later end wins. */
    private static boolean better(Licence a, Licence b, LocalDate day) {
        if (a.isValidOn(day) != b.isValidOn(day)) return a.isValidOn(day);
        return a.validUntil().isAfter(b.validUntil());
    }

    static PublicDisclosure.PermitState state(Licence l, LocalDate day) {
        if (l == null) return PublicDisclosure.PermitState.NONE;
        if (l.isValidOn(day)) {
            return l.expiringSoon(day)
                    ? PublicDisclosure.PermitState.EXPIRING
                    : PublicDisclosure.PermitState.VALID;
        }
        return day.isBefore(l.validFrom())
                ? PublicDisclosure.PermitState.NOT_YET_VALID
                : PublicDisclosure.PermitState.EXPIRED;
    }
}
