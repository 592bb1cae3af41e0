package org.parkwatch.backend.risk.zones.bench;

import io.vertx.core.json.JsonObject;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Random;
import org.parkwatch.backend.hazard.ChemicalProperties;
import org.parkwatch.backend.linkage.LinkageFeatures;
import org.parkwatch.backend.risk.zones.ThreatZoneJson;
import org.parkwatch.backend.risk.zones.ThreatZoneService;
import org.parkwatch.backend.risk.zones.ZoneRequest;
import org.parkwatch.backend.risk.zones.ZoneRequestJson;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Benchmark (issue 6): threat zones for one release, target ≤ 50 ms. Each run is a full {@link
 * ThreatZoneService#compute}: chemical and place resolution, the typical leak of the tank,
 * dense/passive choice, the zone polygons, their projection to EPSG:4326, the exposure queries over
 * the demo park's in-memory spatial index (targets, installations, enterprises per zone; nearest
 * resources outside) and the JSON answer. The wind direction changes every run. Usage: {@code java
 * -cp … org.parkwatch.backend.risk.zones.bench.ThreatZoneBench [runs] [tank-feature-id]} (default
 * 200, E01-V101 liquid chlorine); {@code ./parkwatch bench zones}.
 */
public final class ThreatZoneBench {

    private ThreatZoneBench() {}

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        String tank = args.length > 1 ? args[1] : "E01-V101";
        LinkageFeatures features = LinkageFeatures.from(ParkCatalog.loadDemo());
        ThreatZoneService service =
                new ThreatZoneService(features, () -> null, ChemicalProperties.loadDefault());
        Random rnd = new Random(6);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int warmup = 50;
        double[] ms = new double[runs];
        double[] cpuMs = new double[runs];
        JsonObject last = null;
        for (int i = -warmup; i < runs; i++) {
            ZoneRequest req =
                    ZoneRequestJson.parse(
                            new JsonObject()
                                    .put("featureId", tank)
                                    .put("windFromDeg", rnd.nextDouble() * 360)
                                    .put("windSpeedMPerS", 1.5 + rnd.nextDouble() * 4)
                                    .put("cloudOktas", rnd.nextInt(9)));
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            last =
                    ThreatZoneJson.of(
                            service.compute(req, null, 1_764_300_000_000L + i * 3_600_000L));
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            if (i >= 0) {
                ms[i] = (t1 - t0) / 1e6;
                cpuMs[i] = (c1 - c0) / 1e6;
            }
        }
        Arrays.sort(ms);
        Arrays.sort(cpuMs);
        System.out.printf(
                "ThreatZoneBench: %d releases at %s after %d warm-up, %d cores%n",
                runs, tank, warmup, Runtime.getRuntime().availableProcessors());
        System.out.printf(
                "  per release (zones + projection + exposure queries + JSON): median %.2f ms, p99 %.2f ms,"
                        + " max %.2f ms (target <= 50 ms)%n",
                ms[runs / 2], ms[Math.min(runs - 1, (int) (runs * 0.99))], ms[runs - 1]);
        System.out.printf(
                "  thread CPU time per release: median %.2f ms, p99 %.2f ms%n",
                cpuMs[runs / 2], cpuMs[Math.min(runs - 1, (int) (runs * 0.99))]);
        System.out.printf(
                "  last run: %d zones, model %s, %d people inside, %d vertices%n",
                last.getJsonArray("features").size(),
                last.getJsonArray("outcomes").getJsonObject(0).getString("model"),
                last.getJsonObject("exposure").getInteger("population"),
                vertices(last));
    }

    private static int vertices(JsonObject run) {
        int n = 0;
        for (Object o : run.getJsonArray("features")) {
            JsonObject g = ((JsonObject) o).getJsonObject("geometry");
            if (g == null) continue;
            String text = g.encode();
            for (int i = text.indexOf("[["); i >= 0; i = text.indexOf("],[", i + 1)) n++;
        }
        return n;
    }
}
