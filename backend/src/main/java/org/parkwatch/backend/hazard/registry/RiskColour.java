package org.parkwatch.backend.hazard.registry;

import java.util.Locale;
import java.util.Optional;

/** Enterprise safety risk colour, most severe first: 红 major, 橙 high, 黄 moderate, 蓝 low. */
public enum RiskColour {
    RED("红"),
    ORANGE("橙"),
    YELLOW("黄"),
    BLUE("蓝");

    private final String zh;

    RiskColour(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    /** By English name (any case), Chinese character, or Chinese with 色 (红色). */
    public static Optional<RiskColour> parse(String text) {
        String t = text.trim();
        for (RiskColour c : values()) {
            if (c.name().equals(t.toUpperCase(Locale.ROOT))
                    || c.zh.equals(t)
                    || (c.zh + "色").equals(t)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
