package org.parkwatch.bridge.uplink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import javax.net.SocketFactory;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.parkwatch.bridge.BridgeStats;
import org.parkwatch.bridge.config.BridgeConfig;
import org.parkwatch.bridge.spool.BatchLedger;
import org.parkwatch.bridge.spool.DiskSpool;
import org.parkwatch.bridge.spool.SpooledBatch;
import org.parkwatch.model.uplink.FeedStatus;
import org.parkwatch.model.uplink.Sample;
import org.parkwatch.model.uplink.UplinkBatch;
import org.parkwatch.model.uplink.UplinkCodec;
import org.parkwatch.model.uplink.UplinkTopics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries a bridge's samples to the park: batches them ({@link Batcher}), gives each batch the next
 * sequence number and appends it to the {@link DiskSpool} before anything is sent, then publishes
 * spooled batches in order over MQTT QoS 1 to {@link UplinkTopics#samples}; a batch leaves the
 * spool only when the broker's PUBACK arrives. While the broker is unreachable batches stay on
 * disk; after a reconnect everything unacknowledged is sent again, oldest first, before newer
 * batches (the park drops duplicates by sequence number). Reconnects back off from 1 s to 30 s. The
 * bridge announces itself with a retained {@link FeedStatus} {@code online} on {@link
 * UplinkTopics#status}, leaves {@code lost} as its last will and publishes {@code offline} on an
 * orderly {@link #close()}.
 */
public final class Uplink implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Uplink.class);

    /**
     * Paho's in-flight window; batches are ~50 kB, so 1000 in flight saturate any link the bridge
     * will see.
     */
    static final int MAX_INFLIGHT = 1000;

    /** Our own window stays below Paho's so status messages always fit. */
    static final int SEND_WINDOW = MAX_INFLIGHT - 10;

    static final long MIN_BACKOFF_MS = 1000;

    /**
     * How long a CONNECT may take, ms: the park verifies each bridge's password with a deliberately
     * slow hash, and after a park restart every bridge logs in at once.
     */
    static final int CONNECT_WAIT_MS = 30_000;

    static final long MAX_BACKOFF_MS = 30_000;

    /**
     * How often the online status is refreshed (also when the number of connected servers changes),
     * ms.
     */
    static final long STATUS_REFRESH_MS = 60_000;

    private final BridgeConfig config;
    private final BridgeStats stats;
    private final IntSupplier serversUp;
    private final UplinkCodec codec = new UplinkCodec();
    private final String samplesTopic;
    private final String statusTopic;
    private final DiskSpool spool;
    private final BatchLedger ledger; // null unless the soak asks for it
    private final Batcher batcher;
    private final MqttAsyncClient mqtt;
    private final SocketFactory tlsSocketFactory;
    private final Object signal = new Object();
    private final AtomicInteger inflight = new AtomicInteger();
    private final Thread sender;
    private final IntegrityRefresh refresh;
    private final Thread refresher;
    private volatile boolean connected;
    private volatile boolean closed;
    private long sentSeq;
    private long backoffMs = MIN_BACKOFF_MS;
    private long nextConnectMs;
    private long lastStatusMs;
    private int lastServersUp = -1;

    /**
     * Opens the spool (recovering it) and prepares the MQTT client; {@link #start()} begins work.
     */
    public Uplink(BridgeConfig config, BridgeStats stats, IntSupplier serversUp)
            throws IOException {
        this.config = config;
        this.stats = stats;
        this.serversUp = serversUp;
        this.samplesTopic = UplinkTopics.samples(config.enterpriseId(), config.bridgeId());
        this.statusTopic = UplinkTopics.status(config.enterpriseId(), config.bridgeId());
        BridgeConfig.Spool s = config.spool();
        this.spool = DiskSpool.open(s.dir(), s.maxBytes(), s.fsync());
        this.ledger = BatchLedger.openIfEnabled(s.dir());
        stats.bindSpool(spool::sizeBytes, spool::pendingCount, spool::droppedBatches);
        this.batcher =
                new Batcher(
                        config.bridgeId(),
                        config.batch().maxSamples(),
                        config.batch().maxDelayMs(),
                        this::store);
        try {
            this.mqtt =
                    new MqttAsyncClient(
                            config.mqtt().url(), config.mqtt().clientId(), new MemoryPersistence());
        } catch (MqttException e) {
            throw new IOException(
                    "MQTT client for " + config.mqtt().url() + ": " + e.getMessage(), e);
        }
        mqtt.setCallback(new Callback());
        this.tlsSocketFactory =
                config.mqtt().tls() == null ? null : TlsTrust.socketFactory(config.mqtt().tls());
        this.sender = new Thread(this::sendLoop, "uplink-" + config.bridgeId());
        sender.setDaemon(true);
        this.refresh = new IntegrityRefresh(config.batch().refreshMs());
        this.refresher = new Thread(this::refreshLoop, "refresh-" + config.bridgeId());
        refresher.setDaemon(true);
    }

    public void start() {
        batcher.start();
        sender.start();
        if (refresh.enabled()) refresher.start();
    }

    /** Queues one sample for the next batch; blocks only when the spool cannot keep up. */
    public void accept(Sample s) {
        stats.countSamples(1, s.isBad() ? 1 : 0);
        refresh.forward(s, System.currentTimeMillis(), batcher::add);
    }

    /**
     * Sends every tag's latest sample again once it has not been sent for refreshMs (see {@link
     * IntegrityRefresh}).
     */
    private void refreshLoop() {
        long period = Math.max(100, Math.min(5_000, refresh.refreshMs() / 4));
        while (!closed) {
            try {
                Thread.sleep(period);
                refresh.refreshDue(System.currentTimeMillis(), batcher::add);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (closed) return;
                LOG.error("{}: integrity refresh failed: {}", config.bridgeId(), e.toString());
            }
        }
    }

    public boolean isConnected() {
        return connected;
    }

    public DiskSpool spool() {
        return spool;
    }

    private void store(List<Sample> samples) {
        try {
            long created =
                    spool.append(
                            seq ->
                                    codec.encode(
                                            new UplinkBatch(
                                                    config.enterpriseId(),
                                                    config.bridgeId(),
                                                    seq,
                                                    System.currentTimeMillis(),
                                                    samples,
                                                    spool.epoch())));
            if (ledger != null) ledger.record(spool.epoch(), created, samples);
            stats.countSpooled();
        } catch (IOException e) {
            throw new UncheckedIOException("spool " + spool.dir() + ": cannot append a batch", e);
        }
        wake();
    }

    private void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    private void sendLoop() {
        while (!closed) {
            try {
                if (!connected) {
                    long wait = nextConnectMs - System.currentTimeMillis();
                    if (wait > 0) {
                        pause(wait); // wake() may end this early; the loop checks the deadline
                        // again
                    } else {
                        connect();
                    }
                    continue;
                }
                boolean sent = sendPending();
                maybeRefreshStatus();
                spool.sync();
                if (!sent) {
                    synchronized (signal) {
                        signal.wait(200);
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                if (closed) return;
                LOG.error("{}: uplink error: {}", config.bridgeId(), e.toString());
                pause(MIN_BACKOFF_MS);
            }
        }
    }

    private void connect() throws InterruptedException {
        try {
            // a CONNACK may arrive after our wait gave up (a busy park verifying many logins at
            // once): then the
            // client is connected already and only the bookkeeping below is missing
            if (!mqtt.isConnected()) mqtt.connect(options()).waitForCompletion(CONNECT_WAIT_MS);
            connected = true;
            stats.countMqttConnect();
            backoffMs = MIN_BACKOFF_MS;
            inflight.set(0);
            sentSeq = spool.ackedSeq();
            long pending = spool.pendingCount();
            if (pending > 0) {
                stats.countReplayed((int) Math.min(Integer.MAX_VALUE, pending));
                LOG.info(
                        "{}: connected to {}; replaying {} spooled batch(es) from seq {}",
                        config.bridgeId(),
                        config.mqtt().url(),
                        pending,
                        sentSeq + 1);
            } else {
                LOG.info("{}: connected to {}", config.bridgeId(), config.mqtt().url());
            }
            publishStatus(FeedStatus.ONLINE);
        } catch (MqttException e) {
            if (e.getReasonCode() == MqttException.REASON_CODE_CLIENT_CONNECTED) {
                nextConnectMs = 0; // connected meanwhile: the next loop turn does the bookkeeping
                return;
            }
            LOG.warn(
                    "{}: cannot connect to MQTT broker {}: {}; retrying in {} s ({} batch(es) spooled)",
                    config.bridgeId(),
                    config.mqtt().url(),
                    e.getMessage(),
                    backoffMs / 1000,
                    spool.pendingCount());
            nextConnectMs = System.currentTimeMillis() + backoffMs;
            backoffMs = Math.min(MAX_BACKOFF_MS, backoffMs * 2);
        }
    }

    private MqttConnectOptions options() {
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(true);
        o.setAutomaticReconnect(false); // our loop reconnects, so it can replay the spool first
        o.setKeepAliveInterval(config.mqtt().keepAliveS());
        o.setConnectionTimeout(CONNECT_WAIT_MS / 1000 - 5);
        o.setMaxInflight(MAX_INFLIGHT);
        // the park speaks 3.1.1; Paho's default would retry a refused CONNECT as 3.1, doubling
        // every refusal
        o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        if (config.mqtt().username() != null) o.setUserName(config.mqtt().username());
        if (config.mqtt().password() != null) o.setPassword(config.mqtt().password().toCharArray());
        if (tlsSocketFactory != null)
            o.setSocketFactory(tlsSocketFactory); // Paho verifies the host name as well
        o.setWill(statusTopic, codec.encodeStatus(status(FeedStatus.LOST)), 1, true);
        return o;
    }

    private FeedStatus status(String state) {
        return new FeedStatus(
                config.enterpriseId(),
                config.bridgeId(),
                state,
                System.currentTimeMillis(),
                serversUp.getAsInt(),
                config.endpoints().size());
    }

    private void publishStatus(String state) throws MqttException {
        FeedStatus s = status(state);
        mqtt.publish(statusTopic, codec.encodeStatus(s), 1, true);
        lastStatusMs = System.currentTimeMillis();
        lastServersUp = s.serversUp();
    }

    private void maybeRefreshStatus() {
        int up = serversUp.getAsInt();
        if (up == lastServersUp && System.currentTimeMillis() - lastStatusMs < STATUS_REFRESH_MS)
            return;
        try {
            publishStatus(FeedStatus.ONLINE);
        } catch (MqttException e) {
            LOG.debug("{}: status refresh failed: {}", config.bridgeId(), e.getMessage());
        }
    }

    /**
     * Publishes spooled batches after {@link #sentSeq} while the window has room; true when
     * something was sent.
     */
    private boolean sendPending() throws IOException {
        int room = SEND_WINDOW - inflight.get();
        if (room <= 0) return false;
        List<SpooledBatch> batches = spool.pendingAfter(sentSeq, Math.min(room, 200));
        for (SpooledBatch b : batches) {
            try {
                MqttMessage msg = new MqttMessage(b.payload());
                msg.setQos(1);
                inflight.incrementAndGet();
                mqtt.publish(samplesTopic, msg, b.seq(), null);
                sentSeq = b.seq();
            } catch (MqttException e) {
                inflight.decrementAndGet();
                LOG.warn(
                        "{}: publish of batch {} failed: {}",
                        config.bridgeId(),
                        b.seq(),
                        e.getMessage());
                return false;
            }
        }
        return !batches.isEmpty();
    }

    private void pause(long ms) {
        synchronized (signal) {
            try {
                signal.wait(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private final class Callback implements MqttCallback {
        @Override
        public void connectionLost(Throwable cause) {
            connected = false;
            LOG.warn(
                    "{}: connection to {} lost: {}; {} batch(es) will be sent again after reconnect",
                    config.bridgeId(),
                    config.mqtt().url(),
                    cause == null ? "?" : cause.getMessage(),
                    spool.pendingCount());
            wake();
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            // the bridge subscribes to nothing
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
            if (token.getUserContext() instanceof Long seq) {
                inflight.decrementAndGet();
                spool.ack(seq);
                stats.countPublished();
                wake();
            }
        }
    }

    /**
     * Orderly stop: stores queued samples, gives the broker up to {@code drainMs} to acknowledge
     * what is spooled, publishes {@code offline}, disconnects and closes the spool (unsent batches
     * stay for the next start).
     */
    public void close(long drainMs) {
        refresher.interrupt();
        batcher.close();
        long deadline = System.currentTimeMillis() + drainMs;
        while (connected && spool.pendingCount() > 0 && System.currentTimeMillis() < deadline) {
            wake();
            pause(50);
        }
        closed = true;
        wake();
        try {
            sender.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            if (mqtt.isConnected()) {
                publishStatusAndWait();
                mqtt.disconnect(2000).waitForCompletion(3000);
            }
        } catch (MqttException e) {
            LOG.warn("{}: orderly MQTT disconnect failed: {}", config.bridgeId(), e.getMessage());
        }
        try {
            mqtt.close(true);
        } catch (MqttException e) {
            LOG.debug("{}: close: {}", config.bridgeId(), e.getMessage());
        }
        try {
            spool.close();
            if (ledger != null) ledger.close();
        } catch (IOException e) {
            LOG.error("{}: closing spool {}: {}", config.bridgeId(), spool.dir(), e.toString());
        }
        LOG.info(
                "{}: uplink stopped; {} batch(es) left in the spool",
                config.bridgeId(),
                spool.pendingCount());
    }

    private void publishStatusAndWait() throws MqttException {
        mqtt.publish(statusTopic, codec.encodeStatus(status(FeedStatus.OFFLINE)), 1, true)
                .waitForCompletion(3000);
    }

    @Override
    public void close() {
        close(3000);
    }
}
