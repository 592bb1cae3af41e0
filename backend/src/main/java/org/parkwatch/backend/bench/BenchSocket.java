package org.parkwatch.backend.bench;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.parkwatch.backend.app.ParkWatchApp;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.Role;

/**
 * The benchmarks' WebSocket client: the in-process backend's {@code /ws} opened with a token the
 * backend issues for it (the socket needs a login), every whole message other than the live tag
 * updates handed over as JSON with its arrival time ({@link System#nanoTime()}).
 */
final class BenchSocket {
    private BenchSocket() {}

    /**
     * A bearer token of an administrator session of {@code backend}, for this in-process client.
     */
    static String adminToken(ParkWatchApp backend) {
        return backend.security()
                .sessions()
                .openToken(new Principal("bench", Role.ADMIN, null), "benchmark")
                .id();
    }

    static WebSocket open(int httpPort, String token, BiConsumer<JsonObject, Long> onMessage)
            throws Exception {
        return HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .header("Authorization", "Bearer " + token)
                .buildAsync(
                        URI.create("ws://127.0.0.1:" + httpPort + "/ws"),
                        new WebSocket.Listener() {
                            private final StringBuilder text = new StringBuilder();

                            @Override
                            public CompletionStage<?> onText(
                                    WebSocket w, CharSequence part, boolean last) {
                                text.append(part);
                                if (last) {
                                    long now = System.nanoTime();
                                    String msg = text.toString();
                                    text.setLength(0);
                                    // live updates lead with their type and are not parsed; other
                                    // messages carry their type after the payload
                                    if (!msg.startsWith("{\"type\":\"update\"")) {
                                        onMessage.accept(new JsonObject(msg), now);
                                    }
                                }
                                w.request(1);
                                return null;
                            }
                        })
                .get(10, TimeUnit.SECONDS);
    }
}
