package org.parkwatch.backend.publicdisplay;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parkwatch.backend.platform.http.HttpApi;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;

/**
 * The optional separate listener for a kiosk network ({@code public.http.port}): it serves the
 * public page, the few static files that page loads and {@code /api/public/*} — nothing else exists
 * on it (no login, no socket, no other API, no other page), so a kiosk network can be given this
 * port alone. Same security headers as the main listener.
 */
public final class KioskListener {
    /** Files of the public page (web module, parkwatch-web/) by exact path. */
    static final Set<String> STATIC_FILES =
            Set.of(
                    "/public.html",
                    "/favicon.svg",
                    "/css/public.css",
                    "/js/ui/dom.js",
                    "/js/api.js",
                    "/js/vendor.js");

    /** Folders of the public page's modules and of the vendored libraries it loads. */
    static final List<String> STATIC_FOLDERS =
            List.of("/js/public/", "/js/i18n/", "/webjars/ol/", "/webjars/echarts/");

    private KioskListener() {}

    /**
     * The kiosk route table: the public API rows, {@code /} and {@code /public} to the page, the
     * allowed files.
     */
    static List<RouteSpec> table(List<RouteSpec> publicApi) {
        List<RouteSpec> table = new ArrayList<>(publicApi);
        table.add(RouteSpec.get("/", ctx -> ctx.reroute("/public.html"), Permissions.PUBLIC));
        table.add(RouteSpec.get("/public", ctx -> ctx.reroute("/public.html"), Permissions.PUBLIC));
        StaticHandler webjars = StaticHandler.create("META-INF/resources/webjars");
        table.add(RouteSpec.get("/webjars/*", ctx -> serve(ctx, webjars), Permissions.PUBLIC));
        StaticHandler web = StaticHandler.create("parkwatch-web");
        table.add(RouteSpec.get("/*", ctx -> serve(ctx, web), Permissions.PUBLIC));
        return List.copyOf(table);
    }

    /**
     * True for the files the public page loads; the path is normalised first, so {@code ..} cannot
     * step out.
     */
    static boolean allowed(String normalizedPath) {
        if (STATIC_FILES.contains(normalizedPath)) return true;
        for (String folder : STATIC_FOLDERS) {
            if (normalizedPath.startsWith(folder) && normalizedPath.length() > folder.length())
                return true;
        }
        return false;
    }

    private static void serve(RoutingContext ctx, StaticHandler files) {
        if (allowed(ctx.normalizedPath())) files.handle(ctx);
        else ctx.fail(404);
    }

    /**
     * Listens on {@code host:port} (port 0 = any free port); the future holds the server (its
     * actual port).
     *
     * @throws IllegalArgumentException if a row of {@code publicApi} is not public
     */
    static Future<HttpServer> start(Vertx vertx, String host, int port, List<RouteSpec> publicApi) {
        for (RouteSpec r : publicApi) {
            if (!Permissions.PUBLIC.equals(r.permission())) {
                throw new IllegalArgumentException(r.path() + " is not a public route");
            }
        }
        // every row is public: the guard only passes on (no session exists on this listener)
        return vertx.createHttpServer(
                        new HttpServerOptions()
                                .setHost(host)
                                .setPort(port)
                                .setCompressionSupported(true)
                                .setHttp2ClearTextEnabled(false))
                .requestHandler(
                        HttpApi.router(vertx, table(publicApi), 0, spec -> ctx -> ctx.next()))
                .listen();
    }
}
