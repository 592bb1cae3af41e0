package org.parkwatch.backend.notify;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The message texts in zh-CN and en, one subject and one body per {@link MessageKind}, filled from
 * a {@link NotificationRequest}: {@code {title}}, {@code {level}}, {@code {detail}}, {@code {time}}
 * (park local, 24-hour) and {@code {ack}} (the acknowledgement link). A drill's messages start with
 * 【演练】 / [DRILL] so no one mistakes them for a real event.
 */
public final class NotificationTemplates {
    /** The languages a roster person may prefer. */
    public static final Set<String> LANGUAGES = Set.of("zh", "en");

    private static final Map<MessageKind, String[]> ZH = new EnumMap<>(MessageKind.class);
    private static final Map<MessageKind, String[]> EN = new EnumMap<>(MessageKind.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static {
        ZH.put(
                MessageKind.INCIDENT_OPENED,
                new String[] {"突发事件：{title}", "{time} 发生突发事件：{title}。{detail}"});
        ZH.put(
                MessageKind.LEVEL_CONFIRMED,
                new String[] {"响应级别确认：{level} — {title}", "{time} {title} 确认启动{level}响应。{detail}"});
        ZH.put(
                MessageKind.LEVEL_CHANGED,
                new String[] {
                    "响应级别调整为{level} — {title}", "{time} {title} 响应级别调整为{level}。{detail}"
                });
        ZH.put(MessageKind.DISPATCH, new String[] {"调度指令 — {title}", "{time} {title}：{detail}"});
        ZH.put(
                MessageKind.EVACUATION,
                new String[] {"疏散通知 — {title}", "{time} {title}：请立即组织疏散。{detail}"});
        ZH.put(
                MessageKind.ALL_CLEAR,
                new String[] {"解除警报 — {title}", "{time} {title} 已处置完毕，解除警报。{detail}"});
        ZH.put(
                MessageKind.DRILL,
                new String[] {"演练通知 — {title}", "{time} 将开展应急演练：{title}。{detail}"});
        EN.put(
                MessageKind.INCIDENT_OPENED,
                new String[] {"Incident: {title}", "{time} incident opened: {title}. {detail}"});
        EN.put(
                MessageKind.LEVEL_CONFIRMED,
                new String[] {
                    "Response level confirmed: {level} — {title}",
                    "{time} {title}: response level {level} confirmed. {detail}"
                });
        EN.put(
                MessageKind.LEVEL_CHANGED,
                new String[] {
                    "Response level changed to {level} — {title}",
                    "{time} {title}: response level changed to {level}. {detail}"
                });
        EN.put(
                MessageKind.DISPATCH,
                new String[] {"Dispatch — {title}", "{time} {title}: {detail}"});
        EN.put(
                MessageKind.EVACUATION,
                new String[] {"Evacuation — {title}", "{time} {title}: evacuate now. {detail}"});
        EN.put(
                MessageKind.ALL_CLEAR,
                new String[] {
                    "All clear — {title}", "{time} {title} is under control: all clear. {detail}"
                });
        EN.put(
                MessageKind.DRILL,
                new String[] {
                    "Drill announcement — {title}",
                    "{time} an emergency drill will take place: {title}. {detail}"
                });
    }

    private NotificationTemplates() {}

    /** A filled-in message. */
    public record Rendered(String subject, String body) {}

    /**
     * @param lang {@code zh} or {@code en} (anything else: zh, the default language)
     * @param ackUrl the person's acknowledgement link, or null when none is sent (no line then)
     */
    public static Rendered render(
            NotificationRequest r, String lang, long timeMs, ZoneId zone, String ackUrl) {
        boolean en = "en".equals(lang);
        String[] t = (en ? EN : ZH).get(r.kind());
        String time = TIME.format(Instant.ofEpochMilli(timeMs).atZone(zone));
        String level = r.level() == null ? (en ? "(not set)" : "（未定）") : r.level();
        String subject = fill(t[0], r, level, time);
        String body = fill(t[1], r, level, time).trim();
        if (ackUrl != null) body += en ? "\nAcknowledge: " + ackUrl : "\n收到请确认：" + ackUrl;
        if (r.drill()) {
            subject = (en ? "[DRILL] " : "【演练】") + subject;
            body = (en ? "[DRILL] " : "【演练】") + body;
        }
        return new Rendered(subject, body);
    }

    private static String fill(String template, NotificationRequest r, String level, String time) {
        return template.replace("{title}", r.title())
                .replace("{level}", level)
                .replace("{detail}", r.detail())
                .replace("{time}", time);
    }
}
