package org.parkwatch.backend.platform.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Reads {@link ParkWatchConfig}: defaults from {@value #DEFAULTS_RESOURCE} (which also lists every
 * known key), then an optional properties file ({@code --config path}), then environment variables
 * {@code PARKWATCH_<KEY>} (key upper-cased, dots as underscores). Validation collects every problem
 * (unknown key with a did-you-mean, bad value) into one {@link ConfigException}.
 */
public final class ConfigLoader {
    public static final String DEFAULTS_RESOURCE = "parkwatch-defaults.properties";
    public static final String ENV_PREFIX = "PARKWATCH_";

    /**
     * Suffix of the variable beside the administrator's password variable that says the launcher
     * generated that password ({@code ./parkwatch demo} sets it; security reads it): a secret's
     * companion, not a configuration key.
     */
    public static final String GENERATED_SUFFIX = "_GENERATED";

    /**
     * Variables of the OPC UA simulator ({@code PARKWATCH_SIM_*}), not the backend's: ignored here.
     */
    static final String SIMULATOR_ENV_PREFIX = "PARKWATCH_SIM_";

    /**
     * Without park.dir, the park folder under data.dir that {@code ./parkwatch enterprise add}
     * makes, when present.
     */
    public static final String ONBOARDED_PARK = "park";

    private final Map<String, String> defaults;

    public ConfigLoader() {
        this.defaults = readDefaults();
    }

