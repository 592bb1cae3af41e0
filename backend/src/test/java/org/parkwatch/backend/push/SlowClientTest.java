package org.parkwatch.backend.push;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.json.JsonObject;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestAuth;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.UplinkPublisher;
import org.parkwatch.backend.platform.config.ParkWatchConfig;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.uplink.Sample;

/** A client that never reads must not hold back another client's updates. */
class SlowClientTest {
    private static final int TAGS = 2000;

    @TempDir Path dir;

    @Test
    void aClientThatNeverReadsIsSkippedWhileAnotherKeepsUp() throws Exception {
        ParkCatalog park = ParkCatalog.load(generatePark(dir.resolve("park"), TAGS));
        ParkWatchConfig config =
                TestBackend.config(
                        dir.resolve("data"),
                        Map.of("push.maxQueuedPerClient", "65536", "live.staleFactor", "1000"));
        Vertx clientVertx = Vertx.vertx();
        try (TestBackend backend = TestBackend.start(config, park);
                Socket slow = new Socket()) {
            slow.setReceiveBufferSize(4096);
            slow.connect(new InetSocketAddress("127.0.0.1", backend.ports.http()), 5000);
            OutputStream out = slow.getOutputStream();
            out.write(
                    ("GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                                    + "Authorization: Bearer "
                                    + backend.adminToken()
                                    + "\r\n"
                                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            out.flush(); // and never read a byte

            AtomicReference<Double> fastSeen = new AtomicReference<>();
            AtomicInteger fastMessages = new AtomicInteger();
            // kept in a variable and closed at the end: Vert.x 5 closes a client that became
            // unreachable
            WebSocketClient wsClient =
                    clientVertx.createWebSocketClient(
                            new WebSocketClientOptions().setMaxMessageSize(16 << 20));
            wsClient.connect(TestAuth.adminSocket(backend.backend))
                    .map(
                            ws ->
                                    ws.textMessageHandler(
                                            t -> {
                                                fastMessages.incrementAndGet();
                                                for (Object o :
                                                        new JsonObject(t).getJsonArray("tags")) {
                                                    JsonObject tag = (JsonObject) o;
                                                    if (tag.getString("id").equals(tagId(0))
                                                            && tag.getValue("v") != null) {
                                                        fastSeen.set(tag.getDouble("v"));
                                                    }
                                                }
                                            }))
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);

            try (UplinkPublisher bridge =
                    UplinkPublisher.embedded(backend.ports.mqtt(), "G01", "G01-B1")) {
                // ~10 MB of updates per client: far more than the never-reading socket's kernel
                // buffers take
                for (long seq = 1; seq <= 300; seq++) bridge.publish(seq, batch(seq));
                bridge.publish(301, batch(5000));
            }
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertEquals(5000.0, fastSeen.get()));
            assertTrue(
                    fastMessages.get() > 10,
                    "fast client kept getting updates: " + fastMessages.get());
            assertEquals(
                    301,
                    backend.bridge("G01", "G01-B1").getLong("lastSeq"),
                    "ingest was not held back");
            System.out.println("slow-client skips counted: " + slowSkips(backend));
            wsClient.close();
        } finally {
            clientVertx.close();
        }
    }

    private static List<Sample> batch(long value) {
        long now = System.currentTimeMillis();
        List<Sample> samples = new ArrayList<>(TAGS);
        for (int i = 0; i < TAGS; i++) samples.add(new Sample(tagId(i), (double) value, now, 0));
        return samples;
    }

    private static double slowSkips(TestBackend backend) throws Exception {
        for (String line : backend.get("/metrics").body().split("\n")) {
            if (line.startsWith("parkwatch_push_slow_skips_total ")) {
                return Double.parseDouble(line.substring(line.indexOf(' ') + 1));
            }
        }
        throw new AssertionError("parkwatch_push_slow_skips_total missing");
    }

    /** A park of one enterprise G01 with n level tags G01.TKnnnn.LT, written to a folder. */
    static Path generatePark(Path folder, int n) throws Exception {
        Files.createDirectories(folder.resolve("tags"));
        Files.createDirectories(folder.resolve("layers"));
        Files.writeString(
                folder.resolve("park.json"),
                "{\"layers\":[],\"enterprises\":[{\"id\":\"G01\","
                        + "\"nameZh\":\"生成企业\",\"nameEn\":\"Generated\",\"featureId\":\"ent-G01\","
                        + "\"tagsFile\":\"tags/G01.json\"}]}");
        StringBuilder tags =
                new StringBuilder(
                        "{\"enterpriseId\":\"G01\",\"namespaceUri\":\"urn:g\",\"tags\":[");
        for (int i = 0; i < n; i++) {
            if (i > 0) tags.append(',');
            tags.append(
                    String.format(
                            "{\"id\":\"%s\",\"node\":\"ns=2;i=%d\",\"kind\":\"level\",\"unit\":\"m\","
                                    + "\"min\":0,\"max\":10000,\"featureId\":\"tk%d\",\"samplingMs\":1000}",
                            tagId(i), i, i));
        }
        Files.writeString(folder.resolve("tags/G01.json"), tags.append("]}"));
        return folder;
    }

    static String tagId(int i) {
        return String.format("G01.TK%04d.LT", i);
    }
}
