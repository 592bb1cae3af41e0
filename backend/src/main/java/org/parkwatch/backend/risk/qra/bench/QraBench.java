package org.parkwatch.backend.risk.qra.bench;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import org.parkwatch.backend.hazard.HazardService;
import org.parkwatch.backend.risk.qra.ParkQraInputs;
import org.parkwatch.backend.risk.qra.QraCapability;
import org.parkwatch.backend.risk.qra.QraService;
import org.parkwatch.backend.risk.qra.QraSettings;
import org.parkwatch.backend.risk.qra.WindRose;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Prints the time of a full park QRA of the demo park at design inventories with the demo wind rose
 * (scenarios and event trees, IR grid with F–N outcomes, contours, F–N and GB 36894 checks with
 * relocation screening), and the headline results. Settings are the defaults of {@code risk.qra.*}.
 * Run: {@code ./parkwatch bench qra [runs]}.
 */
public final class QraBench {

    private QraBench() {}

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Properties defaults = new Properties();
        try (InputStream in =
                QraBench.class
                        .getClassLoader()
                        .getResourceAsStream("parkwatch-defaults.properties")) {
            defaults.load(in);
        }
        QraSettings settings = QraSettings.from(defaults::getProperty);
        ParkCatalog park = ParkCatalog.loadDemo();
        Vertx vertx = Vertx.vertx();
        try {
            HazardService hazards =
                    new HazardService(
                            park,
                            vertx,
                            HazardService.DEFAULT_REGRADE_MS,
                            System::currentTimeMillis);
            System.out.println(
                    "cores: "
                            + Runtime.getRuntime().availableProcessors()
                            + ", grid threads: "
                            + settings.threads()
                            + ", cell "
                            + settings.cellM()
                            + " m, margin "
                            + settings.marginM()
                            + " m");
            for (int k = 1; k <= runs; k++) {
                long t0 = System.nanoTime();
                long cpu0 = processCpuNs();
                QraService.QraCalculationRun r =
                        QraCapability.calculate(
                                new ParkQraInputs(park, hazards),
                                Map.of(),
                                WindRose.demo(),
                                settings,
                                QraService.check());
                long t1 = System.nanoTime();
                double cpuS = (processCpuNs() - cpu0) / 1e9;
                JsonObject grid = r.inputs().getJsonObject("grid");
                JsonObject t = r.results().getJsonObject("timingsMs");
                JsonObject fn = r.results().getJsonObject("fn");
                System.out.printf(
                        "run %d: full demo-park QRA %.2f s, process CPU %.2f s (on a shared machine the"
                                + " CPU time / cores bounds the unloaded wall time) (scenarios %d ms, grid %d ms, contours %d ms,"
                                + " F-N %d ms, targets+relocation %d ms); %d installations, %d outcomes x %d weather"
                                + " x 16 directions, grid %d x %d; max IR %.3g /yr; F-N points %d, PLL %.3g /yr,"
                                + " region %s; violations %d; relocation candidates %d%n",
                        k,
                        (t1 - t0) / 1e9,
                        cpuS,
                        t.getLong("scenarios"),
                        t.getLong("grid"),
                        t.getLong("contours"),
                        t.getLong("fn"),
                        t.getLong("targets"),
                        r.inputs().getJsonArray("installations").size(),
                        r.inputs().getJsonObject("scenarios").getInteger("outcomes"),
                        r.inputs().getJsonObject("windRose").getJsonArray("classes").size(),
                        grid.getInteger("nx"),
                        grid.getInteger("ny"),
                        r.results().getDouble("maxIrPerYear"),
                        fn.getJsonArray("points").size(),
                        fn.getDouble("pll"),
                        fn.getString("region"),
                        r.results().getJsonArray("targets").stream()
                                .filter(o -> !((JsonObject) o).getBoolean("acceptable"))
                                .count(),
                        r.results().getJsonObject("relocation").getJsonArray("candidates").size());
                // the target closest to its limit: how far the park is from a GB 36894 violation
                r.results().getJsonArray("targets").stream()
                        .map(JsonObject.class::cast)
                        .max(java.util.Comparator.comparingDouble(o -> o.getDouble("excessRatio")))
                        .ifPresent(
                                o ->
                                        System.out.printf(
                                                "  closest to its limit: %s IR %.3g /yr, limit %.3g /yr (ratio %.3f)%n",
                                                o.getString("id"),
                                                o.getDouble("irPerYear"),
                                                o.getDouble("limitPerYear"),
                                                o.getDouble("excessRatio")));
            }
        } finally {
            vertx.close();
        }
    }

    /** CPU time of this process (all threads), ns; -1 when the JVM does not report it. */
    private static long processCpuNs() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : -1;
    }
}
