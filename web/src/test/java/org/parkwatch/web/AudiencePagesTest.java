package org.parkwatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The big screen (screen.html + js/screen/), the public display (public.html + js/public/), the
 * field commander's page (field.html + js/field/) and the replay (replay.html + js/replay/): they
 * reference shipped files only, keep to {@code script-src 'self'} (no inline script or handler),
 * and their own dictionaries have the same keys in zh-CN and en with every used key present. The
 * public page must not link anywhere (kiosk).
 */
class AudiencePagesTest {
    private static final Pattern PAGE_REF = Pattern.compile("(?:src|href)=\"([^\"]+)\"");
    private static final Pattern DICT_KEY = Pattern.compile("'([\\w.-]+)':");
    private static final Pattern TR_CALL = Pattern.compile("\\btr\\(\\s*'([\\w.-]+)'");
    private static final Pattern TR_TEMPLATE = Pattern.compile("\\btr\\(\\s*`([\\w.-]+)\\.\\$\\{");

    private static Path root() {
        try {
            return Path.of(
                            AudiencePagesTest.class
                                    .getClassLoader()
                                    .getResource("parkwatch-web/index.html")
                                    .toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> scripts(String folder) throws IOException {
        try (Stream<Path> files = Files.walk(root().resolve("js").resolve(folder))) {
            return files.filter(p -> p.toString().endsWith(".js")).sorted().toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"screen", "public", "field", "replay"})
    void pageReferencesShippedFilesAndHasNoInlineScript(String page) {
        String html = read(root().resolve(page + ".html"));
        Matcher m = PAGE_REF.matcher(html);
        List<String> refs = new ArrayList<>();
        while (m.find()) refs.add(m.group(1));
        assertTrue(refs.contains("js/" + page + "/main.js"), "entry module referenced: " + refs);
        for (String ref : refs) {
            boolean shipped =
                    ref.startsWith("webjars/")
                            ? getClass().getClassLoader().getResource("META-INF/resources/" + ref)
                                    != null
                            : Files.exists(root().resolve(ref));
            assertTrue(shipped, page + ".html references " + ref + ", which is not shipped");
        }
        Matcher scripts = Pattern.compile("<script([^>]*)>([^<]*)</script>").matcher(html);
        while (scripts.find()) {
            assertTrue(scripts.group(1).contains("src="), "script without src: " + scripts.group());
            assertTrue(scripts.group(2).isBlank(), "inline script code: " + scripts.group());
        }
        assertFalse(
                Pattern.compile("\\son[a-z]+=").matcher(html).find(),
                "inline event handler in " + page);
        assertFalse(html.contains("style=\""), "inline style in " + page + ".html");
    }

    @ParameterizedTest
    @ValueSource(strings = {"screen", "public", "field", "replay", "tracker"})
    void scriptsBuildNoMarkupFromStrings(String folder) throws IOException {
        for (Path script : scripts(folder)) {
            String text = read(script);
            assertFalse(
                    text.contains("innerHTML")
                            || text.contains("insertAdjacentHTML")
                            || text.contains("eval("),
                    script.getFileName() + " builds markup from strings or evaluates code");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"screen", "public", "field", "replay"})
    void bothLanguagesHaveTheSameKeysAndEveryUsedKeyExists(String page) throws IOException {
        String dict = read(root().resolve("js/" + page + "/i18n.js"));
        Set<String> zh =
                keys(dict.substring(dict.indexOf("const zh = {"), dict.indexOf("const en = {")));
        Set<String> en =
                keys(dict.substring(dict.indexOf("const en = {"), dict.indexOf("export const tr")));
        assertTrue(zh.size() > 20, page + " dictionary has " + zh.size() + " keys");
        assertEquals(zh, en, "zh-CN and en keys differ");
        Set<String> missing = new TreeSet<>();
        for (Path script : scripts(page)) {
            Matcher m = TR_CALL.matcher(read(script));
            while (m.find()) if (!zh.contains(m.group(1))) missing.add(m.group(1));
            Matcher t = TR_TEMPLATE.matcher(read(script));
            while (t.find()) {
                String prefix = t.group(1) + ".";
                if (zh.stream().noneMatch(k -> k.startsWith(prefix))) missing.add(prefix + "*");
            }
        }
        // static text: the page's own keys, or the shared dictionaries' (login form), which its
        // translator falls back to
        Set<String> shared = keys(read(root().resolve("js/i18n/zh-CN.js")));
        Matcher m =
                Pattern.compile("data-i18n(?:-title)?=\"([\\w.-]+)\"")
                        .matcher(read(root().resolve(page + ".html")));
        while (m.find())
            if (!zh.contains(m.group(1)) && !shared.contains(m.group(1))) missing.add(m.group(1));
        assertEquals(Set.of(), missing, "keys used but not translated");
    }

    @org.junit.jupiter.api.Test
    void publicPageHasNoLinksOut() throws IOException {
        String html = read(root().resolve("public.html"));
        assertFalse(html.contains("<a "), "a link on the kiosk page");
        for (Path script : scripts("public")) {
            String text = read(script);
            assertFalse(
                    text.contains("h('a'")
                            || text.contains("window.open")
                            || text.contains("location.assign"),
                    script.getFileName() + " opens or links to another page");
            Matcher api = Pattern.compile("['`]/?api/([^'`]*)['`]").matcher(text);
            while (api.find()) {
                assertTrue(
                        api.group(1).startsWith("public/"),
                        script.getFileName() + " calls api/" + api.group(1));
            }
        }
    }

    private static Set<String> keys(String text) {
        Set<String> keys = new TreeSet<>();
        Matcher m = DICT_KEY.matcher(text);
        while (m.find()) keys.add(m.group(1));
        return keys;
    }
}
