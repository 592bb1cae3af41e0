package org.parkwatch.backend.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * The robots' JSON bodies, field by field as DingTalk's and WeCom's robot documentation has them.
 */
class RobotPayloadsTest {
    private static final Outgoing M =
            new Outgoing(
                    Channel.DINGTALK, "13900000011", "疏散通知 — 氯气泄漏", "请立即疏散。\n收到请确认：http://x/a");

    @Test
    void dingTalkText() {
        assertEquals(
                new JsonObject(
                        "{\"msgtype\":\"text\",\"text\":{\"content\":\"疏散通知 — 氯气泄漏\\n请立即疏散。\\n收到请确认：http://x/a\"},"
                                + "\"at\":{\"atMobiles\":[\"13900000011\"],\"isAtAll\":false}}"),
                RobotPayloads.dingTalk(M, false));
    }

    @Test
    void dingTalkMarkdownMentionsThePersonInTheText() {
        assertEquals(
                new JsonObject(
                        "{\"msgtype\":\"markdown\",\"markdown\":{\"title\":\"疏散通知 — 氯气泄漏\","
                                + "\"text\":\"### 疏散通知 — 氯气泄漏\\n请立即疏散。\\n\\n收到请确认：http://x/a\\n\\n@13900000011\"},"
                                + "\"at\":{\"atMobiles\":[\"13900000011\"],\"isAtAll\":false}}"),
                RobotPayloads.dingTalk(M, true));
    }

    @Test
    void weComTextAndMarkdown() {
        assertEquals(
                new JsonObject(
                        "{\"msgtype\":\"text\",\"text\":{\"content\":\"疏散通知 — 氯气泄漏\\n请立即疏散。\\n收到请确认：http://x/a\","
                                + "\"mentioned_mobile_list\":[\"13900000011\"]}}"),
                RobotPayloads.weCom(M, false));
        assertEquals(
                new JsonObject(
                        "{\"msgtype\":\"markdown\",\"markdown\":{\"content\":\"### 疏散通知 — 氯气泄漏\\n请立即疏散。\\n\\n收到请确认：http://x/a\"}}"),
                RobotPayloads.weCom(M, true));
    }
}
