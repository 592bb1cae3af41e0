package org.parkwatch.backend.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parkwatch.backend.platform.config.ConfigException;

/** The stream pass-through's names, playlist rewriting and the {@code video.streams} setting. */
class HlsUpstreamTest {
    private static final URI PLAYLIST =
            URI.create("http://nvr.local:8000/cams/c1/index.m3u8?token=abc");

    @Test
    void namesResolveInsideThePlaylistsFolderOnly() {
        assertEquals(PLAYLIST, HlsUpstream.resolve(PLAYLIST, "index.m3u8", null));
        assertEquals(
                URI.create("http://nvr.local:8000/cams/c1/seg7.ts"),
                HlsUpstream.resolve(PLAYLIST, "seg7.ts", null));
        assertEquals(
                URI.create("http://nvr.local:8000/cams/c1/720p/seg7.ts?x=1"),
                HlsUpstream.resolve(PLAYLIST, "720p/seg7.ts", "x=1"));
        for (String bad :
                new String[] {"../c2/index.m3u8", "/etc/passwd", "http://evil/x.ts", "a//b", ""}) {
            assertThrows(
                    IllegalArgumentException.class,
                    () -> HlsUpstream.resolve(PLAYLIST, bad, null),
                    bad);
        }
    }

    @Test
    void absoluteUrisIntoTheFolderBecomeRelative() {
        String in =
                "#EXTM3U\n#EXT-X-MAP:URI=\"http://nvr.local:8000/cams/c1/init.mp4\"\n#EXTINF:1.0,\n"
                        + "http://nvr.local:8000/cams/c1/seg1.ts\n#EXTINF:1.0,\nseg2.ts\nhttp://other/seg3.ts";
        String out = HlsUpstream.relativise(in, "http://nvr.local:8000/cams/c1/");
        assertEquals(
                "#EXTM3U\n#EXT-X-MAP:URI=\"init.mp4\"\n#EXTINF:1.0,\nseg1.ts\n#EXTINF:1.0,\nseg2.ts\n"
                        + "http://other/seg3.ts",
                out);
        assertTrue(HlsUpstream.isPlaylist(URI.create("http://x/a.m3u8"), ""));
        assertTrue(HlsUpstream.isPlaylist(URI.create("http://x/live"), "application/x-mpegURL"));
    }

    @Test
    void theSettingNamesEachBadEntry() {
        VideoOptions o =
                VideoOptions.from(
                        Map.of(
                                        VideoOptions.KEY,
                                        "E01-CAM1=http://a/x/index.m3u8, E02-CAM1=https://b/y.m3u8")
                                ::get);
        assertEquals(URI.create("http://a/x/index.m3u8"), o.streams().get("E01-CAM1"));
        assertEquals(2, o.streams().size());
        ConfigException e =
                assertThrows(
                        ConfigException.class,
                        () ->
                                VideoOptions.from(
                                        Map.of(VideoOptions.KEY, "E01-CAM1,E02-CAM1=rtsp://b/y")
                                                ::get));
        assertEquals(2, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).contains("entry 1"), e.problems().toString());
        assertTrue(e.problems().get(1).contains("http:// or https://"), e.problems().toString());
        assertEquals(0, VideoOptions.from(Map.<String, String>of()::get).streams().size());
    }
}
