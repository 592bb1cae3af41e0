package org.parkwatch.backend.ingest.uplink;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.parkwatch.backend.ingest.TagOwnership;
import org.parkwatch.backend.platform.config.ConfigException;
import org.parkwatch.backend.platform.config.ConfigLoader;
import org.parkwatch.backend.platform.config.ParkWatchConfig;
import org.parkwatch.model.park.EnterpriseInfo;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.secret.SecretFiles;

/**
 * {@code ./parkwatch uplink add|list|remove|demo}: manages the bridges' MQTT credentials in the
 * backend's data folder ({@link UplinkCredentialStore}). {@code add} makes a random password,
 * stores only its hash and shows the password once (or writes it to an owner-only file with {@code
 * --out}). A running backend picks changes up at the next CONNECT. Exit code 2 for bad usage or
 * input.
 */
public final class UplinkCli {
    static final String USAGE =
            """
            usage: parkwatch uplink add <bridgeId> <enterpriseId> [--tags id,id,...] [--username name] [--out password-file] [--replace]
                     the bridge owns the listed tags, or else its enterprise's tags no other bridge owns;
                     only the owner may change a tag's live values
                   parkwatch uplink list
                   parkwatch uplink remove <bridgeId>
                   parkwatch uplink demo --secrets <dir>   (credentials for the demo bridges that have none yet)
              every form takes [--config backend.properties]; the file is <data.dir>/uplink-credentials.json""";

    private final Path file;
    private final ParkCatalog park;
    private final PrintStream out;

