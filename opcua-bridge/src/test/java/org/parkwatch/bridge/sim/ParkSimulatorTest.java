package org.parkwatch.bridge.sim;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parkwatch.bridge.sim.SimTestSupport.nodeId;
import static org.parkwatch.bridge.sim.SimTestSupport.read;
import static org.parkwatch.bridge.sim.SimTestSupport.readDouble;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A real Milo client on loopback against the simulator serving the fixture park. */
class ParkSimulatorTest {
    static final String LEVEL = "nsu=urn:parkwatch:sim:E01;s=TK101.LT";
    static final String GD_EAST = "nsu=urn:parkwatch:sim:E01;s=GD1.AT";
    static final String GD_WEST = "nsu=urn:parkwatch:sim:E01;s=GD2.AT";

    static ParkSimulator sim;
    OpcUaClient client;

    @BeforeAll
    static void startSimulator() throws Exception {
        sim = ParkSimulator.start(SimTestSupport.testOptions().build());
    }

    @AfterAll
    static void stopSimulator() {
        if (sim != null) sim.stop();
    }

    @AfterEach
    void disconnect() throws Exception {
        if (client != null) client.disconnect();
        sim.scenarios().clear();
        sim.model().releaseAll();
    }

    private OpcUaClient connect(String enterpriseId) throws Exception {
        client = OpcUaClient.create(sim.endpointUrl(enterpriseId));
        client.connect();
        return client;
    }

    @Test
    void clientReadsTagsWithTheirTypesAndSourceTimestamps() throws Exception {
        connect("E01");
        DataValue level = read(client, LEVEL);
        assertTrue(level.getStatusCode().isGood());
        assertNotNull(level.getSourceTime());
        double m = assertInstanceOf(Double.class, level.getValue().getValue());
        assertTrue(m >= 0 && m <= 15, "level " + m + " outside the 0..15 m range");
        assertEquals(
                Boolean.FALSE,
                read(client, "nsu=urn:parkwatch:sim:E01;s=SIS1.TRIP").getValue().getValue());
        assertEquals(
                Boolean.TRUE,
                read(client, "nsu=urn:parkwatch:sim:E01;s=U1.RUN").getValue().getValue());
        assertTrue(sim.endpointUrl("E01").startsWith("opc.tcp://127.0.0.1:"));
        // AnalogItemType property EURange carries the instrument range (Milo names it
        // <parent>/0:EURange)
        Object range = read(client, LEVEL + "/0:EURange").getValue().getValue();
        var decoded =
                (org.eclipse.milo.opcua.stack.core.types.structured.Range)
                        ((org.eclipse.milo.opcua.stack.core.types.builtin.ExtensionObject) range)
                                .decode(client.getStaticEncodingContext());
        assertEquals(0.0, decoded.getLow());
        assertEquals(15.0, decoded.getHigh());
    }

    @Test
    void subscriptionSeesValuesMove() throws Exception {
        connect("PARK");
        Set<Double> seen = new ConcurrentSkipListSet<>();
        OpcUaSubscription subscription = new OpcUaSubscription(client);
        subscription.setPublishingInterval(100.0);
        subscription.create();
        OpcUaMonitoredItem item =
                OpcUaMonitoredItem.newDataItem(
                        nodeId(client, "nsu=urn:parkwatch:sim:PARK;s=WS1.WS"));
        item.setSamplingInterval(100.0);
        item.setDataValueListener((i, v) -> seen.add((Double) v.getValue().getValue()));
        subscription.addMonitoredItem(item);
        subscription.synchronizeMonitoredItems();
        await().atMost(10, SECONDS).until(() -> seen.size() >= 5);
        assertTrue(seen.stream().allMatch(v -> v >= 1 && v <= 6), "wind speeds " + seen);
        subscription.delete();
    }

