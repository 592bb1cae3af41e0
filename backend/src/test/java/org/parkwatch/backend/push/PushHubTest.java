package org.parkwatch.backend.push;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parkwatch.backend.UplinkPublisher.sample;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestAuth;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.UplinkPublisher;

/** WebSocket /ws: snapshot on connect, then coalesced updates; other capabilities' broadcasts. */
class PushHubTest {
    @TempDir Path dataDir;
    private TestBackend backend;
    private Vertx clientVertx;

    /** Held in a field: Vert.x 5 closes a client that became unreachable, even mid-handshake. */
    private WebSocketClient wsClient;

    @BeforeEach
    void start() throws Exception {
        backend = TestBackend.start(dataDir, Map.of());
        clientVertx = Vertx.vertx();
        wsClient = clientVertx.createWebSocketClient();
    }

    @AfterEach
    void stop() throws Exception {
        backend.close();
        clientVertx.close(); // not awaited: its sockets are already closed by the server
    }

    @Test
    void snapshotThenUpdateOfTheChangedTag() throws Exception {
        List<JsonObject> received = connect();
        await().atMost(Duration.ofSeconds(5)).until(() -> received.size() >= 1);
        JsonObject snapshot = received.get(0);
        assertEquals("snapshot", snapshot.getString("type"));
        assertEquals(5, snapshot.getJsonArray("tags").size());
        assertEquals(2, snapshot.getJsonArray("feeds").size());
        JsonObject first = snapshot.getJsonArray("tags").getJsonObject(0);
        assertEquals("T01.TK101.LT", first.getString("id"));
        assertEquals(null, first.getValue("v"));
        assertEquals(true, first.getBoolean("stale"));

        try (UplinkPublisher b1 = UplinkPublisher.embedded(backend.ports.mqtt(), "T01", "T01-B1")) {
            b1.publish(1, List.of(sample("T01.TK101.LT", 3.0)));
            b1.publish(
                    2, List.of(sample("T01.TK101.LT", 3.25))); // within one flush period: coalesced
        }
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(
                        () -> {
                            JsonObject tag = latest(received, "T01.TK101.LT");
                            assertEquals(3.25, tag.getDouble("v"));
                            assertEquals("good", tag.getString("q"));
                            assertFalse(tag.getBoolean("stale"));
                        });
        JsonObject update =
                received.stream()
                        .filter(
                                m ->
                                        m.getString("type").equals("update")
                                                && m.getJsonArray("tags").size() > 0)
                        .findFirst()
                        .orElseThrow();
        assertEquals("T01.TK101.LT", update.getJsonArray("tags").getJsonObject(0).getString("id"));
        assertEquals(1, update.getJsonArray("tags").size(), "only the changed tag");
        JsonArray feeds = update.getJsonArray("feeds");
        assertEquals(
                "online",
                feeds.getJsonObject(0).getJsonArray("bridges").getJsonObject(0).getString("state"),
                "the bridge came online, so feeds ride along at once");
    }

    @Test
    void otherCapabilitiesCanBroadcastTheirOwnMessageTypes() throws Exception {
        List<JsonObject> received = connect();
        await().atMost(Duration.ofSeconds(5)).until(() -> received.size() >= 1);
        backend.backend
                .onIngestContext(
                        () -> {
                            backend.backend
                                    .push()
                                    .publish(
                                            "alarm",
                                            PushOwners.everyone(),
                                            new JsonObject()
                                                    .put("alarmId", "A-1")
                                                    .put("state", "active"));
                            return null;
                        })
                .toCompletionStage()
                .toCompletableFuture()
                .get(5, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(
                        () -> {
                            JsonObject alarm =
                                    received.stream()
                                            .filter(m -> m.getString("type").equals("alarm"))
                                            .findFirst()
                                            .orElseThrow();
                            assertEquals("A-1", alarm.getString("alarmId"));
                            assertTrue(alarm.getLong("serverMs") > 0);
                        });
    }

    private List<JsonObject> connect() throws Exception {
        List<JsonObject> received = new CopyOnWriteArrayList<>();
        // the handler is set on the client's event loop as the connection completes, before any
        // message is read
        wsClient.connect(TestAuth.adminSocket(backend.backend))
                .map(ws -> ws.textMessageHandler(t -> received.add(new JsonObject(t))))
                .toCompletionStage()
                .toCompletableFuture()
                .get(5, TimeUnit.SECONDS);
        return received;
    }

    static JsonObject latest(List<JsonObject> messages, String tagId) {
        JsonObject found = null;
        for (JsonObject m : messages) {
            for (Object o : m.getJsonArray("tags", new JsonArray())) {
                JsonObject t = (JsonObject) o;
                if (t.getString("id").equals(tagId)) found = t;
            }
        }
        if (found == null) throw new AssertionError("no value of " + tagId + " yet");
        return found;
    }
}
