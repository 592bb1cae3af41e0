package org.parkwatch.bridge.browse;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExtensionObject;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseDirection;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseResultMask;
import org.eclipse.milo.opcua.stack.core.types.enumerated.NodeClass;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseResult;
import org.eclipse.milo.opcua.stack.core.types.structured.EUInformation;
import org.eclipse.milo.opcua.stack.core.types.structured.Range;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.ReferenceDescription;
import org.parkwatch.bridge.client.ValueConverter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks a server's Objects folder breadth-first along hierarchical references (properties and the
 * standard namespace-0 nodes such as the Server object left out), bounded by depth and node count,
 * and lists every Variable with its data type, current value, DisplayName, Description and — where
 * the server publishes them as properties (OPC 10000-8 §5.3.2, AnalogItemType) — EngineeringUnits
 * and EURange (read in chunks of {@value #READ_CHUNK}).
 */
public final class AddressSpaceWalker {
    private static final Logger LOG = LoggerFactory.getLogger(AddressSpaceWalker.class);
    public static final int DEFAULT_MAX_DEPTH = 10;
    public static final int DEFAULT_MAX_NODES = 20_000;
    static final int READ_CHUNK = 500;

    private final OpcUaClient client;
    private final int maxDepth;
    private final int maxNodes;
    private boolean truncated;

    public AddressSpaceWalker(OpcUaClient client, int maxDepth, int maxNodes) {
        this.client = client;
        this.maxDepth = maxDepth;
        this.maxNodes = maxNodes;
    }

    /** True when the last walk stopped at the node bound. */
    public boolean truncated() {
        return truncated;
    }

    private record Found(NodeId id, String path, int depth, NodeClass nodeClass) {}

    /** Property nodes (EngineeringUnits, EURange) by the variable that has them. */
    private final Map<NodeId, NodeId> unitProperty = new HashMap<>();

    private final Map<NodeId, NodeId> rangeProperty = new HashMap<>();

    public List<BrowsedVariable> walk() throws UaException {
        client.readNamespaceTable();
        List<Found> variables = new ArrayList<>();
        Deque<Found> queue = new ArrayDeque<>();
        Set<NodeId> seen = new HashSet<>();
        queue.add(new Found(NodeIds.ObjectsFolder, "", 0, NodeClass.Object));
        seen.add(NodeIds.ObjectsFolder);
        truncated = false;
        unitProperty.clear();
        rangeProperty.clear();
        while (!queue.isEmpty()) {
            Found parent = queue.poll();
            if (parent.depth() >= maxDepth) continue;
            for (ReferenceDescription rd : children(parent.id())) {
                if (NodeIds.HasProperty.equals(rd.getReferenceTypeId())) {
                    if (parent.nodeClass() == NodeClass.Variable) rememberProperty(parent.id(), rd);
                    continue;
                }
                NodeId id = rd.getNodeId().toNodeId(client.getNamespaceTable()).orElse(null);
                if (id == null || id.getNamespaceIndex().intValue() == 0 || !seen.add(id)) continue;
                if (seen.size() > maxNodes) {
                    truncated = true;
                    LOG.warn("browse stopped at {} nodes; raise --max-nodes to see more", maxNodes);
                    return describe(variables);
                }
                String name =
                        rd.getBrowseName() == null
                                ? id.toParseableString()
                                : rd.getBrowseName().name();
                Found child =
                        new Found(
                                id,
                                parent.path().isEmpty() ? name : parent.path() + "/" + name,
                                parent.depth() + 1,
                                rd.getNodeClass());
                if (rd.getNodeClass() == NodeClass.Variable) variables.add(child);
                queue.add(child); // variables can have component variables too
            }
        }
        return describe(variables);
    }

    private void rememberProperty(NodeId variable, ReferenceDescription rd) {
        NodeId prop = rd.getNodeId().toNodeId(client.getNamespaceTable()).orElse(null);
        String name = rd.getBrowseName() == null ? "" : rd.getBrowseName().name();
        if (prop == null) return;
        if ("EngineeringUnits".equals(name)) unitProperty.put(variable, prop);
        if ("EURange".equals(name)) rangeProperty.put(variable, prop);
    }

    private List<ReferenceDescription> children(NodeId node) {
        List<ReferenceDescription> out = new ArrayList<>();
        try {
            BrowseResult r =
                    client.browse(
                            new BrowseDescription(
                                    node,
                                    BrowseDirection.Forward,
                                    NodeIds.HierarchicalReferences,
                                    true,
                                    uint(
                                            NodeClass.Object.getValue()
                                                    | NodeClass.Variable.getValue()),
                                    uint(BrowseResultMask.All.getValue())));
            while (true) {
                if (r.getReferences() != null) out.addAll(List.of(r.getReferences()));
                ByteString cp = r.getContinuationPoint();
                if (cp == null || cp.isNull()) break;
                r = client.browseNext(false, List.of(cp)).getResults()[0];
            }
        } catch (UaException e) {
            LOG.warn("cannot browse {}: {}", node.toParseableString(), e.getMessage());
        }
        return out;
    }

    private static final int READS_PER_VARIABLE = 6;

    private List<BrowsedVariable> describe(List<Found> variables) throws UaException {
        List<ReadValueId> reads = new ArrayList<>();
        for (Found v : variables) {
            reads.add(
                    new ReadValueId(
                            v.id(), AttributeId.DataType.uid(), null, QualifiedName.NULL_VALUE));
            reads.add(
                    new ReadValueId(
                            v.id(), AttributeId.Value.uid(), null, QualifiedName.NULL_VALUE));
            reads.add(
                    new ReadValueId(
                            v.id(), AttributeId.DisplayName.uid(), null, QualifiedName.NULL_VALUE));
            reads.add(
                    new ReadValueId(
                            v.id(), AttributeId.Description.uid(), null, QualifiedName.NULL_VALUE));
            // a variable without the property reads its own Value twice; the answer is then ignored
            // below
            reads.add(
                    new ReadValueId(
                            unitProperty.getOrDefault(v.id(), v.id()),
                            AttributeId.Value.uid(),
                            null,
                            QualifiedName.NULL_VALUE));
            reads.add(
                    new ReadValueId(
                            rangeProperty.getOrDefault(v.id(), v.id()),
                            AttributeId.Value.uid(),
                            null,
                            QualifiedName.NULL_VALUE));
        }
        List<DataValue> values = read(reads);
        Set<NodeId> typeIds = new LinkedHashSet<>();
        for (int i = 0; i < variables.size(); i++) {
            if (valueAt(values, i, 0) instanceof NodeId t) typeIds.add(t);
        }
        Map<NodeId, String> typeNames = typeNames(typeIds);
        List<BrowsedVariable> out = new ArrayList<>();
        for (int i = 0; i < variables.size(); i++) {
            Found v = variables.get(i);
            Object type = valueAt(values, i, 0);
            Object raw = valueAt(values, i, 1);
            Object shown =
                    raw == null
                            ? null
                            : Objects.requireNonNullElse(ValueConverter.toParkValue(raw), raw);
            String node = v.id().expanded(client.getNamespaceTable()).toParseableString();
            Object unit = unitProperty.containsKey(v.id()) ? decode(valueAt(values, i, 4)) : null;
            Object range = rangeProperty.containsKey(v.id()) ? decode(valueAt(values, i, 5)) : null;
            out.add(
                    new BrowsedVariable(
                            node,
                            v.path(),
                            type instanceof NodeId t ? typeNames.getOrDefault(t, "?") : "?",
                            shown == null ? "" : shown.toString(),
                            text(valueAt(values, i, 2)),
                            text(valueAt(values, i, 3)),
                            unit instanceof EUInformation eu ? text(eu.getDisplayName()) : "",
                            range instanceof Range r && r.getLow() != null
                                    ? r.getLow()
                                    : Double.NaN,
                            range instanceof Range r && r.getHigh() != null
                                    ? r.getHigh()
                                    : Double.NaN));
        }
        return out;
    }

    private static Object valueAt(List<DataValue> values, int variable, int attribute) {
        DataValue d = values.get(READS_PER_VARIABLE * variable + attribute);
        return d.value() == null ? null : d.value().value();
    }

    private Object decode(Object value) {
        if (!(value instanceof ExtensionObject xo)) return value;
        try {
            return xo.decode(client.getStaticEncodingContext());
        } catch (RuntimeException e) {
            LOG.debug("cannot decode a property value: {}", e.getMessage());
            return null;
        }
    }

    private static String text(Object value) {
        return value instanceof LocalizedText t && t.getText() != null ? t.getText().strip() : "";
    }

    private Map<NodeId, String> typeNames(Set<NodeId> typeIds) throws UaException {
        List<NodeId> ids = new ArrayList<>(typeIds);
        List<ReadValueId> reads =
                ids.stream()
                        .map(
                                id ->
                                        new ReadValueId(
                                                id,
                                                AttributeId.BrowseName.uid(),
                                                null,
                                                QualifiedName.NULL_VALUE))
                        .toList();
        List<DataValue> names = read(reads);
        Map<NodeId, String> out = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            Object n = names.get(i).value() == null ? null : names.get(i).value().value();
            out.put(
                    ids.get(i),
                    n instanceof QualifiedName q ? q.name() : ids.get(i).toParseableString());
        }
        return out;
    }

    private List<DataValue> read(List<ReadValueId> reads) throws UaException {
        List<DataValue> out = new ArrayList<>(reads.size());
        for (int i = 0; i < reads.size(); i += READ_CHUNK) {
            List<ReadValueId> chunk = reads.subList(i, Math.min(reads.size(), i + READ_CHUNK));
            DataValue[] r = client.read(0, TimestampsToReturn.Neither, chunk).getResults();
            out.addAll(List.of(r));
        }
        return out;
    }
}