    @Test
    void tankHighDrivesTheLevelPastHighThenHighHigh() throws Exception {
        connect("E01");
        var started =
                sim.scenarios()
                        .start(
                                "tank-high",
                                java.util.Map.of("tank", "E01-TK101", "riseMPerS", "2"));
        List<Double> levels = new CopyOnWriteArrayList<>();
        await().atMost(15, SECONDS)
                .until(
                        () -> {
                            levels.add(readDouble(client, LEVEL));
                            return levels.get(levels.size() - 1) > 12.0;
                        });
        await().atMost(15, SECONDS).until(() -> readDouble(client, LEVEL) > 13.5);
        // holds halfway between HH (13.5) and the top of the range (15)
        await().atMost(10, SECONDS).until(() -> Math.abs(readDouble(client, LEVEL) - 14.25) < 1e-9);
        assertTrue(sim.scenarios().stop(started.id()));
    }

    @Test
    void gasLeakRaisesDownwindDetectorsAndLeavesUpwindOnesClean() throws Exception {
        connect("E01");
        sim.setValue("PARK.WS1.WS", 3.0);
        sim.setValue(
                "PARK.WS1.WD",
                270.0); // from the west: GD1 (30 m east) is downwind, GD2 (30 m west) upwind
        sim.scenarios().start("gas-leak", java.util.Map.of("tank", "E01-TK101"));
        // chlorine at 2 kg/s saturates a 0..20 ppm detector 30 m downwind
        await().atMost(10, SECONDS).until(() -> readDouble(client, GD_EAST) == 20.0);
        assertTrue(
                readDouble(client, GD_WEST) < 1.0,
                "upwind detector " + readDouble(client, GD_WEST));

        sim.setValue("PARK.WS1.WD", 90.0); // the wind turns: now from the east
        await().atMost(10, SECONDS).until(() -> readDouble(client, GD_WEST) == 20.0);
        await().atMost(10, SECONDS).until(() -> readDouble(client, GD_EAST) < 1.0);
    }

    @Test
    void serverStopsAndComesBackOnTheSamePort() throws Exception {
        String url = sim.endpointUrl("E01");
        int port = URI.create(url.replace("opc.tcp", "http")).getPort();
        sim.stopServer("E01");
        assertTrue(!sim.isServerRunning("E01"));
        try (var socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 1000);
            throw new AssertionError("port " + port + " still accepts connections");
        } catch (java.net.ConnectException expected) {
            // the server is down
        }
        sim.startServer("E01");
        assertEquals(url, sim.endpointUrl("E01"));
        connect("E01");
        double level = readDouble(client, LEVEL);
        assertTrue(level > 0 && level < 15, "level after restart " + level);
    }

    @Test
    void stationSilentDownModeTakesTheServerAwayUntilStopped() throws Exception {
        var down =
                sim.scenarios()
                        .start(
                                "station-silent",
                                java.util.Map.of("enterprise", "PARK", "mode", "down"));
        assertTrue(!sim.isServerRunning("PARK"));
        sim.scenarios().stop(down.id());
        assertTrue(sim.isServerRunning("PARK"));
        connect("PARK");
        double speed = readDouble(client, "nsu=urn:parkwatch:sim:PARK;s=WS1.WS");
        assertTrue(speed >= 1 && speed <= 6, "wind speed after restart " + speed);
    }

    @Test
    void stationSilentFreezesValuesAndSourceTimestamps() throws Exception {
        connect("PARK");
        var silent =
                sim.scenarios().start("station-silent", java.util.Map.of("station", "PARK-WS1"));
        DataValue first = read(client, "nsu=urn:parkwatch:sim:PARK;s=WS1.TA");
        // several ticks later the frozen tag still carries the same value and source time
        await().pollDelay(1, SECONDS).atMost(5, SECONDS).until(() -> true);
        DataValue later = read(client, "nsu=urn:parkwatch:sim:PARK;s=WS1.TA");
        assertEquals(first.getSourceTime(), later.getSourceTime());
        assertEquals(first.getValue(), later.getValue());
        sim.scenarios().stop(silent.id());
        await().atMost(5, SECONDS)
                .until(
                        () ->
                                !read(client, "nsu=urn:parkwatch:sim:PARK;s=WS1.TA")
                                        .getSourceTime()
                                        .equals(first.getSourceTime()));
    }
}
