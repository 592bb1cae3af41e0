package org.parkwatch.backend.onboarding;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parkwatch.backend.ingest.uplink.UplinkCli;
import org.parkwatch.backend.ingest.uplink.UplinkCredentialStore;
import org.parkwatch.backend.platform.config.ConfigException;
import org.parkwatch.backend.platform.config.ConfigLoader;
import org.parkwatch.backend.platform.config.ParkWatchConfig;
import org.parkwatch.model.park.EnterpriseInfo;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.park.ParkCatalogException;

/**
 * {@code ./parkwatch enterprise add|list}: onboards an enterprise in one step — registry entry,
 * site outline and tag list into the park folder ({@link ParkFolder}), the bridge's MQTT
 * credentials (owning the enterprise's tags) and its ready-to-run bridge configuration from the
 * {@code browse} skeleton. The backend serves the enterprise from its next start. Exit code 2 for
 * bad usage or input (nothing changed), 1 for an I/O failure.
 */
public final class EnterpriseCli {
    static final String USAGE =
            """
            usage: parkwatch enterprise add <id> --name-zh 名称 [--name-en name] [--activity production]
                                        --site site.geojson --tags tags-<id>.json [--bridge bridge-<id>.json]
                                        [--out-dir dir] [--mqtt-url tcp://park-host:1884]
                   parkwatch enterprise list
              every form takes [--config backend.properties]; the park folder is park.dir, else <data.dir>/park
              (a copy of the demo park made on the first add)""";

    private final ParkWatchConfig config;
    private final PrintStream out;

