package org.parkwatch.bridge.spool;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.parkwatch.model.uplink.Sample;

/**
 * An append-only record of every batch a bridge created, kept beside (not inside) its spool so that
 * it outlives both the bridge's kill and the spool's loss: the fault-injection soak (issue 19)
 * accounts for each of them against the park's history. One line a batch: {@code epoch seq count
 * tag@sourceMs,...}. Written with one {@code write} call a line (no fsync: it must survive the
 * process's kill, not a power loss). Off by default (system property {@value #PROPERTY}): in
 * production it would grow without end.
 */
public final class BatchLedger implements AutoCloseable {
    /** System property that turns the ledger on ({@code true}). */
    public static final String PROPERTY = "parkwatch.bridge.ledger";

    private final FileChannel out;

    private BatchLedger(FileChannel out) {
        this.out = out;
    }

    /** The ledger of the spool in {@code spoolDir}: {@code <spoolDir>.ledger}; null when off. */
    public static BatchLedger openIfEnabled(Path spoolDir) throws IOException {
        if (!Boolean.getBoolean(PROPERTY)) return null;
        Path file = fileOf(spoolDir);
        return new BatchLedger(
                FileChannel.open(
                        file,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND));
    }

    /** Where the ledger of the spool in {@code spoolDir} lives. */
    public static Path fileOf(Path spoolDir) {
        Path abs = spoolDir.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + ".ledger");
    }

    /** Records one created batch. */
    public synchronized void record(String epoch, long seq, List<Sample> samples)
            throws IOException {
        StringBuilder line = new StringBuilder(32 + samples.size() * 24);
        line.append(epoch).append(' ').append(seq).append(' ').append(samples.size()).append(' ');
        for (int i = 0; i < samples.size(); i++) {
            if (i > 0) line.append(',');
            Sample s = samples.get(i);
            line.append(s.tagId()).append('@').append(s.sourceTimeMs());
        }
        line.append('\n');
        ByteBuffer buf = ByteBuffer.wrap(line.toString().getBytes(StandardCharsets.UTF_8));
        while (buf.hasRemaining()) out.write(buf);
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
