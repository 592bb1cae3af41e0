package org.parkwatch.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person must never read on a ParkWatch screen (issue 18): raw enum-like codes ({@code
 * UNACK_ACTIVE}), US-style dates and 12-hour times, unit and model codes ({@code degC}, {@code
 * toxic:ERPG-3}), and dictionary keys that were never translated (every key of the shipped zh/en
 * dictionaries is known, so a key on screen is a gap). Elements marked {@code data-code} (a tag id
 * or OPC UA node id in the enterprise's mapping table, shown as code on purpose) are left out of
 * the text by the caller.
 */
final class TextScan {
    /** SCREAMING_SNAKE_CASE: an enum constant shown as is. */
    static final Pattern RAW_ENUM = Pattern.compile("\\b[A-Z]{2,}(_[A-Z0-9]+)+\\b");

    /**
     * 12/6/2026 or 6/12/26: month and day before the year (zh-CN and en-GB put the year first or
     * write the month).
     */
    static final Pattern US_DATE = Pattern.compile("\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b");

    /** 9:50 AM, 9:50:02 PM. */
    static final Pattern TWELVE_HOUR =
            Pattern.compile("\\b\\d{1,2}:\\d{2}(:\\d{2})?\\s?(AM|PM|am|pm)\\b");

    /**
     * Codes that have a symbol or a translation: degC (℃), model ids, the first administrator's
     * name, lon/lat.
     */
    static final Pattern CODES =
            Pattern.compile(
                    "\\b(degC|Cel|Administrator|toxic:\\S+|lon/lat|UNACK|ACKED|RTN)\\b"
                            + "|\\blive [A-Z]{2,}");

    /** On the Chinese UI also the what-if outcome codes and the English per-year unit. */
    static final Pattern ZH_CODES = Pattern.compile("\\b(poolfire|fireball|vce|toxic)\\b|/yr\\b");

    /** Three English words in a row: an untranslated sentence on the Chinese UI. */
    static final Pattern ENGLISH_RUN = Pattern.compile("\\b[A-Za-z]{3,}(?: [A-Za-z]{3,}){2,}\\b");

    /**
     * A number printed with seven or more decimals (0.767283719775826); lon/lat with five or six
     * decimals (about 1 m) are a sensible precision.
     */
    static final Pattern LONG_DECIMAL = Pattern.compile("\\d\\.\\d{7,}");

    /**
     * Ids a person should not have to read in the alarm and incident panels: enterprise codes
     * ({@code E01}), tag and alarm ids ({@code E01.V101.LT}, {@code E01.FEED_LOST}), park-level ids
     * ({@code PARK.WS1.WS}) and incident ids ({@code INC-3}). Names are shown; ids only in
     * tooltips.
     */
    static final Pattern RAW_ID =
            Pattern.compile(
                    "\\b(?:E\\d{2}(?:\\.[A-Za-z0-9_]+)*|PARK(?:\\.[A-Za-z0-9_]+)+|INC-\\d+)\\b");

    private static final Pattern KEY =
            Pattern.compile("'([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9-]+)+)'\\s*:");
    private static final String[] DICTIONARIES = {
        "js/i18n/zh-CN.js",
        "js/i18n/en.js",
        "js/alarms/i18n.js",
        "js/zones/i18n.js",
        "js/risk/i18n.js",
        "js/environment/i18n.js",
        "js/portal/i18n.js",
        "js/screen/i18n.js",
        "js/public/i18n.js",
        "js/lots/i18n.js",
        "js/pipelines/i18n.js",
        "js/dual/i18n.js",
        "js/safetyduty/i18n.js"
    };

    private final Set<String> keys = new TreeSet<>();

    TextScan() throws IOException {
        for (String d : DICTIONARIES) {
            try (InputStream in =
                    TextScan.class.getClassLoader().getResourceAsStream("parkwatch-web/" + d)) {
                if (in == null) throw new IOException("dictionary not on the classpath: " + d);
                Matcher m = KEY.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (m.find()) keys.add(m.group(1));
            }
        }
        if (keys.size() < 100)
            throw new IOException("only " + keys.size() + " dictionary keys found");
    }

    /**
     * Every problem in {@code text} (a view's visible text); {@code chinese}: also flag English
     * sentences.
     */
    List<String> problems(String view, String text, boolean chinese) {
        List<String> out = new ArrayList<>();
        find(out, view, "raw code", RAW_ENUM, text);
        find(out, view, "US date", US_DATE, text);
        find(out, view, "12-hour time", TWELVE_HOUR, text);
        find(out, view, "untranslated code", CODES, text);
        find(out, view, "unrounded number", LONG_DECIMAL, text);
        if (chinese) {
            find(out, view, "English text", ENGLISH_RUN, text);
            find(out, view, "untranslated code", ZH_CODES, text);
        }
        for (String k : keys) {
            if (Pattern.compile("(?<![\\w.])" + Pattern.quote(k) + "(?![\\w.])")
                    .matcher(text)
                    .find()) {
                out.add(view + ": dictionary key on screen: " + k);
            }
        }
        return out;
    }

    /** Raw ids as primary text in the alarm and incident panels ({@link #RAW_ID}). */
    List<String> rawIds(String view, String panelsText) {
        List<String> out = new ArrayList<>();
        find(out, view, "raw id in the alarm or incident panels", RAW_ID, panelsText);
        return out;
    }

    private static void find(List<String> out, String view, String what, Pattern p, String text) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            int from = Math.max(0, m.start() - 30);
            int to = Math.min(text.length(), m.end() + 30);
            out.add(
                    view
                            + ": "
                            + what
                            + " '"
                            + m.group()
                            + "' in …"
                            + text.substring(from, to).replace('\n', ' ')
                            + "…");
        }
    }
}
