package org.parkwatch.backend.push;

import com.fasterxml.jackson.core.JsonGenerator;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.parkwatch.backend.live.LiveJson;
import org.parkwatch.backend.live.LiveState;
import org.parkwatch.backend.live.TagState;
import org.parkwatch.backend.platform.metrics.ParkWatchMetrics;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.TenantScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fans live state out to WebSocket clients. On connect a client gets a snapshot, then every flush
 * period the tags that changed, coalesced to their latest value: one message serialised once for
 * all clients that are in step. A client whose write queue is full is skipped and falls out of
 * step; when its queue drains it gets one catch-up message with the latest value of every tag that
 * changed since its last message. Ingest and other clients never wait for it. Feeds ride along when
 * a bridge state changed or tags turned stale, otherwise at most once per {@link
 * #FEEDS_MIN_INTERVAL_MS}. Runs on the ingest context, like {@link LiveState}.
 *
 * <p>Other capabilities' messages (alarms, incidents …) cannot be caught up that way: a slow client
 * misses them. So that a control room never misses an alarm silently, such a client gets {@code
 * {"type":"resync","serverMs":…,"dropped":n}} at the first flush after its queue drained, and the
 * pages re-read what they hold. {@code n} counts only messages the client would have received, and
 * the message names nothing else: it tells a client only about its own scope.
 *
 * <p>Tenancy (issue 7): each client carries its {@link Principal}. Park roles share one message per
 * flush; the clients of one enterprise share a {@link View} whose tag visibility is precomputed
 * once per tag index, so an enterprise's update is one extra serialisation per flush (not per
 * client) filtered by an array lookup per changed tag. Feeds and other capabilities' messages are
 * filtered by their {@link PushOwners}, once per view.
 */
public final class PushHub implements PushPublisher {
    /** Least time between two routine feed updates (rate, last batch), milliseconds. */
    public static final long FEEDS_MIN_INTERVAL_MS = 1000;

    /** Type of the message telling a client that messages meant for it were dropped. */
    public static final String RESYNC_TYPE = "resync";

    /** Map key standing for the park roles' shared view (HashMap keys cannot be null here). */
    private static final View PARK_WIDE = new View(Principal.ANONYMOUS, new boolean[0]);

    private static final Logger LOG = LoggerFactory.getLogger(PushHub.class);

    private final LiveState live;
    private final ParkWatchMetrics metrics;
    private final int maxQueuedBytes;
    private final LongSupplier clockMs;
    private final List<Client> clients = new ArrayList<>();

    /**
     * Owner of each tag by live-state index (null = park-level), from {@link
     * TenantScope#ownerOfEnterprise}.
     */
    private final String[] tagOwner;

    private final Map<String, View> views = new HashMap<>();
    private final int[] changed;
    private int changedCount;
    private long feedsVersionSent = -1;
    private long feedStateVersionSent = -1;
    private long feedsSentMs;

    /** What the clients of one scoped principal kind (e.g. enterprise E01's users) see. */
    private static final class View {
        final Principal principal;
        final boolean[] tagVisible;

        View(Principal principal, boolean[] tagVisible) {
            this.principal = principal;
            this.tagVisible = tagVisible;
        }

        boolean seesEnterprise(String enterpriseId) {
            return principal.sees(TenantScope.ownerOfEnterprise(enterpriseId));
        }
    }

    private static final class Client {
        final ServerWebSocket ws;

        /** Who opened the socket (issue 7). */
        final Principal principal;

        /** What the principal sees; null for park roles, who see everything. */
        final View view;

        long sentSeq;
        boolean inStep = true;

        /**
         * Characters handed to the socket whose write has not completed yet (a byte count for ASCII
         * JSON).
         */
        long pendingChars;

        /**
         * Messages of {@link #publish} this client would have received but missed while slow, since
         * its last {@code resync}.
         */
        int dropped;

        boolean writeFailed;

        Client(ServerWebSocket ws, Principal principal, View view) {
            this.ws = ws;
            this.principal = principal;
            this.view = view;
        }
    }

