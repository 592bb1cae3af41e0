package org.parkwatch.bridge;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * A tiny read-only HTTP endpoint on loopback: {@code GET /status} answers a JSON array with each
 * bridge's counters, connection state and unreadable mappings. Meant for the operator and the
 * benchmark, not for the public.
 */
public final class StatusEndpoint implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final List<Bridge> bridges;

    /** Binds 127.0.0.1:{@code port} (0 picks a free port, see {@link #port()}). */
    public StatusEndpoint(int port, List<Bridge> bridges) throws IOException {
        this.bridges = List.copyOf(bridges);
        server =
                HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/status", this::status);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void status(HttpExchange ex) throws IOException {
        byte[] body;
        int code = 200;
        if (!"GET".equals(ex.getRequestMethod())) {
            code = 405;
            body = "{\"error\":\"GET only\"}".getBytes();
        } else {
            body = JSON.writeValueAsBytes(snapshot());
        }
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(code, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    ArrayNode snapshot() {
        ArrayNode arr = JSON.createArrayNode();
        for (Bridge b : bridges) {
            BridgeStats s = b.stats();
            ObjectNode o = arr.addObject();
            o.put("bridgeId", b.config().bridgeId())
                    .put("enterpriseId", b.config().enterpriseId())
                    .put("mqttConnected", b.uplink().isConnected())
                    .put("serversUp", b.serversUp())
                    .put("servers", b.config().endpoints().size())
                    .put("samplesRead", s.samplesRead())
                    .put("badSamples", s.badSamples())
                    .put("batchesSpooled", s.batchesSpooled())
                    .put("batchesPublished", s.batchesPublished())
                    .put("batchesReplayed", s.batchesReplayed())
                    .put("batchesDropped", s.batchesDropped())
                    .put("pendingBatches", s.pendingBatches())
                    .put("spooledBytes", s.spooledBytes());
            ArrayNode problems = o.putArray("mappingProblems");
            b.problems().forEach(p -> problems.add(p.toString()));
        }
        return arr;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
