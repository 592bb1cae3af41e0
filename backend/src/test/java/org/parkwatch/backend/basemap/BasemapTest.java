package org.parkwatch.backend.basemap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.vertx.core.json.JsonObject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.platform.config.ConfigException;

/**
 * The base map through the running backend: an MBTiles file the test writes (offline), an XYZ
 * service the test runs on loopback (relayed with the key kept at the backend), and the
 * configuration's checks.
 */
class BasemapTest {
    @TempDir Path dir;
    private TestBackend backend;
    private HttpServer upstream;

    @AfterEach
    void stop() throws Exception {
        if (backend != null) backend.close();
        if (upstream != null) upstream.stop(0);
    }

    static byte[] png(Color colour) throws Exception {
        BufferedImage img = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 256, 256);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /**
     * An MBTiles 1.3 file with one tile at XYZ 1/1/0 (TMS row 1: the north-east quarter of the
     * world).
     */
    private Path mbtiles(byte[] tile) throws Exception {
        Path file = dir.resolve("offline.mbtiles");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE metadata (name TEXT, value TEXT)");
                st.execute(
                        "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER,"
                                + " tile_data BLOB)");
                st.execute("INSERT INTO metadata VALUES ('name', 'test'), ('format', 'png')");
            }
            try (PreparedStatement ps =
                    c.prepareStatement("INSERT INTO tiles VALUES (1, 1, 1, ?)")) {
                ps.setBytes(1, tile);
                ps.executeUpdate();
            }
        }
        return file;
    }

    private HttpResponse<byte[]> bytes(String path) throws Exception {
        HttpRequest req =
                HttpRequest.newBuilder(backend.uri(path))
                        .header("Authorization", "Bearer " + backend.adminToken())
                        .GET()
                        .build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void anOfflineMbtilesFileIsServedWithTheXyzRowFlipped() throws Exception {
        byte[] tile = png(new Color(40, 120, 200));
        Path file = mbtiles(tile);
        backend =
                TestBackend.start(
                        TestBackend.config(
                                dir.resolve("data"),
                                Map.of(
                                        "basemap.type",
                                        "mbtiles",
                                        "basemap.mbtiles",
                                        file.toString())),
                        TestBackend.testPark());

        JsonObject info = backend.getObject("/api/basemap");
        assertEquals("mbtiles", info.getString("type"));
        assertEquals("api/basemap/tiles/{z}/{x}/{y}", info.getString("url"));
        assertEquals("EPSG:3857", info.getString("crs"));
        assertTrue(!info.encode().contains(file.toString()), "the file path stays at the backend");

        HttpResponse<byte[]> r = bytes("/api/basemap/tiles/1/1/0");
        assertEquals(200, r.statusCode());
        assertEquals("image/png", r.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(tile, r.body());
        assertEquals(
                404, bytes("/api/basemap/tiles/1/1/1").statusCode(), "TMS row 0 holds nothing");
        assertEquals(
                400, bytes("/api/basemap/tiles/1/2/0").statusCode(), "x beyond the grid at z 1");
        assertEquals(401, backend.getAnonymous("/api/basemap/tiles/1/1/0").statusCode());
    }

    @Test
    void anXyzServiceIsRelayedWithTheKeyKeptAtTheBackend() throws Exception {
        byte[] tile = png(Color.ORANGE);
        AtomicReference<String> asked = new AtomicReference<>();
        upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        upstream.createContext(
                "/",
                ex -> {
                    asked.set(ex.getRequestURI().toString());
                    ex.getResponseHeaders().set("Content-Type", "image/png");
                    ex.sendResponseHeaders(200, tile.length);
                    ex.getResponseBody().write(tile);
                    ex.close();
                });
        upstream.start();
        String template =
                "http://127.0.0.1:"
                        + upstream.getAddress().getPort()
                        + "/tiles/{z}/{x}/{y}.png?k={key}";
        backend =
                TestBackend.start(
                        TestBackend.config(
                                dir.resolve("data"),
                                Map.of(
                                        "basemap.type",
                                        "xyz",
                                        "basemap.url",
                                        template,
                                        "basemap.key",
                                        "s3cret")),
                        TestBackend.testPark());

        JsonObject info = backend.getObject("/api/basemap");
        assertEquals("xyz", info.getString("type"));
        assertTrue(
                !info.encode().contains("s3cret") && !info.encode().contains("127.0.0.1"),
                info.encode());
        HttpResponse<byte[]> r = bytes("/api/basemap/tiles/15/26749/13029");
        assertEquals(200, r.statusCode());
        assertArrayEquals(tile, r.body());
        assertEquals("/tiles/15/26749/13029.png?k=s3cret", asked.get());
    }

    @Test
    void tiandituNeedsItsKeyAndUsesTheCgcs2000GridByDefault() {
        ConfigException e =
                assertThrows(
                        ConfigException.class,
                        () -> BasemapOptions.from(Map.of("basemap.type", "tianditu")::get));
        assertTrue(
                e.problems().contains("basemap.key: 天地图 needs its key; set PARKWATCH_BASEMAP_KEY"),
                e.problems().toString());
        BasemapOptions o =
                BasemapOptions.from(Map.of("basemap.type", "tianditu", "basemap.key", "k1")::get);
        assertEquals("EPSG:4490", o.crs());
        assertEquals(
                "https://t3.tianditu.gov.cn/img_c/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=img"
                        + "&STYLE=default&TILEMATRIXSET=c&FORMAT=tiles&TILEMATRIX=3&TILEROW=1&TILECOL=2&tk=k1",
                new TileUpstream(o).url(3, 2, 1));
        assertEquals(
                List.of("basemap.type=bing: must be none, xyz, wmts, tianditu or mbtiles"),
                assertThrows(
                                ConfigException.class,
                                () -> BasemapOptions.from(Map.of("basemap.type", "bing")::get))
                        .problems());
    }
}
