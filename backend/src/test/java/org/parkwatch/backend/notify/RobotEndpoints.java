package org.parkwatch.backend.notify;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A local HTTP server standing for the DingTalk robot ({@code /robot/send}), the WeCom robot
 * ({@code /cgi-bin/webhook/send}) and an SMS gateway ({@code /sms}): records every request and
 * answers as they do ({@code {"errcode":0,"errmsg":"ok"}}), or HTTP 500 while {@link #failing}.
 */
final class RobotEndpoints implements AutoCloseable {
    /** One recorded request. */
    record Hit(String path, String query, String body, String authorization) {
        JsonObject json() {
            return new JsonObject(body);
        }

        String param(String name) {
            for (String kv : query.split("&")) {
                int eq = kv.indexOf('=');
                if (eq > 0 && kv.substring(0, eq).equals(name)) return kv.substring(eq + 1);
            }
            return null;
        }
    }

    final List<Hit> hits = new CopyOnWriteArrayList<>();
    volatile boolean failing;
    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;

    RobotEndpoints() throws Exception {
        server =
                vertx.createHttpServer()
                        .requestHandler(
                                req ->
                                        req.body()
                                                .onSuccess(
                                                        b -> {
                                                            hits.add(
                                                                    new Hit(
                                                                            req.path(),
                                                                            req.query() == null
                                                                                    ? ""
                                                                                    : req.query(),
                                                                            b.toString(),
                                                                            req.getHeader(
                                                                                    "Authorization")));
                                                            if (failing) {
                                                                req.response()
                                                                        .setStatusCode(500)
                                                                        .end("boom");
                                                            } else {
                                                                req.response()
                                                                        .putHeader(
                                                                                "Content-Type",
                                                                                "application/json")
                                                                        .end(
                                                                                "{\"errcode\":0,\"errmsg\":\"ok\"}");
                                                            }
                                                        }))
                        .listen(0, "127.0.0.1")
                        .toCompletionStage()
                        .toCompletableFuture()
                        .get(10, TimeUnit.SECONDS);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.actualPort() + path;
    }

    List<Hit> at(String path) {
        return hits.stream().filter(h -> h.path().equals(path)).toList();
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
