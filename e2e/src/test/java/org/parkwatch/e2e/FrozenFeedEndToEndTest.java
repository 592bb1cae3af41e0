package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.alarm.ActiveAlarm;
import org.parkwatch.backend.alarm.AlarmState;
import org.parkwatch.backend.live.FeedHealth;
import org.parkwatch.bridge.config.BridgeConfig;

/**
 * Issue 19, frozen DCS: {@code scenario station-silent enterprise=E05} (values stop, server and
 * bridge alive) kept E05 green with 0 stale tags, because the integrity refresh re-sends the last
 * values and "received" advances. Through the real simulator, bridge, MQTT and backend (refresh 1
 * s): the feed turns FROZEN in /api/feeds and E05.FEED_FROZEN is raised while no tag is stale; when
 * the scenario ends the feed recovers.
 */
class FrozenFeedEndToEndTest {
    private static final int REFRESH_MS = 1000;

    @Test
    void aFeedWhoseSourceTimesStandStillIsFrozenAndAlarmed(@TempDir Path dir) throws Exception {
        try (DemoStack stack =
                DemoStack.start(
                        dir,
                        Set.of("E05"),
                        Map.of("live.refreshMs", String.valueOf(REFRESH_MS)),
                        250,
                        null,
                        FrozenFeedEndToEndTest::withRefresh)) {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> "ok".equals(feed(stack).path("health").asText()));
            assertEquals("NORMAL", alarmState(stack));

            String id =
                    stack.simulator()
                            .scenarios()
                            .start("station-silent", Map.of("enterprise", "E05"))
                            .id();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> feed(stack).path("frozen").asBoolean());
            JsonNode frozen = feed(stack);
            assertEquals(FeedHealth.Health.FROZEN.id(), frozen.path("health").asText());
            assertEquals(
                    0,
                    frozen.path("staleTags").asInt(),
                    "the refresh keeps every tag 'received': " + frozen);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> "UNACK_ACTIVE".equals(alarmState(stack)));

            stack.simulator().scenarios().stop(id);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !feed(stack).path("frozen").asBoolean());
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> "RTN_UNACK".equals(alarmState(stack)));
        }
    }

    private static String alarmState(DemoStack stack) {
        return stack.alarms()
                .manager()
                .get("E05.FEED_FROZEN")
                .map(ActiveAlarm::state)
                .orElse(AlarmState.NORMAL)
                .name();
    }

    private static JsonNode feed(DemoStack stack) throws Exception {
        for (JsonNode f : Http.getJson(stack, "/api/feeds")) {
            if ("E05".equals(f.path("enterpriseId").asText())) return f;
        }
        throw new AssertionError("no feed E05");
    }

    private static BridgeConfig withRefresh(BridgeConfig c) {
        BridgeConfig.Batch b =
                new BridgeConfig.Batch(c.batch().maxSamples(), c.batch().maxDelayMs(), REFRESH_MS);
        return new BridgeConfig(
                c.bridgeId(),
                c.enterpriseId(),
                c.mqtt(),
                c.spool(),
                b,
                c.endpoints(),
                c.mappings(),
                c.pkiDir());
    }
}
