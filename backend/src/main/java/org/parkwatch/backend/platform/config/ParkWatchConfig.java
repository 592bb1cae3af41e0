package org.parkwatch.backend.platform.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The backend configuration, read once at start by {@link ConfigLoader} and immutable afterwards.
 * Capabilities that add keys (the store's {@code db.*}) read them from {@link #values()} after
 * declaring them in {@code parkwatch-defaults.properties}, which is the list of known keys.
 *
 * @param dataDir working files of the backend (sequence high-water marks, ...)
 * @param parkDir park folder; empty = the demo park from the classpath
 * @param values every key with its resolved value (defaults, then file, then environment)
 */
public record ParkWatchConfig(
        Http http,
        Path dataDir,
        Optional<Path> parkDir,
        Mqtt mqtt,
        Ingest ingest,
        Live live,
        Push push,
        Map<String, String> values) {

    public ParkWatchConfig {
        values = Map.copyOf(values);
    }

    /** The resolved value of a key, or null when the key is unknown. */
    public String value(String key) {
        return values.get(key);
    }

    /**
     * @param maxBodyBytes largest request body on routes that take one, bytes
     */
    public record Http(String host, int port, long maxBodyBytes) {}

    public enum MqttMode {
        EMBEDDED,
        EXTERNAL
    }

    public record Mqtt(MqttMode mode, Embedded embedded, External external) {}

    /** The MQTT server inside the backend; port 0 = any free port. */
    public record Embedded(String host, int port) {}

    /**
     * An external broker the backend subscribes to.
     *
     * @param reconnectMinMs first reconnect delay, milliseconds; doubles per failure up to
     *     reconnectMaxMs
     */
    public record External(
            String host,
            int port,
            boolean ssl,
            String clientId,
            String username,
            String password,
            long reconnectMinMs,
            long reconnectMaxMs) {
        @Override
        public String toString() { // never log the password
            return "External["
                    + (ssl ? "ssl" : "tcp")
                    + "://"
                    + host
                    + ":"
                    + port
                    + ", clientId="
                    + clientId
                    + ", username="
                    + username
                    + "]";
        }
    }

    /**
     * @param seqFlushMs period of writing the per-bridge sequence high-water marks, milliseconds
     */
    public record Ingest(int maxPayloadBytes, int maxSamplesPerBatch, long seqFlushMs) {}

    /**
     * @param staleFactor a tag is stale after staleFactor × its samplingMs without an update
     * @param staleCheckMs period of the stale check, milliseconds
     * @param refreshMs the bridges' integrity refresh period (an unchanged tag is re-sent this
     *     often); a tag is never stale before 2 × refreshMs, so quiet but healthy tags stay fresh.
     *     0 = bridges don't refresh
     */
    public record Live(double staleFactor, long staleCheckMs, long refreshMs) {}

    /**
     * @param flushMs coalescing period of WebSocket updates, milliseconds
     * @param maxQueuedPerClient bytes queued on one WebSocket before the client counts as slow and
     *     is skipped
     */
    public record Push(long flushMs, int maxQueuedPerClient) {}
}
