package org.parkwatch.bridge.sim;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExpandedNodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.parkwatch.model.park.ParkCatalog;

/** The small test park and helpers for reading simulator nodes with a real Milo client. */
final class SimTestSupport {
    private SimTestSupport() {}

    /**
     * The fixture park: E01 (one chlorine tank, a unit, SIS1, four detectors 30 m E/W/N/S of the
     * tank) and PARK.
     */
    static Path parkFolder() {
        try {
            return Path.of(SimTestSupport.class.getResource("/sim-park/park.json").toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ParkCatalog catalog() {
        return ParkCatalog.load(parkFolder());
    }

    static SimulatorOptions.Builder testOptions() {
        return SimulatorOptions.builder()
                .basePort(0)
                .controlPort(0)
                .tickMs(100)
                .seed(7)
                .parkFolder(parkFolder())
                .pkiDir(Path.of("target", "test-pki"));
    }

    static DataValue read(OpcUaClient client, String tagNode) throws UaException {
        NodeId id = ExpandedNodeId.parse(tagNode).toNodeIdOrThrow(client.getNamespaceTable());
        return client.readValue(0.0, TimestampsToReturn.Both, id);
    }

    static NodeId nodeId(OpcUaClient client, String tagNode) throws UaException {
        return ExpandedNodeId.parse(tagNode).toNodeIdOrThrow(client.getNamespaceTable());
    }

    static double readDouble(OpcUaClient client, String tagNode) throws UaException {
        return ((Number) read(client, tagNode).getValue().getValue()).doubleValue();
    }
}
