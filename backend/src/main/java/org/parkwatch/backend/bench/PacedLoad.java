package org.parkwatch.backend.bench;

import io.netty.handler.codec.mqtt.MqttQoS;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.mqtt.MqttClient;
import io.vertx.mqtt.MqttClientOptions;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.parkwatch.model.park.EnterpriseTags;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.park.TagLimits;
import org.parkwatch.model.uplink.UplinkTopics;

/**
 * Background MQTT load for the alarm-latency benchmark: one bridge-like publisher per enterprise
 * (vertx-mqtt, QoS 1, a window of unacknowledged batches), paced to a fixed rate in samples per
 * second. Values stay inside each tag's normal band (between its low and high limits, small
 * jitter), so the load costs ingest, live state and alarm evaluation without raising alarms of its
 * own; discrete tags and the excluded tags are left out. Payload as documented in {@link
 * org.parkwatch.model.uplink.UplinkCodec} (samples as {@code [tag, value, timeMs, status]}).
 */
final class PacedLoad {
    /** Pacing period, ms: every tick publishes what is due since the start. */
    private static final long TICK_MS = 5;

    private final Vertx vertx;
    private final String enterpriseId;
    private final String bridgeId;
    private final String topic;
    private final List<TagDefinition> tags;
    private final double[] normal;
    private final double samplesPerSecond;
    private final int batchSize;
    private final int window;
    private final MqttClient client;
    private final Random random = new Random(7);
    private long seq;
    private long published;
    private int inFlight;
    private int next;
    private long startNs;
    private long timer = -1;

    PacedLoad(
            Vertx vertx,
            EnterpriseTags list,
            Set<String> excluded,
            double samplesPerSecond,
            int batchSize,
            int window) {
        this.vertx = vertx;
        this.enterpriseId = list.enterpriseId();
        this.bridgeId = enterpriseId + "-LOAD";
        this.topic = UplinkTopics.samples(enterpriseId, bridgeId);
        this.tags =
                list.tags().stream()
                        .filter(t -> !t.kind().isDiscrete() && !excluded.contains(t.id()))
                        .toList();
        this.normal = new double[tags.size()];
        for (int i = 0; i < tags.size(); i++) normal[i] = normalValue(tags.get(i));
        this.samplesPerSecond = samplesPerSecond;
        this.batchSize = batchSize;
        this.window = window;
        this.client =
                MqttClient.create(
                        vertx,
                        new MqttClientOptions()
                                .setClientId(bridgeId)
                                .setMaxInflightQueue(window * 2)
                                .setMaxMessageSize(8 << 20));
        client.publishCompletionHandler(
                id -> {
                    inFlight--;
                    pump();
                });
    }

    /** Middle of the band between the nearest low and high limits (or the range ends). */
    static double normalValue(TagDefinition t) {
        TagLimits l = t.limits();
        double lo = t.min(), hi = t.max();
        if (l.l() != null) lo = Math.max(lo, l.l());
        else if (l.ll() != null) lo = Math.max(lo, l.ll());
        if (l.h() != null) hi = Math.min(hi, l.h());
        else if (l.hh() != null) hi = Math.min(hi, l.hh());
        return (lo + hi) / 2;
    }

    boolean isEmpty() {
        return tags.isEmpty();
    }

    Future<Void> start(int port) {
        return client.connect(port, "127.0.0.1")
                .map(
                        ack -> {
                            vertx.runOnContext(
                                    v -> {
                                        startNs = System.nanoTime();
                                        timer = vertx.setPeriodic(TICK_MS, id -> pump());
                                    });
                            return null;
                        });
    }

    /** Publishes the batches due by now, as far as the window allows. */
    private void pump() {
        if (timer < 0) return;
        long due = (long) ((System.nanoTime() - startNs) / 1e9 * samplesPerSecond);
        while (published + batchSize <= due && inFlight < window) {
            long now = System.currentTimeMillis();
            StringBuilder json =
                    new StringBuilder(batchSize * 48)
                            .append("{\"v\":1,\"enterprise\":\"")
                            .append(enterpriseId)
                            .append("\",\"bridge\":\"")
                            .append(bridgeId)
                            .append("\",\"seq\":")
                            .append(++seq)
                            .append(",\"sentMs\":")
                            .append(now)
                            .append(",\"samples\":[");
            for (int i = 0; i < batchSize; i++) {
                int k = next++ % tags.size();
                TagDefinition t = tags.get(k);
                double v = normal[k] + (t.max() - t.min()) * 0.002 * (random.nextDouble() - 0.5);
                if (i > 0) json.append(',');
                json.append("[\"")
                        .append(t.id())
                        .append("\",")
                        .append(v)
                        .append(',')
                        .append(now)
                        .append(",0]");
            }
            json.append("]}");
            inFlight++;
            published += batchSize;
            client.publish(
                    topic, Buffer.buffer(json.toString()), MqttQoS.AT_LEAST_ONCE, false, false);
        }
    }

    long published() {
        return published;
    }

    void stop() {
        if (timer >= 0) vertx.cancelTimer(timer);
        timer = -1;
        client.disconnect();
    }
}
