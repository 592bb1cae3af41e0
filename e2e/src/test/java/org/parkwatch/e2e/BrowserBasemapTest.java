package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The base map in Chromium: an offline MBTiles file the test generates (Web Mercator tiles over the
 * demo park), and a WMTS service in the geographic CGCS2000 grid (天地图's "c" tile matrix set,
 * EPSG:4490) that the test runs on loopback — the page must ask for the tile that holds the park,
 * which checks the grid and the reprojection.
 */
class BrowserBasemapTest {
    /** Demo park centre (park.json "centre"), lon/lat. */
    private static final double LON = 113.95;

    private static final double LAT = 35.25;

    private static byte[] png(Color colour) throws Exception {
        BufferedImage img = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 256, 256);
        g.setColor(Color.WHITE);
        g.drawRect(0, 0, 255, 255);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /**
     * Web Mercator tiles (XYZ) around the park centre at zooms 12–18, stored with TMS rows as
     * MBTiles 1.3 has them.
     */
    private static Path mbtiles(Path file) throws Exception {
        byte[] tile = png(new Color(200, 220, 200));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE metadata (name TEXT, value TEXT)");
                st.execute(
                        "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)");
                st.execute(
                        "INSERT INTO metadata VALUES ('name', 'demo park offline'), ('format', 'png')");
            }
            try (PreparedStatement ps =
                    c.prepareStatement("INSERT INTO tiles VALUES (?, ?, ?, ?)")) {
                for (int z = 12; z <= 18; z++) {
                    int n = 1 << z;
                    int x0 = (int) Math.floor((LON + 180) / 360 * n);
                    double latRad = Math.toRadians(LAT);
                    int y0 =
                            (int)
                                    Math.floor(
                                            (1
                                                            - Math.log(
                                                                            Math.tan(latRad)
                                                                                    + 1
                                                                                            / Math
                                                                                                    .cos(
                                                                                                            latRad))
                                                                    / Math.PI)
                                                    / 2
                                                    * n);
                    for (int x = x0 - 3; x <= x0 + 3; x++) {
                        for (int y = y0 - 3; y <= y0 + 3; y++) {
                            ps.setInt(1, z);
                            ps.setInt(2, x);
                            ps.setInt(3, n - 1 - y);
                            ps.setBytes(4, tile);
                            ps.executeUpdate();
                        }
                    }
                }
            }
        }
        return file;
    }

    private static long tilesLoaded(ChromeDriver browser) {
        Object n =
                browser.executeScript(
                        "return performance.getEntriesByType('resource')"
                                + ".filter(e => e.name.includes('/api/basemap/tiles/')).length");
        return ((Number) n).longValue();
    }

    @Test
    void anOfflineMbtilesBaseMapIsDrawnUnderThePark(@TempDir Path dir) throws Exception {
        Path file = mbtiles(dir.resolve("park.mbtiles"));
        try (DemoStack stack =
                DemoStack.start(
                        dir,
                        Set.of("E01"),
                        Map.of("basemap.type", "mbtiles", "basemap.mbtiles", file.toString()),
                        1000)) {
            ChromeDriver browser =
                    Browser.start(Files.createDirectories(dir.resolve("chrome")), 1920, 1080);
            try {
                Browser.login(browser, stack, stack.httpBase() + "/");
                await().atMost(Duration.ofSeconds(30))
                        .until(
                                () ->
                                        "mbtiles"
                                                .equals(
                                                        browser.executeScript(
                                                                "return document.getElementById('map').dataset.basemap")));
                await().atMost(Duration.ofSeconds(30)).until(() -> tilesLoaded(browser) >= 4);
                Browser.screenshot(browser, "basemap-mbtiles");
                assertTrue(
                        Browser.cspViolations(browser).isEmpty(),
                        "tiles are same-origin: no CSP violation");
            } finally {
                browser.quit();
            }
        }
    }

    @Test
    void aCgcs2000WmtsBaseMapIsAskedForTheTileThatHoldsThePark(@TempDir Path dir) throws Exception {
        byte[] tile = png(new Color(210, 200, 170));
        List<String> asked = new CopyOnWriteArrayList<>();
        HttpServer upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        upstream.createContext(
                "/",
                ex -> {
                    asked.add(ex.getRequestURI().getRawQuery());
                    ex.getResponseHeaders().set("Content-Type", "image/png");
                    ex.sendResponseHeaders(200, tile.length);
                    ex.getResponseBody().write(tile);
                    ex.close();
                });
        upstream.start();
        try (DemoStack stack =
                DemoStack.start(
                        dir,
                        Set.of("E01"),
                        Map.of(
                                "basemap.type",
                                "wmts",
                                "basemap.url",
                                "http://127.0.0.1:"
                                        + upstream.getAddress().getPort()
                                        + "/img_c/wmts",
                                "basemap.layer",
                                "img",
                                "basemap.matrixSet",
                                "c",
                                "basemap.format",
                                "tiles",
                                "basemap.crs",
                                "EPSG:4490"),
                        1000)) {
            ChromeDriver browser =
                    Browser.start(Files.createDirectories(dir.resolve("chrome")), 1920, 1080);
            try {
                Browser.login(browser, stack, stack.httpBase() + "/");
                await().atMost(Duration.ofSeconds(40)).until(() -> containsParkTile(asked));
                Browser.screenshot(browser, "basemap-cgcs2000-wmts");
                assertTrue(
                        Browser.cspViolations(browser).isEmpty(),
                        "tiles are same-origin: no CSP violation");
            } finally {
                browser.quit();
                upstream.stop(0);
            }
        }
    }

    /**
     * Has a GetTile for the park centre's tile been made? In the geographic grid (origin 180° W 90°
     * N, 1.40625°/px at z 0, halving per level; 天地图 level 1 = 0.703125°/px) the tile of (lon, lat)
     * at level z is column floor((lon + 180) · 2^z / 360), row floor((90 − lat) · 2^z / 360).
     */
    private static boolean containsParkTile(List<String> asked) {
        Pattern p = Pattern.compile("TILEMATRIX=(\\d+)&TILEROW=(\\d+)&TILECOL=(\\d+)");
        for (String q : asked) {
            Matcher m = p.matcher(q);
            if (!m.find()) continue;
            int z = Integer.parseInt(m.group(1));
            long n = 1L << z;
            if (z >= 10
                    && Long.parseLong(m.group(3)) == (long) Math.floor((LON + 180) * n / 360)
                    && Long.parseLong(m.group(2)) == (long) Math.floor((90 - LAT) * n / 360)) {
                assertEquals(true, q.contains("TILEMATRIXSET=c"), q);
                return true;
            }
        }
        return false;
    }
}
