package org.parkwatch.backend.platform.db;

import java.util.Locale;

/**
 * Setting lookup for the command-line tools: a system property ({@code -Ddb.url=…}) wins over an
 * environment variable ({@code PARKWATCH_DB_URL}: prefix, upper case, dots as underscores).
 */
public final class SystemSettings {
    private SystemSettings() {}

    public static String get(String key) {
        String v = System.getProperty(key);
        if (v != null) return v;
        return System.getenv("PARKWATCH_" + key.toUpperCase(Locale.ROOT).replace('.', '_'));
    }
}
