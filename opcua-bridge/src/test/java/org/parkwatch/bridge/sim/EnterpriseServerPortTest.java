package org.parkwatch.bridge.sim;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.bridge.sim.opcua.EnterpriseServer;
import org.parkwatch.model.park.EnterpriseTags;

/**
 * A port the simulator picked for itself may be taken by another process before the server binds it
 * (tests starting stacks side by side); the server then takes another. A port the operator
 * configured is never changed behind their back.
 */
class EnterpriseServerPortTest {

    private static EnterpriseServer server(Path pki, int port) throws Exception {
        EnterpriseTags tags = SimTestSupport.catalog().tagsOf("E01").orElseThrow();
        EnterpriseServer.Settings settings =
                new EnterpriseServer.Settings(
                        "127.0.0.1",
                        pki,
                        false,
                        false,
                        "parkwatch",
                        null,
                        "test-only-keystore".toCharArray());
        return new EnterpriseServer(tags, settings, port, Map::of);
    }

    @Test
    void anAutoChosenPortTakenBeforeTheFirstStartIsReplaced(@TempDir Path pki) throws Exception {
        EnterpriseServer server = server(pki, 0);
        int chosen = server.port();
        try (ServerSocket squatter = new ServerSocket()) {
            squatter.bind(new InetSocketAddress("127.0.0.1", chosen));
            server.start();
            try {
                assertNotEquals(chosen, server.port());
                assertTrue(
                        server.endpointUrl().contains(":" + server.port() + "/"),
                        server.endpointUrl());
                try (Socket client = new Socket("127.0.0.1", server.port())) {
                    assertTrue(client.isConnected());
                }
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void aConfiguredPortThatIsTakenIsAnError(@TempDir Path pki) throws Exception {
        try (ServerSocket squatter = new ServerSocket()) {
            squatter.bind(new InetSocketAddress("127.0.0.1", 0));
            EnterpriseServer server = server(pki, squatter.getLocalPort());
            assertThrows(Exception.class, server::start);
            assertTrue(!server.isRunning());
        }
    }
}