    public UplinkCli(Path file, ParkCatalog park, PrintStream out) {
        this.file = file;
        this.park = park;
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
            ParkCatalog park =
                    config.parkDir().map(ParkCatalog::load).orElseGet(ParkCatalog::loadDemo);
            System.exit(new UplinkCli(credentialsFile(config), park, System.out).run(rest));
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    /**
     * {@code mqtt.credentialsFile}, or {@value UplinkCredentialStore#FILE_NAME} in {@code
     * data.dir}.
     */
    public static Path credentialsFile(ParkWatchConfig config) {
        String f = config.value("mqtt.credentialsFile");
        return f == null || f.isBlank()
                ? config.dataDir().resolve(UplinkCredentialStore.FILE_NAME)
                : Path.of(f);
    }

    /** Runs one command; returns the exit code (problems go to stderr). */
    public int run(List<String> args) {
        try {
            if (args.isEmpty()) throw new IllegalArgumentException("no command");
            List<String> a = args.subList(1, args.size());
            switch (args.get(0)) {
                case "add" -> add(a);
                case "list" -> list();
                case "remove" -> remove(a);
                case "demo" -> demo(a);
                default ->
                        throw new IllegalArgumentException("unknown command '" + args.get(0) + "'");
            }
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("parkwatch uplink: " + e.getMessage());
            System.err.println(USAGE);
            return 2;
        } catch (IOException e) {
            System.err.println("parkwatch uplink: " + e.getMessage());
            return 1;
        }
    }

    private void add(List<String> a) throws IOException {
        List<String> positional = new ArrayList<>();
        String username = null;
        Path outFile = null;
        boolean replace = false;
        List<String> tags = null;
        for (int i = 0; i < a.size(); i++) {
            switch (a.get(i)) {
                case "--tags" -> tags = List.of(value(a, ++i).split(","));
                case "--username" -> username = value(a, ++i);
                case "--out" -> outFile = Path.of(value(a, ++i));
                case "--replace" -> replace = true;
                default -> positional.add(a.get(i));
            }
        }
        if (positional.size() != 2)
            throw new IllegalArgumentException("add needs <bridgeId> <enterpriseId>");
        String bridgeId = positional.get(0);
        String enterpriseId = positional.get(1);
        if (park.enterprises().stream().map(EnterpriseInfo::id).noneMatch(enterpriseId::equals)) {
            throw new IllegalArgumentException(
                    "enterprise '"
                            + enterpriseId
                            + "' is not in the park ("
                            + String.join(
                                    ", ",
                                    park.enterprises().stream().map(EnterpriseInfo::id).toList())
                            + "); a new"
                            + " enterprise gets its first bridge's credentials with ./parkwatch enterprise add "
                            + enterpriseId
                            + " (see README, Connecting an enterprise)");
        }
        UplinkCredentialStore store = UplinkCredentialStore.read(file);
        if (store.byBridge(bridgeId).isPresent() && !replace) {
            throw new IllegalArgumentException(
                    "bridge '"
                            + bridgeId
                            + "' has credentials already; --replace makes"
                            + " a new password (the old one stops working)");
        }
        String user = username == null ? bridgeId : username;
        store.byUsername(user)
                .filter(c -> !c.bridgeId().equals(bridgeId))
                .ifPresent(
                        c -> {
                            throw new IllegalArgumentException(
                                    "user name '" + user + "' belongs to bridge " + c.bridgeId());
                        });
        List<String> owned = ownedTags(store, bridgeId, enterpriseId, tags);
        String password = create(store, bridgeId, enterpriseId, user, outFile, owned);
        out.println(
                "bridge "
                        + bridgeId
                        + " owns "
                        + owned.size()
                        + " tag(s) of "
                        + enterpriseId
                        + (owned.isEmpty()
                                ? ": every tag of "
                                        + enterpriseId
                                        + " has an owner already, so this bridge's"
                                        + " samples will be refused; give it tags with --tags (taken from the other bridge first)"
                                : ""));
        if (outFile == null) {
            out.println(
                    "uplink credentials for bridge "
                            + bridgeId
                            + " (enterprise "
                            + enterpriseId
                            + ")");
            out.println("  username: " + user);
            out.println(
                    "  password: "
                            + password
                            + "   (shown once; only its hash is kept in "
                            + file
                            + ")");
        } else {
            out.println(
                    "uplink credentials for bridge "
                            + bridgeId
                            + " (enterprise "
                            + enterpriseId
                            + "): username "
                            + user
                            + ", password written to "
                            + outFile
                            + " (owner-only)");
        }
    }

    /**
     * The tags {@code bridgeId} will own: the listed ones (each must be a tag of the enterprise
     * that no other bridge owns), or else the enterprise's tags no other bridge owns.
     */
    private List<String> ownedTags(
            UplinkCredentialStore store,
            String bridgeId,
            String enterpriseId,
            List<String> listed) {
        TagOwnership others = store.without(bridgeId).ownership();
        List<String> enterpriseTags =
                park.tagsOf(enterpriseId)
                        .map(t -> t.tags().stream().map(TagDefinition::id).toList())
                        .orElse(List.of());
        if (listed == null)
            return enterpriseTags.stream().filter(t -> others.ownerOf(t) == null).toList();
        for (String tag : listed) {
            if (!enterpriseTags.contains(tag)) {
                throw new IllegalArgumentException(
                        "--tags: '"
                                + tag
                                + "' is not a tag of enterprise "
                                + enterpriseId
                                + " (its tag list has "
                                + enterpriseTags.size()
                                + " tags)");
            }
            if (others.ownerOf(tag) != null) {
                throw new IllegalArgumentException(
                        "--tags: "
                                + tag
                                + " is owned by bridge "
                                + others.ownerOf(tag)
                                + "; give that bridge a tag list without it first (uplink add "
                                + others.ownerOf(tag)
                                + " "
                                + enterpriseId
                                + " --replace --tags ...)");
            }
        }
        return List.copyOf(listed);
    }

    /**
     * Stores a new credential and returns its password; with {@code outFile} the password is
     * written there first.
     */
    private String create(
            UplinkCredentialStore store,
            String bridgeId,
            String enterpriseId,
            String user,
            Path outFile,
            List<String> tags)
            throws IOException {
        String password = PasswordHash.randomPassword();
        if (outFile != null) writeSecret(outFile, password);
        UplinkCredential c =
                new UplinkCredential(
                        bridgeId,
                        enterpriseId,
                        user,
                        PasswordHash.hash(password.toCharArray(), PasswordHash.DEFAULT_ITERATIONS),
                        System.currentTimeMillis(),
                        tags);
        store.with(c).write(file);
        return password;
    }

    private void list() throws IOException {
        UplinkCredentialStore store = UplinkCredentialStore.read(file);
        if (store.isEmpty()) {
            out.println(
                    "no uplink credentials in "
                            + file
                            + "; add one: ./parkwatch uplink add <bridgeId> <enterpriseId>");
            return;
        }
        out.printf(
                "%-20s %-10s %-20s %-6s %s%n",
                "bridge", "enterprise", "username", "tags", "created");
        for (UplinkCredential c : store.list()) {
            out.printf(
                    "%-20s %-10s %-20s %-6d %s%n",
                    c.bridgeId(),
                    c.enterpriseId(),
                    c.username(),
                    c.tags().size(),
                    Instant.ofEpochMilli(c.createdMs()));
        }
    }

    private void remove(List<String> a) throws IOException {
        if (a.size() != 1) throw new IllegalArgumentException("remove needs <bridgeId>");
        UplinkCredentialStore store = UplinkCredentialStore.read(file);
        if (store.byBridge(a.get(0)).isEmpty()) {
            throw new IllegalArgumentException(
                    "bridge '" + a.get(0) + "' has no credentials (see: uplink list)");
        }
        store.without(a.get(0)).write(file);
        out.println(
                "removed the uplink credentials of bridge "
                        + a.get(0)
                        + " (it is refused from its next CONNECT)");
    }

    /**
     * Credentials for every demo bridge ({@code <ENT>-B1} per demo enterprise with a tag list)
     * whose password file {@code <secrets>/<bridgeId>.mqtt-password} or store entry is missing;
     * existing ones are kept.
     */
    private void demo(List<String> a) throws IOException {
        if (a.size() != 2 || !a.get(0).equals("--secrets"))
            throw new IllegalArgumentException("demo needs --secrets <dir>");
        Path secrets = Path.of(a.get(1));
        List<String> demoIds =
                ParkCatalog.loadDemo().enterprises().stream().map(EnterpriseInfo::id).toList();
        for (var e : park.enterprises()) {
            if (!demoIds.contains(e.id()))
                continue; // an onboarded enterprise has its own bridge, not a demo one
            if (park.tagsOf(e.id()).map(t -> t.tags().isEmpty()).orElse(true)) continue;
            String bridgeId = e.id() + "-B1"; // the demo bridges' ids (opcua-bridge
            // BridgeConfig.forDemoEnterprise)
            Path secret = secrets.resolve(bridgeId + ".mqtt-password");
            UplinkCredentialStore store = UplinkCredentialStore.read(file);
            if (Files.exists(secret) && store.byBridge(bridgeId).isPresent()) continue;
            create(
                    store,
                    bridgeId,
                    e.id(),
                    bridgeId,
                    secret,
                    ownedTags(store, bridgeId, e.id(), null));
            out.println(
                    "created uplink credentials for demo bridge "
                            + bridgeId
                            + " (password in "
                            + secret
                            + ")");
        }
    }

    /** Writes a secret to a new owner-only file (an existing one is replaced). */
    static void writeSecret(Path path, String secret) throws IOException {
        SecretFiles.write(path, secret + "\n");
    }

    private static String value(List<String> a, int i) {
        if (i >= a.size()) throw new IllegalArgumentException(a.get(i - 1) + " needs a value");
        return a.get(i);
    }
}
