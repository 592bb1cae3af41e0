package org.parkwatch.bridge.client;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.bridge.config.BridgeConfig.Endpoint;
import org.parkwatch.bridge.config.BridgeConfig.Mapping;
import org.parkwatch.bridge.testsupport.CuttableTcpProxy;
import org.parkwatch.bridge.testsupport.LoopbackOpcUaServer;
import org.parkwatch.model.uplink.Sample;

class EnterpriseConnectionTest {
    @TempDir Path pki;

    private LoopbackOpcUaServer server;
    private EnterpriseConnection connection;
    private final List<Sample> samples = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws Exception {
        server =
                new LoopbackOpcUaServer()
                        .variable("TK1.LT", 1.5)
                        .variable("TK1.HS", false)
                        .variable("TK1.N", 7);
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (connection != null) connection.close();
        server.close();
    }

    private void connect(List<Mapping> mappings) {
        connection =
                new EnterpriseConnection(
                        "E99#0",
                        Endpoint.anonymous(server.endpointUrl()),
                        mappings,
                        pki,
                        samples::add);
        connection.start();
    }

    private static Mapping map(String name, String tagId) {
        return new Mapping(LoopbackOpcUaServer.node(name), tagId, 50, 0, 0);
    }

    private Object valueOf(String tagId) {
        Sample s = last(tagId);
        return s == null ? null : s.value();
    }

    private long statusOf(String tagId) {
        Sample s = last(tagId);
        return s == null ? -1 : s.status();
    }

    private Sample last(String tagId) {
        Sample found = null;
        for (Sample s : samples) if (s.tagId().equals(tagId)) found = s;
        return found;
    }

