package org.parkwatch.backend.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NotificationTemplatesTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    // 2026-12-06 08:30 UTC = 16:30 in Shanghai
    private static final long T = 1_796_545_800_000L;

    @Test
    void everyKindHasAZhAndAnEnText() {
        for (MessageKind k : MessageKind.values()) {
            NotificationRequest r =
                    new NotificationRequest(k, "INC-1", Set.of(), "氯气泄漏 E01-V101", "二级", "", false);
            String zh = NotificationTemplates.render(r, "zh", T, SHANGHAI, null).subject();
            String en = NotificationTemplates.render(r, "en", T, SHANGHAI, null).subject();
            assertTrue(zh.contains("氯气泄漏 E01-V101") && en.contains("氯气泄漏 E01-V101"), k.name());
            assertTrue(!zh.equals(en), k.name());
        }
    }

    @Test
    void levelTimeAndLinkAreFilledInParkLocal24HourTime() {
        NotificationRequest r =
                new NotificationRequest(
                        MessageKind.LEVEL_CONFIRMED,
                        "INC-1",
                        Set.of(),
                        "氯气泄漏",
                        "二级",
                        "启动专项预案",
                        false);
        NotificationTemplates.Rendered zh =
                NotificationTemplates.render(r, "zh", T, SHANGHAI, "http://x/ack/abc");
        assertEquals("响应级别确认：二级 — 氯气泄漏", zh.subject());
        assertEquals("2026-12-06 16:30 氯气泄漏 确认启动二级响应。启动专项预案\n收到请确认：http://x/ack/abc", zh.body());
    }

    @Test
    void drillMessagesAreMarkedAsDrills() {
        NotificationRequest r =
                new NotificationRequest(
                        MessageKind.EVACUATION, "DRILL-1", Set.of(), "疏散演练", null, "", true);
        assertTrue(
                NotificationTemplates.render(r, "zh", T, SHANGHAI, null)
                        .subject()
                        .startsWith("【演练】"));
        assertTrue(
                NotificationTemplates.render(r, "en", T, SHANGHAI, null)
                        .body()
                        .startsWith("[DRILL] "));
    }
}
