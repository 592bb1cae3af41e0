package org.parkwatch.bridge.sim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parkwatch.bridge.sim.model.SimulationModel;
import org.parkwatch.bridge.sim.model.Wind;
import org.parkwatch.bridge.sim.plume.DetectorPlume;
import org.parkwatch.model.consequence.StabilityClass;
import org.parkwatch.model.environment.AirSignals;
import org.parkwatch.model.environment.Pollutant;
import org.parkwatch.model.geo.LocalMetricPlane;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.park.TagKind;

/**
 * The park's air stations as receptors of a simulated release: each air-quality tag with the
 * pollutant it measures and its station's position. A release adds the ground-level concentration
 * of the same Gaussian plume the gas detectors see ({@link DetectorPlume}), for the wind the
 * weather station publishes in the same tick, so the recorded wind and the station readings agree —
 * which is what back-tracing the episode relies on.
 */
final class AirStationReceptors {

    /** One station tag, with its station's position (EPSG:4326). */
    record Receptor(TagDefinition tag, Pollutant pollutant, double lon, double lat) {}

    private final List<Receptor> receptors;

    private AirStationReceptors(List<Receptor> receptors) {
        this.receptors = List.copyOf(receptors);
    }

    static AirStationReceptors of(ScenarioContext ctx) {
        List<Receptor> list = new ArrayList<>();
        for (ScenarioFeatures.Feature f : ctx.features().ofKind("air-station")) {
            for (TagDefinition t : ctx.model().tagsOfKind(TagKind.AIR_QUALITY)) {
                if (t.featureId().equals(f.id())) {
                    AirSignals.ofTagId(t.id())
                            .ifPresent(p -> list.add(new Receptor(t, p, f.lon(), f.lat())));
                }
            }
        }
        return new AirStationReceptors(list);
    }

    /** The station tags that measure one of the pollutants. */
    List<String> tagIds(Set<Pollutant> pollutants) {
        return receptors.stream()
                .filter(r -> pollutants.contains(r.pollutant()))
                .map(r -> r.tag().id())
                .toList();
    }

    /**
     * Adds a continuous release's plume to the station tags of the pollutants it carries (each gets
     * the release's full mass concentration: benzene also counts as TVOC), capped at the analyser's
     * range maximum.
     */
    void addPlume(
            SimulationModel model,
            double sourceLon,
            double sourceLat,
            Set<Pollutant> released,
            double rateKgPerS,
            StabilityClass stability,
            double sourceWidthM,
            double sourceHeightM) {
        if (rateKgPerS <= 0 || released.isEmpty()) return;
        Wind wind = model.wind();
        LocalMetricPlane plane = new LocalMetricPlane(sourceLon, sourceLat);
        for (Receptor r : receptors) {
            if (!released.contains(r.pollutant())) continue;
            double kgM3 =
                    DetectorPlume.atDetectorKgM3(
                            rateKgPerS,
                            wind.speedMps(),
                            wind.fromDeg(),
                            stability,
                            sourceWidthM,
                            sourceHeightM,
                            plane.eastM(r.lon()),
                            plane.northM(r.lat()));
            double added = kgM3 * perKgM3(r.tag().unit());
            if (added > 0) {
                String id = r.tag().id();
                model.set(id, Math.min(r.tag().max(), model.number(id) + added));
            }
        }
    }

    /** Tag units per kg/m³: μg/m³ (default) or mg/m³. */
    static double perKgM3(String unit) {
        return unit.toLowerCase(Locale.ROOT).startsWith("mg") ? 1e6 : 1e9;
    }
}
