package org.parkwatch.backend.platform.db;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.handler.SecurityPolicyHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.WKTReader;
import org.parkwatch.backend.app.Store;
import org.parkwatch.backend.gis.Envelope4326;
import org.parkwatch.backend.gis.FeatureRecord;
import org.parkwatch.backend.gis.ImportException;
import org.parkwatch.backend.gis.ImportLimits;
import org.parkwatch.backend.gis.ImportProblem;
import org.parkwatch.backend.gis.LayerImporter;
import org.parkwatch.backend.gis.MetricProjection;
import org.parkwatch.backend.gis.OgcApiRoutes;
import org.parkwatch.backend.gis.SpatialQueries;
import org.parkwatch.backend.gis.SpatialQueries.FeatureDistance;
import org.parkwatch.backend.history.HistoryWriter;
import org.parkwatch.backend.history.SpillFiles;
import org.parkwatch.backend.history.Trend;
import org.parkwatch.backend.platform.http.HttpApi;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.Role;
import org.parkwatch.backend.security.TenantScope;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.uplink.Sample;

/**
 * The persistence contract every supported database must meet; run by {@link H2GisStoreTest} and
 * {@link PostgisStoreTest} against the real databases.
 */
abstract class StoreContractTest {
    static final long DAY_MS = 86_400_000L;

    @TempDir Path dir;

    protected abstract DatabaseOptions newDatabase(Path dir) throws Exception;

    protected abstract void stopDatabase(Database db) throws Exception;

    protected abstract void restartDatabase(Database db) throws Exception;

    protected abstract Dialect expectedDialect();

    static ParkCatalog testPark() throws Exception {
        return ParkCatalog.load(
                Path.of(StoreContractTest.class.getResource("/store-park/park.json").toURI())
                        .getParent());
    }

    Store open(DatabaseOptions options) throws Exception {
        return Store.open(options, testPark(), Clock.systemUTC());
    }

    @Test
    void migrationsAndParkImportAreIdempotent() throws Exception {
        DatabaseOptions options = newDatabase(dir);
        assertEquals(expectedDialect(), options.dialect());
        String first;
        try (Store store = open(options)) {
            first = snapshot(store.database());
            assertEquals(
                    Map.of("layers", 2L, "features", 4L, "enterprises", 2L, "tags", 2L),
                    counts(store.database()));
        }
        Thread.sleep(5); // a rewrite would now carry a different updated_ms
        try (Store store =
                Store.open(
                        options,
                        testPark(),
                        Clock.offset(Clock.systemUTC(), Duration.ofHours(1)))) {
            assertEquals(first, snapshot(store.database()));
            assertFalse(store.importer().importParkIfChanged(testPark()));
            assertEquals(first, snapshot(store.database()));
            assertEquals(
                    "E01.GD01.GAS",
                    scalar(store.database(), "SELECT id FROM tags WHERE feature_id = 'E01-GD01'"));
        }
    }

    @Test
    void featuresByBboxAreThoseIntersectingIt() throws Exception {
        try (Store store = open(newDatabase(dir))) {
            // A box around E01's plot only: its plot and detector, nothing of E02 1 km east.
            Envelope4326 box = new Envelope4326(113.9495, 34.6995, 113.9535, 34.7025);
            assertEquals(List.of("E01-PLOT"), ids(store.gis().features("enterprise", box, 100, 0)));
            assertEquals(List.of("E01-GD01"), ids(store.gis().features("detector", box, 100, 0)));
            assertEquals(1, store.gis().countFeatures("detector", box));
            assertEquals(2, store.gis().countFeatures("detector", null));
            Envelope4326 empty = new Envelope4326(113.955, 34.705, 113.956, 34.706);
            assertEquals(0, store.gis().countFeatures("enterprise", empty));
            FeatureRecord plot = store.gis().feature("E02-PLOT").orElseThrow();
            assertEquals("Beta Storage", plot.nameEn());
            assertEquals("E02", plot.enterpriseId());
            assertEquals(new Coordinate(113.960, 34.700), plot.geometry().getCoordinates()[0]);
        }
    }

