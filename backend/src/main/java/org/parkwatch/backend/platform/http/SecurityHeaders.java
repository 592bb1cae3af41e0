package org.parkwatch.backend.platform.http;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Puts the security headers on every response (issue 7): a Content-Security-Policy without inline
 * script, no framing, no MIME sniffing, no referrer, and no caching of API answers.
 */
public final class SecurityHeaders {
    /**
     * What the one-map page needs and no more: its own scripts, styles and connections (the
     * WebSocket is same-origin, covered by {@code 'self'} in CSP Level 3), plus {@code data:} and
     * {@code blob:} images, which OpenLayers and ECharts use for icons and canvas exports. Styles
     * set from script through the CSSOM are not inline styles, so no {@code 'unsafe-inline'} is
     * needed (checked in Chromium by BrowserSecurityTest and BrowserAlarmTest). Video plays from
     * {@code blob:} media sources (hls.js feeds the {@code <video>} through Media Source
     * Extensions); the stream itself comes through the backend, same-origin.
     */
    public static final String CSP =
            "default-src 'self'; script-src 'self'; object-src 'none'; "
                    + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; img-src 'self' data: blob:; "
                    + "media-src 'self' blob:";

    private SecurityHeaders() {}

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
