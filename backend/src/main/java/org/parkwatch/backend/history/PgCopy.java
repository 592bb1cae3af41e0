package org.parkwatch.backend.history;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * Rows for PostgreSQL's {@code COPY … FROM STDIN (FORMAT binary)}: one round trip for any number of
 * rows, without the per-row bind and execute of a batched INSERT (issue 13: the write rate of chunk
 * and rollup rows). Fields are written in the column order of the COPY statement; see the
 * PostgreSQL manual, "COPY", section "Binary Format".
 */
final class PgCopy {
    private static final byte[] SIGNATURE = {
        'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0
    };

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    private final DataOutputStream out = new DataOutputStream(bytes);
    private int rows;

    PgCopy() {
        try {
            out.write(SIGNATURE);
            out.writeInt(0); // flags
            out.writeInt(0); // header extension length
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a row of {@code fields} fields. */
    PgCopy row(int fields) {
        rows++;
        return write(() -> out.writeShort(fields));
    }

    PgCopy text(String v) {
        byte[] utf8 = v.getBytes(StandardCharsets.UTF_8);
        return bytes(utf8);
    }

    PgCopy int8(long v) {
        return write(
                () -> {
                    out.writeInt(8);
                    out.writeLong(v);
                });
    }

    PgCopy int4(int v) {
        return write(
                () -> {
                    out.writeInt(4);
                    out.writeInt(v);
                });
    }

    PgCopy int2(int v) {
        return write(
                () -> {
                    out.writeInt(2);
                    out.writeShort(v);
                });
    }

    /** A float8, NULL for NaN (the chunk table's "no numeric value"). */
    PgCopy float8OrNull(double v) {
        if (Double.isNaN(v)) return write(() -> out.writeInt(-1));
        return write(
                () -> {
                    out.writeInt(8);
                    out.writeDouble(v);
                });
    }

    PgCopy bytes(byte[] v) {
        return write(
                () -> {
                    out.writeInt(v.length);
                    out.write(v);
                });
    }

    int rows() {
        return rows;
    }

    /** Sends the rows with {@code copySql} ({@code COPY t (cols) FROM STDIN (FORMAT binary)}). */
    long send(Connection c, String copySql) throws SQLException {
        if (rows == 0) return 0;
        write(() -> out.writeShort(-1)); // trailer
        try {
            return c.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(copySql, new java.io.ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new SQLException("COPY failed: " + e.getMessage(), e);
        }
    }

    private interface Io {
        void run() throws IOException;
    }

    private PgCopy write(Io io) {
        try {
            io.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