    @Test
    void withinDistanceAndNearestOnKnownPoints() throws Exception {
        try (Store store = open(newDatabase(dir))) {
            MetricProjection p = new MetricProjection();
            Point centre = p.toMetres(113.955, 34.705);
            double x = centre.getX(), y = centre.getY();
            // probes at known metric offsets: 100 m E, 250 m N, 400 m W, (1000 E, 1000 N)
            String geojson =
                    collection4547(
                            List.of(
                                    pointFeature("P1", x + 100, y), pointFeature("P2", x, y + 250),
                                    pointFeature("P3", x - 400, y),
                                            pointFeature("P4", x + 1000, y + 1000)));
            store.importer().importGeoJson("probe", "探针", "Probes", bytes(geojson), "EPSG:4547");
            store.refreshIndex();
            Coordinate c = p.toLonLat(x, y);
            for (SpatialQueries q : List.of(store.spatialIndex(), store.spatialQueries())) {
                List<FeatureDistance> near = q.withinDistance(c.x, c.y, 300, null);
                assertEquals(
                        List.of("P1", "P2"), near.stream().map(d -> d.feature().id()).toList());
                assertEquals(100, near.get(0).distanceM(), 1e-3);
                assertEquals(250, near.get(1).distanceM(), 1e-3);
                List<FeatureDistance> k3 = q.nearest(c.x, c.y, 3, "probe");
                assertEquals(
                        List.of("P1", "P2", "P3"), k3.stream().map(d -> d.feature().id()).toList());
                assertEquals(400, k3.get(2).distanceM(), 1e-3);
                assertEquals(
                        Math.sqrt(2) * 1000,
                        q.nearest(c.x, c.y, 4, "probe").get(3).distanceM(),
                        1e-3);
                assertEquals(
                        List.of("E01-GD01"),
                        q.nearest(113.9511, 34.7011, 1, "gas-detector").stream()
                                .map(d -> d.feature().id())
                                .toList());
                Geometry area =
                        new WKTReader()
                                .read(
                                        "POLYGON ((113.9505 34.7005, 113.9515 34.7005, 113.9515 34.7015, 113.9505 34.7015, 113.9505 34.7005))");
                assertEquals(List.of("E01-GD01", "E01-PLOT"), ids(q.intersecting(area, null)));
                assertEquals(List.of("E01-PLOT"), ids(q.intersecting(area, "enterprise")));
            }
        }
    }

    @Test
    void brokenImportsAreRefusedWithReasonsAndWriteNothing() throws Exception {
        try (Store store = open(newDatabase(dir))) {
            LayerImporter importer = store.importer();
            String before = snapshot(store.database());
            String badGeometry =
                    "{\"type\":\"FeatureCollection\",\"features\":["
                            + feature("ok", "{\"type\":\"Point\",\"coordinates\":[113.95,34.70]}")
                            + ","
                            + feature(
                                    "bowtie",
                                    "{\"type\":\"Polygon\",\"coordinates\":[[[113.95,34.70],[113.96,34.71],"
                                            + "[113.96,34.70],[113.95,34.71],[113.95,34.70]]]}")
                            + ","
                            + "{\"type\":\"Feature\",\"id\":\"nogeom\",\"properties\":{},\"geometry\":null}]}";
            ImportException e =
                    assertThrows(
                            ImportException.class,
                            () ->
                                    importer.importGeoJson(
                                            "bad", null, null, bytes(badGeometry), null));
            assertEquals(
                    List.of(1, 2), e.problems().stream().map(ImportProblem::featureIndex).toList());
            assertTrue(e.problems().get(0).en().contains("Self-intersection"), e.getMessage());
            assertTrue(e.problems().get(1).en().contains("geometry is missing"), e.getMessage());

            String mercator =
                    "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
                            + "{\"name\":\"EPSG:3857\"}},\"features\":[]}";
            e =
                    assertThrows(
                            ImportException.class,
                            () -> importer.importGeoJson("bad", null, null, bytes(mercator), null));
            assertTrue(e.getMessage().contains("EPSG:3857"), e.getMessage());
            e =
                    assertThrows(
                            ImportException.class,
                            () ->
                                    importer.importGeoJson(
                                            "bad",
                                            null,
                                            null,
                                            bytes(
                                                    "{\"type\":\"FeatureCollection\",\"features\":[]}"),
                                            "EPSG:32650"));
            assertTrue(e.getMessage().contains("EPSG:32650"), e.getMessage());

            String truncated =
                    "{\"type\":\"FeatureCollection\",\n\"features\":[\n"
                            + feature("ok", "{\"type\":\"Point\",");
            e =
                    assertThrows(
                            ImportException.class,
                            () ->
                                    importer.importGeoJson(
                                            "bad", null, null, bytes(truncated), null));
            assertTrue(
                    e.getMessage().matches("malformed JSON at line 3, column \\d+: .*"),
                    e.getMessage());

            LayerImporter tiny =
                    new LayerImporter(
                            store.database(),
                            store.gis(),
                            new ImportLimits(100, 1),
                            Clock.systemUTC());
            e =
                    assertThrows(
                            ImportException.class,
                            () -> tiny.importGeoJson("bad", null, null, bytes(badGeometry), null));
            assertTrue(e.getMessage().contains("the limit is 100 bytes"), e.getMessage());

            String taken =
                    "{\"type\":\"FeatureCollection\",\"features\":["
                            + feature(
                                    "E01-PLOT",
                                    "{\"type\":\"Point\",\"coordinates\":[113.95,34.70]}")
                            + "]}";
            e =
                    assertThrows(
                            ImportException.class,
                            () -> importer.importGeoJson("bad", null, null, bytes(taken), null));
            assertEquals(0, e.problems().get(0).featureIndex());
            assertTrue(e.getMessage().contains("another layer"), e.getMessage());

            assertEquals(before, snapshot(store.database()));
            assertTrue(store.gis().layer("bad").isEmpty());
        }
    }

