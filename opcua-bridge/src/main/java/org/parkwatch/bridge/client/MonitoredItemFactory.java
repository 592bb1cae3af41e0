package org.parkwatch.bridge.client;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.util.Optional;
import java.util.function.BiConsumer;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.stack.core.NamespaceTable;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExpandedNodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.DataChangeTrigger;
import org.eclipse.milo.opcua.stack.core.types.enumerated.DeadbandType;
import org.eclipse.milo.opcua.stack.core.types.structured.DataChangeFilter;
import org.parkwatch.bridge.config.BridgeConfig.Mapping;

/**
 * Turns a {@link Mapping} into a Milo data monitored item: resolves {@code nsu=} node ids against
 * the server's namespace table, sets sampling interval, a queue of 10 (so short bursts between
 * publishes are not lost) and an absolute deadband filter when the mapping has one. The mapping
 * rides along as the item's user object.
 */
final class MonitoredItemFactory {
    /** Values kept per item between two publish responses. */
    static final int QUEUE_SIZE = 10;

    private final NamespaceTable namespaces;
    private final BiConsumer<Mapping, DataValue> listener;

    MonitoredItemFactory(NamespaceTable namespaces, BiConsumer<Mapping, DataValue> listener) {
        this.namespaces = namespaces;
        this.listener = listener;
    }

    OpcUaMonitoredItem create(Mapping m) throws MappingException {
        NodeId nodeId = resolve(m.node());
        OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(nodeId);
        item.setSamplingInterval(m.samplingMs());
        item.setQueueSize(uint(QUEUE_SIZE));
        item.setDiscardOldest(true);
        if (m.deadband() > 0) {
            item.setFilter(
                    new DataChangeFilter(
                            DataChangeTrigger.StatusValue,
                            uint(DeadbandType.Absolute.getValue()),
                            m.deadband()));
        }
        item.setUserObject(m);
        item.setDataValueListener((i, value) -> listener.accept(m, value));
        return item;
    }

    NodeId resolve(String node) throws MappingException {
        ExpandedNodeId xni;
        try {
            xni = ExpandedNodeId.parse(node);
        } catch (RuntimeException e) {
            throw new MappingException(
                    StatusCodes.Bad_NodeIdInvalid,
                    "node id '" + node + "' is not valid: " + e.getMessage());
        }
        if (xni == null) {
            throw new MappingException(
                    StatusCodes.Bad_NodeIdInvalid, "node id '" + node + "' is not valid");
        }
        Optional<NodeId> id = xni.toNodeId(namespaces);
        if (id.isEmpty()) {
            throw new MappingException(
                    StatusCodes.Bad_NodeIdUnknown,
                    "namespace '"
                            + xni.getNamespaceUri()
                            + "' of node id '"
                            + node
                            + "' is not served by this server");
        }
        return id.get();
    }
}
