package org.parkwatch.bridge.testsupport;

import java.net.ServerSocket;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.server.EndpointConfig;
import org.eclipse.milo.opcua.sdk.server.ManagedNamespaceWithLifecycle;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.sdk.server.identity.AnonymousIdentityValidator;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.util.SubscriptionModel;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.security.DefaultApplicationGroup;
import org.eclipse.milo.opcua.stack.core.security.DefaultCertificateManager;
import org.eclipse.milo.opcua.stack.core.security.DefaultServerCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateStore;
import org.eclipse.milo.opcua.stack.core.security.MemoryTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.RsaSha256CertificateFactory;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.transport.TransportProfile;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransport;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransportConfig;

/**
 * A small Milo server on loopback for bridge tests: a folder {@code Plant} with Double and Boolean
 * variables whose values the test sets, and stop/start on the same port to play a DCS restart.
 * Values survive a restart.
 */
public final class LoopbackOpcUaServer implements AutoCloseable {
    public static final String NAMESPACE_URI = "urn:parkwatch:test:E99";
    private static final String APP_URI = "urn:parkwatch:test:server";

    private final int port;
    private final KeyPair keyPair;
    private final X509Certificate certificate;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private OpcUaServer server;
    private Namespace namespace;
    private boolean shiftNamespace;