    /** Command-line arguments ({@code --config path}) and the process environment. */
    public ParkWatchConfig load(String[] args, Map<String, String> env) {
        Path file = null;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--config") && i + 1 < args.length) file = Path.of(args[++i]);
            else if (args[i].startsWith("--config="))
                file = Path.of(args[i].substring("--config=".length()));
            else
                problems.add(
                        "command line: unknown argument '"
                                + args[i]
                                + "' (expected --config <file.properties>)");
        }
        Map<String, String> fileValues = Map.of();
        if (file != null) {
            try {
                fileValues = readFile(file);
            } catch (IOException e) {
                problems.add("--config " + file + ": cannot read (" + e.getMessage() + ")");
            }
        }
        return resolve(fileValues, file == null ? "" : file.toString(), env, problems);
    }

    /**
     * Overrides as if they came from a file (tests and embedding); the environment is not
     * consulted.
     */
    public ParkWatchConfig load(Map<String, String> overrides) {
        return resolve(overrides, "overrides", Map.of(), new ArrayList<>());
    }

    private ParkWatchConfig resolve(
            Map<String, String> fileValues,
            String fileName,
            Map<String, String> env,
            List<String> problems) {
        Map<String, String> values = new LinkedHashMap<>(defaults);
        fileValues.forEach(
                (k, v) -> {
                    if (defaults.containsKey(k)) values.put(k, v.trim());
                    else problems.add(fileName + ": unknown key '" + k + "'" + didYouMean(k));
                });
        Map<String, String> envNames = new LinkedHashMap<>();
        for (String k : defaults.keySet()) envNames.put(envName(k), k);
        // the variable that holds the first administrator's password is a secret, not a
        // configuration key
        // (and so is the Prometheus scrape token's)
        String secretVariable = values.get("security.adminPasswordEnv");
        String metricsVariable = values.get("security.metricsTokenEnv");
        env.forEach(
                (name, v) -> {
                    // <secret>_GENERATED: ./parkwatch demo says the password was generated
                    // (security.Security reads it), not a configuration key
                    if (!name.startsWith(ENV_PREFIX)
                            || name.equals(secretVariable)
                            || name.equals(secretVariable + GENERATED_SUFFIX)
                            || name.equals(metricsVariable)) return;
                    if (name.startsWith(SIMULATOR_ENV_PREFIX))
                        return; // the simulator's (./parkwatch demo passes them on)
                    String key = envNames.get(name);
                    if (key != null) values.put(key, v.trim());
                    else {
                        String guess =
                                name.substring(ENV_PREFIX.length())
                                        .toLowerCase(Locale.ROOT)
                                        .replace('_', '.');
                        String near = nearest(guess);
                        problems.add(
                                "environment: unknown variable "
                                        + name
                                        + (near == null
                                                ? ""
                                                : " (did you mean " + envName(near) + "?)"));
                    }
                });
        Parser p = new Parser(values, problems);
        ParkWatchConfig.Http http =
                new ParkWatchConfig.Http(
                        p.text("http.host", false),
                        p.port("http.port"),
                        p.positiveLong("http.maxBodyBytes"));
        Path dataDir = p.path("data.dir", false);
        Path parkDir = p.path("park.dir", true);
        if (parkDir == null
                && dataDir != null
                && Files.isRegularFile(dataDir.resolve(ONBOARDED_PARK).resolve("park.json"))) {
            parkDir = dataDir.resolve(ONBOARDED_PARK); // made by ./parkwatch enterprise add
            // (onboarding.ParkFolder)
        }
        ParkWatchConfig.MqttMode mode = p.mode("mqtt.mode");
        ParkWatchConfig.Embedded embedded =
                new ParkWatchConfig.Embedded(
                        p.text("mqtt.embedded.host", false), p.port("mqtt.embedded.port"));
        ParkWatchConfig.External external = p.external();
        ParkWatchConfig.Ingest ingest =
                new ParkWatchConfig.Ingest(
                        p.positiveInt("ingest.maxPayloadBytes"),
                        p.positiveInt("ingest.maxSamplesPerBatch"),
                        p.positiveLong("ingest.seqFlushMs"));
        ParkWatchConfig.Live live =
                new ParkWatchConfig.Live(
                        p.positiveDouble("live.staleFactor"),
                        p.positiveLong("live.staleCheckMs"),
                        p.positiveLong("live.refreshMs"));
        ParkWatchConfig.Push push =
                new ParkWatchConfig.Push(
                        p.positiveLong("push.flushMs"), p.positiveInt("push.maxQueuedPerClient"));
        // every boolean key, whoever reads it later: "ture" must stop the start, not read as false
        for (String key : values.keySet()) {
            String dflt = defaults.get(key);
            if ("true".equals(dflt) || "false".equals(dflt)) p.bool(key);
        }
        for (String key : new String[] {"http.tls.keystore", "mqtt.tls.keystore"}) {
            String path = values.get(key);
            if (path != null && !path.isEmpty()) {
                String problem =
                        TlsKeystore.check(Path.of(path), values.get("tls.keystore.password"));
                if (problem != null) problems.add(key + "='" + path + "': " + problem);
            }
        }
        if (!problems.isEmpty()) throw new ConfigException(problems);
        return new ParkWatchConfig(
                http,
                dataDir,
                Optional.ofNullable(parkDir),
                new ParkWatchConfig.Mqtt(mode, embedded, external),
                ingest,
                live,
                push,
                values);
    }

    /** {@code http.port} → {@code PARKWATCH_HTTP_PORT}. */
    public static String envName(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    private String didYouMean(String key) {
        String near = nearest(key);
        return near == null ? "" : " (did you mean '" + near + "'?)";
    }

    private String nearest(String key) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : defaults.keySet()) {
            int d = distance(key.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return bestDistance <= Math.max(2, key.length() / 3) ? best : null;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static Map<String, String> readDefaults() {
        try (InputStream in =
                ConfigLoader.class.getClassLoader().getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null)
                throw new IllegalStateException(
                        DEFAULTS_RESOURCE + " is missing from the classpath");
            Properties props = new Properties();
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> out = new LinkedHashMap<>();
            props.stringPropertyNames().stream()
                    .sorted()
                    .forEach(k -> out.put(k, props.getProperty(k).trim()));
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(DEFAULTS_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> readFile(Path file) throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(r);
        }
        Map<String, String> out = new LinkedHashMap<>();
        props.stringPropertyNames().stream()
                .sorted()
                .forEach(k -> out.put(k, props.getProperty(k)));
        return out;
    }

    /** Typed reads that record a problem instead of failing on the first one. */
    private static final class Parser {
        private final Map<String, String> values;
        private final List<String> problems;

        Parser(Map<String, String> values, List<String> problems) {
            this.values = values;
            this.problems = problems;
        }

        String text(String key, boolean emptyOk) {
            String v = values.get(key);
            if (!emptyOk && (v == null || v.isEmpty())) problems.add(key + ": must not be empty");
            return v == null ? "" : v;
        }

        int port(String key) {
            Long v = number(key, Long::parseLong, "an integer port 0-65535");
            if (v != null && (v < 0 || v > 65535)) {
                problems.add(
                        key
                                + "='"
                                + values.get(key)
                                + "': must be a port 0-65535 (0 = any free port)");
            }
            return v == null ? 0 : v.intValue();
        }

        int positiveInt(String key) {
            Long v = positiveLong(key);
            if (v > Integer.MAX_VALUE) {
                problems.add(
                        key + "='" + values.get(key) + "': must be at most " + Integer.MAX_VALUE);
                return 1;
            }
            return v.intValue();
        }

        long positiveLong(String key) {
            Long v = number(key, Long::parseLong, "a positive integer");
            if (v != null && v <= 0)
                problems.add(key + "='" + values.get(key) + "': must be a positive integer");
            return v == null || v <= 0 ? 1 : v;
        }

        double positiveDouble(String key) {
            Double v = number(key, Double::parseDouble, "a positive number");
            if (v != null && !(v > 0 && Double.isFinite(v))) {
                problems.add(key + "='" + values.get(key) + "': must be a positive number");
            }
            return v == null ? 1 : v;
        }

        boolean bool(String key) {
            String v = text(key, false);
            if (!v.equals("true") && !v.equals("false"))
                problems.add(key + "='" + v + "': must be true or false");
            return v.equals("true");
        }

        Path path(String key, boolean emptyOk) {
            String v = text(key, emptyOk);
            if (v.isEmpty()) return null;
            try {
                return Path.of(v);
            } catch (InvalidPathException e) {
                problems.add(key + "='" + v + "': not a valid path (" + e.getReason() + ")");
                return null;
            }
        }

        ParkWatchConfig.MqttMode mode(String key) {
            String v = text(key, false);
            for (ParkWatchConfig.MqttMode m : ParkWatchConfig.MqttMode.values()) {
                if (m.name().equalsIgnoreCase(v)) return m;
            }
            problems.add(key + "='" + v + "': must be embedded or external");
            return ParkWatchConfig.MqttMode.EMBEDDED;
        }

        ParkWatchConfig.External external() {
            String url = text("mqtt.external.url", false);
            String host = "127.0.0.1";
            int port = 1883;
            boolean ssl = false;
            try {
                URI uri = new URI(url);
                String scheme =
                        uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!scheme.equals("tcp")
                        && !scheme.equals("ssl")
                        && !scheme.equals("mqtt")
                        && !scheme.equals("mqtts")) {
                    throw new URISyntaxException(url, "scheme must be tcp, ssl, mqtt or mqtts");
                }
                if (uri.getHost() == null) throw new URISyntaxException(url, "host is missing");
                ssl = scheme.equals("ssl") || scheme.equals("mqtts");
                host = uri.getHost();
                port = uri.getPort() < 0 ? (ssl ? 8883 : 1883) : uri.getPort();
            } catch (URISyntaxException e) {
                problems.add(
                        "mqtt.external.url='"
                                + url
                                + "': "
                                + e.getReason()
                                + " (expected e.g. tcp://127.0.0.1:1883)");
            }
            long min = positiveLong("mqtt.external.reconnectMinMs");
            long max = positiveLong("mqtt.external.reconnectMaxMs");
            if (max < min) {
                problems.add(
                        "mqtt.external.reconnectMaxMs="
                                + max
                                + ": must be >= mqtt.external.reconnectMinMs ("
                                + min
                                + ")");
            }
            return new ParkWatchConfig.External(
                    host,
                    port,
                    ssl,
                    text("mqtt.external.clientId", false),
                    text("mqtt.external.username", true),
                    text("mqtt.external.password", true),
                    min,
                    max);
        }

        private <T> T number(String key, Function<String, T> parse, String expected) {
            String v = values.get(key);
            try {
                return parse.apply(v == null ? "" : v.trim());
            } catch (NumberFormatException e) {
                problems.add(key + "='" + v + "': must be " + expected);
                return null;
            }
        }
    }
}
