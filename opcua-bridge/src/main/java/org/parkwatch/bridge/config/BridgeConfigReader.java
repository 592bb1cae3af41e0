package org.parkwatch.bridge.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parkwatch.bridge.config.BridgeConfig.Batch;
import org.parkwatch.bridge.config.BridgeConfig.Endpoint;
import org.parkwatch.bridge.config.BridgeConfig.FsyncPolicy;
import org.parkwatch.bridge.config.BridgeConfig.Identity;
import org.parkwatch.bridge.config.BridgeConfig.Mapping;
import org.parkwatch.bridge.config.BridgeConfig.Mqtt;
import org.parkwatch.bridge.config.BridgeConfig.Spool;
import org.parkwatch.model.secret.SecretFiles;

/**
 * Reads a {@link BridgeConfig} from JSON and validates it, collecting every problem (key path and
 * bad value) before failing, e.g. {@code endpoints[1].securityPolicy: 'Basic999' is not one of
 * None, Basic256Sha256, Aes256_Sha256_RsaPss}. Passwords must be environment references {@code
 * ${NAME}} or, as {@code passwordFile}, the path of a file only its owner can read (mode 0600 or
 * 0400): secrets do not belong in configuration files.
 */
public final class BridgeConfigReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ENV_REF = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private final Map<String, String> env;
    private final List<String> problems = new ArrayList<>();
    private Path baseDir;

    public BridgeConfigReader(Map<String, String> env) {
        this.env = env;
    }

    public BridgeConfig read(Path file) throws BridgeConfigException {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new BridgeConfigException(
                    file.toString(), List.of("cannot read the file: " + e.getMessage()));
        }
        return parse(text, file.toString(), file.toAbsolutePath().getParent());
    }

    /** Parses JSON text; relative spool dirs resolve against {@code baseDir}. */
    public BridgeConfig parse(String text, String source, Path baseDir)
            throws BridgeConfigException {
        problems.clear();
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new BridgeConfigException(
                    source,
                    List.of(
                            "not valid JSON at line "
                                    + e.getLocation().getLineNr()
                                    + ", column "
                                    + e.getLocation().getColumnNr()
                                    + ": "
                                    + e.getOriginalMessage()));
        }
        if (root == null || !root.isObject())
            throw new BridgeConfigException(source, List.of("must be a JSON object"));
        this.baseDir = baseDir;
        String bridgeId = segment(root, "", "bridgeId");
        String enterpriseId = segment(root, "", "enterpriseId");
        Mqtt mqtt = mqtt(object(root, "", "mqtt"), bridgeId);
        Path pkiDir = root.has("pkiDir") ? resolve(string(root, "", "pkiDir", null)) : null;
        Spool spool = spool(object(root, "", "spool"), baseDir);
        Batch batch = batch(root.path("batch"));
        List<Endpoint> endpoints = endpoints(root.path("endpoints"));
        List<Mapping> mappings = mappings(root.path("mappings"), endpoints.size());
        if (!problems.isEmpty()) throw new BridgeConfigException(source, problems);
        return new BridgeConfig(
                bridgeId, enterpriseId, mqtt, spool, batch, endpoints, mappings, pkiDir);
    }

    private Path resolve(String path) {
        if (path == null) return null;
        return baseDir == null ? Path.of(path) : baseDir.resolve(path);
    }

    private Mqtt mqtt(JsonNode n, String bridgeId) {
        if (n == null) return null;
        String url = string(n, "mqtt.", "url", null);
        if (url != null && !(url.startsWith("tcp://") || url.startsWith("ssl://"))) {
            bad("mqtt.url", url, "must start with tcp:// or ssl://");
        }
        String clientId = string(n, "mqtt.", "clientId", "parkwatch-bridge-" + bridgeId);
        String username = string(n, "mqtt.", "username", null);
        String password = secret(n, "mqtt.", "password");
        int qos = (int) number(n, "mqtt.", "qos", 1, 1, 1);
        int keepAlive = (int) number(n, "mqtt.", "keepAliveS", Mqtt.DEFAULT_KEEP_ALIVE_S, 5, 3600);
        BridgeConfig.Tls tls = null;
        JsonNode t = n.path("tls");
        if (!t.isMissingNode()) {
            if (!t.isObject()) {
                problems.add(
                        "mqtt.tls: must be {\"truststore\": \"file.p12\", \"truststorePassword\": \"${ENV}\"}");
            } else {
                Path store = resolve(string(t, "mqtt.tls.", "truststore", null));
                if (store != null && !Files.isRegularFile(store))
                    bad("mqtt.tls.truststore", store.toString(), "does not exist");
                tls = new BridgeConfig.Tls(store, secret(t, "mqtt.tls.", "truststorePassword"));
                if (url != null && !url.startsWith("ssl://"))
                    bad("mqtt.url", url, "must be ssl://… with mqtt.tls");
            }
        }
        if (username != null && password == null && !n.has("password") && !n.has("passwordFile")) {
            problems.add(
                    "mqtt.password: is required with a username (\"${ENV}\" or \"passwordFile\")");
        }
        return new Mqtt(url, clientId, username, password, qos, keepAlive, tls);
    }

    private Spool spool(JsonNode n, Path baseDir) {
        if (n == null) return null;
        String dir = string(n, "spool.", "dir", null);
        long maxBytes =
                number(
                        n,
                        "spool.",
                        "maxBytes",
                        Spool.DEFAULT_MAX_BYTES,
                        1024 * 1024,
                        Long.MAX_VALUE);
        String fsync = string(n, "spool.", "fsync", "everyBatch");
        FsyncPolicy policy =
                switch (fsync == null ? "" : fsync) {
                    case "everyBatch" -> FsyncPolicy.EVERY_BATCH;
                    case "periodic" -> FsyncPolicy.PERIODIC;
                    case "none" -> FsyncPolicy.NONE;
                    default -> {
                        bad("spool.fsync", fsync, "is not one of everyBatch, periodic, none");
                        yield null;
                    }
                };
        Path path = dir == null ? null : (baseDir == null ? Path.of(dir) : baseDir.resolve(dir));
        return new Spool(path, maxBytes, policy);
    }

    private Batch batch(JsonNode n) {
        if (n.isMissingNode())
            return new Batch(Batch.DEFAULT_MAX_SAMPLES, Batch.DEFAULT_MAX_DELAY_MS);
        if (!n.isObject()) {
            problems.add("batch: must be an object");
            return null;
        }
        return new Batch(
                (int) number(n, "batch.", "maxSamples", Batch.DEFAULT_MAX_SAMPLES, 1, 50_000),
                (int) number(n, "batch.", "maxDelayMs", Batch.DEFAULT_MAX_DELAY_MS, 1, 60_000),
                (int) number(n, "batch.", "refreshMs", Batch.DEFAULT_REFRESH_MS, 0, 3_600_000));
    }

    private List<Endpoint> endpoints(JsonNode arr) {
        List<Endpoint> out = new ArrayList<>();
        if (!arr.isArray() || arr.isEmpty()) {
            problems.add("endpoints: must be a non-empty array");
            return out;
        }
        for (int i = 0; i < arr.size(); i++) {
            String p = "endpoints[" + i + "].";
            JsonNode n = arr.get(i);
            String url = string(n, p, "url", null);
            if (url != null && !url.startsWith("opc.tcp://"))
                bad(p + "url", url, "must start with opc.tcp://");
            String policy = oneOf(n, p, "securityPolicy", "None", Endpoint.SECURITY_POLICIES);
            String mode = oneOf(n, p, "securityMode", "None", Endpoint.SECURITY_MODES);
            if ("None".equals(policy) != "None".equals(mode) && policy != null && mode != null) {
                bad(
                        p + "securityMode",
                        mode,
                        "does not fit securityPolicy '" + policy + "' (None goes with None)");
            }
            Identity identity = identity(n.path("identity"), p + "identity");
            int interval =
                    (int)
                            number(
                                    n,
                                    p,
                                    "publishingIntervalMs",
                                    Endpoint.DEFAULT_PUBLISHING_INTERVAL_MS,
                                    10,
                                    600_000);
            Integer maxItems =
                    n.has("maxItemsPerSubscription")
                            ? (int) number(n, p, "maxItemsPerSubscription", 0, 1, 1_000_000)
                            : null;
            out.add(new Endpoint(url, policy, mode, identity, interval, maxItems));
        }
        return out;
    }

    private Identity identity(JsonNode n, String path) {
        if (n.isMissingNode()
                || (n.isObject() && n.path("anonymous").asBoolean(false) && !n.has("username"))) {
            return Identity.ANONYMOUS;
        }
        if (!n.isObject() || !n.has("username")) {
            problems.add(
                    path
                            + ": must be {\"anonymous\": true} or {\"username\": .., \"password\": \"${ENV}\"}");
            return Identity.ANONYMOUS;
        }
        String user = string(n, path + ".", "username", null);
        String password = secret(n, path + ".", "password");
        if (password == null && !n.has("password") && !n.has("passwordFile")) {
            problems.add(
                    path
                            + ".password: is required with a username (\"${ENV}\" or \"passwordFile\")");
        }
        return new Identity(user, password);
    }

    private List<Mapping> mappings(JsonNode arr, int endpointCount) {
        List<Mapping> out = new ArrayList<>();
        if (!arr.isArray()) {
            problems.add("mappings: must be an array");
            return out;
        }
        Set<String> tagIds = new HashSet<>();
        for (int i = 0; i < arr.size(); i++) {
            String p = "mappings[" + i + "].";
            JsonNode n = arr.get(i);
            String node = string(n, p, "node", null);
            String tagId = string(n, p, "tagId", null);
            if (tagId != null && !tagIds.add(tagId)) bad(p + "tagId", tagId, "is mapped twice");
            int sampling =
                    (int) number(n, p, "samplingMs", Mapping.DEFAULT_SAMPLING_MS, 0, 3_600_000);
            double deadband = decimal(n, p, "deadband", 0.0);
            int endpoint = (int) number(n, p, "endpoint", 0, 0, Math.max(0, endpointCount - 1));
            out.add(new Mapping(node, tagId, sampling, deadband, endpoint));
        }
        return out;
    }

    // ---- field helpers: each records a problem and returns a placeholder so reading goes on ----

    private JsonNode object(JsonNode n, String prefix, String key) {
        JsonNode v = n.path(key);
        if (!v.isObject()) {
            problems.add(
                    prefix + key + (v.isMissingNode() ? ": is required" : ": must be an object"));
            return null;
        }
        return v;
    }

    private String segment(JsonNode n, String prefix, String key) {
        String v = string(n, prefix, key, null);
        if (v != null && !SEGMENT.matcher(v).matches())
            bad(prefix + key, v, "must be 1-64 characters of A-Z a-z 0-9 _ . -");
        return v;
    }

    private String string(JsonNode n, String prefix, String key, String dflt) {
        JsonNode v = n.path(key);
        if (v.isMissingNode() || v.isNull()) {
            if (dflt == null && !optional(key)) problems.add(prefix + key + ": is required");
            return dflt;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            bad(prefix + key, v.toString(), "must be a non-empty string");
            return dflt;
        }
        return v.asText();
    }

    private static boolean optional(String key) {
        return key.equals("username");
    }

    private String oneOf(JsonNode n, String prefix, String key, String dflt, List<String> allowed) {
        String v = string(n, prefix, key, dflt);
        if (v != null && !allowed.contains(v)) {
            bad(prefix + key, v, "is not one of " + String.join(", ", allowed));
            return null;
        }
        return v;
    }

    private long number(JsonNode n, String prefix, String key, long dflt, long min, long max) {
        JsonNode v = n.path(key);
        if (v.isMissingNode() || v.isNull()) return dflt;
        if (!v.canConvertToExactIntegral() || !v.canConvertToLong()) {
            bad(prefix + key, v.toString(), "must be an integer");
            return dflt;
        }
        long x = v.asLong();
        if (x < min || x > max) {
            bad(
                    prefix + key,
                    v.toString(),
                    min == max ? "must be " + min : "must be between " + min + " and " + max);
            return dflt;
        }
        return x;
    }

    private double decimal(JsonNode n, String prefix, String key, double dflt) {
        JsonNode v = n.path(key);
        if (v.isMissingNode() || v.isNull()) return dflt;
        if (!v.isNumber() || v.asDouble() < 0 || !Double.isFinite(v.asDouble())) {
            bad(prefix + key, v.toString(), "must be a number >= 0");
            return dflt;
        }
        return v.asDouble();
    }

    /**
     * A secret given as {@code ${ENV_NAME}} or as {@code <key>File}, the path of an owner-only file
     * (its first line), resolved now; literal secrets are refused.
     */
    private String secret(JsonNode n, String prefix, String key) {
        if (n.has(key + "File")) {
            if (n.has(key))
                problems.add(prefix + key + ": give either " + key + " or " + key + "File");
            String file = string(n, prefix, key + "File", null);
            return file == null ? null : secretFile(prefix + key + "File", resolve(file));
        }
        JsonNode v = n.path(key);
        if (v.isMissingNode() || v.isNull()) return null;
        String ref = v.asText();
        Matcher m = ENV_REF.matcher(ref);
        if (!v.isTextual() || !m.matches()) {
            problems.add(
                    prefix
                            + key
                            + ": must be an environment reference like ${BRIDGE_MQTT_PASSWORD}"
                            + " (secrets do not belong in files)");
            return null;
        }
        String value = env.get(m.group(1));
        if (value == null) {
            bad(
                    prefix + key,
                    ref,
                    "refers to environment variable " + m.group(1) + ", which is not set");
        }
        return value;
    }

    private String secretFile(String path, Path file) {
        try {
            return SecretFiles.readFirstLine(file);
        } catch (IOException e) {
            bad(path, file.toString(), "cannot be used: " + e.getMessage());
            return null;
        }
    }

    private void bad(String path, String value, String why) {
        problems.add(path + ": '" + value + "' " + why);
    }
}
