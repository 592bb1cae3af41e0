package org.parkwatch.backend.history;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.parkwatch.model.uplink.Sample;

/**
 * History samples parked on disk while the database is slow or away: one file per chunk, named by a
 * sequence number so they drain in the order they were spilled. A file appears under its final name
 * only once completely written and synced (written as {@code .tmp}, then renamed), so a crash never
 * leaves a half file to drain.
 */
public final class SpillFiles {
    private static final int MAGIC = 0x50575331; // "PWS1"
    private static final String PREFIX = "spill-";
    private static final String SUFFIX = ".bin";

    private final Path dir;

    public SpillFiles(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    /** The spill files present, oldest (lowest sequence) first. */
    public List<Path> list() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(
                            p -> {
                                String n = p.getFileName().toString();
                                return n.startsWith(PREFIX) && n.endsWith(SUFFIX);
                            })
                    .sorted()
                    .toList();
        }
    }

    /** The sequence number after the highest one on disk (0 when none). */
    public long nextSequence() throws IOException {
        List<Path> files = list();
        if (files.isEmpty()) return 0;
        String n = files.get(files.size() - 1).getFileName().toString();
        return Long.parseLong(n.substring(PREFIX.length(), n.length() - SUFFIX.length())) + 1;
    }

    /** Writes a chunk durably under sequence number {@code seq}. */
    public Path write(long seq, List<Sample> samples) throws IOException {
        Path target = dir.resolve(String.format("%s%020d%s", PREFIX, seq, SUFFIX));
        Path tmp = dir.resolve(target.getFileName() + ".tmp");
        try (FileChannel ch =
                FileChannel.open(
                        tmp,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream raw = Channels.newOutputStream(ch);
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
            out.writeInt(MAGIC);
            out.writeInt(samples.size());
            for (Sample s : samples) writeSample(out, s);
            out.flush();
            ch.force(true);
        }
        return Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    }

    public List<Sample> read(Path file) throws IOException {
        try (DataInputStream in =
                new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC) throw new IOException(file + " is not a history spill file");
            int n = in.readInt();
            List<Sample> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) out.add(readSample(in));
            return out;
        }
    }

    public void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
    }

    private static void writeSample(DataOutputStream out, Sample s) throws IOException {
        out.writeUTF(s.tagId());
        out.writeLong(s.sourceTimeMs());
        out.writeLong(s.status());
        Object v = s.value();
        if (v instanceof Double d) {
            out.writeByte(1);
            out.writeDouble(d);
        } else if (v instanceof Boolean b) {
            out.writeByte(2);
            out.writeBoolean(b);
        } else if (v instanceof String str) {
            out.writeByte(3);
            out.writeUTF(str);
        } else {
            out.writeByte(0);
        }
    }

    private static Sample readSample(DataInputStream in) throws IOException {
        String tag = in.readUTF();
        long ts = in.readLong();
        long status = in.readLong();
        Object value =
                switch (in.readByte()) {
                    case 0 -> null;
                    case 1 -> in.readDouble();
                    case 2 -> in.readBoolean();
                    case 3 -> in.readUTF();
                    default -> throw new IOException("corrupt spill record for tag " + tag);
                };
        return new Sample(tag, value, ts, status);
    }
}
