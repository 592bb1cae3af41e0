package org.parkwatch.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A WebSocket client of the backend's {@code /ws} that parses every message and hands each tag
 * value to a consumer together with the time it arrived; it also keeps the messages for assertions.
 */
public final class WsRecorder implements WebSocket.Listener, AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One tag value as it arrived on the socket. */
    public record TagUpdate(
            String type,
            String id,
            JsonNode value,
            long sourceMs,
            String quality,
            long arrivedNanos,
            long arrivedMs) {}

    private final List<JsonNode> messages = new CopyOnWriteArrayList<>();
    private final Consumer<TagUpdate> onTag;
    private final StringBuilder partial = new StringBuilder();
    private final boolean keepMessages;
    private WebSocket socket;

    public WsRecorder(Consumer<TagUpdate> onTag, boolean keepMessages) {
        this.onTag = onTag;
        this.keepMessages = keepMessages;
    }

    /**
     * Opens the socket with a bearer token (from {@code POST /api/auth/token}); the backend refuses
     * it without.
     */
    public WsRecorder connect(String url, String bearerToken) throws Exception {
        socket =
                HttpClient.newHttpClient()
                        .newWebSocketBuilder()
                        .header("Authorization", "Bearer " + bearerToken)
                        .buildAsync(URI.create(url), this)
                        .get(10, TimeUnit.SECONDS);
        return this;
    }

    public List<JsonNode> messages() {
        return messages;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            long nanos = System.nanoTime();
            long ms = System.currentTimeMillis();
            try {
                JsonNode msg = JSON.readTree(partial.toString());
                if (keepMessages) messages.add(msg);
                String type = msg.path("type").asText();
                for (JsonNode t : msg.path("tags")) {
                    onTag.accept(
                            new TagUpdate(
                                    type,
                                    t.path("id").asText(),
                                    t.get("v"),
                                    t.path("ts").asLong(),
                                    t.path("q").asText(),
                                    nanos,
                                    ms));
                }
            } catch (Exception e) {
                throw new IllegalStateException("unparseable socket message: " + e.getMessage(), e);
            } finally {
                partial.setLength(0);
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public void close() {
        if (socket != null) socket.abort();
    }
}
