package org.parkwatch.e2e.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The map in a real headless Chromium with a synthetic park of 10,000 live point features updated
 * at 1 Hz while the view pans (issue 18; the page is {@code bench/map.html} of the web module).
 * Prints frames per second, the longest frame and the 95th percentile for three layer set-ups: a
 * canvas vector layer with OpenLayers' default (instructions replayed moved during a pan, rebuilt
 * when it stops), the same redrawn every frame, a VectorImage layer (an image moved during the
 * pan), the same with the circles pre-drawn as icons, the icons in 8 VectorImage layers each
 * redrawn in its own eighth of the second, and a WebGL points layer (colour as a GPU expression,
 * buffers rebuilt in a worker). The machine's load average is printed too: the figures are only as
 * good as the CPU share. The pages and OpenLayers are served from the classpath on a loopback port;
 * Debian's chromium and chromedriver drive them. Arguments: {@code [features=10000] [seconds=10]
 * [width=1920] [height=1080]}.
 */
public final class MapBench {
    private static final String CHROMIUM =
            System.getProperty("parkwatch.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER =
            System.getProperty("parkwatch.chromedriver", "/usr/bin/chromedriver");
    private static final Map<String, String> TYPES =
            Map.of(
                    "html",
                    "text/html; charset=utf-8",
                    "js",
                    "text/javascript; charset=utf-8",
                    "css",
                    "text/css; charset=utf-8");

    private MapBench() {}

    public static void main(String[] args) throws Exception {
        int features = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int width = args.length > 2 ? Integer.parseInt(args[2]) : 1920;
        int height = args.length > 3 ? Integer.parseInt(args[3]) : 1080;
        HttpServer server = serveClasspath();
        Path profile = Files.createTempDirectory("pw-map-bench");
        ChromeDriver browser = start(profile, width, height);
        try {
            int port = server.getAddress().getPort();
            System.out.printf(
                    "load average before: %s (cores: %d)%n",
                    loadAverage(), Runtime.getRuntime().availableProcessors());
            System.out.printf(
                    "map bench: %d point features, values changed at 1 Hz, %d s of panning, %dx%d, "
                            + "headless Chromium (software rendering)%n",
                    features, seconds, width, height);
            String[][] modes = {
                {"vector layer, OpenLayers default", "layer=vector&redraw=0"},
                {"vector layer, redrawn every frame", "layer=vector&redraw=1"},
                {"VectorImage layer (moved while panning)", "layer=image&redraw=0"},
                {"VectorImage layer, circles as icons", "layer=icon&redraw=0"},
                {"8 VectorImage layers, icons, staggered", "layer=sharded&redraw=0"},
                {"WebGL points layer", "layer=webgl&redraw=0"}
            };
            for (String[] mode : modes) {
                browser.get(
                        "http://127.0.0.1:"
                                + port
                                + "/bench/map.html?n="
                                + features
                                + "&seconds="
                                + seconds
                                + "&"
                                + mode[1]);
                String result = waitForResult(browser, seconds + 120);
                System.out.printf("  %-42s %s%n", mode[0] + ":", result);
            }
        } finally {
            browser.quit();
            server.stop(0);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String waitForResult(ChromeDriver browser, int timeoutS)
            throws InterruptedException {
        Instant until = Instant.now().plusSeconds(timeoutS);
        while (Instant.now().isBefore(until)) {
            Object r = browser.executeScript("return document.body.dataset.benchResult || null");
            if (r != null) return r.toString();
            Thread.sleep(250);
        }
        throw new IllegalStateException(
                "the map benchmark page gave no result within " + timeoutS + " s");
    }

    private static ChromeDriver start(Path profile, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height);
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(CHROMEDRIVER))
                        .usingAnyFreePort()
                        .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /**
     * Serves the web module's pages ({@code parkwatch-web/}) and WebJars from the classpath on
     * 127.0.0.1.
     */
    private static HttpServer serveClasspath() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(
                "/",
                exchange -> {
                    String path = exchange.getRequestURI().getPath();
                    String resource =
                            path.startsWith("/webjars/")
                                    ? "META-INF/resources" + path
                                    : "parkwatch-web" + path;
                    try (exchange;
                            InputStream in =
                                    path.contains("..")
                                            ? null
                                            : MapBench.class
                                                    .getClassLoader()
                                                    .getResourceAsStream(resource)) {
                        if (in == null) {
                            exchange.sendResponseHeaders(404, -1);
                            return;
                        }
                        byte[] body = in.readAllBytes();
                        String ext = path.substring(path.lastIndexOf('.') + 1);
                        exchange.getResponseHeaders()
                                .set(
                                        "Content-Type",
                                        TYPES.getOrDefault(ext, "application/octet-stream"));
                        exchange.sendResponseHeaders(200, body.length);
                        try (OutputStream out = exchange.getResponseBody()) {
                            out.write(body);
                        }
                    }
                });
        server.start();
        return server;
    }
}
