package org.parkwatch.backend.push;

import com.fasterxml.jackson.core.JsonGenerator;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonObject;
import org.parkwatch.backend.live.LiveJson;
import org.parkwatch.backend.live.LiveState;
import org.parkwatch.backend.live.TagState;
import org.parkwatch.backend.platform.metrics.ParkWatchMetrics;
import org.parkwatch.backend.security.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Fans live state out to WebSocket clients. On connect a client gets a snapshot, then every flush period the tags
 * that changed, coalesced to their latest value: one message serialised once for all clients that are in step.
 * A client whose write queue is full is skipped and falls out of step; when its queue drains it gets one catch-up
 * message with the latest value of every tag that changed since its last message. Ingest and other clients never
 * wait for it. Feeds ride along when a bridge state changed or tags turned stale, otherwise at most once per
 * {@link #FEEDS_MIN_INTERVAL_MS}. Runs on the ingest context, like {@link LiveState}.
 */
public final class PushHub {
    /** Least time between two routine feed updates (rate, last batch), milliseconds. */
    public static final long FEEDS_MIN_INTERVAL_MS = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(PushHub.class);

    private final LiveState live;
    private final ParkWatchMetrics metrics;
    private final int maxQueuedBytes;
    private final LongSupplier clockMs;
    private final List<Client> clients = new ArrayList<>();
    private final int[] changed;
    private int changedCount;
    private long feedsVersionSent = -1;
    private long feedStateVersionSent = -1;
    private long feedsSentMs;

    private static final class Client {
        final ServerWebSocket ws;
        /** Who opened the socket (issue 7), so per-client scoping can filter what the client receives. */
        final Principal principal;
        long sentSeq;
        boolean inStep = true;
        /** Characters handed to the socket whose write has not completed yet (a byte count for ASCII JSON). */
        long pendingChars;
        boolean writeFailed;

        Client(ServerWebSocket ws, Principal principal) {
            this.ws = ws;
            this.principal = principal;
        }
    }

    /** @param maxQueuedBytes bytes queued on a socket before its client counts as slow */
    public PushHub(LiveState live, ParkWatchMetrics metrics, int maxQueuedBytes, LongSupplier clockMs) {
        this.live = live;
        this.metrics = metrics;
        this.maxQueuedBytes = maxQueuedBytes;
        this.clockMs = clockMs;
        this.changed = new int[live.size()];
        metrics.gauge("parkwatch.push.clients", "WebSocket clients connected", clients::size);
    }

    public int clientCount() {
        return clients.size();
    }

    /** The callers of the connected clients, in connection order (for scoping and tests). */
    public List<Principal> clientPrincipals() {
        List<Principal> out = new ArrayList<>();
        for (Client c : clients) out.add(c.principal);
        return out;
    }

    /** Adopts an upgraded socket opened by {@code principal} and sends it the snapshot. */
    public void connect(ServerWebSocket ws, Principal principal) {
        Client c = new Client(ws, principal);
        ws.setWriteQueueMaxSize(maxQueuedBytes);
        ws.closeHandler(v -> {
            clients.remove(c);
            LOG.info("WebSocket client {} left, {} connected", ws.remoteAddress(), clients.size());
        });
        ws.exceptionHandler(e -> LOG.debug("WebSocket {}: {}", ws.remoteAddress(), e.toString()));
        ws.handler(b -> { }); // the channel is server → browser; client messages are ignored
        clients.add(c);
        LOG.info("WebSocket client {} joined, {} connected", ws.remoteAddress(), clients.size());
        c.sentSeq = live.changeCounter();
        write(c, LiveJson.render(g -> {
            header(g, "snapshot");
            g.writeArrayFieldStart("tags");
            for (int i = 0; i < live.size(); i++) LiveJson.writeTagValue(g, live.tag(i));
            g.writeEndArray();
            g.writeFieldName("feeds");
            LiveJson.writeFeeds(g, live);
            g.writeEndObject();
        }));
    }

    /** Sends the changes since the last flush; called every push.flushMs. */
    public void flush() {
        long now = clockMs.getAsLong();
        changedCount = 0;
        live.drainDirty(i -> changed[changedCount++] = i);
        metrics.coalesced(live.takeCoalesced());
        long seq = live.changeCounter();
        boolean feedsDue = live.feedStateVersion() != feedStateVersionSent
                || (live.feedsVersion() != feedsVersionSent && now - feedsSentMs >= FEEDS_MIN_INTERVAL_MS);
        if (clients.isEmpty()) return;
        if (feedsDue) {
            feedStateVersionSent = live.feedStateVersion();
            feedsVersionSent = live.feedsVersion();
            feedsSentMs = now;
        }
        String shared = changedCount == 0 && !feedsDue ? null : update(now, feedsDue);
        for (Client c : new ArrayList<>(clients)) {
            if (c.ws.isClosed()) {
                clients.remove(c);
                continue;
            }
            if (isSlow(c)) {
                if (c.inStep && shared != null) metrics.slowSkip();
                c.inStep = false;
                continue;
            }
            if (c.inStep) {
                if (shared != null) write(c, shared);
            } else {
                write(c, catchUp(now, c.sentSeq));
                c.inStep = true;
            }
            c.sentSeq = seq;
        }
    }

    /**
     * Broadcasts a message of another capability (alarms, ...): {@code {"type":type,"serverMs":..,...payload}}.
     * A client whose queue is full misses it and should re-read the capability's REST resource.
     */
    public void publish(String type, JsonObject payload) {
        String text = payload.copy().put("type", type).put("serverMs", clockMs.getAsLong()).encode();
        for (Client c : new ArrayList<>(clients)) {
            if (c.ws.isClosed()) continue;
            if (isSlow(c)) metrics.slowSkip();
            else write(c, text);
        }
    }

    public void closeAll() {
        for (Client c : new ArrayList<>(clients)) if (!c.ws.isClosed()) c.ws.close();
        clients.clear();
    }

    private String update(long now, boolean withFeeds) {
        return LiveJson.render(g -> {
            header(g, now, "update");
            g.writeArrayFieldStart("tags");
            for (int k = 0; k < changedCount; k++) LiveJson.writeTagValue(g, live.tag(changed[k]));
            g.writeEndArray();
            if (withFeeds) {
                g.writeFieldName("feeds");
                LiveJson.writeFeeds(g, live);
            }
            g.writeEndObject();
        });
    }

    private String catchUp(long now, long sinceSeq) {
        return LiveJson.render(g -> {
            header(g, now, "update");
            g.writeArrayFieldStart("tags");
            for (int i = 0; i < live.size(); i++) {
                TagState t = live.tag(i);
                if (t.changeSeq() > sinceSeq) LiveJson.writeTagValue(g, t);
            }
            g.writeEndArray();
            g.writeFieldName("feeds");
            LiveJson.writeFeeds(g, live);
            g.writeEndObject();
        });
    }

    private void header(JsonGenerator g, String type) throws IOException {
        header(g, clockMs.getAsLong(), type);
    }

    private static void header(JsonGenerator g, long now, String type) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", type);
        g.writeNumberField("serverMs", now);
    }

    /**
     * Slow = more than maxQueuedBytes written but not yet handed to the kernel. Counted here from the write futures,
     * not only from Vert.x's writeQueueFull, so the bound on memory per client does not depend on transport details.
     */
    private boolean isSlow(Client c) {
        return c.pendingChars >= maxQueuedBytes || c.ws.writeQueueFull();
    }

    private void write(Client c, String text) {
        int n = text.length();
        c.pendingChars += n;
        c.ws.writeTextMessage(text).onComplete(ar -> {
            c.pendingChars -= n;
            if (ar.failed() && !c.writeFailed) {
                c.writeFailed = true; // once per client: a closing socket fails every queued write
                LOG.info("WebSocket write to {} failed: {}", c.ws.remoteAddress(), ar.cause().toString());
            }
        });
        metrics.pushMessage();
    }
}
