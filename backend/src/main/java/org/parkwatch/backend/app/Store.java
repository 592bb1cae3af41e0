package org.parkwatch.backend.app;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.parkwatch.backend.gis.DbSpatialQueries;
import org.parkwatch.backend.gis.GisRepository;
import org.parkwatch.backend.gis.GisRoutes;
import org.parkwatch.backend.gis.ImportException;
import org.parkwatch.backend.gis.ImportLimits;
import org.parkwatch.backend.gis.LayerImporter;
import org.parkwatch.backend.gis.MemorySpatialIndex;
import org.parkwatch.backend.gis.OgcApiRoutes;
import org.parkwatch.backend.gis.SpatialQueries;
import org.parkwatch.backend.history.HistoryAdminRoutes;
import org.parkwatch.backend.history.HistoryMetrics;
import org.parkwatch.backend.history.HistoryOptions;
import org.parkwatch.backend.history.HistoryRepository;
import org.parkwatch.backend.history.HistoryRoutes;
import org.parkwatch.backend.history.HistoryWriter;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.platform.db.DatabaseOptions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.platform.metrics.ParkWatchMetrics;
import org.parkwatch.backend.security.TenantScope;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.park.TagDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The persistence part of the backend, assembled: the database (pool, migrations, H2GIS functions),
 * the park catalogue imported when changed, repositories, the history writer and the in-memory
 * spatial index. Open it off the event loop ({@link #start}); close it last.
 */
public final class Store implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Store.class);

    private final Database database;
    private final GisRepository gis;
    private final LayerImporter importer;
    private final HistoryRepository history;
    private final HistoryWriter historyWriter;
    private final DbSpatialQueries dbSpatial;
    private volatile MemorySpatialIndex index;
    private final List<Runnable> layerListeners = new CopyOnWriteArrayList<>();

    private Store(
            Database database,
            GisRepository gis,
            LayerImporter importer,
            HistoryRepository history,
            HistoryWriter historyWriter) {
        this.database = database;
        this.gis = gis;
        this.importer = importer;
        this.history = history;
        this.historyWriter = historyWriter;
        this.dbSpatial = new DbSpatialQueries(gis);
    }

    /**
     * {@link #open(DatabaseOptions, HistoryOptions, ParkCatalog, Clock)} with the history defaults.
     */
    public static Store open(DatabaseOptions options, ParkCatalog park, Clock clock)
            throws SQLException, IOException, ImportException {
        return open(options, HistoryOptions.of(options), park, clock);
    }

    /**
     * Opens the store (blocking): migrate, import {@code park} if it changed, start the history
     * writer.
     */
    public static Store open(
            DatabaseOptions options, HistoryOptions historyOptions, ParkCatalog park, Clock clock)
            throws SQLException, IOException, ImportException {
        Database db = Database.open(options);
        try {
            GisRepository gis = new GisRepository(db);
            LayerImporter importer = new LayerImporter(db, gis, ImportLimits.DEFAULT, clock);
            if (park != null && importer.importParkIfChanged(park)) {
                LOG.info("park catalogue imported into {}", options.url());
            }
            HistoryRepository history = new HistoryRepository(db);
            HistoryWriter writer = new HistoryWriter(history, historyOptions, clock);
            if (park != null) skipStoredRepeats(park, history, writer, clock);
            Store store = new Store(db, gis, importer, history, writer);
            store.refreshIndex();
            return store;
        } catch (SQLException | IOException | ImportException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Hands the writer each park tag's newest stored sample (committed or replayed from the log),
     * so that a bridge's refresh of it after this restart is not stored again (issue 19). A failure
     * only costs those repeats: the start goes on.
     */
    private static void skipStoredRepeats(
            ParkCatalog park, HistoryRepository history, HistoryWriter writer, Clock clock) {
        List<String> tags = park.allTags().stream().map(TagDefinition::id).toList();
        try {
            // a day ahead: source times a little in the future (clock skew) are stored too
            writer.skipRepeatsOf(history.valueAt(tags, clock.millis() + 86_400_000L));
        } catch (SQLException | RuntimeException e) {
            LOG.warn(
                    "history: newest stored samples not read, refreshes may repeat: {}",
                    e.toString());
        }
    }

    /** {@link #open} on a worker thread. */
    public static Future<Store> start(
            Vertx vertx,
            DatabaseOptions options,
            HistoryOptions historyOptions,
            ParkCatalog park,
            Clock clock) {
        return vertx.executeBlocking(() -> open(options, historyOptions, park, clock), false);
    }

    /** Rebuilds the in-memory spatial index from the database (after an import). Blocks. */
    public void refreshIndex() throws SQLException {
        index = MemorySpatialIndex.of(gis.allFeatures());
    }

    /**
     * The same routes as rows of the backend's route table, scoped to the caller by {@code
     * tenancy}.
     */
    public List<RouteSpec> routes(Vertx vertx, Clock clock, TenantScope tenancy) {
        List<RouteSpec> out = new ArrayList<>();
        out.addAll(
                new GisRoutes(
                                vertx,
                                gis,
                                importer,
                                ImportLimits.DEFAULT,
                                this::layersChanged,
                                tenancy)
                        .routes());
        out.addAll(new OgcApiRoutes(vertx, gis, tenancy).routes());
        out.addAll(new HistoryRoutes(vertx, history, clock, tenancy).routes());
        out.addAll(new HistoryAdminRoutes(historyWriter).routes());
        return out;
    }

    /** Registers the history writer's gauges. */
    public void registerMetrics(ParkWatchMetrics metrics) {
        metrics.gauge(
                "parkwatch.history.written",
                "samples written to the database since start",
                () -> historyWriter.stats().written());
        metrics.gauge(
                "parkwatch.history.pending",
                "samples waiting in memory for the database",
                () -> historyWriter.stats().pending());
        metrics.gauge(
                "parkwatch.history.spilled",
                "samples spilled to disk since start (database slow or away)",
                () -> historyWriter.stats().spilled());
        metrics.gauge(
                "parkwatch.history.failures",
                "failed history writes since start",
                () -> historyWriter.stats().failures());
        HistoryMetrics.register(metrics, historyWriter);
    }

    /**
     * Call after layers changed (import): rebuilds the index; a failure is logged and the old index
     * kept.
     */
    public void layersChanged() {
        try {
            refreshIndex();
        } catch (SQLException e) {
            LOG.warn("spatial index not rebuilt: {}", e.getMessage());
        }
        for (Runnable l : layerListeners) l.run();
    }

    /**
     * Adds a listener run (on a worker thread) after layers changed and the index was rebuilt: a
     * capability that derives its own structure from layers (the road graph) rebuilds it.
     */
    public void addLayersListener(Runnable listener) {
        layerListeners.add(listener);
    }

    public Database database() {
        return database;
    }

    public GisRepository gis() {
        return gis;
    }

    public LayerImporter importer() {
        return importer;
    }

    public HistoryRepository history() {
        return history;
    }

    public HistoryWriter historyWriter() {
        return historyWriter;
    }

    /** The in-memory index (hot path: park-sized layers). */
    public SpatialQueries spatialIndex() {
        return index;
    }

    /** The database-backed queries (big layers; always current). */
    public SpatialQueries spatialQueries() {
        return dbSpatial;
    }

    /** Flushes and stops the history writer, then closes the pool. */
    @Override
    public void close() {
        try {
            historyWriter.close();
        } finally {
            database.close();
        }
    }
}