    @Test
    void gaussKrugerInputIsTransformedToLonLat() throws Exception {
        try (Store store = open(newDatabase(dir))) {
            MetricProjection p = new MetricProjection();
            Point known = p.toMetres(113.95, 34.70);
            // Independent of proj4j: on the central meridian (114°E) easting is 500 000 m and
            // northing the GRS80
            // meridian arc length to the latitude.
            double arc34_7 = meridianArcGrs80(Math.toRadians(34.7));
            String geojson =
                    collection4547(
                            List.of(
                                    pointFeature("K", known.getX(), known.getY()),
                                    pointFeature("CM", 500_000, arc34_7),
                                    pointFeature("EQ", 500_000, 0)));
            store.importer().importGeoJson("gk", null, null, bytes(geojson), "EPSG:4547");
            Coordinate k = store.gis().feature("K").orElseThrow().geometry().getCoordinate();
            assertEquals(113.95, k.x, 1e-6);
            assertEquals(34.70, k.y, 1e-6);
            Coordinate cm = store.gis().feature("CM").orElseThrow().geometry().getCoordinate();
            assertEquals(114.0, cm.x, 1e-9);
            assertEquals(34.7, cm.y, 1e-6);
            Coordinate eq = store.gis().feature("EQ").orElseThrow().geometry().getCoordinate();
            assertEquals(114.0, eq.x, 1e-9);
            assertEquals(0.0, eq.y, 1e-9);
        }
    }

