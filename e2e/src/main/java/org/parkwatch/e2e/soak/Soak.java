package org.parkwatch.e2e.soak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.parkwatch.backend.history.HistoryRepository;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.platform.db.DatabaseOptions;
import org.parkwatch.bridge.config.BridgeConfig;
import org.parkwatch.bridge.spool.DiskSpool;
import org.parkwatch.bridge.spool.SpooledBatch;
import org.parkwatch.model.park.EnterpriseTags;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.park.TagDefinition;

/**
 * The fault-injection soak of issue 19: while the demo park ({@link SoakPark}: simulator, bridges,
 * backend on PostgreSQL) and a background load ({@link SoakLoad}) run, it injects faults in a
 * random order drawn from a printed seed — SIGKILL and restart of the backend, of the bridges, of
 * the simulator; all database connections cut (pg_terminate_backend); a bridge's spool deleted (the
 * bridges killed first, as a lost edge disk) — then stops the park in order and accounts for every
 * batch the bridges created ({@link SoakAccount}). Prints the tally with the seed; exit status 1 on
 * any loss, duplicate or out-of-order batch, 2 on bad arguments.
 *
 * <p>{@code Soak [minutes] [--seed N] [--load samplesPerSecond] [--cycles N] [--min-cycles N]
 * [--keep-db]}: {@code --keep-db} leaves the soak's database (its name is printed) for inspection;
 * the work folder with every log, spool and ledger always stays. After the tally it explains each
 * duplicated batch and repeated reading ({@link SoakExplain}).
 */
public final class Soak {
    /** The injected faults; the order is shuffled per round, each round holds every kind once. */
    public enum Fault {
        BACKEND_KILL,
        BRIDGE_KILL,
        SIMULATOR_KILL,
        DATABASE_CUT,
        SPOOL_DELETE
    }

    /**
     * What to run: minutes or a number of fault cycles, whichever ends first, drawing from {@code
     * faults}.
     */
    public record Options(
            double minutes,
            int cycles,
            long seed,
            int loadPerSecond,
            Path work,
            java.util.Set<Fault> faults,
            boolean keepDb) {
        public Options(
                double minutes,
                int cycles,
                long seed,
                int loadPerSecond,
                Path work,
                java.util.Set<Fault> faults) {
            this(minutes, cycles, seed, loadPerSecond, work, faults, false);
        }
    }

    /** The outcome: the tally, fault cycles, per-kind counts, and seconds without bridge input. */
    public record Result(
            SoakAccount.Tally tally,
            int cycles,
            Map<Fault, Integer> faults,
            double gapSeconds,
            long loadSamples,
            long seed) {
        public String describe() {
            SoakAccount.Tally t = tally;
            return String.format(
                    "soak seed %d: %d fault cycles %s; %,d batches (%,d samples) created by %d"
                            + " bridge epochs; stored %,d; LOST %d batches (%d samples), DUPLICATED"
                            + " %d batches (%d samples), REPEATED READINGS %d (a reading the"
                            + " bridges sent in two batches, stored twice), OUT OF ORDER %d;"
                            + " other repeats (load) %d; known loss of deleted spools %d batches; still"
                            + " spooled at the end %d; known gap: bridges or simulator down %.0f s"
                            + " (samples the OPC UA servers never delivered); load %,d samples%s",
                    seed,
                    cycles,
                    faults,
                    t.batches(),
                    t.samples(),
                    t.epochs(),
                    t.stored(),
                    t.lostBatches(),
                    t.lostSamples(),
                    t.duplicatedBatches(),
                    t.duplicated(),
                    t.repeatedReadings(),
                    t.outOfOrder(),
                    t.otherRepeats(),
                    t.knownLossBatches(),
                    t.stillSpooled(),
                    gapSeconds,
                    loadSamples,
                    t.firstLoss() == null ? "" : "; first loss " + t.firstLoss());
        }
    }

    /**
     * The pause between two faults: {@code PAUSE_MIN_MS} plus up to {@code PAUSE_SPREAD_MS} (from
     * the seed). Short, so that 30 minutes hold 20 fault cycles and more on a loaded machine (the
     * recovery itself takes most of a cycle: a backend start is 30–90 s there); the park runs
     * normally for a few seconds between faults, which is what a fault must find.
     */
    static final int PAUSE_MIN_MS = 2_000, PAUSE_SPREAD_MS = 4_000;

    /** Longest wait for the park to run again after a fault (a loaded machine starts slowly). */
    static final java.time.Duration RECOVERY = java.time.Duration.ofMinutes(4);

    private Soak() {}