    @Test
    void changesArriveAsSamplesWithTagIdValueTimeAndStatus() {
        long before = System.currentTimeMillis();
        connect(
                List.of(
                        map("TK1.LT", "E99.TK1.LT"),
                        map("TK1.HS", "E99.TK1.HS"),
                        map("TK1.N", "E99.TK1.N")));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> last("E99.TK1.N") != null && last("E99.TK1.HS") != null);
        assertEquals(7.0, valueOf("E99.TK1.N"), "Int32 arrives as Double");
        server.set("TK1.LT", 2.75);
        server.set("TK1.HS", true);
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () ->
                                Objects.equals(Boolean.TRUE, valueOf("E99.TK1.HS"))
                                        && Objects.equals(2.75, valueOf("E99.TK1.LT")));
        Sample lt = last("E99.TK1.LT");
        assertEquals(Sample.GOOD, lt.status());
        assertTrue(
                lt.sourceTimeMs() >= before - 1000
                        && lt.sourceTimeMs() <= System.currentTimeMillis(),
                "source time " + lt.sourceTimeMs());
        assertTrue(connection.isConnected());
    }

    @Test
    void monitoredItemsFollowANamespaceIndexThatMovedAcrossARestart() throws Exception {
        connect(List.of(map("TK1.LT", "E99.TK1.LT")));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Objects.equals(1.5, valueOf("E99.TK1.LT")));
        server.stop();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> statusOf("E99.TK1.LT") == Sample.BAD_NO_COMMUNICATION);
        server.shiftNamespaceIndexOnNextStart();
        server.set("TK1.LT", 6.5);
        server.start();
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () ->
                                Objects.equals(6.5, valueOf("E99.TK1.LT"))
                                        && statusOf("E99.TK1.LT") == Sample.GOOD);
        server.set("TK1.LT", 7.5);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Objects.equals(7.5, valueOf("E99.TK1.LT")));
        assertTrue(connection.problems().isEmpty(), connection.problems().toString());
    }

    @Test
    void itemsAreSpreadOverSubscriptionsOfBoundedSize() throws Exception {
        server.close();
        server = new LoopbackOpcUaServer();
        for (int i = 0; i < 5; i++) server.variable("V" + i, (double) i);
        server.start();
        List<Mapping> mappings = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) mappings.add(map("V" + i, "E99.V" + i));
        connection =
                new EnterpriseConnection(
                        "E99#0",
                        new Endpoint(
                                server.endpointUrl(),
                                "None",
                                "None",
                                org.parkwatch.bridge.config.BridgeConfig.Identity.ANONYMOUS,
                                100,
                                2),
                        mappings,
                        pki,
                        samples::add);
        connection.start();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mappings.stream().allMatch(m -> last(m.tagId()) != null));
        assertEquals(3, connection.subscriptionCount(), "5 items, at most 2 per subscription");
        assertEquals(4.0, valueOf("E99.V4"));
    }

    @Test
    void absoluteDeadbandSuppressesSmallChanges() {
        connect(
                List.of(
                        new Mapping(LoopbackOpcUaServer.node("TK1.LT"), "E99.TK1.LT", 20, 1.0, 0),
                        map("TK1.N", "E99.TK1.N")));
        await().atMost(Duration.ofSeconds(30)).until(() -> last("E99.TK1.LT") != null);
        server.set("TK1.LT", 1.9); // 0.4 from 1.5: inside the deadband
        server.set("TK1.N", 8); // a marker on an item without deadband, sent after the small change
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Objects.equals(8.0, valueOf("E99.TK1.N")));
        assertEquals(1.5, valueOf("E99.TK1.LT"), "change of 0.4 < deadband 1.0 not reported");
        server.set("TK1.LT", 3.0);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Objects.equals(3.0, valueOf("E99.TK1.LT")));
    }

    @Test
    void badNodeIdsAreReportedAndTheRestKeepsWorking() {
        connect(
                List.of(
                        map("TK1.LT", "E99.TK1.LT"),
                        new Mapping(
                                LoopbackOpcUaServer.node("NoSuchNode"), "E99.X.UNKNOWN", 50, 0, 0),
                        new Mapping("nsu=urn:nowhere;s=A", "E99.X.NSU", 50, 0, 0),
                        new Mapping("this is not a node id", "E99.X.GARBAGE", 50, 0, 0)));
        await().atMost(Duration.ofSeconds(30)).until(() -> connection.problems().size() == 3);
        List<String> bad =
                connection.problems().stream().map(MappingProblem::tagId).sorted().toList();
        assertEquals(List.of("E99.X.GARBAGE", "E99.X.NSU", "E99.X.UNKNOWN"), bad);
        assertTrue(
                connection.problems().stream().anyMatch(p -> p.toString().contains("NoSuchNode")));
        assertTrue(last("E99.X.UNKNOWN").isBad());
        server.set("TK1.LT", 9.5);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Objects.equals(9.5, valueOf("E99.TK1.LT")));
    }

    @Test
    void survivesServerRestartOnTheSamePort() throws Exception {
        connect(List.of(map("TK1.LT", "E99.TK1.LT"), map("TK1.HS", "E99.TK1.HS")));
        await().atMost(Duration.ofSeconds(30)).until(() -> last("E99.TK1.LT") != null);
        server.stop();
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () ->
                                statusOf("E99.TK1.LT") == Sample.BAD_NO_COMMUNICATION
                                        && statusOf("E99.TK1.HS") == Sample.BAD_NO_COMMUNICATION);
        assertNull(valueOf("E99.TK1.LT"));
        long badReports =
                samples.stream().filter(s -> s.tagId().equals("E99.TK1.LT") && s.isBad()).count();
        assertEquals(1, badReports, "a tag is reported bad once per outage");
        server.set("TK1.LT", 4.25);
        server.start();
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () ->
                                (statusOf("E99.TK1.LT") == Sample.GOOD)
                                        && (statusOf("E99.TK1.HS") == Sample.GOOD));
        assertEquals(4.25, valueOf("E99.TK1.LT"));
        server.set("TK1.LT", 5.5);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Objects.equals(5.5, valueOf("E99.TK1.LT")));
    }

    /**
     * Milo tells a subscription its transfer failed (and resets it) on its own executor, in no
     * fixed order with the session-active callback; on a loaded machine the notice came after the
     * bridge had read the values back, and the tag stayed good and frozen. Played here late.
     */
    @Test
    void aSubscriptionResetAfterTheReconnectIsCreatedAgain() throws Exception {
        connect(List.of(map("TK1.LT", "E99.TK1.LT")));
        awaitValue("E99.TK1.LT", 1.5);
        server.stop();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> statusOf("E99.TK1.LT") == Sample.BAD_NO_COMMUNICATION);
        server.set("TK1.LT", 4.25);
        server.start();
        awaitBackGood("E99.TK1.LT", 4.25);
        OpcUaSubscription late = connection.subscriptionsInUse().get(0);
        late.notifyTransferFailed(new StatusCode(StatusCodes.Bad_SubscriptionIdInvalid));
        server.set("TK1.LT", 5.5);
        awaitValue("E99.TK1.LT", 5.5);
        assertEquals(1, connection.subscriptionCount());
    }

    /**
     * A network cut the server outlives: Milo takes the session (and with it the subscription)
     * back, the server confirms the subscription, so it is kept and the value changed during the
     * cut is read.
     */
    @Test
    void aNetworkCutKeepsTheSubscriptionTheServerStillHolds() throws Exception {
        try (CuttableTcpProxy proxy = new CuttableTcpProxy(server.port())) {
            proxy.restore();
            connection =
                    new EnterpriseConnection(
                            "E99#0",
                            Endpoint.anonymous("opc.tcp://127.0.0.1:" + proxy.port() + "/test"),
                            List.of(map("TK1.LT", "E99.TK1.LT")),
                            pki,
                            samples::add);
            connection.start();
            awaitValue("E99.TK1.LT", 1.5);
            OpcUaSubscription before = connection.subscriptionsInUse().get(0);
            proxy.cut();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> statusOf("E99.TK1.LT") == Sample.BAD_NO_COMMUNICATION);
            server.set("TK1.LT", 4.25);
            proxy.restore();
            awaitBackGood("E99.TK1.LT", 4.25);
            server.set("TK1.LT", 5.5);
            awaitValue("E99.TK1.LT", 5.5);
            assertTrue(
                    before == connection.subscriptionsInUse().get(0),
                    "the subscription the server still holds is kept, not re-created");
        }
    }

    /** Waits (30 s at most) until {@code tag} holds {@code value}. */
    private void awaitValue(String tag, double value) {
        await().atMost(Duration.ofSeconds(30)).until(() -> Objects.equals(value, valueOf(tag)));
    }

    /** Waits (60 s at most: a reconnect) until {@code tag} is back with {@code value}, Good. */
    private void awaitBackGood(String tag, double value) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Objects.equals(value, valueOf(tag)) && statusOf(tag) == Sample.GOOD);
    }
}
