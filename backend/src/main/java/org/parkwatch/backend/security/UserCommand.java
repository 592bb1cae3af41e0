package org.parkwatch.backend.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.platform.db.DatabaseOptions;
import org.parkwatch.backend.platform.db.SystemSettings;
import org.parkwatch.model.park.EnterpriseInfo;
import org.parkwatch.model.park.ParkCatalog;

/**
 * {@code UserCommand add <username> <role> [--enterprise E01] [--name 显示名] | passwd <username> |
 * list}: manages users in the database of {@code db.url}/{@code data.dir} (system properties or
 * PARKWATCH_* variables). The password is read from {@code PARKWATCH_USER_PASSWORD} or from
 * standard input, never from the command line. Stop a backend that uses the embedded H2GIS file
 * first (the file is single-process); a running backend keeps its sessions.
 */
public final class UserCommand {
    public static final String PASSWORD_ENV = "PARKWATCH_USER_PASSWORD";
    private static final String USAGE =
            "usage: user add <username> <role> [--enterprise ID] [--name display-name] | "
                    + "user passwd <username> | user list   (password from "
                    + PASSWORD_ENV
                    + " or standard input)";

    private UserCommand() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length < 1
                || !Set.of("add", "passwd", "list").contains(args[0])
                || (args[0].equals("add") && args.length < 3)
                || (args[0].equals("passwd") && args.length != 2)) {
            System.err.println(USAGE);
            return 64;
        }
        String enterprise = null, name = null;
        for (int i = 3; args[0].equals("add") && i < args.length; i++) {
            if (i + 1 >= args.length) {
                System.err.println("option " + args[i] + " needs a value");
                return 64;
            }
            switch (args[i]) {
                case "--enterprise" -> enterprise = args[++i];
                case "--name" -> name = args[++i];
                default -> {
                    System.err.println("unknown option " + args[i] + "\n" + USAGE);
                    return 64;
                }
            }
        }
        String dataDir = SystemSettings.get("data.dir");
        DatabaseOptions options =
                DatabaseOptions.from(
                        SystemSettings::get, Path.of(dataDir == null ? "data" : dataDir));
        try (Database db = Database.open(options)) {
            UserService users =
                    new UserService(
                            new UserRepository(db),
                            new PasswordHasher(),
                            enterprises(),
                            new SecurityConfig(
                                    PASSWORD_ENV,
                                    5,
                                    15 * 60_000L,
                                    20,
                                    30 * 60_000L,
                                    12 * 3_600_000L,
                                    12 * 3_600_000L,
                                    "PARKWATCH_METRICS_TOKEN"),
                            System::currentTimeMillis);
            switch (args[0]) {
                case "list" ->
                        users.list()
                                .forEach(
                                        u ->
                                                System.out.println(
                                                        u.username()
                                                                + "\t"
                                                                + u.role().id()
                                                                + (u.enterpriseId() == null
                                                                        ? ""
                                                                        : "\t" + u.enterpriseId())
                                                                + (u.lockedAt(
                                                                                System
                                                                                        .currentTimeMillis())
                                                                        ? "\tlocked"
                                                                        : "")));
                case "add" -> {
                    Role role = Role.fromId(args[2]);
                    users.create(args[1], role, enterprise, name, readPassword());
                    System.out.println("user " + args[1] + " (" + role.id() + ") created");
                }
                default -> {
                    users.setPassword(args[1], readPassword());
                    System.out.println(
                            "password of "
                                    + args[1]
                                    + " changed (a running backend keeps open sessions "
                                    + "until they expire or the user is locked)");
                }
            }
            return 0;
        } catch (UserException | IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        } catch (Exception e) {
            System.err.println("user command failed: " + e.getMessage());
            return 1;
        }
    }

    private static Set<String> enterprises() {
        String parkDir = SystemSettings.get("park.dir");
        ParkCatalog park =
                parkDir == null || parkDir.isBlank()
                        ? ParkCatalog.loadDemo()
                        : ParkCatalog.load(Path.of(parkDir));
        return park.enterprises().stream().map(EnterpriseInfo::id).collect(Collectors.toSet());
    }

    private static String readPassword() throws IOException {
        String fromEnv = System.getenv(PASSWORD_ENV);
        if (fromEnv != null && !fromEnv.isEmpty()) return fromEnv;
        Console console = System.console();
        if (console != null) {
            char[] pw = console.readPassword("password: ");
            return pw == null ? "" : new String(pw);
        }
        String line =
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                        .readLine();
        return line == null ? "" : line;
    }
}