    public EnterpriseCli(ParkWatchConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    public static void main(String[] args) {
        List<String> rest = new ArrayList<>();
        List<String> configArgs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--config") && i + 1 < args.length) {
                configArgs.add(args[i]);
                configArgs.add(args[++i]);
            } else {
                rest.add(args[i]);
            }
        }
        try {
            ParkWatchConfig config =
                    new ConfigLoader().load(configArgs.toArray(String[]::new), System.getenv());
            System.exit(new EnterpriseCli(config, System.out).run(rest));
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    /**
     * The park folder this configuration uses for onboarding: park.dir, else {@code
     * <data.dir>/park}.
     */
    public static Path parkFolder(ParkWatchConfig config) {
        return config.parkDir().orElse(config.dataDir().resolve(ParkFolder.DATA_SUBFOLDER));
    }

    /** Runs one command; returns the exit code (problems go to stderr). */
    public int run(List<String> args) {
        try {
            if (args.isEmpty()) throw new OnboardingException("no command");
            switch (args.get(0)) {
                case "add" -> add(options(args.subList(1, args.size())));
                case "list" -> list();
                default -> throw new OnboardingException("unknown command '" + args.get(0) + "'");
            }
            return 0;
        } catch (OnboardingException | ParkCatalogException e) {
            System.err.println("parkwatch enterprise: " + e.getMessage());
            if (e.getMessage().startsWith("usage") || e.getMessage().contains("command"))
                System.err.println(USAGE);
            return 2;
        } catch (IOException e) {
            System.err.println("parkwatch enterprise: " + e.getMessage());
            return 1;
        }
    }

    private static final Set<String> VALUE_OPTIONS =
            Set.of(
                    "--name-zh",
                    "--name-en",
                    "--activity",
                    "--site",
                    "--tags",
                    "--bridge",
                    "--out-dir",
                    "--mqtt-url");

    private static Map<String, String> options(List<String> a) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i < a.size(); i++) {
            String k = a.get(i);
            if (VALUE_OPTIONS.contains(k)) {
                if (i + 1 >= a.size()) throw new OnboardingException(k + " needs a value");
                o.put(k, a.get(++i));
            } else if (k.startsWith("--")) {
                throw new OnboardingException(
                        "unknown option "
                                + k
                                + " (options: "
                                + VALUE_OPTIONS.stream().sorted().collect(Collectors.joining(", "))
                                + ")");
            } else if (!o.containsKey("id")) {
                o.put("id", k);
            } else {
                throw new OnboardingException(
                        "one enterprise id only, got '" + o.get("id") + "' and '" + k + "'");
            }
        }
        if (!o.containsKey("id")) throw new OnboardingException("add needs <id>, e.g. E09");
        return o;
    }

    private void add(Map<String, String> o) throws IOException {
        String id = o.get("id");
        NewEnterprise e =
                new NewEnterprise(
                        id,
                        o.get("--name-zh"),
                        o.get("--name-en"),
                        o.get("--activity"),
                        jsonFile(o.get("--site"), "--site"),
                        jsonFile(o.get("--tags"), "--tags"));
        JsonObject skeleton =
                o.containsKey("--bridge") ? jsonFile(o.get("--bridge"), "--bridge") : null;
        Path outDir = Path.of(o.getOrDefault("--out-dir", "."));
        String bridgeId = id + "-B1";
        Path credentials = UplinkCli.credentialsFile(config);
        if (UplinkCredentialStore.read(credentials).byBridge(bridgeId).isPresent()) {
            throw new OnboardingException(
                    "bridge "
                            + bridgeId
                            + " has uplink credentials already ("
                            + credentials
                            + "); remove them first: ./parkwatch uplink remove "
                            + bridgeId);
        }
        Path folder = parkFolder(config);
        boolean copied = !Files.isRegularFile(folder.resolve("park.json"));
        ParkCatalog park = ParkFolder.openOrCopyDemo(folder).addEnterprise(e);
        if (copied)
            out.println(
                    "the park now lives in "
                            + folder
                            + " (a copy of the demo park); the backend reads it"
                            + " from there");
        int tags = park.tagsOf(id).map(t -> t.tags().size()).orElse(0);
        out.println(
                "enterprise "
                        + id
                        + " ("
                        + e.nameZh()
                        + ") added to "
                        + folder
                        + ": site outline "
                        + id
                        + "-PLOT, "
                        + tags
                        + " tag(s)");
        Files.createDirectories(outDir);
        Path passwordFile = outDir.resolve(bridgeId + ".mqtt-password").toAbsolutePath();
        int rc =
                new UplinkCli(credentials, park, out)
                        .run(List.of("add", bridgeId, id, "--out", passwordFile.toString()));
        if (rc != 0)
            throw new IOException(
                    "the uplink credentials for " + bridgeId + " could not be made (see above)");
        if (skeleton != null) {
            Path bridgeFile = outDir.resolve(bridgeId + "-bridge.json");
            JsonObject cfg =
                    bridgeConfig(
                            skeleton,
                            id,
                            bridgeId,
                            o.getOrDefault("--mqtt-url", mqttUrl(config)),
                            passwordFile,
                            park);
            Files.writeString(bridgeFile, cfg.encodePrettily() + "\n", StandardCharsets.UTF_8);
            out.println(
                    "bridge configuration written to "
                            + bridgeFile.toAbsolutePath()
                            + " ("
                            + cfg.getJsonArray("mappings").size()
                            + " mapping(s)); run it: ./parkwatch bridge --config "
                            + bridgeFile);
        }
        out.println(
                "restart the backend to serve "
                        + id
                        + " (./parkwatch demo or ./parkwatch backend)");
    }

    /**
     * The browse skeleton made ready: this bridge's ids and MQTT login, the mappings of the park's
     * tags only.
     */
    static JsonObject bridgeConfig(
            JsonObject skeleton,
            String id,
            String bridgeId,
            String mqttUrl,
            Path passwordFile,
            ParkCatalog park) {
        JsonObject cfg = skeleton.copy().put("bridgeId", bridgeId).put("enterpriseId", id);
        JsonObject mqtt = cfg.getJsonObject("mqtt", new JsonObject());
        mqtt.put("url", mqttUrl)
                .put("clientId", "parkwatch-bridge-" + bridgeId)
                .put("username", bridgeId)
                .put("passwordFile", passwordFile.toString());
        cfg.put("mqtt", mqtt);
        // the spool beside the configuration (the reader resolves relative paths against the file's
        // folder)
        cfg.put(
                "spool",
                cfg.getJsonObject("spool", new JsonObject()).put("dir", "spool/" + bridgeId));
        Set<String> tagIds =
                park.tagsOf(id)
                        .map(t -> t.tags().stream().map(x -> x.id()).collect(Collectors.toSet()))
                        .orElse(Set.of());
        JsonArray kept = new JsonArray();
        for (Object m : cfg.getJsonArray("mappings", new JsonArray())) {
            if (m instanceof JsonObject map && tagIds.contains(map.getString("tagId"))) {
                JsonObject copy = map.copy();
                copy.fieldNames().removeIf(k -> k.startsWith("_"));
                kept.add(copy);
            }
        }
        return cfg.put("mappings", kept);
    }

    /** The park's MQTT URL for bridges as this configuration has it. */
    static String mqttUrl(ParkWatchConfig config) {
        if (config.mqtt().mode() == ParkWatchConfig.MqttMode.EXTERNAL) {
            ParkWatchConfig.External x = config.mqtt().external();
            return (x.ssl() ? "ssl" : "tcp") + "://" + x.host() + ":" + x.port();
        }
        String tls = config.value("mqtt.tls.keystore");
        return (tls == null || tls.isBlank() ? "tcp" : "ssl")
                + "://"
                + config.mqtt().embedded().host()
                + ":"
                + config.mqtt().embedded().port();
    }

    private void list() {
        Path folder = parkFolder(config);
        ParkCatalog park =
                Files.isRegularFile(folder.resolve("park.json"))
                        ? ParkCatalog.load(folder)
                        : ParkCatalog.loadDemo();
        out.printf("%-8s %-6s %s%n", "id", "tags", "name");
        for (EnterpriseInfo e : park.enterprises()) {
            out.printf(
                    "%-8s %-6d %s%n",
                    e.id(), park.tagsOf(e.id()).map(t -> t.tags().size()).orElse(0), e.nameZh());
        }
    }

    private static JsonObject jsonFile(String file, String option) throws IOException {
        if (file == null) return null;
        Path p = Path.of(file);
        if (!Files.isRegularFile(p))
            throw new OnboardingException(option + ": no file " + p.toAbsolutePath());
        return ParkFolder.readJson(p);
    }
}
