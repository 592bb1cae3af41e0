package org.parkwatch.backend.basemap;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Fetches base-map tiles from the configured tile service for the browser, so the page's
 * Content-Security-Policy stays {@code img-src 'self'} and a service key (天地图's {@code tk}) never
 * leaves the backend. Blocking: call from a worker thread.
 */
final class TileUpstream {
    /** A tile service that has not answered in this time is treated as having no tile, ms. */
    static final int TIMEOUT_MS = 10_000;

    /** A fetched tile and its media type. */
    record Tile(byte[] bytes, String mediaType) {}

    private final BasemapOptions options;
    private final HttpClient http =
            HttpClient.newBuilder()
                    .connectTimeout(Duration.ofMillis(TIMEOUT_MS))
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();

    TileUpstream(BasemapOptions options) {
        this.options = options;
    }

    /**
     * The upstream URL of tile {@code z/x/y} (row counted from the top, as XYZ and WMTS both do).
     */
    String url(int z, int x, int y) {
        BasemapOptions o = options;
        return switch (o.type()) {
            case XYZ ->
                    o.url()
                            .replace("{z}", Integer.toString(z))
                            .replace("{x}", Integer.toString(x))
                            .replace("{y}", Integer.toString(y))
                            .replace("{key}", enc(o.key()));
            case WMTS, TIANDITU ->
                    o.url().replace("{s}", Integer.toString(Math.floorMod(x + y, 8)))
                            + (o.url().contains("?") ? "&" : "?")
                            + "SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER="
                            + enc(o.layer())
                            + "&STYLE=default&TILEMATRIXSET="
                            + enc(o.matrixSet())
                            + "&FORMAT="
                            + enc(o.format())
                            + "&TILEMATRIX="
                            + z
                            + "&TILEROW="
                            + y
                            + "&TILECOL="
                            + x
                            + (o.key().isEmpty() ? "" : "&tk=" + enc(o.key()));
            default -> throw new IllegalStateException("no upstream for basemap.type " + o.type());
        };
    }

    /**
     * The tile; empty when the service has none there (any 4xx). @throws IOException when it cannot
     * be reached
     */
    Optional<Tile> fetch(int z, int x, int y) throws IOException {
        HttpRequest req =
                HttpRequest.newBuilder(URI.create(url(z, x, y)))
                        .timeout(Duration.ofMillis(TIMEOUT_MS))
                        .header("User-Agent", "ParkWatch base map")
                        .GET()
                        .build();
        try {
            HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() >= 400 && r.statusCode() < 500) return Optional.empty();
            if (r.statusCode() != 200) {
                throw new IOException(
                        "base map service answered HTTP "
                                + r.statusCode()
                                + " for tile "
                                + z
                                + "/"
                                + x
                                + "/"
                                + y);
            }
            String type = r.headers().firstValue("Content-Type").orElse("image/png");
            if (!type.startsWith("image/") && !type.startsWith("application/x-protobuf")) {
                throw new IOException(
                        "base map service sent "
                                + type
                                + " instead of a tile (check basemap.key and"
                                + " basemap.layer)");
            }
            return Optional.of(new Tile(r.body(), type));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching a base map tile", e);
        }
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
