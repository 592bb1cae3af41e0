package org.parkwatch.backend;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.parkwatch.backend.app.ParkWatchApp;

/**
 * The backend's {@code /ws} opened as the administrator with the JDK client (bearer token from a
 * real login), every text message kept as JSON in arrival order; frames of one message are joined.
 */
public final class SocketMessages implements AutoCloseable {
    private final List<JsonObject> received = new CopyOnWriteArrayList<>();
    private final WebSocket socket;

    private SocketMessages(ParkWatchApp backend) throws Exception {
        socket =
                TestHttp.CLIENT
                        .newWebSocketBuilder()
                        .header("Authorization", "Bearer " + TestAuth.adminToken(backend))
                        .buildAsync(
                                URI.create("ws://127.0.0.1:" + backend.ports().http() + "/ws"),
                                new WebSocket.Listener() {
                                    private final StringBuilder partial = new StringBuilder();

                                    @Override
                                    public CompletionStage<?> onText(
                                            WebSocket ws, CharSequence data, boolean last) {
                                        partial.append(data);
                                        if (last) {
                                            received.add(new JsonObject(partial.toString()));
                                            partial.setLength(0);
                                        }
                                        ws.request(1);
                                        return null;
                                    }
                                })
                        .get(5, TimeUnit.SECONDS);
    }

    public static SocketMessages open(ParkWatchApp backend) throws Exception {
        return new SocketMessages(backend);
    }

    /** The messages so far (a live, thread-safe view). */
    public List<JsonObject> messages() {
        return received;
    }

    @Override
    public void close() {
        socket.abort();
    }
}