    public LoopbackOpcUaServer() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        keyPair = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
        certificate =
                new SelfSignedCertificateBuilder(keyPair)
                        .setCommonName("parkwatch test server")
                        .setApplicationUri(APP_URI)
                        .build();
    }

    /**
     * Declares a variable (before {@link #start()}); value a Double, Boolean or anything Variant
     * takes.
     */
    public LoopbackOpcUaServer variable(String name, Object initial) {
        values.put(name, initial);
        return this;
    }

    /**
     * From the next {@link #start()} on, registers another namespace before the test namespace, so
     * its index moves by one: what a DCS restart after an engineering change can do.
     */
    public synchronized void shiftNamespaceIndexOnNextStart() {
        shiftNamespace = true;
    }

    public String endpointUrl() {
        return "opc.tcp://127.0.0.1:" + port + "/test";
    }

    public int port() {
        return port;
    }

    /** The node id of a variable as the bridge config writes it. */
    public static String node(String name) {
        return "nsu=" + NAMESPACE_URI + ";s=" + name;
    }

    public synchronized void start() throws Exception {
        var trust = new MemoryTrustListManager();
        var quarantine = new MemoryCertificateQuarantine();
        var factory =
                new RsaSha256CertificateFactory() {
                    @Override
                    protected KeyPair createRsaSha256KeyPair() {
                        return keyPair;
                    }

                    @Override
                    protected X509Certificate[] createRsaSha256CertificateChain(KeyPair kp) {
                        return new X509Certificate[] {certificate};
                    }
                };
        var group =
                DefaultApplicationGroup.createAndInitialize(
                        trust,
                        new MemoryCertificateStore(),
                        factory,
                        new DefaultServerCertificateValidator(trust, quarantine));
        EndpointConfig endpoint =
                EndpointConfig.newBuilder()
                        .setBindAddress("127.0.0.1")
                        .setHostname("127.0.0.1")
                        .setBindPort(port)
                        .setPath("/test")
                        .setCertificate(certificate)
                        .setSecurityPolicy(SecurityPolicy.None)
                        .setSecurityMode(MessageSecurityMode.None)
                        .addTokenPolicies(OpcUaServerConfig.USER_TOKEN_POLICY_ANONYMOUS)
                        .setTransportProfile(TransportProfile.TCP_UASC_UABINARY)
                        .build();
        OpcUaServerConfig config =
                OpcUaServerConfig.builder()
                        .setApplicationUri(APP_URI)
                        .setProductUri(APP_URI)
                        .setApplicationName(LocalizedText.english("ParkWatch test server"))
                        .setEndpoints(Set.of(endpoint))
                        .setCertificateManager(new DefaultCertificateManager(quarantine, group))
                        .setIdentityValidator(AnonymousIdentityValidator.INSTANCE)
                        .build();
        server =
                new OpcUaServer(
                        config,
                        profile ->
                                new OpcTcpServerTransport(
                                        OpcTcpServerTransportConfig.newBuilder().build()));
        if (shiftNamespace) server.getNamespaceTable().add("urn:parkwatch:test:inserted-before");
        namespace = new Namespace(server);
        namespace.startup();
        server.startup().get(10, TimeUnit.SECONDS);
    }

    public synchronized void stop() throws Exception {
        if (server == null) return;
        namespace.shutdown();
        server.shutdown().get(10, TimeUnit.SECONDS);
        server = null;
    }

    /** Sets a variable's value with the server's current time as source timestamp. */
    public synchronized void set(String name, Object value) {
        values.put(name, value);
        if (namespace != null) namespace.write(name, value);
    }

    @Override
    public void close() throws Exception {
        stop();
    }

    private final class Namespace extends ManagedNamespaceWithLifecycle {
        private final SubscriptionModel subscriptions;
        private final Map<String, UaVariableNode> nodes = new LinkedHashMap<>();

        Namespace(OpcUaServer server) {
            super(server, NAMESPACE_URI);
            subscriptions = new SubscriptionModel(server, this);
            getLifecycleManager().addLifecycle(subscriptions);
            getLifecycleManager().addStartupTask(this::addNodes);
        }

        private void addNodes() {
            UaFolderNode folder =
                    new UaFolderNode(
                            getNodeContext(),
                            newNodeId("Plant"),
                            newQualifiedName("Plant"),
                            LocalizedText.english("Plant"));
            getNodeManager().addNode(folder);
            folder.addReference(
                    new Reference(
                            folder.getNodeId(),
                            NodeIds.Organizes,
                            NodeIds.ObjectsFolder.expanded(),
                            false));
            synchronized (LoopbackOpcUaServer.this) {
                values.forEach(
                        (name, value) -> {
                            NodeId type =
                                    value instanceof Boolean
                                            ? NodeIds.Boolean
                                            : value instanceof Double
                                                    ? NodeIds.Double
                                                    : value instanceof Integer
                                                            ? NodeIds.Int32
                                                            : NodeIds.BaseDataType;
                            UaVariableNode node =
                                    new UaVariableNode.UaVariableNodeBuilder(getNodeContext())
                                            .setNodeId(newNodeId(name))
                                            .setAccessLevel(AccessLevel.READ_WRITE)
                                            .setUserAccessLevel(AccessLevel.READ_WRITE)
                                            .setBrowseName(newQualifiedName(name))
                                            .setDisplayName(LocalizedText.english(name))
                                            .setDataType(type)
                                            .setTypeDefinition(NodeIds.BaseDataVariableType)
                                            .build();
                            getNodeManager().addNode(node);
                            folder.addOrganizes(node);
                            nodes.put(name, node);
                            write(name, value);
                        });
            }
        }

        void write(String name, Object value) {
            UaVariableNode node = nodes.get(name);
            if (node == null) throw new IllegalArgumentException("no variable " + name);
            node.setValue(
                    new DataValue(
                            new Variant(value), StatusCode.GOOD, DateTime.now(), DateTime.now()));
        }

        @Override
        public void onDataItemsCreated(List<DataItem> items) {
            subscriptions.onDataItemsCreated(items);
        }

        @Override
        public void onDataItemsModified(List<DataItem> items) {
            subscriptions.onDataItemsModified(items);
        }

        @Override
        public void onDataItemsDeleted(List<DataItem> items) {
            subscriptions.onDataItemsDeleted(items);
        }

        @Override
        public void onMonitoringModeChanged(List<MonitoredItem> items) {
            subscriptions.onMonitoringModeChanged(items);
        }
    }
}
