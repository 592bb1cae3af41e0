package org.parkwatch.backend.logistics;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetServerOptions;
import io.vertx.core.net.NetSocket;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import org.parkwatch.model.logistics.jt808.Jt808FormatException;
import org.parkwatch.model.logistics.jt808.Jt808Frame;
import org.parkwatch.model.logistics.jt808.Jt808StreamDecoder;
import org.parkwatch.model.logistics.jt808.LocationReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JT/T 808 TCP server: one {@link Jt808StreamDecoder} and one {@link Jt808Session} per
 * connection, positions into {@link FleetState}, every refusal counted by reason. A malformed frame
 * costs only itself (the connection and its good frames stay); a connection silent for {@code
 * idleSeconds} is closed.
 */
final class Jt808Server {
    private static final Logger LOG = LoggerFactory.getLogger(Jt808Server.class);

    private final Vertx vertx;
    private final LogisticsOptions options;
    private final TerminalDirectory directory;
    private final FleetState fleet;
    private final LongSupplier clockMs;
    private final Map<Refusal, LongAdder> refusals = new EnumMap<>(Refusal.class);
    private final LongAdder positions = new LongAdder();
    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private NetServer server;
    private long idleTimer = -1;

    Jt808Server(
            Vertx vertx,
            LogisticsOptions options,
            TerminalDirectory directory,
            FleetState fleet,
            LongSupplier clockMs) {
        this.vertx = vertx;
        this.options = options;
        this.directory = directory;
        this.fleet = fleet;
        this.clockMs = clockMs;
        for (Refusal r : Refusal.values()) refusals.put(r, new LongAdder());
    }

    Future<Integer> start() {
        server =
                vertx.createNetServer(
                        new NetServerOptions().setHost(options.host()).setPort(options.port()));
        server.connectHandler(socket -> connections.add(new Connection(socket)));
        long checkMs = Math.max(1000, options.idleSeconds() * 250L);
        idleTimer = vertx.setPeriodic(checkMs, id -> closeIdle());
        return server.listen()
                .map(NetServer::actualPort)
                .onSuccess(p -> LOG.info("JT/T 808 server listening on {}:{}", options.host(), p));
    }

    Future<Void> stop() {
        if (idleTimer >= 0) vertx.cancelTimer(idleTimer);
        return server == null ? Future.succeededFuture() : server.close();
    }

    /** Refusals by reason since start. */
    Map<Refusal, Long> refusals() {
        Map<Refusal, Long> out = new EnumMap<>(Refusal.class);
        refusals.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    long positionsApplied() {
        return positions.sum();
    }

    int connectionCount() {
        return connections.size();
    }

    private void closeIdle() {
        long cutoff = clockMs.getAsLong() - options.idleSeconds() * 1000L;
        for (Connection c : connections) {
            if (c.lastFrameMs < cutoff) c.socket.close();
        }
    }

    /** One terminal connection. */
    private final class Connection implements Jt808Session.Output, Jt808StreamDecoder.Listener {
        private final NetSocket socket;
        private final Jt808Session session;
        private final Jt808StreamDecoder decoder;
        private volatile long lastFrameMs;

        /** The replies to the frames of the read being handled, written together at its end. */
        private Buffer replies;

        private boolean inRead;

        Connection(NetSocket socket) {
            this.socket = socket;
            this.session = new Jt808Session(directory, this);
            this.decoder = new Jt808StreamDecoder(this);
            this.lastFrameMs = clockMs.getAsLong();
            socket.handler(this::data);
            socket.closeHandler(v -> connections.remove(this));
            socket.exceptionHandler(e -> LOG.debug("terminal connection: {}", e.getMessage()));
        }

        private void data(Buffer b) {
            // one write for all the replies of a read (a terminal's burst, a 0x0704's items): the
            // transport then carries one message, not one per report
            replies = null;
            inRead = true;
            try {
                decoder.feed(b.getBytes());
            } finally {
                inRead = false;
            }
            writeReplies();
        }

        private void writeReplies() {
            Buffer out = replies;
            replies = null;
            if (out != null) socket.write(out);
        }

        @Override
        public void frame(Jt808Frame frame) {
            lastFrameMs = clockMs.getAsLong();
            session.handle(frame, lastFrameMs);
        }

        @Override
        public void refused(Jt808FormatException problem) {
            session.malformed(problem);
        }

        @Override
        public void send(byte[] frame) {
            if (inRead) {
                if (replies == null) replies = Buffer.buffer(frame.length * 4);
                replies.appendBytes(frame);
            } else {
                // outside a read: a registration, answered once its code is stored
                socket.write(Buffer.buffer(frame));
            }
        }

        @Override
        public void positions(TerminalRecord terminal, List<LocationReport> reports) {
            FleetState.Applied a = fleet.apply(terminal, reports, clockMs.getAsLong());
            positions.add(a.applied());
            if (a.withoutFix() > 0) refusals.get(Refusal.NO_FIX).add(a.withoutFix());
        }

        @Override
        public void refused(Refusal reason, String detail) {
            refusals.get(reason).increment();
            LOG.debug("terminal {} refused: {} {}", socket.remoteAddress(), reason, detail);
        }

        @Override
        public void close() {
            writeReplies(); // the refusal that closes the connection goes out before it closes
            socket.close();
        }
    }
}
