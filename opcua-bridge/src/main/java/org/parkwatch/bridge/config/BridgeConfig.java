package org.parkwatch.bridge.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parkwatch.model.park.EnterpriseTags;
import org.parkwatch.model.park.TagDefinition;

/**
 * Everything one bridge needs: who it is, where it publishes, where it spools, and which OPC UA
 * nodes it reads. Immutable; read once at start with {@link BridgeConfigReader} (which lists every
 * bad key at once) or generated for the demo park with {@link #forDemoEnterprise}.
 *
 * @param bridgeId MQTT topic segment naming this bridge, e.g. {@code E01-B1}
 * @param enterpriseId the enterprise whose servers this bridge reads, e.g. {@code E01}
 * @param pkiDir the bridge's OPC UA PKI folder ({@code own/}, {@code trusted/certs}, {@code
 *     rejected/certs}, see {@code client.BridgePki}); null = {@code <spool.dir>/pki}
 */
public record BridgeConfig(
        String bridgeId,
        String enterpriseId,
        Mqtt mqtt,
        Spool spool,
        Batch batch,
        List<Endpoint> endpoints,
        List<Mapping> mappings,
        Path pkiDir) {

    public BridgeConfig {
        endpoints = List.copyOf(endpoints);
        mappings = List.copyOf(mappings);
        if (pkiDir == null && spool != null && spool.dir() != null)
            pkiDir = spool.dir().resolve("pki");
    }

    /** A bridge whose PKI folder is {@code <spool.dir>/pki}. */
    public BridgeConfig(
            String bridgeId,
            String enterpriseId,
            Mqtt mqtt,
            Spool spool,
            Batch batch,
            List<Endpoint> endpoints,
            List<Mapping> mappings) {
        this(bridgeId, enterpriseId, mqtt, spool, batch, endpoints, mappings, null);
    }

    /**
     * MQTT uplink. {@code password} is already resolved (from an {@code ${ENV}} reference or an
     * owner-only file); null when none.
     *
     * @param tls trust for {@code ssl://} URLs; null = the JVM's default trust store
     */
    public record Mqtt(
            String url,
            String clientId,
            String username,
            String password,
            int qos,
            int keepAliveS,
            Tls tls) {
        public static final int DEFAULT_KEEP_ALIVE_S = 30;

        public Mqtt(
                String url,
                String clientId,
                String username,
                String password,
                int qos,
                int keepAliveS) {
            this(url, clientId, username, password, qos, keepAliveS, null);
        }

        @Override
        public String toString() { // never log the password
            return "Mqtt[url="
                    + url
                    + ", clientId="
                    + clientId
                    + ", username="
                    + username
                    + ", qos="
                    + qos
                    + ", keepAliveS="
                    + keepAliveS
                    + (tls == null ? "" : ", truststore=" + tls.truststore())
                    + "]";
        }
    }

    /**
     * The certificates a bridge trusts for MQTT over TLS: a PKCS#12 truststore holding the park's
     * CA or server certificate (no private key).
     */
    public record Tls(Path truststore, String truststorePassword) {
        @Override
        public String toString() {
            return "Tls[truststore=" + truststore + "]";
        }
    }

    /**
     * Disk spool.
     *
     * @param maxBytes bound of the spool on disk, bytes; the oldest segment is dropped when it is
     *     exceeded
     */
    public record Spool(Path dir, long maxBytes, FsyncPolicy fsync) {
        public static final long DEFAULT_MAX_BYTES = 512L * 1024 * 1024;
    }

    /** When a spool append reaches the disk platter (or its flash equivalent). */
    public enum FsyncPolicy {
        /**
         * fsync after every batch: nothing acknowledged to the batcher is lost on power failure.
         */
        EVERY_BATCH,
        /**
         * fsync at most once a second: up to a second of batches may be lost on power failure (not
         * on a crash).
         */
        PERIODIC,
        /** leave it to the OS. */
        NONE
    }

    /**
     * Batching of samples into uplink messages (a batch is sent when it holds {@code maxSamples} or
     * its first sample is {@code maxDelayMs} old) and the integrity refresh.
     *
     * @param refreshMs every tag's latest sample is sent again when it has not been sent for this
     *     long, so the park can tell "unchanged" from "no news" (OPC UA subscriptions report
     *     changes only); 0 turns it off
     */
    public record Batch(int maxSamples, int maxDelayMs, int refreshMs) {
        public static final int DEFAULT_MAX_SAMPLES = 1000;
        public static final int DEFAULT_MAX_DELAY_MS = 100;

        /**
         * Matches the backend's {@code live.refreshMs} default; the park marks a tag stale only
         * past a multiple of it.
         */
        public static final int DEFAULT_REFRESH_MS = 30_000;

        public Batch(int maxSamples, int maxDelayMs) {
            this(maxSamples, maxDelayMs, DEFAULT_REFRESH_MS);
        }
    }

    /**
     * One OPC UA server.
     *
     * @param maxItemsPerSubscription null: take the server's MaxMonitoredItemsPerSubscription when
     *     it reports one, else {@value #DEFAULT_MAX_ITEMS_PER_SUBSCRIPTION}
     */
    public record Endpoint(
            String url,
            String securityPolicy,
            String securityMode,
            Identity identity,
            int publishingIntervalMs,
            Integer maxItemsPerSubscription) {
        public static final int DEFAULT_PUBLISHING_INTERVAL_MS = 500;
        public static final int DEFAULT_MAX_ITEMS_PER_SUBSCRIPTION = 1000;
        public static final List<String> SECURITY_POLICIES =
                List.of("None", "Basic256Sha256", "Aes256_Sha256_RsaPss");
        public static final List<String> SECURITY_MODES = List.of("None", "Sign", "SignAndEncrypt");

        public static Endpoint anonymous(String url) {
            return new Endpoint(
                    url, "None", "None", Identity.ANONYMOUS, DEFAULT_PUBLISHING_INTERVAL_MS, null);
        }
    }

    /**
     * User identity on an endpoint: anonymous (username null) or username + password (resolved from
     * env).
     */
    public record Identity(String username, String password) {
        public static final Identity ANONYMOUS = new Identity(null, null);

        public boolean anonymous() {
            return username == null;
        }

        @Override
        public String toString() {
            return anonymous() ? "anonymous" : "user " + username;
        }
    }

    /**
     * One OPC UA node read into one park tag.
     *
     * @param node node id, preferably with namespace URI: {@code
     *     nsu=urn:parkwatch:sim:E01;s=TK101.LT}
     * @param samplingMs requested sampling interval, ms
     * @param deadband absolute deadband, engineering units; 0 reports every change
     * @param endpoint index into {@link BridgeConfig#endpoints()}
     */
    public record Mapping(
            String node, String tagId, int samplingMs, double deadband, int endpoint) {
        public static final int DEFAULT_SAMPLING_MS = 1000;
    }

    /** The mappings read from endpoint {@code index}. */
    public List<Mapping> mappingsOf(int index) {
        return mappings.stream().filter(m -> m.endpoint() == index).toList();
    }

    /**
     * A bridge for one demo enterprise, its mappings taken from the gis-data tag list, anonymous on
     * an unsecured endpoint (the simulator's), spooling under {@code spoolRoot/<bridgeId>}. The
     * demo secures it with {@code demo.DemoSecurity#secure}.
     */
    public static BridgeConfig forDemoEnterprise(
            EnterpriseTags tags, String endpointUrl, String mqttUrl, Path spoolRoot) {
        String bridgeId = tags.enterpriseId() + "-B1";
        List<Mapping> mappings = new ArrayList<>();
        for (TagDefinition t : tags.tags()) {
            int sampling = t.samplingMs() > 0 ? t.samplingMs() : Mapping.DEFAULT_SAMPLING_MS;
            mappings.add(new Mapping(t.node(), t.id(), sampling, Math.max(0, t.deadband()), 0));
        }
        return new BridgeConfig(
                bridgeId,
                tags.enterpriseId(),
                new Mqtt(
                        mqttUrl,
                        "parkwatch-bridge-" + bridgeId,
                        null,
                        null,
                        1,
                        Mqtt.DEFAULT_KEEP_ALIVE_S),
                new Spool(
                        spoolRoot.resolve(bridgeId), Spool.DEFAULT_MAX_BYTES, FsyncPolicy.PERIODIC),
                new Batch(Batch.DEFAULT_MAX_SAMPLES, Batch.DEFAULT_MAX_DELAY_MS),
                List.of(Endpoint.anonymous(endpointUrl)),
                mappings);
    }

    /**
     * Reads and validates a config file; environment references resolve against the process
     * environment.
     */
    public static BridgeConfig load(Path file) throws BridgeConfigException {
        return new BridgeConfigReader(System.getenv()).read(file);
    }

    /** Same as {@link #load(Path)} with an explicit environment (tests). */
    public static BridgeConfig load(Path file, Map<String, String> env)
            throws BridgeConfigException {
        return new BridgeConfigReader(env).read(file);
    }
}
