package org.parkwatch.bridge;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parkwatch.bridge.client.EnterpriseConnection;
import org.parkwatch.bridge.client.MappingProblem;
import org.parkwatch.bridge.config.BridgeConfig;
import org.parkwatch.bridge.uplink.Uplink;

/**
 * One running bridge: an {@link EnterpriseConnection} per configured endpoint feeding one {@link
 * Uplink}. Built from a {@link BridgeConfig} by constructor; {@link #start()} connects in the
 * background and returns; {@link #close()} stops cleanly (status {@code offline}, spool closed).
 */
public final class Bridge implements AutoCloseable {
    private final BridgeConfig config;
    private final BridgeStats stats = new BridgeStats();
    private final List<EnterpriseConnection> connections = new ArrayList<>();
    private final Uplink uplink;

    public Bridge(BridgeConfig config) throws IOException {
        this.config = config;
        this.uplink = new Uplink(config, stats, this::serversUp);
        Path pki = config.pkiDir();
        for (int i = 0; i < config.endpoints().size(); i++) {
            connections.add(
                    new EnterpriseConnection(
                            config.bridgeId() + "#" + i,
                            config.endpoints().get(i),
                            config.mappingsOf(i),
                            pki,
                            uplink::accept));
        }
    }

    public void start() {
        uplink.start();
        connections.forEach(EnterpriseConnection::start);
    }

    public BridgeConfig config() {
        return config;
    }

    public BridgeStats stats() {
        return stats;
    }

    public Uplink uplink() {
        return uplink;
    }

    /** OPC UA servers with an active session now. */
    public int serversUp() {
        return (int) connections.stream().filter(EnterpriseConnection::isConnected).count();
    }

    /** Mappings that cannot be read, over all endpoints. */
    public List<MappingProblem> problems() {
        return connections.stream().flatMap(c -> c.problems().stream()).toList();
    }

    @Override
    public void close() {
        connections.forEach(EnterpriseConnection::close);
        uplink.close();
    }
}
