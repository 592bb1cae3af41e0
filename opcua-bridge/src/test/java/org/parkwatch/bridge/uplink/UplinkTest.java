package org.parkwatch.bridge.uplink;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.bridge.BridgeStats;
import org.parkwatch.bridge.config.BridgeConfig;
import org.parkwatch.bridge.testsupport.CuttableTcpProxy;
import org.parkwatch.bridge.testsupport.MqttProbe;
import org.parkwatch.bridge.testsupport.TestConfigs;
import org.parkwatch.model.uplink.FeedStatus;
import org.parkwatch.model.uplink.Sample;
import org.parkwatch.model.uplink.UplinkBatch;
import org.parkwatch.model.uplink.UplinkTopics;

class UplinkTest {
    private static final long T0 = 1_764_300_000_000L;

    @TempDir Path spoolDir;

    private final List<AutoCloseable> open = new ArrayList<>();

    private final List<String> statusTopics = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) open.get(i).close();
        for (String t : statusTopics) MqttProbe.clearRetainedWithNewClient(t);
    }

    private <T extends AutoCloseable> T open(T c) {
        open.add(c);
        return c;
    }

    private MqttProbe probe(BridgeConfig cfg) throws Exception {
        statusTopics.add(UplinkTopics.status(cfg.enterpriseId(), cfg.bridgeId()));
        return open(
                new MqttProbe(
                        UplinkTopics.samples(cfg.enterpriseId(), cfg.bridgeId()),
                        UplinkTopics.status(cfg.enterpriseId(), cfg.bridgeId())));
    }

    private BridgeConfig config(String mqttUrl, int maxSamples) {
        return TestConfigs.bridge(
                TestConfigs.uniqueId("T"),
                mqttUrl,
                spoolDir,
                maxSamples,
                50,
                "opc.tcp://127.0.0.1:1/",
                List.of());
    }

    private static void feed(Uplink uplink, String tag, int from, int to) {
        for (int i = from; i < to; i++) uplink.accept(Sample.of(tag, i, T0 + i));
    }

    /**
     * Every sample of every batch in arrival order, asserting batches come in sequence without gaps
     * or repeats.
     */
    private static List<Double> valuesInOrder(MqttProbe probe, long firstSeq) {
        List<Long> seqs = probe.seqs();
        assertEquals(
                LongStream.range(firstSeq, firstSeq + seqs.size()).boxed().toList(),
                seqs,
                "batches in order, each exactly once");
        List<Double> values = new ArrayList<>();
        for (UplinkBatch b : probe.batches) for (Sample s : b.samples()) values.add(s.numeric());
        return values;
    }

    private static List<Double> range(int from, int to) {
        List<Double> out = new ArrayList<>();
        for (int i = from; i < to; i++) out.add((double) i);
        return out;
    }

    @Test
    void batchesArriveInOrderWithBirthAndOfflineStatus() throws Exception {
        BridgeConfig cfg = config(MqttProbe.BROKER, 1000);
        MqttProbe probe = probe(cfg);
        BridgeStats stats = new BridgeStats();
        Uplink uplink = new Uplink(cfg, stats, () -> 1);
        uplink.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> probe.statuses.size() == 1);
        assertEquals(FeedStatus.ONLINE, probe.statuses.get(0).state());
        assertEquals(cfg.bridgeId(), probe.statuses.get(0).bridgeId());
        feed(uplink, "E.T.V", 0, 2500);
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () ->
                                probe.batches.stream().mapToInt(b -> b.samples().size()).sum()
                                        == 2500);
        assertEquals(range(0, 2500), valuesInOrder(probe, 0));
        UplinkBatch first = probe.batches.get(0);
        assertEquals(1000, first.samples().size(), "a full batch holds maxSamples");
        assertEquals(new Sample("E.T.V", 0.0, T0, 0), first.samples().get(0));
        assertEquals(cfg.enterpriseId(), first.enterpriseId());
        await().atMost(Duration.ofSeconds(5))
                .until(() -> stats.batchesPublished() == probe.batches.size());
        assertEquals(0, uplink.spool().pendingCount());
        uplink.close();
        await().atMost(Duration.ofSeconds(5)).until(() -> probe.statuses.size() == 2);
        assertEquals(FeedStatus.OFFLINE, probe.statuses.get(1).state());
    }

    @Test
    void brokerOutageIsSpooledAndReplayedExactlyOnceInOrder() throws Exception {
        CuttableTcpProxy proxy =
                open(new CuttableTcpProxy(MqttProbe.BROKER_PORT)); // not listening yet
        BridgeConfig cfg = config(proxy.mqttUrl(), 100);
        MqttProbe probe = probe(cfg);
        BridgeStats stats = new BridgeStats();
        Uplink uplink = open(new Uplink(cfg, stats, () -> 1));
        uplink.start();
        feed(uplink, "E.T.V", 0, 1000);
        await().atMost(Duration.ofSeconds(10)).until(() -> uplink.spool().pendingCount() == 10);
        assertTrue(probe.batches.isEmpty());
        proxy.restore();
        await().atMost(Duration.ofSeconds(20)).until(() -> probe.batches.size() == 10);
        feed(uplink, "E.T.V", 1000, 1500);
        await().atMost(Duration.ofSeconds(10)).until(() -> probe.batches.size() == 15);
        // a second outage mid-stream: cut, spool while away, restore
        proxy.cut();
        await().atMost(Duration.ofSeconds(10)).until(() -> !uplink.isConnected());
        feed(uplink, "E.T.V", 1500, 2000);
        await().atMost(Duration.ofSeconds(10)).until(() -> uplink.spool().pendingCount() == 5);
        proxy.restore();
        await().atMost(Duration.ofSeconds(40))
                .until(() -> probe.batches.size() >= 20 && uplink.spool().pendingCount() == 0);
        assertEquals(range(0, 2000), valuesInOrder(probe, 0));
        assertEquals(
                15,
                stats.batchesReplayed(),
                "10 spooled before the first connect, 5 during the cut");
        assertEquals(0, stats.batchesDropped());
    }

    @Test
    void spoolSurvivesABridgeRestart() throws Exception {
        CuttableTcpProxy proxy = open(new CuttableTcpProxy(MqttProbe.BROKER_PORT));
        BridgeConfig cfg = config(proxy.mqttUrl(), 100);
        MqttProbe probe = probe(cfg);
        Uplink first = new Uplink(cfg, new BridgeStats(), () -> 0);
        first.start();
        feed(first, "E.T.V", 0, 300);
        await().atMost(Duration.ofSeconds(10)).until(() -> first.spool().pendingCount() == 3);
        first.close(0);

        Uplink second = open(new Uplink(cfg, new BridgeStats(), () -> 0));
        assertEquals(
                3, second.spool().pendingCount(), "batches of the first run are still on disk");
        second.start();
        feed(second, "E.T.V", 300, 400);
        await().atMost(Duration.ofSeconds(10)).until(() -> second.spool().pendingCount() == 4);
        proxy.restore();
        await().atMost(Duration.ofSeconds(20)).until(() -> probe.batches.size() == 4);
        assertEquals(
                range(0, 400),
                valuesInOrder(probe, 0),
                "sequence numbers continue across the restart");
    }
}