    @Test
    void historyBucketsMatchHandComputedValues() throws Exception {
        try (Store store = open(newDatabase(dir))) {
            long base =
                    Math.floorDiv(System.currentTimeMillis(), DAY_MS) * DAY_MS
                            - DAY_MS; // yesterday 00:00 UTC
            String tag = "E01.GD01.GAS";
            store.historyWriter()
                    .accept(
                            List.of(
                                    Sample.of(tag, 1.0, base),
                                    Sample.of(tag, 5.0, base + 5_000),
                                    new Sample(tag, "OPEN", base + 7_000, 0),
                                    Sample.of(tag, 3.0, base + 19_999),
                                    Sample.of(tag, 10.0, base + 20_000),
                                    Sample.of(tag, -2.0, base + 30_000),
                                    new Sample(tag, true, base + 45_000, 0),
                                    Sample.of(tag, 99.0, base + 60_000),
                                    Sample.of("E02.GD01.GAS", 1000.0, base + 25_000)));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> store.history().count(tag, base, base + 60_001) == 8);
            Trend t = store.history().trend(tag, base, base + 60_000, 3);
            assertEquals(20_000, t.bucketMs());
            assertEquals(
                    List.of(
                            new Trend.Point(base, 1, 5, 3, 3, 3),
                            new Trend.Point(base + 20_000, -2, 10, 4, -2, 2),
                            new Trend.Point(base + 40_000, 1, 1, 1, 1, 1)),
                    t.points());
        }
    }

    @Test
    void retentionDropsOldHistoryOnly() throws Exception {
        try (Store store = open(newDatabase(dir))) {
            long now = System.currentTimeMillis();
            long old = now - 40 * DAY_MS;
            store.history().write(List.of(Sample.of("T", 1, old), Sample.of("T", 2, now)));
            assertEquals(1, store.history().count("T", old, old + 1));
            assertTrue(store.history().maintain(now, 30) >= 1);
            assertEquals(0, store.history().count("T", old, old + 1));
            assertEquals(1, store.history().count("T", now, now + 1));
            assertEquals(
                    1, store.history().usage().chunks(), "the old chunk is gone, today's kept");
        }
    }

    @Test
    void historyIsCompleteAfterTheDatabaseWasAway() throws Exception {
        DatabaseOptions options =
                newDatabase(dir).withHistory(500, 50, 2_000, dir.resolve("spill"));
        try (Store store = open(options)) {
            HistoryWriter writer = store.historyWriter();
            long base = Math.floorDiv(System.currentTimeMillis(), DAY_MS) * DAY_MS;
            String tag = "E01.GD01.GAS";
            feed(writer, tag, base, 0, 3_000);
            await().atMost(Duration.ofSeconds(20)).until(() -> writer.stats().written() == 3_000);
            stopDatabase(store.database());
            feed(
                    writer, tag, base, 3_000,
                    15_000); // returns while the database is away: accept never waits for it
            await().atMost(Duration.ofSeconds(30)).until(() -> writer.stats().spilled() > 0);
            assertTrue(writer.stats().spillFiles() > 0 || writer.stats().written() < 15_000);
            feed(writer, tag, base, 15_000, 20_000);
            assertTrue(
                    writer.stats().written() < 20_000,
                    "all 20,000 accepted while the database was still away");
            restartDatabase(store.database());
            await().atMost(Duration.ofSeconds(60)).until(() -> writer.stats().written() == 20_000);
            assertEquals(20_000, store.history().count(tag, base, base + 20_000 * 10L));
            assertEquals(0, writer.stats().spillFiles());
        }
    }

    /**
     * Issue 19: after a restart the live state is empty, so a bridge's integrity refresh of an
     * unchanged value looks new to the ingest; the history must not store that reading twice, and
     * still keep late and newer readings.
     */
    @Test
    void aReadingRefreshedAfterARestartIsNotStoredAgain() throws Exception {
        DatabaseOptions options =
                newDatabase(dir).withHistory(500, 3_600_000, 1_000_000, dir.resolve("wal"));
        long base = Math.floorDiv(System.currentTimeMillis(), DAY_MS) * DAY_MS;
        String tag = "E01.GD01.GAS";
        try (Store store = open(options)) {
            store.historyWriter()
                    .acceptDurably(
                            List.of(Sample.of(tag, 1.5, base), Sample.of(tag, 2.5, base + 1_000)))
                    .get(20, TimeUnit.SECONDS);
            assertTrue(store.historyWriter().checkpoint());
        }
        try (Store store = open(options)) {
            HistoryWriter writer = store.historyWriter();
            // the refresh re-sends the newest reading; then a late reading and a newer one arrive
            writer.acceptDurably(List.of(Sample.of(tag, 2.5, base + 1_000)))
                    .get(20, TimeUnit.SECONDS);
            writer.acceptDurably(
                            List.of(
                                    Sample.of(tag, 2.0, base + 500),
                                    Sample.of(tag, 3.5, base + 2_000)))
                    .get(20, TimeUnit.SECONDS);
            assertTrue(writer.checkpoint());
            assertEquals(
                    List.of(base, base + 500, base + 1_000, base + 2_000),
                    java.util.Arrays.stream(store.history().storedTimes(tag, base, base + 3_000))
                            .boxed()
                            .toList(),
                    "each reading stored once");
            assertEquals(1, writer.repeatsSkipped());
        }
    }

    @Test
    void historySpilledBeforeARestartIsWrittenAfterIt() throws Exception {
        DatabaseOptions options =
                newDatabase(dir).withHistory(500, 50, 2_000, dir.resolve("spill"));
        long base = Math.floorDiv(System.currentTimeMillis(), DAY_MS) * DAY_MS;
        // what a previous run left on disk when it stopped while the database was away
        SpillFiles left = new SpillFiles(options.spillDir());
        left.write(0, List.of(Sample.of("T.R", 1, base), new Sample("T.R", "text", base + 1, 0)));
        left.write(1, List.of(new Sample("T.R", null, base + 2, Sample.BAD_NO_COMMUNICATION)));
        try (Store store = open(options)) {
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> store.history().count("T.R", base, base + 3) == 3);
            assertEquals(List.of(), left.list());
            assertEquals(
                    List.of(
                            Sample.of("T.R", 1, base),
                            new Sample("T.R", "text", base + 1, 0),
                            new Sample("T.R", null, base + 2, Sample.BAD_NO_COMMUNICATION)),
                    store.history().raw("T.R", base, base + 3, 10));
        }
    }

    @Test
    void ogcApiAndLayerRoutesServeTheStoredLayers() throws Exception {
        Vertx vertx = Vertx.vertx();
        try (Store store = open(newDatabase(dir))) {
            List<String> points = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                points.add(
                        feature(
                                String.format("Q%02d", i),
                                "{\"type\":\"Point\",\"coordinates\":["
                                        + (113.94 + i * 0.001)
                                        + ",34.69]}"));
            }
            store.importer()
                    .importGeoJson("quarry", "采样点", "Samples", bytes(collection4547(points)), null);
            // the routes scope their answers by the caller; this test reads as a control-room
            // operator would
            Router router =
                    HttpApi.router(
                            vertx,
                            store.routes(vertx, Clock.systemUTC(), new TenantScope(testPark())),
                            1 << 20,
                            spec ->
                                    (SecurityPolicyHandler)
                                            ctx -> {
                                                ctx.put(
                                                        Principal.CONTEXT_KEY,
                                                        new Principal(
                                                                "operator", Role.OPERATOR, null));
                                                ctx.next();
                                            });
            HttpServer server = get(vertx.createHttpServer().requestHandler(router).listen(0));
            String base = "http://127.0.0.1:" + server.actualPort();
            WebClient web = WebClient.create(vertx);

            JsonObject landing = getJson(web, base + "/ogc");
            List<String> rels =
                    landing.getJsonArray("links").stream()
                            .map(l -> ((JsonObject) l).getString("rel"))
                            .toList();
            assertTrue(rels.containsAll(List.of("self", "conformance", "data")), rels.toString());
            assertTrue(
                    getJson(web, base + "/ogc/conformance")
                            .getJsonArray("conformsTo")
                            .getList()
                            .containsAll(
                                    List.of(
                                            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                                            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson")));
            JsonObject collections = getJson(web, base + "/ogc/collections");
            List<String> ids =
                    collections.getJsonArray("collections").stream()
                            .map(c -> ((JsonObject) c).getString("id"))
                            .toList();
            assertEquals(
                    List.of("detector", "enterprise", "quarry"), ids.stream().sorted().toList());
            JsonObject quarry = getJson(web, base + "/ogc/collections/quarry");
            assertEquals("采样点", quarry.getString("title"));
            assertEquals(
                    List.of(113.94, 34.69, 113.964, 34.69),
                    quarry.getJsonObject("extent")
                            .getJsonObject("spatial")
                            .getJsonArray("bbox")
                            .getJsonArray(0)
                            .getList());
            assertTrue(
                    quarry.getJsonArray("links").stream()
                            .anyMatch(l -> "items".equals(((JsonObject) l).getString("rel"))));

            // Walk the pages through the next links.
            List<String> seen = new ArrayList<>();
            String next = base + "/ogc/collections/quarry/items?limit=10";
            List<Integer> pageSizes = new ArrayList<>();
            while (next != null) {
                HttpResponse<Buffer> r = get(web.getAbs(next).send());
                assertEquals(200, r.statusCode());
                assertEquals("application/geo+json", r.getHeader("Content-Type"));
                JsonObject page = r.bodyAsJsonObject();
                assertEquals("FeatureCollection", page.getString("type"));
                assertEquals(25, page.getInteger("numberMatched"));
                assertEquals(
                        page.getJsonArray("features").size(), page.getInteger("numberReturned"));
                assertTrue(page.getString("timeStamp").endsWith("Z"));
                pageSizes.add(page.getInteger("numberReturned"));
                page.getJsonArray("features")
                        .forEach(f -> seen.add(((JsonObject) f).getString("id")));
                next =
                        page.getJsonArray("links").stream()
                                .map(l -> (JsonObject) l)
                                .filter(l -> "next".equals(l.getString("rel")))
                                .map(l -> l.getString("href"))
                                .findFirst()
                                .orElse(null);
            }
            assertEquals(List.of(10, 10, 5), pageSizes);
            assertEquals(25, seen.stream().distinct().count());
            assertEquals("Q00", seen.get(0));

            JsonObject boxed =
                    getJson(
                            web,
                            base
                                    + "/ogc/collections/quarry/items?bbox=113.9395,34.68,113.9425,34.70");
            assertEquals(3, boxed.getInteger("numberMatched"));
            JsonObject item = getJson(web, base + "/ogc/collections/quarry/items/Q03");
            assertEquals(
                    List.of(113.943, 34.69),
                    item.getJsonObject("geometry").getJsonArray("coordinates").getList());
            assertEquals(
                    404, get(web.getAbs(base + "/ogc/collections/nope/items").send()).statusCode());
            assertEquals(
                    400,
                    get(web.getAbs(base + "/ogc/collections/quarry/items?limit=0").send())
                            .statusCode());
            // issue 19 D9: the probe's offset gave 503 with the SQL statement in the answer
            HttpResponse<Buffer> huge =
                    get(
                            web.getAbs(
                                            base
                                                    + "/ogc/collections/quarry/items?offset=9223372036854775807")
                                    .send());
            assertEquals(400, huge.statusCode(), huge.bodyAsString());
            assertEquals(
                    "offset must be 0–" + OgcApiRoutes.MAX_OFFSET + ", not 9223372036854775807",
                    huge.bodyAsJsonObject().getString("error"));
            JsonObject beyond =
                    getJson(
                            web,
                            base
                                    + "/ogc/collections/quarry/items?offset="
                                    + OgcApiRoutes.MAX_OFFSET);
            assertEquals(0, beyond.getInteger("numberReturned"));
            assertEquals(25, beyond.getInteger("numberMatched"));

            JsonArray layers = get(web.getAbs(base + "/api/layers").send()).bodyAsJsonArray();
            assertEquals(3, layers.size());
            JsonObject e01 =
                    getJson(
                            web,
                            base + "/api/layers/enterprise?bbox=113.9495,34.6995,113.9535,34.7025");
            assertEquals(1, e01.getJsonArray("features").size());
            assertEquals("E01-PLOT", e01.getJsonArray("features").getJsonObject(0).getString("id"));
            assertEquals(
                    "E02",
                    getJson(web, base + "/api/features/E02-GD01")
                            .getJsonObject("properties")
                            .getString("enterpriseId"));
            assertEquals(
                    400,
                    get(web.getAbs(base + "/api/layers/enterprise?bbox=1,2,3").send())
                            .statusCode());

            HttpResponse<Buffer> refused =
                    get(
                            web.postAbs(base + "/api/layers/x/import?crs=EPSG:3857")
                                    .sendBuffer(
                                            Buffer.buffer(
                                                    "{\"type\":\"FeatureCollection\",\"features\":[]}")));
            assertEquals(422, refused.statusCode());
            assertTrue(
                    refused.bodyAsJsonObject()
                            .getJsonArray("problems")
                            .getJsonObject(0)
                            .getString("messageEn")
                            .contains("EPSG:3857"));
            HttpResponse<Buffer> accepted =
                    get(
                            web.postAbs(base + "/api/layers/quarry2/import")
                                    .sendBuffer(
                                            Buffer.buffer(
                                                    collection4547(points.subList(0, 2))
                                                            .replace("\"Q0", "\"R0"))));
            assertEquals(200, accepted.statusCode(), accepted.bodyAsString());
            assertEquals(2, accepted.bodyAsJsonObject().getInteger("featureCount"));
            // the index was rebuilt after the import: both co-located points are found
            assertEquals(
                    List.of("Q00", "R00"),
                    ids(store.spatialIndex().withinDistance(113.94, 34.69, 1, "test"), true)
                            .stream()
                            .sorted()
                            .toList());

            long base0 = Math.floorDiv(System.currentTimeMillis(), DAY_MS) * DAY_MS;
            store.history()
                    .write(List.of(Sample.of("T.X", 2, base0), Sample.of("T.X", 4, base0 + 1000)));
            JsonObject trend =
                    getJson(
                            web,
                            base
                                    + "/api/history/T.X?from="
                                    + base0
                                    + "&to="
                                    + (base0 + 10_000)
                                    + "&buckets=5");
            assertEquals(2000, trend.getLong("bucketMs"));
            assertEquals(
                    new JsonObject()
                            .put("t", base0)
                            .put("min", 2.0)
                            .put("max", 4.0)
                            .put("avg", 3.0)
                            .put("last", 4.0)
                            .put("n", 2),
                    trend.getJsonArray("points").getJsonObject(0));
            assertEquals(
                    400,
                    get(web.getAbs(base + "/api/history/T.X?from=5&to=1").send()).statusCode());
        } finally {
            get(vertx.close());
        }
    }

    static <T> T get(Future<T> f) throws Exception {
        return f.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    }

    static JsonObject getJson(WebClient web, String url) throws Exception {
        HttpResponse<Buffer> r = get(web.getAbs(url).send());
        assertEquals(200, r.statusCode(), url + " → " + r.bodyAsString());
        return r.bodyAsJsonObject();
    }

    /**
     * Feeds samples [from, to) of one tag 10 ms apart in batches of 100; returns the longest accept
     * call, ns.
     */
    static long feed(HistoryWriter writer, String tag, long base, int from, int to) {
        long max = 0;
        for (int i = from; i < to; i += 100) {
            List<Sample> batch = new ArrayList<>();
            for (int j = i; j < Math.min(to, i + 100); j++)
                batch.add(Sample.of(tag, j, base + j * 10L));
            long t0 = System.nanoTime();
            writer.accept(batch);
            max = Math.max(max, System.nanoTime() - t0);
        }
        return max;
    }

    static String collection4547(List<String> features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    static String pointFeature(String id, double x, double y) {
        return feature(id, "{\"type\":\"Point\",\"coordinates\":[" + x + "," + y + "]}")
                .replace("\"kind\":\"test\"", "\"kind\":\"probe\"");
    }

    static String feature(String id, String geometry) {
        return "{\"type\":\"Feature\",\"id\":\""
                + id
                + "\",\"properties\":{\"kind\":\"test\",\"nameZh\":\"点"
                + id
                + "\"},\"geometry\":"
                + geometry
                + "}";
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static List<String> ids(List<FeatureDistance> hits, boolean unused) {
        return hits.stream().map(h -> h.feature().id()).toList();
    }

    static List<String> ids(List<FeatureRecord> features) {
        return features.stream().map(FeatureRecord::id).sorted().toList();
    }

    /**
     * GRS80 meridian arc from the equator to {@code phi} (radians), metres, by Simpson integration.
     */
    static double meridianArcGrs80(double phi) {
        double a = 6_378_137.0, f = 1 / 298.257222101, e2 = f * (2 - f);
        int n = 20_000;
        double h = phi / n, sum = 0;
        for (int i = 0; i <= n; i++) {
            double s = Math.sin(i * h);
            double m = a * (1 - e2) / Math.pow(1 - e2 * s * s, 1.5);
            sum += (i == 0 || i == n ? 1 : (i % 2 == 1 ? 4 : 2)) * m;
        }
        return sum * h / 3;
    }

    static Map<String, Long> counts(Database db) throws Exception {
        Map<String, Long> out = new TreeMap<>();
        for (String t : List.of("layers", "features", "enterprises", "tags")) {
            out.put(t, Long.parseLong(scalar(db, "SELECT COUNT(*) FROM " + t)));
        }
        return out;
    }

    /** SHA-256 over every row of the GIS and registry tables, timestamps included. */
    static String snapshot(Database db) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String sql :
                List.of(
                        "SELECT id, name_zh, name_en, source, source_sha256, sort_order, updated_ms FROM layers ORDER BY id",
                        "SELECT id, layer_id, kind, name_zh, name_en, enterprise_id, props, ST_AsText(geom) FROM features ORDER BY id",
                        "SELECT * FROM enterprises ORDER BY id",
                        "SELECT * FROM tags ORDER BY id",
                        "SELECT * FROM import_state ORDER BY name")) {
            db.withConnection(
                    c -> {
                        try (Statement st = c.createStatement();
                                ResultSet rs = st.executeQuery(sql)) {
                            int cols = rs.getMetaData().getColumnCount();
                            while (rs.next()) {
                                for (int i = 1; i <= cols; i++)
                                    sha.update(
                                            String.valueOf(rs.getObject(i))
                                                    .getBytes(StandardCharsets.UTF_8));
                                sha.update((byte) '\n');
                            }
                        }
                        return null;
                    });
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    static String scalar(Database db, String sql) throws Exception {
        return db.withConnection(
                (Connection c) -> {
                    try (Statement st = c.createStatement();
                            ResultSet rs = st.executeQuery(sql)) {
                        rs.next();
                        return rs.getString(1);
                    }
                });
    }
}
