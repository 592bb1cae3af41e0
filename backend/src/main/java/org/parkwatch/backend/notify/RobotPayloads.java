package org.parkwatch.backend.notify;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The JSON bodies of the IM group robots (the payload edge): DingTalk custom robot ({@code msgtype}
 * text: {@code text.content}, markdown: {@code markdown.title/text}; {@code at.atMobiles}) and
 * WeCom group robot ({@code msgtype} text: {@code text.content} and {@code mentioned_mobile_list};
 * markdown: {@code markdown.content}). The person on duty is @-mentioned by mobile number, except
 * in WeCom markdown, which mentions only by WeCom user id ({@code <@userid>}), which the roster
 * does not hold.
 */
public final class RobotPayloads {
    private RobotPayloads() {}

    public static JsonObject dingTalk(Outgoing m, boolean markdown) {
        JsonArray at = new JsonArray();
        if (m.address() != null) at.add(m.address());
        JsonObject body =
                markdown
                        ? new JsonObject()
                                .put("msgtype", "markdown")
                                .put(
                                        "markdown",
                                        new JsonObject()
                                                .put("title", m.subject())
                                                .put("text", markdownText(m) + mention(m)))
                        : new JsonObject()
                                .put("msgtype", "text")
                                .put(
                                        "text",
                                        new JsonObject()
                                                .put("content", m.subject() + "\n" + m.body()));
        return body.put("at", new JsonObject().put("atMobiles", at).put("isAtAll", false));
    }

    public static JsonObject weCom(Outgoing m, boolean markdown) {
        if (markdown) {
            return new JsonObject()
                    .put("msgtype", "markdown")
                    .put("markdown", new JsonObject().put("content", markdownText(m)));
        }
        JsonArray mentioned = new JsonArray();
        if (m.address() != null) mentioned.add(m.address());
        return new JsonObject()
                .put("msgtype", "text")
                .put(
                        "text",
                        new JsonObject()
                                .put("content", m.subject() + "\n" + m.body())
                                .put("mentioned_mobile_list", mentioned));
    }

    private static String markdownText(Outgoing m) {
        return "### " + m.subject() + "\n" + m.body().replace("\n", "\n\n");
    }

    private static String mention(Outgoing m) {
        return m.address() == null ? "" : "\n\n@" + m.address();
    }
}
