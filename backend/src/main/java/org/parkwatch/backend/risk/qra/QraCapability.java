package org.parkwatch.backend.risk.qra;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.parkwatch.backend.hazard.HazardService;
import org.parkwatch.backend.history.HistoryRepository;
import org.parkwatch.backend.history.Trend;
import org.parkwatch.backend.platform.Capability;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.push.PushPublisher;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.risk.Gb36894Check;
import org.parkwatch.model.risk.GridSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The park QRA (issue 6): the {@link QraService} (runs, triggers, status) with its repository, the
 * grade changes of the hazard service as a trigger, the wind rose (configured, from the weather
 * station's history, or the demo rose) and the {@link QraRoutes}. Its settings ({@code risk.qra.*})
 * and the wind rose file are read and validated by the composition root before anything starts. Run
 * summaries are pushed to the park roles only.
 */
public final class QraCapability implements Capability {
    /** The weather station's wind-direction tag whose history may give the rose. */
    public static final String WIND_DIRECTION_TAG = "PARK.WS1.WD";

    private static final long HISTORY_WINDOW_MS = 30L * 24 * 3600 * 1000;
    private static final Logger LOG = LoggerFactory.getLogger(QraCapability.class);

    private final QraService service;
    private final Database database;
    private final List<RouteSpec> routes;

    public QraCapability(
            ParkCatalog park,
            QraSettings settings,
            WindRoseStore roses,
            Vertx vertx,
            Database database,
            HazardService hazards,
            HistoryRepository history,
            PushPublisher push,
            LongSupplier clockMs) {
        this.database = database;
        ParkQraInputs liveInputs = new ParkQraInputs(park, hazards);
        Gb36894Check check = QraService.check();
        QraService.Inputs inputs =
                new QraService.Inputs() {
                    @Override
                    public Map<String, Double> inventoriesKg() {
                        return liveInputs.liveInventoriesKg();
                    }

                    @Override
                    public QraService.QraCalculationRun compute(
                            Map<String, Double> inventoriesKg, WindRose configured) {
                        WindRose rose =
                                configured != null
                                        ? configured
                                        : historyRose(park, history, settings, clockMs.getAsLong())
                                                .orElseGet(WindRose::demo);
                        return calculate(
                                new ParkQraInputs(park, hazards),
                                inventoriesKg,
                                rose,
                                settings,
                                check);
                    }
                };
        this.service = new QraService(vertx, settings, inputs, roses::configured, push, clockMs);
        hazards.onGradeChange(e -> service.gradeChanged(e.unitId()));
        this.routes = new QraRoutes(vertx, service, roses).routes();
    }

    /** Runs and their status (for the root's tests and the benchmark). */
    public QraService service() {
        return service;
    }

    @Override
    public List<RouteSpec> routes() {
        return routes;
    }

    @Override
    public Future<?> start() {
        return service.start(new QraRepository(database));
    }

    @Override
    public Future<?> stop() {
        service.stop();
        return Future.succeededFuture();
    }

    /** One full calculation with the park's inputs (also used by the benchmark). */
    public static QraService.QraCalculationRun calculate(
            ParkQraInputs in,
            Map<String, Double> inventoriesKg,
            WindRose rose,
            QraSettings settings,
            Gb36894Check check) {
        List<QraInstallation> installations = in.installations(inventoriesKg);
        List<TargetArea> targets =
                settings.statusOverride()
                        .map(
                                s ->
                                        in.targets().stream()
                                                .map(t -> t.withConfiguredStatus(s))
                                                .toList())
                        .orElseGet(in::targets);
        GridSpec grid =
                QraCalculation.gridFor(in.parkEnvelopeM(), settings.marginM(), settings.cellM());
        QraResult result =
                new QraCalculation(grid, settings.threads(), check)
                        .run(installations, rose, targets);
        QraJson json = new QraJson();
        JsonObject inputsJson =
                json.inputs(
                        installations,
                        rose,
                        grid,
                        settings.marginM(),
                        settings.statusOverride(),
                        result.outcomes());
        return new QraService.QraCalculationRun(
                inputsJson, json.results(result, check.lines()), QraInventory.of(installations));
    }

    /**
     * The demo rose's classes with sectors counted from the last 30 days of hourly wind directions,
     * if enough.
     */
    static Optional<WindRose> historyRose(
            ParkCatalog park, HistoryRepository history, QraSettings settings, long nowMs) {
        if (park.tag(WIND_DIRECTION_TAG).isEmpty()) return Optional.empty();
        int hours = (int) (HISTORY_WINDOW_MS / 3_600_000);
        try {
            Trend trend =
                    history.trend(WIND_DIRECTION_TAG, nowMs - HISTORY_WINDOW_MS, nowMs, hours);
            double[] directions =
                    trend.points().stream()
                            .filter(p -> p.n() > 0)
                            .mapToDouble(Trend.Point::last)
                            .toArray();
            if (directions.length < settings.historyMinHours()) return Optional.empty();
            return Optional.of(
                    WindRose.demo()
                            .withSectorsFrom(
                                    directions,
                                    WIND_DIRECTION_TAG
                                            + ": "
                                            + directions.length
                                            + " hourly values of the last 30 days; classes of the demo rose"));
        } catch (Exception e) {
            LOG.warn("QRA: wind history unreadable, using the demo rose: {}", e.toString());
            return Optional.empty();
        }
    }
}
