package org.parkwatch.backend.risk.qra;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.parkwatch.backend.push.PushOwners;
import org.parkwatch.backend.push.PushPublisher;
import org.parkwatch.model.risk.Gb36894Check;
import org.parkwatch.model.risk.RiskCriteria;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the park QRA runs: one at a time on a dedicated worker thread, started on demand, at start
 * when none is stored, or when inventories change materially (any installation's inventory moved by
 * more than {@link QraSettings#inventoryChange()} of max(used, 5 % of design) since the last run,
 * or a major-hazard grade changed), {@link QraSettings#debounceMs()} after the first such change.
 * Keeps the status and the latest run; pushes {@code {"type":"risk-qra", …}} when a run ends. State
 * lives on one Vert.x context (the backend's ingest context), the computation and the database on
 * the worker.
 */
public final class QraService {
    public static final String PUSH_TYPE = "risk-qra";
    private static final Logger LOG = LoggerFactory.getLogger(QraService.class);
    private static final int MEMORY_RUNS = 20;

    /**
     * Share of the design inventory below which an inventory change is measured against the design
     * (empty tanks).
     */
    private static final double DESIGN_FLOOR = 0.05;

    /**
     * Everything a run needs, collected on the context: inventories now, the rose and the
     * installations.
     */
    public interface Inputs {
        /** Inventory (kg) by installation id; called on the context. */
        Map<String, Double> inventoriesKg();

        /** Runs the calculation off the context with these inventories and this rose. */
        QraCalculationRun compute(Map<String, Double> inventoriesKg, WindRose rose);
    }

    /** The JSON of one computed run. */
    public record QraCalculationRun(
            JsonObject inputs, JsonObject results, List<QraInventory> inventories) {}

    private final Vertx vertx;
    private final QraSettings settings;
    private final Inputs inputs;
    private QraRepository repository;
    private final Supplier<WindRose> rose;
    private final PushPublisher push;
    private final LongSupplier clock;
    private final ExecutorService worker =
            Executors.newSingleThreadExecutor(
                    r -> {
                        Thread t = new Thread(r, "parkwatch-qra");
                        t.setDaemon(true);
                        return t;
                    });
    private final List<QraRun> memoryRuns = new ArrayList<>();
    private Context context;
    private long lastId;
    private QraRun latest;
    private Map<String, Double> usedInventories = Map.of();
    private Map<String, Double> designInventories = Map.of();
    private Long runningId;
    private String runningTrigger;
    private long runningSinceMs;
    private String phase = "idle";
    private String pendingReason;
    private long pendingSinceMs;
    private String lastError;
    private long timerId = -1;

    /**
     * @param rose the configured rose for the next run, or null to let the run derive one (history
     *     or demo)
     */
    public QraService(
            Vertx vertx,
            QraSettings settings,
            Inputs inputs,
            Supplier<WindRose> rose,
            PushPublisher push,
            LongSupplier clock) {
        this.vertx = vertx;
        this.settings = settings;
        this.inputs = inputs;
        this.rose = rose;
        this.push = push;
        this.clock = clock;
    }

    /**
     * Restores the latest run, arms the change check and the start run; call on the owning context.
     *
     * @param repository null without a database (runs kept in memory)
     */
    public Future<Void> start(QraRepository repository) {
        this.repository = repository;
        context = vertx.getOrCreateContext();
        Future<Optional<QraRun>> restored =
                repository == null
                        ? Future.succeededFuture(Optional.empty())
                        : vertx.executeBlocking(
                                () -> {
                                    lastId = repository.maxId();
                                    return repository.latestDone();
                                },
                                false);
        return restored.map(
                run -> {
                    run.ifPresent(this::adopt);
                    timerId = vertx.setPeriodic(settings.checkMs(), id -> checkMaterialChange());
                    if (latest == null && settings.autoStart()) {
                        vertx.setTimer(
                                Math.max(1, settings.startDelayMs()), id -> recompute("start"));
                    }
                    return null;
                });
    }

    public void stop() {
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
        }
        worker.shutdownNow();
    }

    /** A grade of a unit changed (hazard module event): counts as a material change. */
    public void gradeChanged(String unitId) {
        markPending("grade of " + unitId + " changed");
    }

    /** Starts a run; empty when one is running. Call on the context. */
    public Optional<Long> recompute(String trigger) {
        if (runningId != null || context == null) {
            return Optional.empty();
        }
        long id = ++lastId;
        Map<String, Double> inventories = inputs.inventoriesKg();
        WindRose windRose = rose.get();
        runningId = id;
        runningTrigger = trigger;
        runningSinceMs = clock.getAsLong();
        phase = "computing";
        pendingReason = null;
        pendingSinceMs = 0;
        long started = runningSinceMs;
        Promise<QraRun> done = Promise.promise();
        worker.execute(
                () -> {
                    QraRun run;
                    try {
                        QraCalculationRun r = inputs.compute(inventories, windRose);
                        context.runOnContext(v -> phase = "storing");
                        run =
                                new QraRun(
                                        id,
                                        started,
                                        clock.getAsLong(),
                                        trigger,
                                        "done",
                                        null,
                                        QraJson.summary(r.inputs(), r.results()).encode(),
                                        r.inputs().encode(),
                                        r.results().encode(),
                                        r.inventories());
                    } catch (RuntimeException e) {
                        // the worker pool is being shut down (the backend stops): not a fault, and
                        // the run is stored as stopped, not as failed
                        boolean stopped = e.getCause() instanceof InterruptedException;
                        if (stopped) LOG.info("QRA run {} stopped: {}", id, e.getMessage());
                        else LOG.error("QRA run {} failed", id, e);
                        run =
                                new QraRun(
                                        id,
                                        started,
                                        clock.getAsLong(),
                                        trigger,
                                        stopped ? "stopped" : "failed",
                                        String.valueOf(e.getMessage()),
                                        "{}",
                                        new JsonObject()
                                                .put(
                                                        "windRose",
                                                        windRose == null
                                                                ? null
                                                                : WindRoseJson.toJson(windRose))
                                                .encode(),
                                        null,
                                        List.of());
                    }
                    try {
                        if (repository != null) {
                            repository.insert(run);
                        }
                    } catch (Exception e) {
                        LOG.error("QRA run {} could not be stored", id, e);
                        run =
                                new QraRun(
                                        run.id(),
                                        run.startedMs(),
                                        run.finishedMs(),
                                        run.trigger(),
                                        run.status(),
                                        (run.error() == null ? "" : run.error() + "; ")
                                                + "not stored: "
                                                + e.getMessage(),
                                        run.summary(),
                                        run.inputs(),
                                        run.results(),
                                        run.inventories());
                    }
                    QraRun finished = run;
                    context.runOnContext(v -> done.complete(finished));
                });
        done.future().onSuccess(this::finish);
        return Optional.of(id);
    }

    private void finish(QraRun run) {
        runningId = null;
        runningTrigger = null;
        phase = "idle";
        memoryRuns.add(0, run);
        if (memoryRuns.size() > MEMORY_RUNS) {
            memoryRuns.remove(memoryRuns.size() - 1);
        }
        if (run.done()) {
            adopt(run);
        }
        lastError = run.error();
        LOG.info(
                "QRA run {} ({}) {} in {} ms",
                run.id(),
                run.trigger(),
                run.status(),
                run.finishedMs() - run.startedMs());
        // the park QRA is for roles holding risk:read, which enterprise users do not
        push.publish(PUSH_TYPE, PushOwners.parkRoles(), QraJson.runSummary(run));
    }

    /** Takes a finished run as the latest and remembers the inventories it used. */
    private void adopt(QraRun run) {
        latest = run;
        lastId = Math.max(lastId, run.id());
        Map<String, Double> used = new HashMap<>();
        Map<String, Double> design = new HashMap<>();
        for (QraInventory i : run.inventories()) {
            used.put(i.installationId(), i.inventoryKg());
            design.put(i.installationId(), i.designInventoryKg());
        }
        usedInventories = used;
        designInventories = design;
    }

    /**
     * Compares inventories now with those of the latest run and runs when a change has waited out
     * the debounce.
     */
    void checkMaterialChange() {
        if (latest != null) {
            Map<String, Double> now = inputs.inventoriesKg();
            for (Map.Entry<String, Double> e : now.entrySet()) {
                Double used = usedInventories.get(e.getKey());
                if (used == null) {
                    continue;
                }
                double base =
                        Math.max(
                                used,
                                DESIGN_FLOOR * designInventories.getOrDefault(e.getKey(), 0.0));
                if (Math.abs(e.getValue() - used)
                        > settings.inventoryChange() * Math.max(base, 1.0)) {
                    markPending(
                            "inventory of "
                                    + e.getKey()
                                    + " "
                                    + Math.round(used)
                                    + " → "
                                    + Math.round(e.getValue())
                                    + " kg");
                    break;
                }
            }
        }
        if (pendingReason != null
                && runningId == null
                && clock.getAsLong() - pendingSinceMs >= settings.debounceMs()) {
            recompute("inventory: " + pendingReason);
        }
    }

    private void markPending(String reason) {
        if (pendingReason == null) {
            pendingReason = reason;
            pendingSinceMs = clock.getAsLong();
            LOG.info("QRA: material change ({}), re-run in {} ms", reason, settings.debounceMs());
        }
    }

    /** Status and latest summary, for GET /api/risk/qra. */
    public JsonObject status() {
        JsonObject s =
                new JsonObject()
                        .put("running", runningId != null)
                        .put("phase", phase)
                        .put("runId", runningId)
                        .put("trigger", runningTrigger)
                        .put("runningSinceMs", runningId == null ? null : runningSinceMs)
                        .put("pendingChange", pendingReason)
                        .put("pendingSinceMs", pendingReason == null ? null : pendingSinceMs)
                        .put("lastError", lastError)
                        .put("debounceMs", settings.debounceMs())
                        .put("inventoryChange", settings.inventoryChange());
        return new JsonObject()
                .put("status", s)
                .put("latest", latest == null ? null : QraJson.runSummary(latest));
    }

    /** The latest successful run, or null. */
    public QraRun latest() {
        return latest;
    }

    /** Runs kept in memory (no database), newest first. */
    public List<QraRun> memoryRuns() {
        return List.copyOf(memoryRuns);
    }

    public QraRepository repository() {
        return repository;
    }

    /** The check the runs use (default societal lines of {@link RiskCriteria}). */
    public static Gb36894Check check() {
        return new Gb36894Check(RiskCriteria.DEFAULT_SOCIETAL_LINES);
    }
}