    /**
     * @param maxQueuedBytes bytes queued on a socket before its client counts as slow
     */
    public PushHub(
            LiveState live, ParkWatchMetrics metrics, int maxQueuedBytes, LongSupplier clockMs) {
        this.live = live;
        this.metrics = metrics;
        this.maxQueuedBytes = maxQueuedBytes;
        this.clockMs = clockMs;
        this.changed = new int[live.size()];
        this.tagOwner = new String[live.size()];
        for (int i = 0; i < tagOwner.length; i++) {
            tagOwner[i] = TenantScope.ownerOfEnterprise(live.tag(i).definition().enterpriseId());
        }
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

    /** The view shared by every client with the same role and enterprise; null for park roles. */
    private View viewOf(Principal p) {
        if (!p.scoped()) return null;
        return views.computeIfAbsent(
                p.role().id() + ":" + p.enterpriseId(),
                k -> {
                    boolean[] visible = new boolean[tagOwner.length];
                    for (int i = 0; i < visible.length; i++) visible[i] = p.sees(tagOwner[i]);
                    return new View(p, visible);
                });
    }

    /** Adopts an upgraded socket of a caller and sends it the snapshot of what the caller sees. */
    public void connect(ServerWebSocket ws, Principal principal) {
        View view = viewOf(principal);
        Client c = new Client(ws, principal, view);
        ws.setWriteQueueMaxSize(maxQueuedBytes);
        ws.closeHandler(
                v -> {
                    clients.remove(c);
                    LOG.info(
                            "WebSocket client {} left, {} connected",
                            ws.remoteAddress(),
                            clients.size());
                });
        ws.exceptionHandler(e -> LOG.debug("WebSocket {}: {}", ws.remoteAddress(), e.toString()));
        ws.handler(b -> {}); // the channel is server → browser; client messages are ignored
        clients.add(c);
        LOG.info("WebSocket client {} joined, {} connected", ws.remoteAddress(), clients.size());
        c.sentSeq = live.changeCounter();
        write(
                c,
                LiveJson.render(
                        g -> {
                            header(g, "snapshot");
                            g.writeArrayFieldStart("tags");
                            for (int i = 0; i < live.size(); i++) {
                                if (view == null || view.tagVisible[i])
                                    LiveJson.writeTagValue(g, live.tag(i));
                            }
                            g.writeEndArray();
                            writeFeeds(g, view);
                            g.writeEndObject();
                        }));
    }

    private void writeFeeds(JsonGenerator g, View view) throws IOException {
        g.writeFieldName("feeds");
        if (view == null) LiveJson.writeFeeds(g, live);
        else LiveJson.writeFeeds(g, live, view::seesEnterprise);
    }

    /** Sends the changes since the last flush; called every push.flushMs. */
    public void flush() {
        long now = clockMs.getAsLong();
        changedCount = 0;
        live.drainDirty(i -> changed[changedCount++] = i);
        metrics.coalesced(live.takeCoalesced());
        long seq = live.changeCounter();
        boolean feedsDue =
                live.feedStateVersion() != feedStateVersionSent
                        || (live.feedsVersion() != feedsVersionSent
                                && now - feedsSentMs >= FEEDS_MIN_INTERVAL_MS);
        if (clients.isEmpty()) return;
        if (feedsDue) {
            feedStateVersionSent = live.feedStateVersion();
            feedsVersionSent = live.feedsVersion();
            feedsSentMs = now;
        }
        boolean anything = changedCount > 0 || feedsDue;
        Map<View, String> rendered =
                new HashMap<>(); // one serialisation per view and flush, made when first needed
        for (Client c : new ArrayList<>(clients)) {
            String shared =
                    anything
                            ? rendered.computeIfAbsent(
                                    c.view == null ? PARK_WIDE : c.view,
                                    v -> update(now, feedsDue, c.view))
                            : null;
            if (shared != null && shared.isEmpty()) shared = null; // nothing this view sees changed
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
                write(c, catchUp(now, c.sentSeq, c.view));
                c.inStep = true;
            }
            c.sentSeq = seq;
            if (c.dropped > 0) {
                write(c, resync(now, c.dropped));
                c.dropped = 0;
            }
        }
    }

