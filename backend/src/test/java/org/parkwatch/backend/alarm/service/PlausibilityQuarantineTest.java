package org.parkwatch.backend.alarm.service;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.UplinkPublisher;
import org.parkwatch.backend.alarm.AlarmState;
import org.parkwatch.backend.ingest.Plausibility;
import org.parkwatch.backend.live.TagState;
import org.parkwatch.model.uplink.Sample;

/**
 * Issue 19, D3: {@code ["E08.TK102.TT",555.0,4102444800000,0]} (year 2100) pinned a live value with
 * good quality until a restart. Through MQTT: the far-future sample is quarantined (counted on the
 * feed, IMPLAUSIBLE alarm) and the next real sample shows; a value far outside the instrument range
 * shows as bad quality, never as the value.
 */
class PlausibilityQuarantineTest {
    /** E01.TK201.TT: instrument range −20…80 °C (gis-data demo-park tags/E01.json). */
    private static final String TT = "E01.TK201.TT";

    private static final long YEAR_2100_MS = 4_102_444_800_000L;

    @Test
    void aFarFutureSampleIsQuarantinedAndTheLiveValueMovesOn(@TempDir Path dir) throws Exception {
        long t0 = System.currentTimeMillis() - 10_000;
        try (AlarmBackend b = AlarmBackend.start(dir, Map.of());
                UplinkPublisher p = UplinkPublisher.embedded(b.ports.mqtt(), "E01", "E01-B1")) {
            p.publish(1, List.of(new Sample(TT, 20.0, t0, 0)));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> Double.valueOf(20.0).equals(tag(b).value()));

            p.publish(2, List.of(new Sample(TT, 555.0, YEAR_2100_MS, 0)));
            await().atMost(Duration.ofSeconds(10)).until(() -> feed(b).getLong("quarantined") == 1);
            assertEquals(20.0, tag(b).value(), "the year-2100 sample never reaches the live value");
            assertEquals(
                    "FUTURE_TIME", feed(b).getJsonObject("lastQuarantine").getString("reason"));
            await().atMost(Duration.ofSeconds(10))
                    .until(
                            () ->
                                    b.active("E01.IMPLAUSIBLE") != null
                                            && AlarmState.UNACK_ACTIVE
                                                    .name()
                                                    .equals(
                                                            b.active("E01.IMPLAUSIBLE")
                                                                    .getString("state")));

            p.publish(3, List.of(new Sample(TT, 21.0, t0 + 1000, 0)));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> Double.valueOf(21.0).equals(tag(b).value()));
            assertEquals(0, tag(b).status(), "good quality");

            // 1e6 °C on a −20…80 °C instrument: no measurement; the tag shows bad quality and no
            // value
            p.publish(4, List.of(new Sample(TT, 1e6, t0 + 2000, 0)));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> tag(b).status() == Plausibility.BAD_OUT_OF_RANGE);
            assertNull(tag(b).value());
            assertEquals(
                    "OUT_OF_RANGE", feed(b).getJsonObject("lastQuarantine").getString("reason"));
            assertEquals(null, b.active(TT + ".HH"), "the implausible value raised no limit alarm");
            p.publish(5, List.of(new Sample(TT, 22.0, t0 + 3000, 0)));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> Double.valueOf(22.0).equals(tag(b).value()));
            assertEquals(2L, feed(b).getLong("quarantined"));
        }
    }

    private static TagState tag(AlarmBackend b) {
        return b.backend.live().tag(TT);
    }

    private static JsonObject feed(AlarmBackend b) throws Exception {
        for (Object o : b.getArray("/api/feeds")) {
            if ("E01".equals(((JsonObject) o).getString("enterpriseId"))) return (JsonObject) o;
        }
        throw new AssertionError("no feed E01");
    }
}
