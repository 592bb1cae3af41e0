package org.parkwatch.backend.risk.zones;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.parkwatch.backend.alarm.correlation.Incident;

/**
 * {@link IncidentThreats} over {@link IncidentZones}: a run's stored answer ({@link
 * ThreatZoneJson}), read back into typed zones at this edge so no other capability sees its JSON.
 */
final class IncidentThreatsJson implements IncidentThreats {
    private static final GeometryFactory LON_LAT = new GeometryFactory(new PrecisionModel(), 4326);

    private final IncidentZones zones;
    private final Function<String, Optional<Incident>> incidentById;

    IncidentThreatsJson(IncidentZones zones, Function<String, Optional<Incident>> incidentById) {
        this.zones = zones;
        this.incidentById = incidentById;
    }

    @Override
    public Optional<IncidentThreat> current(String incidentId) {
        return zones.latest(incidentId).map(this::threat);
    }

    @Override
    public Optional<IncidentThreat> at(String incidentId, long atMs) {
        ZoneRun found = null;
        for (ZoneRun run : runs(incidentId))
            if (run.computedMs() <= atMs
                    && (found == null || run.computedMs() >= found.computedMs())) found = run;
        return Optional.ofNullable(found).map(this::threat);
    }

    /**
     * The incident's runs, copied from a worker thread: the runs change on the ingest context, so a
     * copy that meets a change is taken again.
     */
    private List<ZoneRun> runs(String incidentId) {
        for (int attempt = 0; ; attempt++) {
            try {
                return zones.history(incidentId);
            } catch (java.util.ConcurrentModificationException e) {
                if (attempt >= 10) throw e;
            }
        }
    }

    @Override
    public void addThreatListener(Consumer<IncidentThreat> listener) {
        zones.addRunListener(run -> listener.accept(threat(run)));
    }

    private IncidentThreat threat(ZoneRun run) {
        List<String> owners =
                incidentById
                        .apply(run.incidentId())
                        .map(Incident::enterprises)
                        .orElse(
                                run.enterpriseId() == null
                                        ? List.of()
                                        : List.of(run.enterpriseId()));
        return of(run, owners);
    }

    /** The typed zones of a run's answer. */
    static IncidentThreat of(ZoneRun run, List<String> owners) {
        JsonObject result = new JsonObject(run.resultJson());
        List<IncidentThreat.Area> areas = new ArrayList<>();
        GeoJsonReader reader = new GeoJsonReader(LON_LAT);
        JsonArray features = result.getJsonArray("features", new JsonArray());
        for (int i = 0; i < features.size(); i++) {
            JsonObject f = features.getJsonObject(i);
            JsonObject geometry = f.getJsonObject("geometry");
            if (geometry == null) continue; // the threshold is not reached
            JsonObject p = f.getJsonObject("properties", new JsonObject());
            Geometry g;
            try {
                g = reader.read(geometry.encode());
            } catch (ParseException e) {
                throw new IllegalStateException(
                        "run " + run.runId() + ": zone " + i + " geometry unreadable", e);
            }
            g.setSRID(4326);
            areas.add(
                    new IncidentThreat.Area(
                            p.getString("outcome", ""),
                            p.getString("threshold", ""),
                            p.getString("textZh", ""),
                            p.getString("textEn", ""),
                            g));
        }
        ZoneRunInputs in = run.inputs();
        return new IncidentThreat(
                run.incidentId(),
                run.runId(),
                owners,
                run.computedMs(),
                in == null ? Double.NaN : in.lon(),
                in == null ? Double.NaN : in.lat(),
                in == null ? null : in.windFromDeg(),
                areas);
    }
}
