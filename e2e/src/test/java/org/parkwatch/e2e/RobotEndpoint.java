package org.parkwatch.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local HTTP endpoint standing for an enterprise IM robot (DingTalk's {@code /robot/send},
 * WeCom's webhook): records every request and answers as they do, {@code
 * {"errcode":0,"errmsg":"ok"}}. Port 0, loopback.
 */
final class RobotEndpoint implements AutoCloseable {
    /** One recorded request. */
    record Hit(String path, String query, String body) {}

    private final HttpServer server;
    private final List<Hit> hits = new CopyOnWriteArrayList<>();

    private RobotEndpoint(HttpServer server) {
        this.server = server;
    }

    static RobotEndpoint start() throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        RobotEndpoint e = new RobotEndpoint(s);
        s.createContext(
                "/",
                x -> {
                    String body =
                            new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                    String q = x.getRequestURI().getRawQuery();
                    e.hits.add(new Hit(x.getRequestURI().getPath(), q == null ? "" : q, body));
                    byte[] ok =
                            "{\"errcode\":0,\"errmsg\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
                    x.getResponseHeaders().add("Content-Type", "application/json");
                    x.sendResponseHeaders(200, ok.length);
                    try (OutputStream out = x.getResponseBody()) {
                        out.write(ok);
                    }
                });
        s.start();
        return e;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    List<Hit> hits() {
        return List.copyOf(hits);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
