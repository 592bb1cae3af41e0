package org.parkwatch.backend.publicdisplay;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Owns the public display's state: takes a {@link PublicInputs} snapshot every {@code
 * public.snapshotMs}. The overall safety status (正常/关注/警戒) is served from the newest snapshot at
 * once — the lobby must not say 正常 during a leak; the details (air readings and trend) are held in
 * a {@link DelayLine} and served only from the newest snapshot that is at least {@code
 * public.delaySeconds} old, with an {@link HourlyTrend} fed from the released snapshots. Before the
 * first snapshot (status) or before it is old enough (details) the answer says {@code
 * "status":"pending"}. Single-threaded writer (the backend's ingest context); readers see the
 * newest snapshot through a volatile field.
 */
public final class PublicDisplayService implements PublicView {
    private final PublicDisplayOptions options;
    private final LongSupplier clock;
    private final String parkJson;
    private final HourlyTrend trend = new HourlyTrend();
    private final DelayLine<PublicInputs> line;
    private volatile int kioskPort = -1;
    private volatile PublicInputs newest;
    private volatile PublicDisclosure disclosure;
    private volatile List<PublicCommitments.Entry> commitments = List.of();

    /**
     * @param parkJson the public map from {@link PublicParkMap#build}
     */
    public PublicDisplayService(PublicDisplayOptions options, String parkJson, LongSupplier clock) {
        this.options = options;
        this.clock = clock;
        this.parkJson = parkJson;
        this.line =
                new DelayLine<>(
                        options.delayMs(), e -> trend.accept(e.takenMs(), parkMeans(e.value())));
    }

    /** Adds a snapshot; it becomes visible once it is old enough. */
    public void take(PublicInputs inputs) {
        newest = inputs;
        line.offer(inputs.takenMs(), inputs);
    }

    /**
     * Replaces the disclosure (exceedances counted up to the public delay ago, permits of today).
     */
    public void disclosure(PublicDisclosure d) {
        disclosure = d;
    }

    /** Replaces today's safety commitments (issue 15). */
    public void commitments(List<PublicCommitments.Entry> entries) {
        commitments = List.copyOf(entries);
    }

    /**
     * The kiosk listener's bound port, or -1 when there is none ({@code public.http.port} unset).
     */
    public int kioskPort() {
        return kioskPort;
    }

    void kioskPort(int port) {
        this.kioskPort = port;
    }

    /** Snapshots still held back (for tests and metrics). */
    public int pending() {
        return line.pending();
    }

    /**
     * The safety status of the newest snapshot, immediately ({@code asOfMs} is that snapshot's
     * time); {@code detailsAsOfMs} says how old the delayed details are (null while none is old
     * enough).
     */
    @Override
    public String statusJson() {
        long now = clock.getAsLong();
        PublicInputs in = newest;
        JsonObject o =
                new JsonObject()
                        .put("serverMs", now)
                        .put("delaySeconds", options.delayMs() / 1000)
                        .put("asOfMs", in == null ? null : in.takenMs())
                        .put(
                                "detailsAsOfMs",
                                line.current(now).map(DelayLine.Entry::takenMs).orElse(null));
        o.put("commitments", commitmentsJson());
        if (in == null) return o.put("status", "pending").encode();
        SafetyStatus s = SafetyStatus.of(in);
        return o.put("status", s.id())
                .put("labelZh", s.labelZh())
                .put("labelEn", s.labelEn())
                .put(
                        "daysSinceIncident",
                        in.daysSinceIncident() < 0 ? null : in.daysSinceIncident())
                .encode();
    }

    @Override
    public String airJson() {
        long now = clock.getAsLong();
        Optional<DelayLine.Entry<PublicInputs>> e = line.current(now);
        JsonObject o = head(now, e);
        if (e.isEmpty())
            return o.put("status", "pending").put("stations", new JsonArray()).encode();
        PublicInputs in = e.get().value();
        AirLevel parkLevel = AirLevel.NONE;
        for (PublicInputs.AirReading r : in.air()) {
            parkLevel = parkLevel.worst(AirLevel.of(r.value(), r.high(), r.highHigh()));
        }
        return o.put("status", "ok")
                .put("level", parkLevel.id())
                .put("park", parkReadings(in))
                .put("aqi", PublicAqi.of(parkMeans(in), unitsOf(in)))
                .put("stations", stations(in))
                .put("trend", trend(in, e.get().takenMs()))
                .encode();
    }

    /** One object per station: number, names, worst level and its readings. */
    private static JsonArray stations(PublicInputs in) {
        Map<Integer, JsonObject> stations = new LinkedHashMap<>();
        for (PublicInputs.AirReading r : in.air()) {
            AirLevel level = AirLevel.of(r.value(), r.high(), r.highHigh());
            JsonObject st =
                    stations.computeIfAbsent(
                            r.station(),
                            n ->
                                    new JsonObject()
                                            .put("number", n)
                                            .put("nameZh", r.stationZh())
                                            .put("nameEn", r.stationEn())
                                            .put("level", AirLevel.NONE.id())
                                            .put("readings", new JsonArray()));
            st.put(
                    "level",
                    AirLevel.valueOf(st.getString("level").toUpperCase()).worst(level).id());
            st.getJsonArray("readings").add(reading(r.pollutant(), r.value(), r.unit(), level));
        }
        Map<Pollutant, String> units = unitsOf(in);
        for (Map.Entry<Integer, JsonObject> st : stations.entrySet()) {
            Map<Pollutant, Double> values = new EnumMap<>(Pollutant.class);
            for (PublicInputs.AirReading r : in.air()) {
                if (r.station() == st.getKey()) values.put(r.pollutant(), r.value());
            }
            st.getValue().put("aqi", PublicAqi.of(values, units));
        }
        return new JsonArray(new ArrayList<>(stations.values()));
    }

    /** Park-wide means with the worst station level of each pollutant. */
    private static JsonArray parkReadings(PublicInputs in) {
        JsonArray park = new JsonArray();
        Map<Pollutant, String> units = unitsOf(in);
        parkMeans(in).forEach((p, v) -> park.add(reading(p, v, units.get(p), parkLevelOf(in, p))));
        return park;
    }

    /** The 24 h of hourly park means ending with the hour of {@code asOfMs}. */
    private JsonObject trend(PublicInputs in, long asOfMs) {
        Map<Pollutant, String> units = unitsOf(in);
        JsonArray series = new JsonArray();
        for (Pollutant p : parkMeans(in).keySet()) {
            if (!"ug/m3".equalsIgnoreCase(units.get(p))) continue; // the chart's axis is µg/m³
            JsonArray values = new JsonArray();
            trend.series(p, asOfMs).forEach(v -> values.add(v == null ? null : round1(v)));
            series.add(
                    new JsonObject()
                            .put("pollutant", p.id())
                            .put("label", p.label())
                            .put("unit", units.get(p))
                            .put("values", values));
        }
        return new JsonObject()
                .put("hours", new JsonArray(new ArrayList<>(trend.hours(asOfMs))))
                .put("series", series);
    }

    @Override
    public String parkJson() {
        return parkJson;
    }

    @Override
    public String disclosureJson() {
        PublicDisclosure d = disclosure;
        long now = clock.getAsLong();
        return d == null
                ? DisclosureJson.pending(now, options.delayMs() / 1000)
                : DisclosureJson.encode(d, now, options.delayMs() / 1000);
    }

    /** Each enterprise's commitment today: name, declared, safe state; nothing else. */
    private JsonArray commitmentsJson() {
        JsonArray out = new JsonArray();
        for (PublicCommitments.Entry e : commitments) {
            out.add(
                    new JsonObject()
                            .put("nameZh", e.nameZh())
                            .put("nameEn", e.nameEn())
                            .put("declared", e.declared())
                            .put("safeState", e.safeState()));
        }
        return out;
    }

    private JsonObject head(long now, Optional<DelayLine.Entry<PublicInputs>> e) {
        return new JsonObject()
                .put("serverMs", now)
                .put("delaySeconds", options.delayMs() / 1000)
                .put("asOfMs", e.map(DelayLine.Entry::takenMs).orElse(null));
    }

    private static JsonObject reading(Pollutant p, double value, String unit, AirLevel level) {
        return new JsonObject()
                .put("pollutant", p.id())
                .put("label", p.label())
                .put("value", Double.isNaN(value) ? null : round1(value))
                .put("unit", unit)
                .put("level", level.id());
    }

    /**
     * Park-wide mean per pollutant over the stations with a usable value (NaN when none has one).
     */
    static Map<Pollutant, Double> parkMeans(PublicInputs in) {
        Map<Pollutant, double[]> sums = new EnumMap<>(Pollutant.class);
        for (PublicInputs.AirReading r : in.air()) {
            double[] s = sums.computeIfAbsent(r.pollutant(), p -> new double[2]);
            if (!Double.isNaN(r.value())) {
                s[0] += r.value();
                s[1]++;
            }
        }
        Map<Pollutant, Double> out = new EnumMap<>(Pollutant.class);
        sums.forEach((p, s) -> out.put(p, s[1] == 0 ? Double.NaN : s[0] / s[1]));
        return out;
    }

    /** The worst station level of one pollutant. */
    private static AirLevel parkLevelOf(PublicInputs in, Pollutant p) {
        AirLevel worst = AirLevel.NONE;
        for (PublicInputs.AirReading r : in.air()) {
            if (r.pollutant() == p)
                worst = worst.worst(AirLevel.of(r.value(), r.high(), r.highHigh()));
        }
        return worst;
    }

    private static Map<Pollutant, String> unitsOf(PublicInputs in) {
        Map<Pollutant, String> out = new EnumMap<>(Pollutant.class);
        for (PublicInputs.AirReading r : in.air()) out.putIfAbsent(r.pollutant(), r.unit());
        return out;
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
