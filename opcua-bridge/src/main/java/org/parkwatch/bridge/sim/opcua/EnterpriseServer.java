package org.parkwatch.bridge.sim.opcua;

import static org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig.USER_TOKEN_POLICY_ANONYMOUS;
import static org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig.USER_TOKEN_POLICY_USERNAME;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.eclipse.milo.opcua.sdk.server.EndpointConfig;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.sdk.server.identity.AnonymousIdentityValidator;
import org.eclipse.milo.opcua.sdk.server.identity.CompositeValidator;
import org.eclipse.milo.opcua.sdk.server.identity.UsernameIdentityValidator;
import org.eclipse.milo.opcua.sdk.server.util.HostnameUtil;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.transport.TransportProfile;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.structured.BuildInfo;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransport;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransportConfig;
import org.parkwatch.model.park.EnterpriseTags;

/**
 * The simulated DCS/SIS OPC UA server of one enterprise (a Milo {@link OpcUaServer} with one
 * namespace, the enterprise's {@code namespaceUri}), on its own TCP port at {@code
 * opc.tcp://<host>:<port>/parkwatch/<ENT>}. Application URI {@code urn:parkwatch:sim:<ENT>}.
 * Endpoints: SecurityPolicy None, and when security is enabled Basic256Sha256 and
 * Aes256_Sha256_RsaPss with Sign and SignAndEncrypt; identities anonymous and one user name.
 *
 * <p>{@link #stop()} and {@link #start()} can be repeated; the server comes back on the same port
 * with a fresh Milo server instance whose values start from the current simulation values.
 */
public final class EnterpriseServer {

    /** How the server is reached and secured. */
    public record Settings(
            String bindAddress,
            Path pkiDir,
            boolean securityEnabled,
            boolean trustAllClients,
            String username,
            String password,
            char[] keyStorePassword) {}

