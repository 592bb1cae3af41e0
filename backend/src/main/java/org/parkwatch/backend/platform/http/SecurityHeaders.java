package org.parkwatch.backend.platform.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * Puts the security headers on every response (issue 7): a Content-Security-Policy without inline script, no
 * framing, no MIME sniffing, no referrer, and no caching of API answers.
 */
public final class SecurityHeaders {
    /**
     * What the one-map page needs and no more: its own scripts, styles and images; {@code data:} and {@code blob:}
     * images because OpenLayers draws icons and canvases through them; the WebSocket on the same host ({@code 'self'}
     * covers ws: in CSP Level 3 browsers; listed for older ones is not needed by Chromium). Inline style attributes
     * are allowed ({@code 'unsafe-inline'} in style-src only) because OpenLayers and ECharts set element styles.
     */
    public static final String CSP = "default-src 'self'; script-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; img-src 'self' data: blob:; "
            + "style-src 'self' 'unsafe-inline'; connect-src 'self'; worker-src 'self' blob:";

    private SecurityHeaders() {
    }

    /** Router-wide handler: adds the headers and passes on. */
    public static void apply(RoutingContext ctx) {
        MultiMap h = ctx.response().headers();
        h.set("Content-Security-Policy", CSP);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("X-Frame-Options", "DENY");
        h.set("Referrer-Policy", "no-referrer");
        String path = ctx.request().path();
        if (path.startsWith("/api/") || path.equals("/api")) {
            h.set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        ctx.next();
    }
}
