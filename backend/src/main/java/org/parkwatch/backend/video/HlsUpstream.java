package org.parkwatch.backend.video;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches a camera's HLS playlist and segments from its video platform for the browser, so the
 * page's Content-Security-Policy stays same-origin, a stream URL's credentials never reach the
 * browser, and an enterprise user's page can fetch only its own cameras. The page asks for names
 * relative to the playlist's folder (as the playlist names its segments); a name that leaves that
 * folder is refused. Absolute URLs inside a playlist that point into the same folder are made
 * relative; others are left alone (they will not play: configure the platform to use relative
 * URIs). Blocking: call from a worker thread.
 */
final class HlsUpstream {
    /** A stream server that has not answered in this time has no picture for us, ms. */
    static final int TIMEOUT_MS = 10_000;

    /** Largest playlist or segment passed through, bytes (a 10 s 1080p segment is ~5 MB). */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    /** What came back: bytes and media type; {@code status} 200, or 404 when upstream has none. */
    record Part(int status, byte[] bytes, String mediaType) {}

    private static final Pattern URI_ATTRIBUTE = Pattern.compile("URI=\"([^\"]*)\"");

    private final HttpClient http =
            HttpClient.newBuilder()
                    .connectTimeout(Duration.ofMillis(TIMEOUT_MS))
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();

    /** The name the page asks for first: the playlist's own file name. */
    static String playlistName(URI playlist) {
        String path = playlist.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * The upstream URL of {@code name} (relative to the playlist's folder, with the page's {@code
     * query} or null); @throws IllegalArgumentException when the name leaves the folder
     */
    static URI resolve(URI playlist, String name, String query) {
        if (name.isEmpty()
                || name.contains("..")
                || name.contains("\\")
                || name.startsWith("/")
                || name.contains("//")
                || name.contains(":")) {
            throw new IllegalArgumentException("'" + name + "' is not a part of this stream");
        }
        if (name.equals(playlistName(playlist)) && query == null) return playlist;
        URI u = playlist.resolve(name + (query == null ? "" : "?" + query));
        if (!u.getPath().startsWith(folder(playlist).getPath())) {
            throw new IllegalArgumentException("'" + name + "' is not a part of this stream");
        }
        return u;
    }

    private static URI folder(URI playlist) {
        return playlist.resolve(".");
    }

    Part fetch(URI url, URI playlist) throws IOException {
        HttpRequest req =
                HttpRequest.newBuilder(url)
                        .timeout(Duration.ofMillis(TIMEOUT_MS))
                        .header("User-Agent", "ParkWatch video")
                        .GET()
                        .build();
        try {
            HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() == 404 || r.statusCode() == 410) return new Part(404, null, null);
            if (r.statusCode() != 200) {
                throw new IOException(
                        "the camera's stream server answered HTTP "
                                + r.statusCode()
                                + " for "
                                + url.getPath());
            }
            if (r.body().length > MAX_BYTES) {
                throw new IOException(
                        "the camera's stream part "
                                + url.getPath()
                                + " is over "
                                + MAX_BYTES
                                + " bytes");
            }
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (isPlaylist(url, type)) {
                String text = new String(r.body(), StandardCharsets.UTF_8);
                return new Part(
                        200,
                        relativise(text, folder(playlist).toString())
                                .getBytes(StandardCharsets.UTF_8),
                        "application/vnd.apple.mpegurl");
            }
            return new Part(200, r.body(), type.isEmpty() ? "application/octet-stream" : type);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching the camera's stream", e);
        }
    }

    static boolean isPlaylist(URI url, String type) {
        String t = type.toLowerCase(Locale.ROOT);
        return url.getPath().endsWith(".m3u8") || t.contains("mpegurl");
    }

    /** Absolute URIs into {@code folder} become relative (lines and {@code URI="…"} attributes). */
    static String relativise(String playlist, String folder) {
        StringBuilder out = new StringBuilder();
        for (String line : playlist.split("\n", -1)) {
            String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (l.startsWith("#")) {
                Matcher m = URI_ATTRIBUTE.matcher(l);
                StringBuilder sb = new StringBuilder();
                while (m.find()) {
                    m.appendReplacement(
                            sb,
                            Matcher.quoteReplacement("URI=\"" + strip(m.group(1), folder) + "\""));
                }
                m.appendTail(sb);
                out.append(sb);
            } else {
                out.append(strip(l, folder));
            }
            out.append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    private static String strip(String uri, String folder) {
        return uri.startsWith(folder) ? uri.substring(folder.length()) : uri;
    }
}
