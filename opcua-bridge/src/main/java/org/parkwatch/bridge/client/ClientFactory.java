package org.parkwatch.bridge.client;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.OpcUaClientConfigBuilder;
import org.eclipse.milo.opcua.sdk.client.identity.AnonymousProvider;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.DefaultClientCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.FileBasedCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.FileBasedTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.UserTokenType;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy;
import org.eclipse.milo.opcua.stack.core.util.EndpointUtil;
import org.parkwatch.bridge.config.BridgeConfig.Endpoint;

/**
 * Builds a Milo {@link OpcUaClient} for one configured endpoint: discovers the server's endpoints,
 * picks the one with the configured security policy, mode and token type, and keeps the configured
 * host and port (servers often advertise a hostname the bridge cannot resolve). Secured endpoints
 * use the bridge's own certificate ({@link ClientCertificate}, {@code <pki>/own}); a server
 * certificate is trusted only once it is in {@code <pki>/trusted/certs}: an unknown one is refused
 * and written to {@code <pki>/rejected/certs}, from where {@code ./parkwatch pki trust} approves
 * it.
 */
public final class ClientFactory {
    public static final String APPLICATION_URI = "urn:parkwatch:bridge";

    /**
     * Request timeout, ms: long enough for a large CreateMonitoredItems, short enough to notice a
     * dead server.
     */
    static final int REQUEST_TIMEOUT_MS = 10_000;

    static {
        // Aes256_Sha256_RsaPss needs RSA-PSS signatures from Bouncy Castle (a dependency of Milo's
        // stack)
        if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
            Security.addProvider(new BouncyCastleProvider());
        }
    }

    /**
     * One trust list per PKI folder for the life of the process: each watches its folder with an
     * inotify instance, of which a user has only 128, so a client per connection attempt must not
     * make its own.
     */
    private static final Map<Path, FileBasedTrustListManager> TRUST_LISTS =
            new ConcurrentHashMap<>();

    private ClientFactory() {}

    static FileBasedTrustListManager trustList(Path pkiDir) throws IOException {
        try {
            return TRUST_LISTS.computeIfAbsent(
                    pkiDir.toAbsolutePath().normalize(),
                    d -> {
                        try {
                            return FileBasedTrustListManager.createAndInitialize(d);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    public static OpcUaClient create(Endpoint endpoint, Path pkiDir) throws UaException {
        SecurityPolicy policy = SecurityPolicy.valueOf(endpoint.securityPolicy());
        MessageSecurityMode mode = MessageSecurityMode.valueOf(endpoint.securityMode());
        UserTokenType token =
                endpoint.identity().anonymous() ? UserTokenType.Anonymous : UserTokenType.UserName;
        String host = EndpointUtil.getHost(endpoint.url());
        int port = EndpointUtil.getPort(endpoint.url());
        return OpcUaClient.create(
                endpoint.url(),
                endpoints ->
                        select(endpoints, policy, mode, token)
                                .map(e -> EndpointUtil.updateUrl(e, host, port)),
                transport -> {},
                builder -> configure(builder, endpoint, policy, pkiDir));
    }

    static Optional<EndpointDescription> select(
            List<EndpointDescription> endpoints,
            SecurityPolicy policy,
            MessageSecurityMode mode,
            UserTokenType token) {
        return endpoints.stream()
                .filter(
                        e ->
                                policy.getUri().equals(e.getSecurityPolicyUri())
                                        && e.getSecurityMode() == mode)
                .filter(
                        e ->
                                Stream.of(
                                                Optional.ofNullable(e.getUserIdentityTokens())
                                                        .orElse(new UserTokenPolicy[0]))
                                        .anyMatch(p -> p.getTokenType() == token))
                .findFirst();
    }

    private static void configure(
            OpcUaClientConfigBuilder b, Endpoint endpoint, SecurityPolicy policy, Path pkiDir) {
        b.setApplicationName(LocalizedText.english("ParkWatch OPC UA bridge"))
                .setApplicationUri(APPLICATION_URI)
                .setProductUri(APPLICATION_URI)
                .setRequestTimeout(uint(REQUEST_TIMEOUT_MS))
                .setIdentityProvider(
                        endpoint.identity().anonymous()
                                ? new AnonymousProvider()
                                : new UsernameProvider(
                                        endpoint.identity().username(),
                                        endpoint.identity().password()));
        if (policy != SecurityPolicy.None) {
            try {
                ClientCertificate cert = ClientCertificate.loadOrCreate(pkiDir, APPLICATION_URI);
                var trust = trustList(pkiDir);
                b.setKeyPair(cert.keyPair())
                        .setCertificate(cert.certificate())
                        .setCertificateChain(new X509Certificate[] {cert.certificate()})
                        .setCertificateValidator(
                                new DefaultClientCertificateValidator(
                                        trust,
                                        FileBasedCertificateQuarantine.create(
                                                pkiDir.resolve("rejected").resolve("certs"))));
            } catch (Exception e) {
                throw new IllegalStateException(
                        new UaException(
                                StatusCodes.Bad_ConfigurationError,
                                "cannot set up the client certificate in "
                                        + pkiDir
                                        + ": "
                                        + e.getMessage()));
            }
        }
    }
}
