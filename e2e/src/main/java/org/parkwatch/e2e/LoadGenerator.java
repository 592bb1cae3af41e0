package org.parkwatch.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.uplink.Sample;
import org.parkwatch.model.uplink.UplinkBatch;
import org.parkwatch.model.uplink.UplinkCodec;
import org.parkwatch.model.uplink.UplinkTopics;

/**
 * Background MQTT load for benchmarks: publishes batches of synthetic values for real tags of one
 * enterprise at a fixed rate (samples per second) as a bridge of its own, on its own thread, until
 * closed.
 */
public final class LoadGenerator implements AutoCloseable {
    private final MqttAsyncClient client;
    private final List<TagDefinition> tags;
    private final String enterpriseId;
    private final String bridgeId;
    private final int samplesPerSecond;
    private final int batchSize;
    private final AtomicLong published = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;
    private final String epoch;
    private final long[] lastTimeMs;

    public LoadGenerator(
            String mqttUrl,
            String enterpriseId,
            List<TagDefinition> tags,
            int samplesPerSecond,
            int batchSize)
            throws MqttException {
        this(mqttUrl, enterpriseId, tags, samplesPerSecond, batchSize, null);
    }

    /**
     * @param epoch the sequence's epoch (a new one for every generator, so a restarted load is a
     *     new sequence at the park, not a replay); null sends none
     */
    public LoadGenerator(
            String mqttUrl,
            String enterpriseId,
            List<TagDefinition> tags,
            int samplesPerSecond,
            int batchSize,
            String epoch)
            throws MqttException {
        this.epoch = epoch;
        this.enterpriseId = enterpriseId;
        this.bridgeId = enterpriseId + "-LOAD";
        this.tags = tags.stream().filter(t -> !t.kind().isDiscrete()).toList();
        this.lastTimeMs = new long[this.tags.size()];
        this.samplesPerSecond = samplesPerSecond;
        this.batchSize = batchSize;
        this.client =
                new MqttAsyncClient(
                        mqttUrl, "pw-load-" + System.nanoTime(), new MemoryPersistence());
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(true);
        o.setMaxInflight(1000);
        client.connect(o).waitForCompletion(10_000);
        this.thread = new Thread(this::run, "load-generator");
        thread.setDaemon(true);
        thread.start();
    }

    public long published() {
        return published.get();
    }

    /** False once the generator stopped on its own (its connection was lost). */
    public boolean isRunning() {
        return thread.isAlive();
    }

    private void run() {
        UplinkCodec codec = new UplinkCodec();
        String topic = UplinkTopics.samples(enterpriseId, bridgeId);
        long seq = 1;
        long start = System.nanoTime();
        int next = 0;
        try {
            while (running) {
                long due = start + (long) (published.get() * 1e9 / samplesPerSecond);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    continue;
                }
                long now = System.currentTimeMillis();
                List<Sample> batch = new ArrayList<>(batchSize);
                for (int i = 0; i < batchSize; i++) {
                    int k = next++ % tags.size();
                    TagDefinition t = tags.get(k);
                    // one sample a tag and millisecond, as a real source sends: two values at one
                    // instant would be one overwriting the other in the history
                    long time = Math.max(now, lastTimeMs[k] + 1);
                    lastTimeMs[k] = time;
                    batch.add(
                            Sample.of(
                                    t.id(),
                                    t.min() + (t.max() - t.min()) * ((next % 1000) / 1000.0),
                                    time));
                }
                // asynchronous QoS 1: up to the in-flight window of batches await their PUBACK at
                // once
                byte[] payload =
                        codec.encode(
                                new UplinkBatch(enterpriseId, bridgeId, seq++, now, batch, epoch));
                while (running) {
                    try {
                        client.publish(topic, payload, 1, false);
                        break;
                    } catch (MqttException e) {
                        if (e.getReasonCode() != MqttException.REASON_CODE_MAX_INFLIGHT) throw e;
                        Thread.sleep(1); // the in-flight window is full: wait for PUBACKs
                    }
                }
                published.addAndGet(batchSize);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (MqttException e) {
            if (running) System.err.println("load generator stopped: " + e);
        }
    }

    @Override
    public void close() throws Exception {
        running = false;
        thread.interrupt();
        thread.join(5_000);
        if (client.isConnected()) client.disconnect(2_000).waitForCompletion(5_000);
        client.close();
    }
}
