package org.parkwatch.bridge.client;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.SessionActivityListener;
import org.eclipse.milo.opcua.sdk.client.UaSession;
import org.eclipse.milo.opcua.sdk.client.subscriptions.MonitoredItemSynchronizationException;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription.SyncState;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.parkwatch.bridge.config.BridgeConfig.Endpoint;
import org.parkwatch.bridge.config.BridgeConfig.Mapping;
import org.parkwatch.model.uplink.Sample;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one enterprise OPC UA server into park {@link Sample}s, for as long as the bridge runs.
 *
 * <p>One Milo {@link OpcUaClient}; the mapped nodes are monitored in subscriptions of at most
 * {@code maxItemsPerSubscription} items each (absolute deadband when the mapping has one). Every
 * data change becomes a Sample handed to the sink. Recovery: until the first connection succeeds
 * the connection is retried with back-off (1 s doubling to 30 s). Afterwards Milo's session state
 * machine reconnects by itself and tries to transfer the subscriptions to the new session; this
 * class listens for session activity: when the session goes inactive every mapped tag is reported
 * once with Bad_NoCommunication, and when it is active again each subscription is checked with the
 * server (SetPublishingMode in the new session): one the server does not know is replaced by a new
 * one, whose items send their values; only those the server confirms get their current values read.
 * A tag is therefore reported good again only once a subscription that the server holds monitors
 * it. Milo reports a failed transfer and a subscription the server timed out on its own threads, in
 * no fixed order with the session-active callback; such a subscription is replaced as well.
 * Mappings that cannot be read (bad node id, unknown namespace or node) are reported per mapping in
 * {@link #problems()} and as a Bad sample; the other mappings keep working. All OPC UA work runs on
 * one worker thread.
 */
public final class EnterpriseConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EnterpriseConnection.class);
    static final long MIN_BACKOFF_MS = 1000;
    static final long MAX_BACKOFF_MS = 30_000;

    private final String name;
    private final Endpoint endpoint;
    private final List<Mapping> mappings;
    private final Path pkiDir;
    private final Consumer<Sample> sink;
    private final ScheduledExecutorService worker;
    private final List<MappingProblem> problems = new CopyOnWriteArrayList<>();
    private volatile String lastConnectError;
    private final List<OpcUaSubscription> subscriptions = new CopyOnWriteArrayList<>();
    private volatile OpcUaClient client;
    private String[] namespaceUris = new String[0];
    private volatile boolean connected;
    private volatile boolean closed;
    private boolean badReported;
    private long backoffMs = MIN_BACKOFF_MS;

    /**
     * @param name for logs and thread names, e.g. {@code E01#0}
     * @param mappings the mappings read from this endpoint
     * @param sink receives every sample; called from Milo's delivery threads and the worker, must
     *     not block long
     */
    public EnterpriseConnection(
            String name,
            Endpoint endpoint,
            List<Mapping> mappings,
            Path pkiDir,
            Consumer<Sample> sink) {
        this.name = name;
        this.endpoint = endpoint;
        this.mappings = List.copyOf(mappings);
        this.pkiDir = pkiDir;
        this.sink = sink;
        this.worker =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread t = new Thread(r, "opcua-" + name);
                            t.setDaemon(true);
                            return t;
                        });
    }

    /** Starts connecting in the background; returns at once. */
    public void start() {
        worker.execute(this::connect);
    }

    /** True while a session with the server is active. */
    public boolean isConnected() {
        return connected;
    }

    /** Subscriptions the mapped items are spread over (0 before the first connection). */
    public int subscriptionCount() {
        return subscriptions.size();
    }

    /** The subscriptions now in use; for tests that play Milo's notices. */
    List<OpcUaSubscription> subscriptionsInUse() {
        return List.copyOf(subscriptions);
    }

    public List<MappingProblem> problems() {
        return List.copyOf(problems);
    }

    /**
     * Why the last connection attempt failed (root cause, e.g. a Bad_ status), or null after a
     * success.
     */
    public String lastConnectError() {
        return lastConnectError;
    }

    public String endpointUrl() {
        return endpoint.url();
    }

    private void onWorker(Runnable task) {
        if (closed) return;
        try {
            worker.execute(task);
        } catch (RejectedExecutionException e) {
            LOG.debug("{}: closing, ignoring a session event", name);
        }
    }

    private void connect() {
        if (closed) return;
        try {
            OpcUaClient c = ClientFactory.create(endpoint, pkiDir);
            c.connect();
            client = c;
            c.addSessionActivityListener(
                    new SessionActivityListener() {
                        @Override
                        public void onSessionActive(UaSession session) {
                            onWorker(EnterpriseConnection.this::sessionActive);
                        }

                        @Override
                        public void onSessionInactive(UaSession session) {
                            onWorker(EnterpriseConnection.this::sessionInactive);
                        }
                    });
            connected = true;
            lastConnectError = null;
            badReported = false;
            backoffMs = MIN_BACKOFF_MS;
            LOG.info(
                    "{}: connected to {} ({} {}, {})",
                    name,
                    endpoint.url(),
                    endpoint.securityPolicy(),
                    endpoint.securityMode(),
                    endpoint.identity());
            subscribe(c);
        } catch (Exception e) {
            lastConnectError = ConnectProblems.explain(e, endpoint.url(), pkiDir);
            LOG.warn(
                    "{}: cannot connect to {}: {}; retrying in {} s",
                    name,
                    endpoint.url(),
                    lastConnectError,
                    backoffMs / 1000);
            disconnectQuietly();
            reportAllBad();
            if (!closed) worker.schedule(this::connect, backoffMs, TimeUnit.MILLISECONDS);
            backoffMs = Math.min(MAX_BACKOFF_MS, backoffMs * 2);
        }
    }

    private void subscribe(OpcUaClient c) throws UaException {
        subscriptions.clear();
        problems.clear();
        namespaceUris = c.readNamespaceTable().toArray();
        MonitoredItemFactory items =
                new MonitoredItemFactory(c.getNamespaceTable(), this::onItemValue);
        List<OpcUaMonitoredItem> resolved = new ArrayList<>();
        for (Mapping m : mappings) {
            try {
                resolved.add(items.create(m));
            } catch (MappingException e) {
                problem(m, e.status(), e.getMessage());
            }
        }
        int perSub = maxItemsPerSubscription(c);
        for (int i = 0; i < resolved.size(); i += perSub) {
            List<OpcUaMonitoredItem> group =
                    resolved.subList(i, Math.min(resolved.size(), i + perSub));
            OpcUaSubscription sub = newSubscription(c, group);
            subscriptions.add(sub);
            createOnServer(sub);
        }
        int monitored = subscriptions.stream().mapToInt(s -> s.getMonitoredItems().size()).sum();
        LOG.info(
                "{}: monitoring {} of {} mapped node(s) in {} subscription(s) of at most {} item(s)",
                name,
                monitored,
                mappings.size(),
                subscriptions.size(),
                perSub);
    }

    private OpcUaSubscription newSubscription(OpcUaClient c, List<OpcUaMonitoredItem> items) {
        OpcUaSubscription sub = new OpcUaSubscription(c, endpoint.publishingIntervalMs());
        sub.setSubscriptionListener(new SubscriptionEvents());
        sub.addMonitoredItems(new ArrayList<>(items));
        return sub;
    }

    private int maxItemsPerSubscription(OpcUaClient c) {
        if (endpoint.maxItemsPerSubscription() != null) return endpoint.maxItemsPerSubscription();
        try {
            DataValue dv =
                    c.readValue(
                            0,
                            TimestampsToReturn.Neither,
                            NodeIds.Server_ServerCapabilities_MaxMonitoredItemsPerSubscription);
            Object v = dv.value() == null ? null : dv.value().value();
            if (dv.statusCode() != null
                    && dv.statusCode().isGood()
                    && v instanceof Number n
                    && n.longValue() > 0) {
                return (int) Math.min(Integer.MAX_VALUE, n.longValue());
            }
        } catch (UaException e) {
            LOG.debug(
                    "{}: server does not report MaxMonitoredItemsPerSubscription: {}",
                    name,
                    e.getMessage());
        }
        return Endpoint.DEFAULT_MAX_ITEMS_PER_SUBSCRIPTION;
    }

    /**
     * Creates a (new or reset) subscription and its items on the server; items the server refuses
     * are reported.
     */
    private void createOnServer(OpcUaSubscription sub) throws UaException {
        sub.create();
        try {
            sub.synchronizeMonitoredItems();
        } catch (MonitoredItemSynchronizationException e) {
            LOG.debug("{}: some monitored items were refused", name);
        }
        for (OpcUaMonitoredItem item : List.copyOf(sub.getMonitoredItems())) {
            StatusCode result = item.getCreateResult().orElse(StatusCode.GOOD);
            if (result.isBad()) {
                Mapping m = (Mapping) item.getUserObject().orElseThrow();
                problem(
                        m,
                        result.getValue(),
                        "the server refused to monitor it: "
                                + StatusCodes.lookup(result.getValue())
                                        .map(s -> s[0])
                                        .orElse(result.toString()));
                sub.removeMonitoredItem(item);
            }
        }
    }

    private void problem(Mapping m, long status, String reason) {
        MappingProblem p = new MappingProblem(m.tagId(), m.node(), status, reason);
        if (problems.stream().noneMatch(x -> x.tagId().equals(m.tagId()))) problems.add(p);
        LOG.warn("{}: cannot read mapping {}", name, p);
        emit(new Sample(m.tagId(), null, System.currentTimeMillis(), status));
    }

    private void onItemValue(Mapping m, DataValue value) {
        emit(ValueConverter.toSample(m.tagId(), value, System.currentTimeMillis()));
    }

    private void emit(Sample s) {
        try {
            sink.accept(s);
        } catch (RuntimeException e) {
            LOG.error("{}: sample sink failed for {}: {}", name, s.tagId(), e.toString());
        }
    }

    private void sessionInactive() {
        if (closed) return;
        connected = false;
        LOG.warn(
                "{}: session with {} lost; reporting {} tag(s) as Bad_NoCommunication until it is back",
                name,
                endpoint.url(),
                mappings.size() - problems.size());
        reportAllBad();
    }

    private void reportAllBad() {
        if (badReported) return;
        badReported = true;
        long now = System.currentTimeMillis();
        for (Mapping m : mappings) {
            if (problems.stream().noneMatch(p -> p.tagId().equals(m.tagId()))) {
                emit(new Sample(m.tagId(), null, now, Sample.BAD_NO_COMMUNICATION));
            }
        }
    }

    private void sessionActive() {
        if (closed) return;
        boolean wasDown = !connected || badReported;
        connected = true;
        badReported = false;
        if (wasDown) restoreSubscriptions();
    }

    /**
     * After a reconnect: subscriptions the server does not hold in the new session (the server
     * restarted, the transfer failed) are replaced, the others get their current values read.
     * Milo's own verdict (it resets a subscription whose transfer failed) is delivered on another
     * thread and may come after this runs, so the server is asked. A restarted server may order its
     * namespaces differently, so when the namespace table changed every monitored item is rebuilt
     * from the mappings. On failure this retries with back-off.
     */
    private void restoreSubscriptions() {
        if (closed || !connected) return;
        OpcUaClient c = client;
        try {
            List<OpcUaSubscription> lost = notHeldByServer(c);
            if (!lost.isEmpty()
                    && !Arrays.equals(namespaceUris, c.readNamespaceTable().toArray())) {
                LOG.info(
                        "{}: the server's namespace table changed; rebuilding every monitored item",
                        name);
                subscriptions.forEach(this::retire);
                subscribe(c);
            } else {
                for (OpcUaSubscription sub : subscriptions) {
                    if (lost.contains(sub)) replace(c, sub);
                    else readCurrentValues(sub);
                }
                LOG.info(
                        "{}: session with {} active again; {} of {} subscription(s) re-created, the others kept by the server",
                        name,
                        endpoint.url(),
                        lost.size(),
                        subscriptions.size());
            }
            backoffMs = MIN_BACKOFF_MS;
        } catch (UaException | RuntimeException e) {
            restoreLater("cannot restore subscriptions after reconnect", e);
        }
    }

    /** Logs why, and tries {@link #restoreSubscriptions} again after the back-off, which grows. */
    private void restoreLater(String why, Exception e) {
        LOG.warn("{}: {}: {}; retrying in {} s", name, why, e.getMessage(), backoffMs / 1000);
        if (!closed) worker.schedule(this::restoreSubscriptions, backoffMs, TimeUnit.MILLISECONDS);
        backoffMs = Math.min(MAX_BACKOFF_MS, backoffMs * 2);
    }

    /**
     * The subscriptions that will deliver nothing in the current session: reset by Milo (state
     * {@link SyncState#INITIAL}) or unknown to the server. SetPublishingMode(true) changes nothing
     * on a subscription created with publishing enabled and answers Bad_SubscriptionIdInvalid for
     * one the session does not hold (OPC UA Part 4, 5.13.4). A server that refuses the service has
     * all its subscriptions replaced: a needless re-creation costs less than a frozen tag.
     */
    private List<OpcUaSubscription> notHeldByServer(OpcUaClient c) throws UaException {
        List<OpcUaSubscription> lost = new ArrayList<>();
        List<OpcUaSubscription> asked = new ArrayList<>();
        List<UInteger> ids = new ArrayList<>();
        for (OpcUaSubscription sub : subscriptions) {
            var id = sub.getSubscriptionId();
            if (sub.getSyncState() == SyncState.INITIAL || id.isEmpty()) {
                lost.add(sub);
            } else {
                asked.add(sub);
                ids.add(id.get());
            }
        }
        if (ids.isEmpty()) return lost;
        Set<UInteger> held = new HashSet<>();
        try {
            StatusCode[] results = c.setPublishingMode(true, ids).getResults();
            for (int i = 0; results != null && i < results.length; i++) {
                if (results[i].isGood()) held.add(ids.get(i));
            }
        } catch (UaException e) {
            if (e.getStatusCode().value() != StatusCodes.Bad_ServiceUnsupported) throw e;
            LOG.info(
                    "{}: the server cannot confirm transferred subscriptions; re-creating them",
                    name);
        }
        for (int i = 0; i < asked.size(); i++) {
            if (!held.contains(ids.get(i))) lost.add(asked.get(i));
        }
        return lost;
    }

    /**
     * Puts a new subscription with new items for the same mappings in the place of one that
     * delivers nothing. A new object, not the old one created again: Milo may still reset the old
     * one when its late transfer-failed notice runs, which must not hit the new one.
     */
    private void replace(OpcUaClient c, OpcUaSubscription old) throws UaException {
        retire(old);
        MonitoredItemFactory items =
                new MonitoredItemFactory(c.getNamespaceTable(), this::onItemValue);
        List<OpcUaMonitoredItem> fresh = new ArrayList<>();
        for (OpcUaMonitoredItem item : old.getMonitoredItems()) {
            Mapping m = (Mapping) item.getUserObject().orElseThrow();
            try {
                fresh.add(items.create(m));
            } catch (MappingException e) {
                problem(m, e.status(), e.getMessage());
            }
        }
        OpcUaSubscription sub = newSubscription(c, fresh);
        subscriptions.set(subscriptions.indexOf(old), sub);
        createOnServer(sub);
    }

    /** Deletes a subscription on the server if it is there, and forgets it on the client. */
    private void retire(OpcUaSubscription sub) {
        try {
            sub.delete();
        } catch (UaException e) {
            LOG.debug("{}: deleting an old subscription: {}", name, e.getMessage());
        }
        sub.reset();
    }

    /**
     * Replaces a subscription of ours that Milo reset while the session is active: its transfer
     * failed after {@link #restoreSubscriptions()} had found it held, or the server timed it out.
     */
    private void recreateIfLost(OpcUaSubscription sub) {
        if (closed || !connected || !subscriptions.contains(sub)) return;
        if (sub.getSyncState() != SyncState.INITIAL) return;
        try {
            replace(client, sub);
            LOG.info("{}: subscription re-created", name);
        } catch (UaException | RuntimeException e) {
            restoreLater("cannot re-create a subscription", e);
        }
    }

    /**
     * Reads the current values of a transferred subscription's items. Milo asks for initial values
     * on transfer, but a server may not send them, and the tags were reported bad.
     */
    private void readCurrentValues(OpcUaSubscription sub) throws UaException {
        List<OpcUaMonitoredItem> items = sub.getMonitoredItems();
        if (items.isEmpty()) return;
        List<NodeId> ids = items.stream().map(i -> i.getReadValueId().getNodeId()).toList();
        List<DataValue> values = client.readValues(0, TimestampsToReturn.Both, ids);
        for (int i = 0; i < items.size(); i++) {
            onItemValue((Mapping) items.get(i).getUserObject().orElseThrow(), values.get(i));
        }
    }

    private final class SubscriptionEvents implements OpcUaSubscription.SubscriptionListener {
        @Override
        public void onTransferFailed(OpcUaSubscription subscription, StatusCode status) {
            LOG.info(
                    "{}: subscription could not be transferred to the new session ({}); it will be re-created",
                    name,
                    status);
            onWorker(() -> recreateIfLost(subscription));
        }

        @Override
        public void onStatusChanged(OpcUaSubscription subscription, StatusCode status) {
            // Bad_Timeout: the server deleted the subscription (lifetime expired) and Milo reset it
            if (status.value() != StatusCodes.Bad_Timeout) return;
            LOG.warn("{}: the server timed out a subscription; it will be re-created", name);
            onWorker(() -> recreateIfLost(subscription));
        }

        @Override
        public void onWatchdogTimerElapsed(OpcUaSubscription subscription) {
            LOG.warn(
                    "{}: no publish response from {} within the keep-alive window",
                    name,
                    endpoint.url());
        }

        @Override
        public void onNotificationDataLost(OpcUaSubscription subscription) {
            LOG.warn(
                    "{}: the server could not republish missed notifications; some changes were lost",
                    name);
        }
    }

    private void disconnectQuietly() {
        OpcUaClient c = client;
        client = null;
        if (c == null) return;
        try {
            c.disconnectAsync().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.debug("{}: disconnect: {}", name, e.toString());
        }
    }

    @Override
    public void close() {
        closed = true;
        worker.shutdownNow();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connected = false;
        disconnectQuietly();
    }
}