    /**
     * Sends a message of another capability (alarms, incidents, grades …) to the clients its owners
     * allow: {@code {"type":type,"serverMs":..,...payload}}. Park roles receive every message; an
     * enterprise user receives messages its enterprise owns (reduced by {@code view} when given)
     * and those for everyone. A client whose queue is full misses it and is told so by a {@code
     * resync} message once its queue drained; its page then re-reads the capability's REST
     * resource.
     */
    @Override
    public void publish(String type, PushOwners owners, JsonObject payload, EnterpriseView view) {
        Objects.requireNonNull(owners, "a push message must name its owners");
        long now = clockMs.getAsLong();
        Map<View, Optional<String>> texts = new HashMap<>(); // one scoping and encoding per view
        for (Client c : new ArrayList<>(clients)) {
            if (c.ws.isClosed()) continue;
            Optional<String> text =
                    texts.computeIfAbsent(
                            c.view == null ? PARK_WIDE : c.view,
                            v -> {
                                JsonObject seen =
                                        c.view == null
                                                ? payload
                                                : scoped(owners, payload, view, c.view);
                                return Optional.ofNullable(seen)
                                        .map(
                                                o ->
                                                        o.copy()
                                                                .put("type", type)
                                                                .put("serverMs", now)
                                                                .encode());
                            });
            if (text.isEmpty()) continue;
            if (isSlow(c)) {
                metrics.slowSkip();
                c.dropped++;
            } else {
                write(c, text.get());
            }
        }
    }

    /** What a scoped view (an enterprise's users, the public) sees of a message, or null. */
    private static JsonObject scoped(
            PushOwners owners, JsonObject payload, EnterpriseView reduce, View view) {
        return switch (owners.audience()) {
            case EVERYONE -> view.principal.sees(null) ? payload : null;
            case PARK_ROLES -> null;
            case ENTERPRISES -> {
                boolean owner = owners.enterpriseIds().stream().anyMatch(view::seesEnterprise);
                yield !owner ? null : reduce == null ? payload : reduce.of(payload, view.principal);
            }
        };
    }

    public void closeAll() {
        for (Client c : new ArrayList<>(clients)) if (!c.ws.isClosed()) c.ws.close();
        clients.clear();
    }

    /** The update a view sees; "" when none of its tags changed and no feeds are due. */
    private String update(long now, boolean withFeeds, View view) {
        if (view != null && !withFeeds) {
            boolean any = false;
            for (int k = 0; k < changedCount && !any; k++) any = view.tagVisible[changed[k]];
            if (!any) return "";
        }
        return LiveJson.render(
                g -> {
                    header(g, now, "update");
                    g.writeArrayFieldStart("tags");
                    for (int k = 0; k < changedCount; k++) {
                        if (view == null || view.tagVisible[changed[k]])
                            LiveJson.writeTagValue(g, live.tag(changed[k]));
                    }
                    g.writeEndArray();
                    if (withFeeds) writeFeeds(g, view);
                    g.writeEndObject();
                });
    }

    /** Tells a client that {@code dropped} messages meant for it were dropped; no other content. */
    private static String resync(long now, int dropped) {
        return LiveJson.render(
                g -> {
                    header(g, now, RESYNC_TYPE);
                    g.writeNumberField("dropped", dropped);
                    g.writeEndObject();
                });
    }

    private String catchUp(long now, long sinceSeq, View view) {
        return LiveJson.render(
                g -> {
                    header(g, now, "update");
                    g.writeArrayFieldStart("tags");
                    for (int i = 0; i < live.size(); i++) {
                        TagState t = live.tag(i);
                        if (t.changeSeq() > sinceSeq && (view == null || view.tagVisible[i]))
                            LiveJson.writeTagValue(g, t);
                    }
                    g.writeEndArray();
                    writeFeeds(g, view);
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
     * Slow = more than maxQueuedBytes written but not yet handed to the kernel. Counted here from
     * the write futures, not only from Vert.x's writeQueueFull, so the bound on memory per client
     * does not depend on transport details.
     */
    private boolean isSlow(Client c) {
        return c.pendingChars >= maxQueuedBytes || c.ws.writeQueueFull();
    }

    private void write(Client c, String text) {
        int n = text.length();
        c.pendingChars += n;
        c.ws.writeTextMessage(text)
                .onComplete(
                        ar -> {
                            c.pendingChars -= n;
                            if (ar.failed() && !c.writeFailed) {
                                c.writeFailed =
                                        true; // once per client: a closing socket fails every
                                // queued write
                                LOG.info(
                                        "WebSocket write to {} failed: {}",
                                        c.ws.remoteAddress(),
                                        ar.cause().toString());
                            }
                        });
        metrics.pushMessage();
    }
}
