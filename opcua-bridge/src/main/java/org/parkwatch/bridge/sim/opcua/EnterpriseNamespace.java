package org.parkwatch.bridge.sim.opcua;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.server.ManagedNamespaceWithLifecycle;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.model.variables.AnalogItemTypeNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.nodes.factories.NodeFactory;
import org.eclipse.milo.opcua.sdk.server.util.SubscriptionModel;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.structured.EUInformation;
import org.eclipse.milo.opcua.stack.core.types.structured.Range;
import org.parkwatch.model.park.EnterpriseTags;
import org.parkwatch.model.park.TagDefinition;

/**
 * The address space of one simulated enterprise: a folder {@code <enterpriseId>} under Objects, a
 * folder per equipment ({@code TK101}, {@code SIS1}…, the part of the node identifier before the
 * first dot) and a read-only variable per tag with exactly the String node id of the tag list.
 * Analogue tags are Double AnalogItemType variables with EURange (the instrument range) and
 * EngineeringUnits; discrete tags are Boolean variables.
 */
final class EnterpriseNamespace extends ManagedNamespaceWithLifecycle {
    private final EnterpriseTags tags;
    private final SubscriptionModel subscriptionModel;
    private final Map<String, UaVariableNode> nodesByTag = new HashMap<>();
    private final Map<String, Object> published = new HashMap<>();

    EnterpriseNamespace(
            OpcUaServer server, EnterpriseTags tags, Map<String, Object> initialValues) {
        super(server, tags.namespaceUri());
        this.tags = tags;
        this.subscriptionModel = new SubscriptionModel(server, this);
        getLifecycleManager().addLifecycle(subscriptionModel);
        getLifecycleManager().addStartupTask(() -> createNodes(initialValues));
    }

    /**
     * The identifier part of {@code nsu=<uri>;s=<identifier>}; the namespace must be this
     * enterprise's.
     */
    static String identifier(TagDefinition t, String namespaceUri) {
        String prefix = "nsu=" + namespaceUri + ";s=";
        if (!t.node().startsWith(prefix) || t.node().length() == prefix.length()) {
            throw new IllegalArgumentException(
                    "tag "
                            + t.id()
                            + ": node '"
                            + t.node()
                            + "' is not of the form "
                            + prefix
                            + "<identifier>");
        }
        return t.node().substring(prefix.length());
    }

    private void createNodes(Map<String, Object> initialValues) {
        UaFolderNode root = folder(tags.enterpriseId(), tags.enterpriseId());
        root.addReference(
                new Reference(
                        root.getNodeId(),
                        NodeIds.Organizes,
                        NodeIds.ObjectsFolder.expanded(),
                        false));
        Map<String, UaFolderNode> equipment = new LinkedHashMap<>();
        DateTime now = DateTime.now();
        for (TagDefinition t : tags.tags()) {
            String id = identifier(t, tags.namespaceUri());
            int dot = id.indexOf('.');
            String equip = dot > 0 ? id.substring(0, dot) : tags.enterpriseId();
            UaFolderNode parent =
                    dot > 0
                            ? equipment.computeIfAbsent(
                                    equip,
                                    e -> child(root, folder(tags.enterpriseId() + "/" + e, e)))
                            : root;
            UaVariableNode node = t.kind().isDiscrete() ? booleanNode(t, id) : analogNode(t, id);
            Object v = initialValues.get(t.id());
            node.setValue(new DataValue(new Variant(v), StatusCode.GOOD, now));
            published.put(t.id(), v);
            getNodeManager().addNode(node);
            parent.addOrganizes(node);
            nodesByTag.put(t.id(), node);
        }
    }

    private UaFolderNode child(UaFolderNode parent, UaFolderNode folder) {
        parent.addOrganizes(folder);
        return folder;
    }

    private UaFolderNode folder(String id, String name) {
        UaFolderNode f =
                new UaFolderNode(
                        getNodeContext(),
                        newNodeId(id),
                        newQualifiedName(name),
                        LocalizedText.english(name));
        getNodeManager().addNode(f);
        return f;
    }

    private UaVariableNode booleanNode(TagDefinition t, String id) {
        return new UaVariableNode.UaVariableNodeBuilder(getNodeContext())
                .setNodeId(newNodeId(id))
                .setAccessLevel(AccessLevel.READ_ONLY)
                .setUserAccessLevel(AccessLevel.READ_ONLY)
                .setBrowseName(newQualifiedName(id))
                .setDisplayName(displayName(t, id))
                .setDescription(LocalizedText.english(t.nameEn()))
                .setDataType(NodeIds.Boolean)
                .setTypeDefinition(NodeIds.BaseDataVariableType)
                .build();
    }

    private UaVariableNode analogNode(TagDefinition t, String id) {
        try {
            AnalogItemTypeNode node =
                    (AnalogItemTypeNode)
                            getNodeFactory()
                                    .createNode(
                                            newNodeId(id),
                                            NodeIds.AnalogItemType,
                                            new NodeFactory.InstantiationCallback() {
                                                @Override
                                                public boolean includeOptionalNode(
                                                        NodeId typeDefinitionId,
                                                        QualifiedName browseName) {
                                                    return "EngineeringUnits"
                                                            .equals(browseName.name());
                                                }
                                            });
            node.setBrowseName(newQualifiedName(id));
            node.setDisplayName(displayName(t, id));
            node.setDescription(LocalizedText.english(t.nameEn()));
            node.setDataType(NodeIds.Double);
            node.setAccessLevel(AccessLevel.toValue(AccessLevel.READ_ONLY));
            node.setUserAccessLevel(AccessLevel.toValue(AccessLevel.READ_ONLY));
            node.setEuRange(new Range(t.min(), t.max()));
            if (!t.unit().isEmpty()) {
                node.setEngineeringUnits(
                        new EUInformation(
                                null,
                                -1,
                                LocalizedText.english(t.unit()),
                                LocalizedText.english(t.unit())));
            }
            return node;
        } catch (UaException e) {
            throw new IllegalStateException(
                    "tag " + t.id() + ": cannot create AnalogItemType node: " + e.getMessage(), e);
        }
    }

    private static LocalizedText displayName(TagDefinition t, String id) {
        return new LocalizedText("zh-CN", t.nameZh().isEmpty() ? id : t.nameZh());
    }

    /**
     * Writes the values that changed since the last call, each with {@code sourceTime}; skips
     * silenced tags so their values and source timestamps freeze.
     */
    synchronized void publish(
            Map<String, Object> values, DateTime sourceTime, Set<String> silenced) {
        nodesByTag.forEach(
                (tagId, node) -> {
                    Object v = values.get(tagId);
                    if (v == null || silenced.contains(tagId) || v.equals(published.get(tagId)))
                        return;
                    node.setValue(new DataValue(new Variant(v), StatusCode.GOOD, sourceTime));
                    published.put(tagId, v);
                });
    }

    @Override
    public void onDataItemsCreated(List<DataItem> dataItems) {
        subscriptionModel.onDataItemsCreated(dataItems);
    }

    @Override
    public void onDataItemsModified(List<DataItem> dataItems) {
        subscriptionModel.onDataItemsModified(dataItems);
    }

    @Override
    public void onDataItemsDeleted(List<DataItem> dataItems) {
        subscriptionModel.onDataItemsDeleted(dataItems);
    }

    @Override
    public void onMonitoringModeChanged(List<MonitoredItem> monitoredItems) {
        subscriptionModel.onMonitoringModeChanged(monitoredItems);
    }
}
