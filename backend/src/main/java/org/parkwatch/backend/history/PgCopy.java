package org.parkwatch.backend.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
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

    // the rows, big-endian as the format wants, written in place (a DataOutputStream over a
    // ByteArrayOutputStream took a lock and a call per field: a tenth of a commit's CPU)
    private byte[] buf;
    private int n;
    private int rows;

    PgCopy() {
        this(1 << 16);
    }

    /**
     * A COPY expecting about {@code bytes} bytes of rows: a commit of 100,000 chunks sized it by
     * doubling from 64 KiB, copying and zeroing about twice its final size.
     */
    PgCopy(long bytes) {
        buf = new byte[(int) Math.min(Integer.MAX_VALUE - 64, Math.max(1 << 16, bytes + 64))];
        put(SIGNATURE);
        putInt(0); // flags
        putInt(0); // header extension length
    }

    /** Starts a row of {@code fields} fields. */
    PgCopy row(int fields) {
        rows++;
        putShort(fields);
        return this;
    }

    PgCopy text(String v) {
        return bytes(v.getBytes(StandardCharsets.UTF_8));
    }

    PgCopy int8(long v) {
        putInt(8);
        putInt((int) (v >>> 32));
        putInt((int) v);
        return this;
    }

    PgCopy int4(int v) {
        putInt(4);
        putInt(v);
        return this;
    }

    PgCopy int2(int v) {
        putInt(2);
        putShort(v);
        return this;
    }

    /** A float8, NULL for NaN (the chunk table's "no numeric value"). */
    PgCopy float8OrNull(double v) {
        if (Double.isNaN(v)) {
            putInt(-1);
            return this;
        }
        return int8(Double.doubleToLongBits(v));
    }

    PgCopy bytes(byte[] v) {
        putInt(v.length);
        put(v);
        return this;
    }

    private void ensure(int more) {
        if (n + more > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + more));
    }

    private void put(byte[] v) {
        ensure(v.length);
        System.arraycopy(v, 0, buf, n, v.length);
        n += v.length;
    }

    private void putInt(int v) {
        ensure(4);
        buf[n] = (byte) (v >>> 24);
        buf[n + 1] = (byte) (v >>> 16);
        buf[n + 2] = (byte) (v >>> 8);
        buf[n + 3] = (byte) v;
        n += 4;
    }

    private void putShort(int v) {
        ensure(2);
        buf[n] = (byte) (v >>> 8);
        buf[n + 1] = (byte) v;
        n += 2;
    }

    int rows() {
        return rows;
    }

    /** Sends the rows with {@code copySql} ({@code COPY t (cols) FROM STDIN (FORMAT binary)}). */
    long send(Connection c, String copySql) throws SQLException {
        if (rows == 0) return 0;
        putShort(-1); // trailer
        try {
            return c.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(copySql, new java.io.ByteArrayInputStream(buf, 0, n));
        } catch (IOException e) {
            throw new SQLException("COPY failed: " + e.getMessage(), e);
        }
    }
}
