package org.parkwatch.e2e.soak;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parkwatch.backend.history.codec.ChunkCodec;
import org.parkwatch.backend.history.codec.ChunkColumns;
import org.parkwatch.model.uplink.Sample;

/**
 * Explains the soak's duplicates: for every duplicated batch (bridge, epoch, seq) the readings it
 * shares with the history more often than created, the stored copies — which chunk row (and
 * PostgreSQL transaction, {@code xmin}) holds each, with its value and status —, the other created
 * batches that carry the same reading, the faults around it and the backend's log lines about its
 * bridge. Where the copies come from follows from the rows: different values at one instant are two
 * readings (another source), two transactions are one set committed twice, one transaction is a
 * reading the ingest applied twice into the same set (a resend or refresh not recognised).
 */
final class SoakExplain {
    /** One injected fault: wall-clock start and end of its cycle, kind and what it hit. */
    record FaultEvent(long startMs, long endMs, Soak.Fault fault, String detail) {}

    /** A stored copy: the chunk row's transaction id and start, and the sample. */
    record Copy(String xmin, long chunkStartMs, Sample sample) {}

    private static final int MAX_PRINTED = 40;

    private SoakExplain() {}

    /**
     * Prints the explanation; returns how many duplicated batches had copies that are different
     * readings at one instant (another source of the tag, e.g. the soak's load on E01's tags).
     */
    static int print(
            PrintStream out,
            List<SoakAccount.Excess> excesses,
            List<FaultEvent> faults,
            String jdbcUrl,
            Path backendLog)
            throws SQLException, IOException {
        Map<String, List<SoakAccount.Excess>> byBatch = new LinkedHashMap<>();
        List<SoakAccount.Excess> repeats = new ArrayList<>();
        for (SoakAccount.Excess e : excesses) {
            if (e.duplicated()) {
                for (String c : e.carriers())
                    byBatch.computeIfAbsent(c, k -> new ArrayList<>()).add(e);
            } else {
                repeats.add(e);
            }
        }
        List<String> log =
                Files.exists(backendLog) ? Files.readAllLines(backendLog) : List.<String>of();
        Map<String, Integer> origins = new TreeMap<>();
        Map<String, Integer> byBridge = new TreeMap<>();
        int otherSource = 0;
        Map<Soak.Fault, Integer> lastFaults = new EnumMap<>(Soak.Fault.class);
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            out.printf("duplicated batches: %d%n", byBatch.size());
            int printed = 0;
            for (Map.Entry<String, List<SoakAccount.Excess>> b : byBatch.entrySet()) {
                List<SoakAccount.Excess> readings = b.getValue();
                SoakAccount.Excess first = readings.get(0);
                int copies = readings.stream().mapToInt(SoakAccount.Excess::stored).max().orElse(0);
                List<Copy> stored = copies(c, first.tag(), first.timeMs());
                String origin = origin(stored, first.created());
                origins.merge(origin, 1, Integer::sum);
                if (origin.startsWith(DIFFERENT)) otherSource++;
                FaultEvent before = lastBefore(faults, first.timeMs());
                if (before != null) lastFaults.merge(before.fault(), 1, Integer::sum);
                String[] key = b.getKey().split("/");
                byBridge.merge(key[0], 1, Integer::sum);
                if (printed++ >= MAX_PRINTED) continue;
                out.printf(
                        "  DUP bridge %s epoch %s seq %s: %d reading(s) over-stored, up to %d"
                                + " copies; reading %s @ %s created in %s; copies: %s; origin: %s;"
                                + " last fault before: %s; next fault: %s%n",
                        key[0],
                        key[1],
                        key[2],
                        readings.size(),
                        copies,
                        first.tag(),
                        time(first.timeMs()),
                        first.carriers(),
                        describe(stored),
                        origin,
                        describe(before),
                        describe(firstAfter(faults, first.timeMs())));
                for (String line : logLines(log, key[0], first.timeMs()))
                    out.println("      log: " + line);
            }
            if (!origins.isEmpty()) out.println("  origins: " + origins);
            if (!byBridge.isEmpty()) out.println("  by bridge: " + byBridge);
            if (!lastFaults.isEmpty()) out.println("  last fault before each: " + lastFaults);
            Map<String, Integer> repeatOrigins = new TreeMap<>();
            Map<String, Integer> repeatBridges = new TreeMap<>();
            Map<Soak.Fault, Integer> repeatFaults = new EnumMap<>(Soak.Fault.class);
            out.printf("repeated readings: %d%n", repeats.size());
            printed = 0;
            for (SoakAccount.Excess e : repeats) {
                List<Copy> stored = copies(c, e.tag(), e.timeMs());
                String origin = origin(stored, e.created());
                repeatOrigins.merge(origin, 1, Integer::sum);
                repeatBridges.merge(e.carriers().get(0).split("/")[0], 1, Integer::sum);
                FaultEvent before = lastBefore(faults, e.timeMs());
                if (before != null) repeatFaults.merge(before.fault(), 1, Integer::sum);
                if (printed++ >= MAX_PRINTED / 2) continue;
                out.printf(
                        "  REP %s @ %s stored %d, created in %s; copies: %s; origin: %s; last"
                                + " fault before: %s; next fault: %s%n",
                        e.tag(),
                        time(e.timeMs()),
                        e.stored(),
                        e.carriers(),
                        describe(stored),
                        origin,
                        describe(before),
                        describe(firstAfter(faults, e.timeMs())));
            }
            if (!repeatOrigins.isEmpty()) out.println("  origins: " + repeatOrigins);
            if (!repeatBridges.isEmpty()) out.println("  by bridge: " + repeatBridges);
            if (!repeatFaults.isEmpty()) out.println("  last fault before each: " + repeatFaults);
        }
        return otherSource;
    }

    private static final String DIFFERENT = "different readings at one instant";

    /** Every stored copy of a tag's reading at {@code t}, with its chunk row's transaction. */
    static List<Copy> copies(Connection c, String tag, long t) throws SQLException {
        List<Copy> out = new ArrayList<>();
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT xmin::text, start_ms, payload FROM history_chunk WHERE tag_id = ?"
                                + " AND start_ms <= ? AND start_ms > ? AND end_ms >= ?"
                                + " ORDER BY start_ms")) {
            ps.setString(1, tag);
            ps.setLong(2, t);
            ps.setLong(3, t - 86_400_000L);
            ps.setLong(4, t);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ChunkColumns col = ChunkCodec.columns(rs.getBytes(3));
                    for (int i = col.firstAtOrAfter(t); i < col.size() && col.time(i) == t; i++)
                        out.add(new Copy(rs.getString(1), rs.getLong(2), col.sample(tag, i)));
                }
            }
        }
        return out;
    }

    /**
     * Where the copies come from, as far as the rows tell: different values or statuses at one
     * instant are different readings; copies in rows of different transactions were committed
     * twice; copies in one row were applied twice before one commit.
     */
    static String origin(List<Copy> copies, int created) {
        if (copies.size() < 2) return "not found in the chunk rows (still open?)";
        boolean sameReading = true;
        for (Copy k : copies) {
            Sample a = copies.get(0).sample(), s = k.sample();
            if (a.status() != s.status() || Double.compare(a.numeric(), s.numeric()) != 0)
                sameReading = false;
        }
        if (!sameReading) return DIFFERENT + " (another source of the tag, or a marker)";
        long transactions = copies.stream().map(Copy::xmin).distinct().count();
        String resent = created > 1 ? "sent in " + created + " batches" : "one batch";
        return transactions > 1
                ? "committed in " + transactions + " transactions (" + resent + ")"
                : "applied twice in one committed set (" + resent + ")";
    }

    private static String describe(List<Copy> copies) {
        StringBuilder b = new StringBuilder();
        for (Copy k : copies) {
            if (!b.isEmpty()) b.append(", ");
            b.append("xid ")
                    .append(k.xmin())
                    .append(" chunk ")
                    .append(time(k.chunkStartMs()))
                    .append(" value ")
                    .append(k.sample().value())
                    .append(" status ")
                    .append(Long.toHexString(k.sample().status()));
        }
        return b.toString();
    }

    private static String describe(FaultEvent f) {
        return f == null
                ? "none"
                : f.fault() + f.detail() + " at " + time(f.startMs()) + "–" + time(f.endMs());
    }

    static FaultEvent lastBefore(List<FaultEvent> faults, long t) {
        FaultEvent last = null;
        for (FaultEvent f : faults) if (f.startMs() <= t) last = f;
        return last;
    }

    static FaultEvent firstAfter(List<FaultEvent> faults, long t) {
        for (FaultEvent f : faults) if (f.startMs() > t) return f;
        return null;
    }

    /** The backend's log lines about {@code bridge} from 5 s before to 3 minutes after t. */
    private static List<String> logLines(List<String> log, String bridge, long t) {
        LocalTime from = localTime(t - 5_000), to = localTime(t + 180_000);
        List<String> out = new ArrayList<>();
        for (String l : log) {
            if (l.length() < 12 || !l.contains(bridge)) continue;
            LocalTime at;
            try {
                at = LocalTime.parse(l.substring(0, 12));
            } catch (RuntimeException e) {
                continue;
            }
            if (at.isBefore(from) || at.isAfter(to)) continue;
            out.add(l.length() > 240 ? l.substring(0, 240) + "…" : l);
            if (out.size() == 4) break;
        }
        return out;
    }

    private static LocalTime localTime(long ms) {
        return LocalTime.ofInstant(Instant.ofEpochMilli(ms), ZoneId.systemDefault());
    }

    static String time(long ms) {
        return localTime(ms).toString();
    }
}
