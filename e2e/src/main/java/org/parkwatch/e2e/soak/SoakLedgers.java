package org.parkwatch.e2e.soak;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.parkwatch.bridge.spool.BatchLedger;

/**
 * Reads the bridges' {@link BatchLedger ledgers}: every batch each bridge created, by bridge and
 * epoch, in the order they were created.
 */
final class SoakLedgers {
    /** One created batch: its sequence, and each sample as tag and source time. */
    record Batch(long seq, String[] tags, long[] times) {
        int size() {
            return tags.length;
        }
    }

    /** The batches of one bridge's epoch, in creation order. */
    record Epoch(String bridge, String epoch, List<Batch> batches) {}

    private SoakLedgers() {}

    /** Every ledger in {@code spoolRoot} ({@code <bridgeId>.ledger}), epoch by epoch. */
    static List<Epoch> read(Path spoolRoot) throws IOException {
        List<Epoch> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(spoolRoot)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".ledger")).sorted().toList();
        }
        for (Path f : files) {
            String bridge = f.getFileName().toString().replaceFirst("\\.ledger$", "");
            Map<String, List<Batch>> epochs = new LinkedHashMap<>();
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    Batch b = parse(line);
                    if (b == null) continue; // a line cut by the bridge's kill
                    String epoch = line.substring(0, line.indexOf(' '));
                    epochs.computeIfAbsent(epoch, k -> new ArrayList<>()).add(b);
                }
            }
            epochs.forEach((e, batches) -> out.add(new Epoch(bridge, e, batches)));
        }
        return out;
    }

    /** One ledger line ({@code epoch seq count tag@ms,...}); null when incomplete. */
    static Batch parse(String line) {
        String[] parts = line.split(" ", 4);
        if (parts.length < 3) return null;
        try {
            long seq = Long.parseLong(parts[1]);
            int n = Integer.parseInt(parts[2]);
            String[] samples = n == 0 || parts.length < 4 ? new String[0] : parts[3].split(",");
            if (samples.length != n) return null;
            String[] tags = new String[n];
            long[] times = new long[n];
            for (int i = 0; i < n; i++) {
                int at = samples[i].lastIndexOf('@');
                if (at < 0) return null;
                tags[i] = samples[i].substring(0, at);
                times[i] = Long.parseLong(samples[i].substring(at + 1));
            }
            return new Batch(seq, tags, times);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