    public static void main(String[] args) throws Exception {
        Options o;
        int minCycles = 0;
        try {
            double minutes = 30;
            int cycles = Integer.MAX_VALUE;
            long seed = ThreadLocalRandom.current().nextLong(1, 1_000_000_000L);
            int load = 20_000;
            boolean keepDb = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--load" -> load = Integer.parseInt(args[++i]);
                    case "--cycles" -> cycles = Integer.parseInt(args[++i]);
                    case "--min-cycles" -> minCycles = Integer.parseInt(args[++i]);
                    case "--keep-db" -> keepDb = true;
                    default -> minutes = Double.parseDouble(args[i]);
                }
            }
            Path work = Files.createTempDirectory("parkwatch-soak-");
            o =
                    new Options(
                            minutes,
                            cycles,
                            seed,
                            load,
                            work,
                            java.util.EnumSet.allOf(Fault.class),
                            keepDb);
        } catch (RuntimeException e) {
            System.err.println(
                    "usage: soak [minutes] [--seed N] [--load samplesPerSecond] [--cycles N]"
                            + " [--min-cycles N] [--keep-db] ("
                            + e.getMessage()
                            + ")");
            System.exit(2);
            return;
        }
        Result r = run(o);
        System.out.println(r.describe());
        boolean enough = r.cycles() >= minCycles;
        if (!enough) System.out.println("FAILED: fewer fault cycles than " + minCycles);
        System.out.println(r.tally().ok() && enough ? "SOAK PASSED" : "SOAK FAILED");
        System.exit(r.tally().ok() && enough ? 0 : 1);
    }

    /** Runs the soak in {@code o.work()}; logs of every process stay there. */
    public static Result run(Options o) throws Exception {
        System.out.printf(
                "soak: seed %d, %.1f min, load %,d samples/s, %d cores, work %s%n",
                o.seed(),
                o.minutes(),
                o.loadPerSecond(),
                Runtime.getRuntime().availableProcessors(),
                o.work());
        Random rng = new Random(o.seed());
        String dbName =
                "soak_pw_soak_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
        admin("postgres", "CREATE DATABASE " + dbName);
        try {
            admin(dbName, "CREATE EXTENSION postgis");
            return runOn(o, rng, dbName);
        } finally {
            cutConnections(dbName);
            if (o.keepDb()) System.out.println("soak: database kept: " + SERVER + dbName);
            else admin("postgres", "DROP DATABASE IF EXISTS " + dbName);
        }
    }

    private static Result runOn(Options o, Random rng, String dbName) throws Exception {
        Map<String, String> db =
                Map.of(
                        "db.enabled", "true",
                        "db.url", SERVER + dbName,
                        "db.user", "postgres",
                        "db.password", "");
        ParkCatalog catalog = ParkCatalog.loadDemo();
        Map<Fault, Integer> counts = new EnumMap<>(Fault.class);
        Set<String> deletedEpochs = new HashSet<>();
        List<SoakExplain.FaultEvent> timeline = new ArrayList<>();
        double gapSeconds = 0;
        int cycles = 0;
        long loadSamples;
        // the load writes tags of its own, never a bridge's (issue 19: its samples collided with
        // E01-B1's at one instant and were counted as duplicated batches)
        List<TagDefinition> loadTags = SoakLoadPark.write(o.work().resolve("park"));
        Map<String, String> backendConfig = new HashMap<>(db);
        backendConfig.put("park.dir", o.work().resolve("park").toString().replace('\\', '/'));
        try (SoakPark park = new SoakPark(o.work(), backendConfig, new Random())) {
            park.startSimulator();
            park.startBackend();
            park.startBridge();
            try (SoakLoad load =
                    new SoakLoad(
                            park.mqttUrl(), SoakLoadPark.ENTERPRISE, loadTags, o.loadPerSecond())) {
                if (!park.awaitBridgesUp(RECOVERY))
                    throw new IllegalStateException(
                            "the bridges did not connect within " + RECOVERY + "; see logs");
                long start = System.nanoTime();
                long end = start + (long) (o.minutes() * 60e9);
                List<Fault> bag = new ArrayList<>();
                while (cycles < o.cycles() && System.nanoTime() < end) {
                    Thread.sleep(PAUSE_MIN_MS + rng.nextInt(PAUSE_SPREAD_MS));
                    if (bag.isEmpty()) {
                        bag.addAll(new java.util.TreeSet<>(o.faults()));
                        Collections.shuffle(bag, rng);
                    }
                    Fault f = bag.remove(0);
                    long t0 = System.nanoTime();
                    long wall0 = System.currentTimeMillis();
                    String detail = inject(f, park, rng, dbName, deletedEpochs);
                    if (!park.awaitBridgesUp(RECOVERY))
                        throw new IllegalStateException(
                                "the park did not recover from " + f + " within " + RECOVERY);
                    double took = (System.nanoTime() - t0) / 1e9;
                    timeline.add(
                            new SoakExplain.FaultEvent(
                                    wall0, System.currentTimeMillis(), f, detail));
                    if (f != Fault.DATABASE_CUT && f != Fault.BACKEND_KILL) gapSeconds += took;
                    cycles++;
                    counts.merge(f, 1, Integer::sum);
                    System.out.printf(
                            "[%5.0f s] cycle %d: %s%s (recovered in %.1f s)%n",
                            (System.nanoTime() - start) / 1e9, cycles, f, detail, took);
                    if (!park.allAlive())
                        throw new IllegalStateException("a component exited by itself; see logs");
                }
                loadSamples = load.published();
            }
            Thread.sleep(20_000); // spools drain after the last fault
            park.stopBridge();
            park.stopSimulator();
            // only what the park has committed is accounted: a stop that left samples in the
            // write-ahead log (the backend's commit outlasted its stop limit, or failed) is
            // followed
            // by a start — it replays the log — and another stop, until the log is committed
            for (int attempt = 1; !park.stopBackend(); attempt++) {
                if (attempt == 3) {
                    // accounted all the same: what the database lacks then counts as lost
                    System.out.println(
                            "soak: the backend's write-ahead log is still uncommitted after "
                                    + attempt
                                    + " stops; see "
                                    + park.backendLog());
                    break;
                }
                System.out.println(
                        "soak: the backend stopped with its write-ahead log uncommitted;"
                                + " starting it again to commit it");
                park.startBackend();
            }
        }
        Map<String, Set<Long>> spooled = stillSpooled(o.work().resolve("spool"));
        List<SoakLedgers.Epoch> ledgers = SoakLedgers.read(o.work().resolve("spool"));
        List<String> tags = new ArrayList<>();
        for (EnterpriseTags t : catalog.tagLists())
            for (TagDefinition d : t.tags()) tags.add(d.id());
        DatabaseOptions dbo =
                DatabaseOptions.from(db, o.work().resolve("data")).withUser("postgres", "");
        SoakAccount.Tally tally;
        try (Database database = Database.open(dbo)) {
            tally =
                    SoakAccount.account(
                            ledgers,
                            new HistoryRepository(database),
                            tags,
                            deletedEpochs,
                            spooled,
                            SoakAccount.seqGapLines(
                                    o.work().resolve("logs").resolve("backend.log")));
        }
        if (!tally.excesses().isEmpty()) {
            try {
                int otherSource =
                        SoakExplain.print(
                                System.out,
                                tally.excesses(),
                                timeline,
                                SERVER + dbName,
                                o.work().resolve("logs").resolve("backend.log"));
                if (otherSource > 0)
                    System.out.printf(
                            "soak: %d of the %d duplicated batches share an instant with a"
                                    + " different reading of the same tag: a collision of two"
                                    + " sources, not a batch applied"
                                    + " twice; counted as duplicated all the same%n",
                            otherSource, tally.duplicatedBatches());
            } catch (SQLException | IOException | RuntimeException e) {
                System.out.println("soak: duplicates not explained: " + e);
            }
        }
        return new Result(tally, cycles, counts, gapSeconds, loadSamples, o.seed());
    }

    /** Injects one fault and waits until the park runs again; returns what it did. */
    private static String inject(
            Fault f, SoakPark park, Random rng, String dbName, Set<String> deletedEpochs)
            throws Exception {
        switch (f) {
            case BACKEND_KILL -> {
                park.killBackend();
                Thread.sleep(rng.nextInt(3_000));
                park.startBackend();
                return "";
            }
            case BRIDGE_KILL -> {
                park.killBridge();
                Thread.sleep(rng.nextInt(3_000));
                park.startBridge();
                return "";
            }
            case SIMULATOR_KILL -> {
                park.killSimulator();
                Thread.sleep(rng.nextInt(3_000));
                park.startSimulator();
                return "";
            }
            case DATABASE_CUT -> {
                return ": " + cutConnections(dbName) + " connections terminated";
            }
            case SPOOL_DELETE -> {
                park.killBridge();
                List<Path> spools = spoolDirs(park.spoolRoot());
                Path victim = spools.get(rng.nextInt(spools.size()));
                String bridge = victim.getFileName().toString();
                Path epochFile = victim.resolve("epoch");
                if (Files.exists(epochFile))
                    deletedEpochs.add(bridge + "/" + Files.readString(epochFile).trim());
                deleteTree(victim);
                park.startBridge();
                return ": " + bridge;
            }
        }
        throw new IllegalArgumentException(String.valueOf(f));
    }

    /** The sequence numbers left unsent in each spool ("bridge/epoch"). */
    private static Map<String, Set<Long>> stillSpooled(Path root) throws IOException {
        Map<String, Set<Long>> out = new HashMap<>();
        for (Path dir : spoolDirs(root)) {
            try (DiskSpool spool =
                    DiskSpool.open(dir, Long.MAX_VALUE / 4, BridgeConfig.FsyncPolicy.NONE)) {
                Set<Long> seqs = new HashSet<>();
                for (SpooledBatch b : spool.pendingAfter(-1, Integer.MAX_VALUE)) seqs.add(b.seq());
                out.put(dir.getFileName() + "/" + spool.epoch(), seqs);
            }
        }
        return out;
    }

    private static List<Path> spoolDirs(Path root) throws IOException {
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    /** Terminates every connection to the soak's database; returns how many. */
    private static int cutConnections(String dbName) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                PreparedStatement st =
                        c.prepareStatement(
                                "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM"
                                        + " pg_stat_activity WHERE datname = ? AND pid <>"
                                        + " pg_backend_pid()) t")) {
            st.setString(1, dbName);
            try (var rs = st.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static void admin(String database, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + database, "postgres", "");
                Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
