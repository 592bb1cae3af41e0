package org.parkwatch.backend.video;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.parkwatch.backend.platform.config.ConfigException;

/**
 * Where each camera's live HLS stream is, read once at start: {@code video.streams} lists {@code
 * cameraId=url} pairs separated by commas (or the environment's {@code PARKWATCH_VIDEO_STREAMS}),
 * each URL an {@code http(s)} HLS playlist (usually {@code …/index.m3u8} on the park's video
 * platform or NVR). A camera may also carry its URL as the {@code hlsUrl} property in the cameras
 * layer; the configuration wins, because stream addresses and their credentials are the site's, not
 * the map's.
 *
 * @param streams camera feature id → playlist URL
 */
public record VideoOptions(Map<String, URI> streams) {
    public static final String KEY = "video.streams";

    public static final VideoOptions NONE = new VideoOptions(Map.of());

    public VideoOptions {
        streams = Map.copyOf(streams);
    }

    /** Reads {@value #KEY}; a bad entry is named with its position. */
    public static VideoOptions from(Function<String, String> props) {
        String text = props.apply(KEY);
        if (text == null || text.isBlank()) return NONE;
        Map<String, URI> out = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        String[] entries = text.split(",");
        for (int i = 0; i < entries.length; i++) {
            String e = entries[i].strip();
            if (e.isEmpty()) continue;
            int eq = e.indexOf('=');
            String where = KEY + " entry " + (i + 1) + " '" + e + "'";
            if (eq <= 0) {
                problems.add(where + ": expected cameraId=http://host/path/index.m3u8");
                continue;
            }
            String camera = e.substring(0, eq).strip();
            try {
                out.put(camera, playlist(e.substring(eq + 1).strip()));
            } catch (IllegalArgumentException ex) {
                problems.add(where + ": " + ex.getMessage());
            }
        }
        if (!problems.isEmpty()) throw new ConfigException(problems);
        return new VideoOptions(out);
    }

    /** An absolute http(s) URL with a path; @throws IllegalArgumentException naming the problem */
    public static URI playlist(String text) {
        URI u;
        try {
            u = new URI(text);
        } catch (URISyntaxException ex) {
            throw new IllegalArgumentException("not a URL (" + ex.getReason() + ")");
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase();
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException(
                    "the stream URL must start with http:// or https://");
        }
        if (u.getHost() == null || u.getPath() == null || u.getPath().isEmpty()) {
            throw new IllegalArgumentException("the stream URL needs a host and the playlist path");
        }
        return u.normalize();
    }
}