    static {
        // Aes256_Sha256_RsaPss needs the BouncyCastle provider (Milo documents this requirement)
        if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
            Security.addProvider(new BouncyCastleProvider());
        }
    }

    private final EnterpriseTags tags;
    private final Settings settings;
    private final Supplier<Map<String, Object>> currentValues;

    /** Auto-chosen ports may be taken by another process before the server binds them. */
    private static final int BIND_ATTEMPTS = 5;

    private final boolean autoPort;
    private volatile int port;
    private volatile boolean everStarted;
    private final String hostname;
    private volatile OpcUaServer server;
    private volatile EnterpriseNamespace namespace;
    private volatile SimCertificates certificates;

    /**
     * @param port TCP port; 0 picks a free port (another one at the first start if it was taken
     *     meanwhile) and keeps it for restarts
     * @param currentValues the simulation's values by tag id, read when the server (re)starts
     */
    public EnterpriseServer(
            EnterpriseTags tags,
            Settings settings,
            int port,
            Supplier<Map<String, Object>> currentValues)
            throws IOException {
        this.tags = tags;
        this.settings = settings;
        this.currentValues = currentValues;
        this.autoPort = port == 0;
        this.port = autoPort ? freePort(settings.bindAddress()) : port;
        this.hostname =
                isWildcard(settings.bindAddress())
                        ? HostnameUtil.getHostname()
                        : settings.bindAddress();
        tags.tags().forEach(t -> EnterpriseNamespace.identifier(t, tags.namespaceUri()));
    }

    /**
     * The server certificate of an enterprise, created in {@code <pkiDir>/<ENT>} when it does not
     * exist yet, without starting a server (the demo's trust bootstrap approves it for the bridges
     * before anything runs).
     */
    public static X509Certificate certificate(Settings settings, String enterpriseId)
            throws Exception {
        String host =
                isWildcard(settings.bindAddress())
                        ? HostnameUtil.getHostname()
                        : settings.bindAddress();
        // true: only the key store is wanted here, not a (watched) trust list
        return SimCertificates.loadOrCreate(
                        settings.pkiDir(),
                        enterpriseId,
                        "urn:parkwatch:sim:" + enterpriseId,
                        host,
                        settings.keyStorePassword(),
                        true)
                .certificate();
    }

    public String enterpriseId() {
        return tags.enterpriseId();
    }

    public String applicationUri() {
        return "urn:parkwatch:sim:" + tags.enterpriseId();
    }

    public int port() {
        return port;
    }

    public String endpointUrl() {
        return "opc.tcp://" + hostname + ":" + port + path();
    }

    public boolean isRunning() {
        return server != null;
    }

    /** Starts the server (no-op when running); blocks until it listens. */
    public synchronized void start() throws Exception {
        if (server != null) return;
        SimCertificates certs =
                SimCertificates.loadOrCreate(
                        settings.pkiDir(),
                        tags.enterpriseId(),
                        applicationUri(),
                        hostname,
                        settings.keyStorePassword(),
                        settings.trustAllClients());
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    startServer(certs);
                    break;
                } catch (Exception e) {
                    // a port picked by freePort() can be taken by another process before Milo binds
                    // it; before the first start nobody has been told the port, so take another
                    if (!autoPort || everStarted || attempt == BIND_ATTEMPTS) throw e;
                    port = freePort(settings.bindAddress());
                }
            }
            certificates = certs;
            everStarted = true;
        } catch (Exception | Error e) {
            certs.close();
            throw e;
        }
    }

    private void startServer(SimCertificates certs) throws Exception {
        OpcUaServerConfig config =
                OpcUaServerConfig.builder()
                        .setApplicationUri(applicationUri())
                        .setApplicationName(
                                LocalizedText.english(
                                        "ParkWatch DCS/SIS simulator " + tags.enterpriseId()))
                        .setProductUri("urn:parkwatch:sim")
                        .setBuildInfo(
                                new BuildInfo(
                                        "urn:parkwatch:sim",
                                        "ParkWatch",
                                        "ParkWatch DCS/SIS simulator",
                                        OpcUaServer.SDK_VERSION,
                                        "",
                                        DateTime.now()))
                        .setEndpoints(endpoints(certs))
                        .setCertificateManager(certs.manager())
                        .setIdentityValidator(
                                new CompositeValidator(
                                        AnonymousIdentityValidator.INSTANCE,
                                        new UsernameIdentityValidator(
                                                c ->
                                                        settings.password() != null
                                                                && settings.username()
                                                                        .equals(c.getUsername())
                                                                && settings.password()
                                                                        .equals(c.getPassword()))))
                        .build();
        OpcUaServer s =
                new OpcUaServer(
                        config,
                        profile -> {
                            if (profile != TransportProfile.TCP_UASC_UABINARY) {
                                throw new IllegalArgumentException(
                                        "unsupported transport " + profile);
                            }
                            return new OpcTcpServerTransport(
                                    OpcTcpServerTransportConfig.newBuilder().build());
                        });
        EnterpriseNamespace ns = new EnterpriseNamespace(s, tags, currentValues.get());
        ns.startup();
        try {
            s.startup().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            ns.shutdown();
            try {
                s.shutdown().get(30, TimeUnit.SECONDS);
            } catch (Exception shutdown) {
                e.addSuppressed(shutdown);
            }
            throw e;
        }
        namespace = ns;
        server = s;
    }

    /** Shuts the server down (no-op when stopped); blocks until the port is released. */
    public synchronized void stop() throws Exception {
        OpcUaServer s = server;
        if (s == null) return;
        server = null;
        EnterpriseNamespace ns = namespace;
        namespace = null;
        ns.shutdown();
        s.shutdown().get(30, TimeUnit.SECONDS);
        SimCertificates certs = certificates;
        certificates = null;
        if (certs != null) certs.close();
    }

    /**
     * Pushes changed values into the address space (when running); silenced tags keep their old
     * values.
     */
    public void publish(Map<String, Object> values, DateTime sourceTime, Set<String> silenced) {
        EnterpriseNamespace ns = namespace;
        if (ns != null) ns.publish(values, sourceTime, silenced);
    }

    private String path() {
        return "/parkwatch/" + tags.enterpriseId();
    }

    private Set<EndpointConfig> endpoints(SimCertificates certs) {
        Set<String> hostnames = new LinkedHashSet<>();
        hostnames.add(hostname);
        if (isWildcard(settings.bindAddress()))
            hostnames.addAll(HostnameUtil.getHostnames("0.0.0.0", false));
        Set<EndpointConfig> endpoints = new LinkedHashSet<>();
        for (String host : hostnames) {
            EndpointConfig.Builder base =
                    EndpointConfig.newBuilder()
                            .setBindAddress(settings.bindAddress())
                            .setBindPort(port)
                            .setHostname(host)
                            .setPath(path())
                            .setCertificate(certs.certificate())
                            .setTransportProfile(TransportProfile.TCP_UASC_UABINARY)
                            .addTokenPolicies(
                                    USER_TOKEN_POLICY_ANONYMOUS, USER_TOKEN_POLICY_USERNAME);
            endpoints.add(
                    base.copy()
                            .setSecurityPolicy(SecurityPolicy.None)
                            .setSecurityMode(MessageSecurityMode.None)
                            .build());
            if (settings.securityEnabled()) {
                for (SecurityPolicy p :
                        new SecurityPolicy[] {
                            SecurityPolicy.Basic256Sha256, SecurityPolicy.Aes256_Sha256_RsaPss
                        }) {
                    for (MessageSecurityMode m :
                            new MessageSecurityMode[] {
                                MessageSecurityMode.Sign, MessageSecurityMode.SignAndEncrypt
                            }) {
                        endpoints.add(base.copy().setSecurityPolicy(p).setSecurityMode(m).build());
                    }
                }
            }
        }
        return endpoints;
    }

    private static boolean isWildcard(String bindAddress) {
        return bindAddress.equals("0.0.0.0") || bindAddress.equals("::");
    }

    private static int freePort(String bindAddress) throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getByName(bindAddress), 0));
            return s.getLocalPort();
        }
    }
}
