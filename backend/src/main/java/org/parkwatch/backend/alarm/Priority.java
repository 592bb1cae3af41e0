package org.parkwatch.backend.alarm;

import java.util.Arrays;
import java.util.Locale;

/** Alarm priority, highest first; the config files use the lower-case names. */
public enum Priority {
    CRITICAL("紧急", "critical"),
    HIGH("高", "high"),
    MEDIUM("中", "medium"),
    LOW("低", "low");

    private final String nameZh;
    private final String nameEn;

    Priority(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String id() {
        return nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    /** Parses {@code critical|high|medium|low} (case-insensitive). */
    public static Priority of(String id) {
        for (Priority p : values())
            if (p.nameEn.equals(id == null ? null : id.toLowerCase(Locale.ROOT))) return p;
        throw new IllegalArgumentException(
                "unknown priority '"
                        + id
                        + "'; expected one of "
                        + Arrays.stream(values()).map(Priority::id).toList());
    }
}
