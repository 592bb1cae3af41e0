package org.parkwatch.backend.alarm.service;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.UplinkPublisher;
import org.parkwatch.model.uplink.FeedStatus;
import org.parkwatch.model.uplink.Sample;
import org.parkwatch.model.uplink.UplinkCodec;
import org.parkwatch.model.uplink.UplinkTopics;

/**
 * Issue 19, D6: a killed bridge's tags stayed "good, not stale" for 60 s while the feed strip said
 * "down". Through MQTT: the status a bridge's last will carries ({@code lost}) turns its tags stale
 * at once and raises the one FEED_LOST of the feed, with no per-tag STALE alarm announced.
 */
class LastWillStaleTest {
    private static final String TAG = "E01.TK201.LT";

    @Test
    void theLastWillMakesTheFeedsTagsStaleAtOnce(@TempDir Path dir) throws Exception {
        long t0 = System.currentTimeMillis() - 1000;
        UplinkCodec codec = new UplinkCodec();
        try (AlarmBackend b = AlarmBackend.start(dir, Map.of());
                UplinkPublisher p = UplinkPublisher.embedded(b.ports.mqtt(), "E01", "E01-B1")) {
            p.publishRaw(
                    UplinkTopics.status("E01", "E01-B1"),
                    codec.encodeStatus(
                            new FeedStatus("E01", "E01-B1", FeedStatus.ONLINE, t0, 1, 1)));
            p.publish(1, List.of(new Sample(TAG, 3.0, t0, 0)));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> Double.valueOf(3.0).equals(b.backend.live().tag(TAG).value()));
            assertTrue(!b.backend.live().tag(TAG).stale(), "fresh before the fault");

            p.publishRaw(
                    UplinkTopics.status("E01", "E01-B1"),
                    codec.encodeStatus(
                            new FeedStatus("E01", "E01-B1", FeedStatus.LOST, t0 + 500, 0, 1)));
            await().atMost(Duration.ofSeconds(10)).until(() -> b.backend.live().tag(TAG).stale());
            await().atMost(Duration.ofSeconds(10)).until(() -> b.active("E01.FEED_LOST") != null);
            assertEquals("UNACK_ACTIVE", b.active("E01.FEED_LOST").getString("state"));
            List<String> annunciated =
                    b.getArray("/api/alarms").stream()
                            .map(o -> (JsonObject) o)
                            .filter(
                                    a ->
                                            a.getString("state").startsWith("UNACK")
                                                    || a.getString("state").startsWith("ACK"))
                            .map(a -> a.getString("id"))
                            .filter(id -> id.startsWith("E01."))
                            // the demo's overdue hidden dangers (dual prevention) annunciate on
                            // their own from the start; they are not the feed's
                            .filter(id -> !id.endsWith(".HD_OVERDUE"))
                            .toList();
            assertEquals(List.of("E01.FEED_LOST"), annunciated);
        }
    }
}
