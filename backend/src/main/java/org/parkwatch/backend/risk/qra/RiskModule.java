package org.parkwatch.backend.risk.qra;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import org.parkwatch.backend.hazard.HazardService;
import org.parkwatch.backend.history.Trend;
import org.parkwatch.backend.platform.ParkWatchBackend;
import org.parkwatch.model.risk.Gb36894Check;
import org.parkwatch.model.risk.GridSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plugs the park QRA into the backend before it starts: the {@link QraService} (runs, triggers, status) as a
 * lifecycle with the QRA repository when there is a database, grade changes of the hazard module as a trigger, and
 * the {@link QraRoutes}. Settings are {@code risk.qra.*}; a bad setting or wind rose file fails the start naming it.
 */
public final class RiskModule {
    /** The weather station's wind-direction tag whose history may give the rose. */
    public static final String WIND_DIRECTION_TAG = "PARK.WS1.WD";
    private static final long HISTORY_WINDOW_MS = 30L * 24 * 3600 * 1000;
    private static final Logger LOG = LoggerFactory.getLogger(RiskModule.class);

    private RiskModule() {
    }

    /**
     * @return the service, or null when a setting or the wind rose file is bad: the backend's start then fails with
     *         the message naming them
     */
    public static QraService install(ParkWatchBackend backend, HazardService hazards) {
        QraSettings settings;
        WindRoseStore roses;
        try {
            settings = QraSettings.from(backend.config()::value);
            roses = new WindRoseStore(backend.config().dataDir(), settings.windRoseFile());
        } catch (IllegalArgumentException e) {
            backend.addLifecycle(new ParkWatchBackend.Lifecycle() {
                @Override
                public Future<?> start() {
                    return Future.failedFuture(e.getMessage());
                }

                @Override
                public Future<?> stop() {
                    return Future.succeededFuture();
                }
            });
            return null;
        }
        ParkQraInputs liveInputs = new ParkQraInputs(backend.park(), hazards);
        Gb36894Check check = QraService.check();
        QraService.Inputs inputs = new QraService.Inputs() {
            @Override
            public Map<String, Double> inventoriesKg() {
                return liveInputs.liveInventoriesKg();
            }

            @Override
            public QraService.QraCalculationRun compute(Map<String, Double> inventoriesKg, WindRose configured) {
                WindRose rose = configured != null ? configured : historyRose(backend, settings)
                        .orElseGet(WindRose::demo);
                return calculate(new ParkQraInputs(backend.park(), hazards), inventoriesKg, rose, settings, check);
            }
        };
        QraService service = new QraService(backend.vertx(), settings, inputs, roses::configured,
                (type, json) -> backend.push().publish(type, json), System::currentTimeMillis);
        backend.addLifecycle(new ParkWatchBackend.Lifecycle() {
            @Override
            public Future<?> start() {
                return service.start(backend.store() == null ? null
                        : new QraRepository(backend.store().database()));
            }

            @Override
            public Future<?> stop() {
                service.stop();
                return Future.succeededFuture();
            }
        });
        hazards.onGradeChange(e -> service.gradeChanged(e.unitId()));
        backend.addRoutes(new QraRoutes(backend.vertx(), service, roses).routes());
        return service;
    }

    /** One full calculation with the park's inputs (also used by the benchmark). */
    public static QraService.QraCalculationRun calculate(ParkQraInputs in, Map<String, Double> inventoriesKg,
                                                         WindRose rose, QraSettings settings, Gb36894Check check) {
        List<QraInstallation> installations = in.installations(inventoriesKg);
        List<TargetArea> targets = settings.statusOverride()
                .map(s -> in.targets().stream().map(t -> t.withConfiguredStatus(s)).toList()).orElseGet(in::targets);
        GridSpec grid = QraCalculation.gridFor(in.parkEnvelopeM(), settings.marginM(), settings.cellM());
        QraResult result = new QraCalculation(grid, settings.threads(), check)
                .run(installations, rose, targets);
        QraJson json = new QraJson();
        JsonObject inputsJson = json.inputs(installations, rose, grid, settings.marginM(), settings.statusOverride(),
                result.outcomes());
        return new QraService.QraCalculationRun(inputsJson, json.results(result, check.lines()),
                QraInventory.of(installations));
    }

    /** The demo rose's classes with sectors counted from the last 30 days of hourly wind directions, if enough. */
    static Optional<WindRose> historyRose(ParkWatchBackend backend, QraSettings settings) {
        if (backend.store() == null || backend.park().tag(WIND_DIRECTION_TAG).isEmpty()) {
            return Optional.empty();
        }
        long now = System.currentTimeMillis();
        int hours = (int) (HISTORY_WINDOW_MS / 3_600_000);
        try {
            Trend trend = backend.store().history().trend(WIND_DIRECTION_TAG, now - HISTORY_WINDOW_MS, now, hours);
            double[] directions = trend.points().stream().filter(p -> p.n() > 0).mapToDouble(Trend.Point::last)
                    .toArray();
            if (directions.length < settings.historyMinHours()) {
                return Optional.empty();
            }
            return Optional.of(WindRose.demo().withSectorsFrom(directions, WIND_DIRECTION_TAG + ": "
                    + directions.length + " hourly values of the last 30 days; classes of the demo rose"));
        } catch (Exception e) {
            LOG.warn("QRA: wind history unreadable, using the demo rose: {}", e.toString());
            return Optional.empty();
        }
    }
}
