package org.parkwatch.backend.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestAuth;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.security.Role;

/**
 * A client that stops reading misses the alarm pushes that do not fit its queue; once it reads
 * again it is told how many it missed ({@code resync}), so its page re-reads instead of silently
 * lacking an alarm. The notice counts only messages the client's scope would have received and
 * carries nothing else.
 */
class DroppedMessagesResyncTest {
    /** Pushes per owner; 2 × 400 × 20 KB = 16 MB to the park client, beyond any socket buffer. */
    private static final int PER_OWNER = 400;

    private static final String PADDING = "x".repeat(20_000);

    @TempDir Path dir;

    @Test
    void aClientThatStoppedReadingIsToldHowManyOfItsMessagesWereDropped() throws Exception {
        try (TestBackend backend =
                        TestBackend.start(dir, Map.of("push.maxQueuedPerClient", "65536"));
                Socket park = stoppedClient(backend, TestAuth.adminToken(backend.backend));
                Socket t02 =
                        stoppedClient(
                                backend, TestAuth.token(backend.backend, Role.ENTERPRISE, "T02"))) {
            for (int k = 0; k < PER_OWNER; k += 20) {
                int from = k;
                backend.backend
                        .onIngestContext(
                                () -> {
                                    for (int i = from; i < from + 20; i++) {
                                        publish(backend, "T01", i);
                                        publish(backend, "T02", i);
                                    }
                                    return null;
                                })
                        .toCompletionStage()
                        .toCompletableFuture()
                        .get(10, TimeUnit.SECONDS);
            }
            // the clients read again: what they received and what they were told they missed
            // together are every push meant for them
            Received toPark = readUntilAccounted(park, 2 * PER_OWNER, null);
            Received toT02 = readUntilAccounted(t02, PER_OWNER, "T01");
            assertTrue(toPark.dropped > 0, "the park client missed pushes: " + toPark);
            assertTrue(toT02.dropped > 0, "the T02 client missed pushes: " + toT02);
            assertTrue(toPark.probes + toPark.dropped >= 2 * PER_OWNER, toPark.toString());
            assertTrue(toT02.probes + toT02.dropped >= PER_OWNER, toT02.toString());
            assertFalse(toT02.foreign, "the T02 client got a T01 push");
            for (JsonObject r : toT02.resyncs) {
                assertEquals(
                        Set.of("type", "serverMs", "dropped"),
                        r.fieldNames(),
                        "the notice carries nothing but the count: " + r.encode());
            }
        }
    }

    private static void publish(TestBackend backend, String owner, int i) {
        backend.backend
                .push()
                .publish(
                        "alarm",
                        PushOwners.enterprise(owner),
                        new JsonObject().put("probe", owner + "-" + i).put("padding", PADDING));
    }

    /** What a client read: probe pushes, resync notices and the pushes they said were dropped. */
    private static final class Received {
        int probes;
        int dropped;
        boolean foreign;
        final List<JsonObject> resyncs = new ArrayList<>();

        @Override
        public String toString() {
            return probes + " probes, " + dropped + " dropped in " + resyncs.size() + " notices";
        }
    }

    /**
     * Reads messages until the probes received and those reported dropped reach {@code expected}
     * (or 30 s passed); notes whether a probe of enterprise {@code foreign} (null: none) came.
     */
    private static Received readUntilAccounted(Socket s, int expected, String foreign)
            throws IOException {
        Received r = new Received();
        DataInputStream in = new DataInputStream(s.getInputStream());
        s.setSoTimeout(30_000);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (r.probes + r.dropped < expected && System.nanoTime() < deadline) {
            String text;
            try {
                text = readTextMessage(in);
            } catch (SocketTimeoutException e) {
                break;
            }
            JsonObject m = new JsonObject(text);
            String probe = m.getString("probe");
            if (probe != null) {
                r.probes++;
                r.foreign |= foreign != null && probe.startsWith(foreign);
            }
            if (PushHub.RESYNC_TYPE.equals(m.getString("type"))) {
                r.resyncs.add(m);
                r.dropped += m.getInteger("dropped");
            }
        }
        return r;
    }

    /**
     * Opens /ws with a 4 KB receive buffer, reads the upgrade answer and then nothing: the server's
     * writes pile up in the kernel's buffers and then in the hub's queue.
     */
    private static Socket stoppedClient(TestBackend backend, String token) throws IOException {
        Socket s = new Socket();
        s.setReceiveBufferSize(4096);
        s.connect(new InetSocketAddress("127.0.0.1", backend.ports.http()), 5000);
        OutputStream out = s.getOutputStream();
        out.write(
                ("GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                                + "Authorization: Bearer "
                                + token
                                + "\r\n"
                                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        s.setSoTimeout(10_000);
        InputStream in = s.getInputStream();
        String head = readHead(in);
        if (!head.startsWith("HTTP/1.1 101"))
            throw new AssertionError("no upgrade: " + head.lines().findFirst().orElse(""));
        return s;
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) throw new IOException("closed during the upgrade");
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    /**
     * One text message of an unmasked server stream (RFC 6455 §5.2), its continuation frames
     * joined; control frames are skipped.
     */
    private static String readTextMessage(DataInputStream in) throws IOException {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        while (true) {
            int b0 = in.readUnsignedByte();
            int b1 = in.readUnsignedByte();
            long len = b1 & 0x7f;
            if (len == 126) len = in.readUnsignedShort();
            else if (len == 127) len = in.readLong();
            byte[] payload = new byte[Math.toIntExact(len)];
            in.readFully(payload);
            int opcode = b0 & 0x0f;
            if (opcode >= 0x8) continue; // close, ping, pong
            message.write(payload);
            if ((b0 & 0x80) != 0) return message.toString(StandardCharsets.UTF_8);
        }
    }
}
