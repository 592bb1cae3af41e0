package org.parkwatch.bridge.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.InvalidAlgorithmParameterException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class ConnectProblemsTest {
    @Test
    void anEmptyTrustListBecomesTheCommandsThatApproveTheServer() {
        Throwable jdk =
                new ExecutionException(
                        new RuntimeException(
                                "wrapped",
                                new InvalidAlgorithmParameterException(
                                        "the trustAnchors parameter must be non-empty")));
        String text = ConnectProblems.explain(jdk, "opc.tcp://10.1.2.3:4840/", Path.of("pki-e09"));
        assertTrue(text.startsWith("the server's certificate is not trusted yet"), text);
        assertTrue(text.contains("./parkwatch pki list --dir pki-e09"), text);
        assertTrue(text.contains("pki-e09/own/certs/bridge.der"), text);
        assertFalse(text.contains("trustAnchors"), text);
    }

    @Test
    void anUnknownProblemKeepsItsMessagesOnOneLine() {
        String text =
                ConnectProblems.explain(
                        new IllegalStateException("odd\nsecond line"),
                        "opc.tcp://h:1/",
                        Path.of("pki"));
        assertTrue(
                text.equals("cannot connect to opc.tcp://h:1/: IllegalStateException: odd"), text);
    }
}
