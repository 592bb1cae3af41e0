package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.parkwatch.backend.security.Role;

/**
 * Cameras' live video in a real headless Chromium (issue 18, scope 10): ffmpeg (Debian's) encodes a
 * live HLS stream (H.264 test picture, 1 s segments) into a folder that a plain HTTP server serves,
 * like a park's video platform; {@code video.streams} names it for E01's two cameras. The camera
 * popup plays it (the video element's {@code currentTime} advances, {@code readyState >= 2}); a
 * camera without a stream says that no video is configured, in zh-CN and English; a chlorine leak
 * at E01 opens an incident whose linkage plays the camera that sees the place, 抓拍 keeps a JPEG
 * frame with the incident (served back, listed, audited); an E02 user cannot fetch E01's stream.
 * Screenshots at 1920×1080 in both languages.
 */
class BrowserVideoTest {
    private static final String E01_CAMS = "E01-CAM1,E01-CAM2";

    @Test
    void liveStreamPlaysInPopupAndIncidentAndSnapshotIsKept(@TempDir Path dir) throws Exception {
        Path hls = Files.createDirectories(dir.resolve("nvr/cam"));
        Process ffmpeg = startLiveStream(hls);
        HttpServer nvr = serve(dir.resolve("nvr"));
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> segments(hls) >= 3);
            String url = "http://127.0.0.1:" + nvr.getAddress().getPort() + "/cam/index.m3u8";
            StringBuilder streams = new StringBuilder();
            for (String cam : E01_CAMS.split(","))
                streams.append(streams.isEmpty() ? "" : ",").append(cam).append('=').append(url);
            try (DemoStack stack =
                    DemoStack.start(
                            dir, Set.of("E01"), Map.of("video.streams", streams.toString()), 250)) {
                runBrowser(stack, dir);
                enterpriseOfAnotherSeesNoStream(stack);
            }
        } finally {
            nvr.stop(0);
            ffmpeg.destroy();
            if (!ffmpeg.waitFor(10, TimeUnit.SECONDS)) ffmpeg.destroyForcibly();
        }
    }

    private void runBrowser(DemoStack stack, Path dir) throws Exception {
        ChromeDriver b = Browser.start(Files.createDirectories(dir.resolve("chrome")), 1920, 1080);
        try {
            ScreenshotFiles.setViewport(b, 1920, 1080);
            Browser.login(b, stack, stack.httpBase() + "/");
            b.executeScript("localStorage.setItem('parkwatch.alarms.muted', '1');");
            await().atMost(Duration.ofSeconds(30))
                    .until(
                            () ->
                                    "loaded"
                                            .equals(
                                                    b.executeScript(
                                                            "return document.body.dataset.layers")));

            // the camera popup plays the stream
            b.get(stack.httpBase() + "/#feature=E01-CAM1");
            assertPlays(b, "#popup .camera-video[data-camera-id='E01-CAM1']");
            Browser.screenshot(b, "video-popup-1920x1080-zh");

            // a camera without a stream says so
            b.get(stack.httpBase() + "/#feature=E02-CAM1");
            String none = "#popup .camera-video[data-camera-id='E02-CAM1'][data-video='none']";
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> !b.findElements(By.cssSelector(none)).isEmpty());
            assertEquals("该摄像头未配置视频", b.findElement(By.cssSelector(none)).getText());
            b.findElement(By.id("lang-switch")).click();
            await().atMost(Duration.ofSeconds(10))
                    .until(
                            () ->
                                    b.findElement(By.cssSelector("#popup"))
                                            .getText()
                                            .contains("No video configured"));
            b.get(stack.httpBase() + "/#feature=E01-CAM1");
            assertPlays(b, "#popup .camera-video[data-camera-id='E01-CAM1']");
            Browser.screenshot(b, "video-popup-1920x1080-en");
            b.findElement(By.id("lang-switch")).click();

            // a chlorine leak at E01: the incident's linkage plays the camera that sees it
            await().atMost(Duration.ofSeconds(30))
                    .until(
                            () ->
                                    Http.getJson(stack, "/api/tags/E01.GD101.GAS")
                                            .path("q")
                                            .asText()
                                            .equals("good"));
            stack.simulator().setValue("PARK.WS1.WS", 3.0);
            stack.simulator().setValue("PARK.WS1.WD", 270.0);
            stack.simulator().scenarios().start("gas-leak", Map.of("tank", "E01-V101"));
            await().atMost(Duration.ofSeconds(60))
                    .until(
                            () -> {
                                Object id =
                                        b.executeScript(
                                                "return document.getElementById('incident-panel').dataset.incidentId");
                                return id != null && id.toString().startsWith("INC-");
                            });
            String incident =
                    b.executeScript(
                                    "return document.getElementById('incident-panel').dataset.incidentId")
                            .toString();
            String inPanel = "#incident-panel .camera-video[data-video='playing']";
            await().atMost(Duration.ofSeconds(40))
                    .until(() -> !b.findElements(By.cssSelector(inPanel)).isEmpty());
            String camera = b.findElement(By.cssSelector(inPanel)).getAttribute("data-camera-id");
            assertTrue(camera.startsWith("E01-CAM"), camera);
            assertPlays(b, "#incident-panel .camera-video[data-camera-id='" + camera + "']");

            // 抓拍: the frame is kept with the incident
            b.executeScript(
                    "document.querySelector(\"#incident-panel [data-action=snapshot][data-camera-id='"
                            + camera
                            + "']\").click();");
            await().atMost(Duration.ofSeconds(20))
                    .until(
                            () ->
                                    !b.findElements(
                                                    By.cssSelector(
                                                            "#incident-snapshots .snapshot-item"))
                                            .isEmpty());
            var list = Http.getJson(stack, "/api/incidents/" + incident + "/snapshots");
            assertEquals(1, list.size(), list.toString());
            assertEquals(camera, list.get(0).path("cameraId").asText());
            assertEquals(stack.adminUser(), list.get(0).path("author").asText());
            HttpResponse<byte[]> image =
                    get(
                            stack.httpBase() + "/" + list.get(0).path("url").asText(),
                            stack.adminToken());
            assertEquals(200, image.statusCode());
            assertEquals("image/jpeg", image.headers().firstValue("Content-Type").orElse(""));
            assertTrue(
                    image.body().length > 1000
                            && (image.body()[0] & 0xff) == 0xFF
                            && (image.body()[1] & 0xff) == 0xD8,
                    "a JPEG frame of " + image.body().length + " bytes");
            await().atMost(Duration.ofSeconds(20))
                    .until(
                            () ->
                                    Http.getJson(stack, "/api/audit?limit=500")
                                            .toString()
                                            .contains("/snapshots"));
            b.executeScript("document.getElementById('incident-snapshots').scrollIntoView()");
            Browser.screenshot(b, "video-incident-1920x1080-zh");
            b.findElement(By.id("lang-switch")).click();
            await().atMost(Duration.ofSeconds(10))
                    .until(
                            () ->
                                    b.findElement(By.id("incident-panel"))
                                            .getText()
                                            .contains("Incident snapshots"));
            Browser.screenshot(b, "video-incident-1920x1080-en");
            assertEquals(List.of(), Browser.cspViolations(b));
        } finally {
            b.quit();
        }
    }

    /** The video in {@code selector} has data to show and its time advances. */
    private static void assertPlays(ChromeDriver b, String selector) {
        String video = "document.querySelector(\"" + selector + " video\")";
        await().atMost(Duration.ofSeconds(40))
                .until(
                        () ->
                                Boolean.TRUE.equals(
                                        b.executeScript(
                                                "const v = "
                                                        + video
                                                        + "; return !!v && v.readyState >= 2;")));
        double t0 = ((Number) b.executeScript("return " + video + ".currentTime;")).doubleValue();
        await().atMost(Duration.ofSeconds(20))
                .until(
                        () ->
                                ((Number) b.executeScript("return " + video + ".currentTime;"))
                                                .doubleValue()
                                        > t0 + 1.0);
    }

    private static void enterpriseOfAnotherSeesNoStream(DemoStack stack) throws Exception {
        String user = stack.ensureUser(Role.ENTERPRISE, "E02");
        String token = Http.token(stack.httpBase(), user, stack.adminPassword());
        assertEquals(
                404,
                get(stack.httpBase() + "/api/video/cameras/E01-CAM1/hls/index.m3u8", token)
                        .statusCode());
        assertTrue(
                Http.getJson(stack.httpBase() + "/api/video/cameras", token)
                        .toString()
                        .contains("E02-CAM1"));
        assertTrue(
                !Http.getJson(stack.httpBase() + "/api/video/cameras", token)
                        .toString()
                        .contains("E01-CAM1"));
        assertEquals(
                400,
                get(
                                stack.httpBase() + "/api/video/cameras/E01-CAM1/hls/..%2F..%2Fetc",
                                stack.adminToken())
                        .statusCode());
    }

    private static HttpResponse<byte[]> get(String url, String token) throws Exception {
        return Http.CLIENT.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * A live HLS stream of ffmpeg's test picture: H.264 baseline, 10 frames/s, 1 s segments, last 6
     * listed.
     */
    private static Process startLiveStream(Path out) throws IOException {
        return new ProcessBuilder(
                        "ffmpeg",
                        "-hide_banner",
                        "-loglevel",
                        "error",
                        "-re",
                        "-f",
                        "lavfi",
                        "-i",
                        "testsrc=size=320x180:rate=10",
                        "-c:v",
                        "libx264",
                        "-preset",
                        "ultrafast",
                        "-profile:v",
                        "baseline",
                        "-pix_fmt",
                        "yuv420p",
                        "-g",
                        "10",
                        "-f",
                        "hls",
                        "-hls_time",
                        "1",
                        "-hls_list_size",
                        "6",
                        "-hls_flags",
                        "delete_segments",
                        out.resolve("index.m3u8").toString())
                .redirectErrorStream(true)
                .redirectOutput(out.resolveSibling("ffmpeg.log").toFile())
                .start();
    }

    private static long segments(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".ts")).count();
        }
    }

    /** The folder over plain HTTP, as a video platform would serve it. */
    private static HttpServer serve(Path root) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(
                "/",
                ex -> {
                    Path f = root.resolve(ex.getRequestURI().getPath().substring(1)).normalize();
                    if (!f.startsWith(root) || !Files.isRegularFile(f)) {
                        ex.sendResponseHeaders(404, -1);
                        ex.close();
                        return;
                    }
                    byte[] bytes = Files.readAllBytes(f);
                    ex.getResponseHeaders()
                            .set(
                                    "Content-Type",
                                    f.toString().endsWith(".m3u8")
                                            ? "application/vnd.apple.mpegurl"
                                            : "video/mp2t");
                    ex.sendResponseHeaders(200, bytes.length);
                    try (OutputStream o = ex.getResponseBody()) {
                        o.write(bytes);
                    }
                });
        server.start();
        return server;
    }
}
