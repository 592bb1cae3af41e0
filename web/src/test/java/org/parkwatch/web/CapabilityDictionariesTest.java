package org.parkwatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one-map's capabilities with a dictionary of their own ({@code js/<folder>/i18n.js} with
 * {@code const zh}, {@code const en} and {@code export const tr}): both languages have the same
 * keys, and every key the folder's scripts ask {@code tr} for exists (a template key {@code
 * tr(`wp.kind.${…}`)} needs at least one key under its prefix).
 */
class CapabilityDictionariesTest {
    private static final Pattern DICT_KEY = Pattern.compile("'([\\w.-]+)':");
    private static final Pattern TR_CALL = Pattern.compile("\\btr\\(\\s*'([\\w.-]+)'");
    private static final Pattern TR_TEMPLATE = Pattern.compile("\\btr\\(\\s*`([\\w.-]+)\\.\\$\\{");

    private static Path folder(String name) throws URISyntaxException {
        return Path.of(
                        CapabilityDictionariesTest.class
                                .getClassLoader()
                                .getResource("parkwatch-web/index.html")
                                .toURI())
                .getParent()
                .resolve("js")
                .resolve(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"permits"})
    void bothLanguagesHaveTheSameKeysAndEveryUsedKeyExists(String name)
            throws IOException, URISyntaxException {
        String dict = Files.readString(folder(name).resolve("i18n.js"), StandardCharsets.UTF_8);
        Set<String> zh =
                keys(dict.substring(dict.indexOf("const zh = {"), dict.indexOf("const en = {")));
        Set<String> en =
                keys(dict.substring(dict.indexOf("const en = {"), dict.indexOf("export const tr")));
        assertTrue(zh.size() > 20, name + " dictionary has " + zh.size() + " keys");
        assertEquals(zh, en, "zh-CN and en keys differ");
        Set<String> missing = new TreeSet<>();
        List<Path> scripts;
        try (Stream<Path> files = Files.list(folder(name))) {
            scripts = files.filter(p -> p.toString().endsWith(".js")).sorted().toList();
        }
        for (Path script : scripts) {
            String text = Files.readString(script, StandardCharsets.UTF_8);
            Matcher m = TR_CALL.matcher(text);
            while (m.find()) if (!zh.contains(m.group(1))) missing.add(m.group(1));
            Matcher t = TR_TEMPLATE.matcher(text);
            while (t.find()) {
                String prefix = t.group(1) + ".";
                if (zh.stream().noneMatch(k -> k.startsWith(prefix))) missing.add(prefix + "*");
            }
        }
        assertEquals(Set.of(), missing, "keys used but not translated");
    }

    @ParameterizedTest
    @ValueSource(strings = {"permits"})
    void everyKindHasItsNameColourAndGlyphInBothLanguages(String name)
            throws IOException, URISyntaxException {
        String dict = Files.readString(folder(name).resolve("i18n.js"), StandardCharsets.UTF_8);
        String layer = Files.readString(folder(name).resolve("layer.js"), StandardCharsets.UTF_8);
        String block = dict.substring(dict.indexOf("export const KINDS"));
        Matcher kinds =
                Pattern.compile("\\b([A-Z_]+): \\[")
                        .matcher(block.substring(0, block.indexOf("};")));
        Set<String> all = new TreeSet<>();
        while (kinds.find()) all.add(kinds.group(1));
        assertEquals(8, all.size(), "the eight kinds of GB 30871-2022: " + all);
        for (String k : all) {
            assertTrue(dict.contains("'wp.kind." + k + "'"), "name of " + k);
            assertTrue(dict.contains("'wp.glyph." + k + "'"), "glyph of " + k);
            assertTrue(layer.contains(k + ": '#"), "colour of " + k);
        }
    }

    private static Set<String> keys(String text) {
        Set<String> keys = new TreeSet<>();
        Matcher m = DICT_KEY.matcher(text);
        while (m.find()) keys.add(m.group(1));
        return keys;
    }
}
