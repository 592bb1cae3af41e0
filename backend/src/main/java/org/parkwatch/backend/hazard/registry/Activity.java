package org.parkwatch.backend.hazard.registry;

import java.util.Locale;
import java.util.Optional;

/** What an enterprise does with hazardous chemicals (Henan plan task 1: 生产、储存、使用、经营、运输、处置). */
public enum Activity {
    PRODUCTION("生产"),
    STORAGE("储存"),
    USE("使用"),
    TRADE("经营"),
    TRANSPORT("运输"),
    DISPOSAL("处置");

    private final String zh;

    Activity(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    /** By English name (any case) or Chinese label. */
    public static Optional<Activity> parse(String text) {
        String t = text.trim();
        for (Activity a : values()) {
            if (a.name().equals(t.toUpperCase(Locale.ROOT)) || a.zh.equals(t)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
