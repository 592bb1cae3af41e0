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
import org.junit.jupiter.api.Test;

/**
 * Static checks of the one-map page as it ships: every module import and page reference resolves
 * (our files or the WebJars on the classpath), the page keeps to a {@code script-src 'self'}
 * policy, and the two languages have the same keys. Browser behaviour is covered by the end-to-end
 * test in the e2e module.
 */
class WebResourcesTest {
    private static final String ROOT = "parkwatch-web/";
    private static final String WEBJARS = "META-INF/resources/";
    private static final Pattern STATIC_IMPORT =
            Pattern.compile("(?:import|export)\\s[^;]*?from\\s+'([^']+)'");
    private static final Pattern URL_LITERAL =
            Pattern.compile("new URL\\('([^']+)', import\\.meta\\.url\\)");
    private static final Pattern PAGE_REF = Pattern.compile("(?:src|href)=\"([^\"]+)\"");
    private static final Pattern DICT_KEY = Pattern.compile("'([\\w.-]+)':");
    private static final Pattern T_CALL = Pattern.compile("\\bt\\('([\\w.-]+)'");

    private static Path root() {
        try {
            return Path.of(
                            WebResourcesTest.class
                                    .getClassLoader()
                                    .getResource(ROOT + "index.html")
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

    private static List<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.walk(root().resolve("js"))) {
            return files.filter(p -> p.toString().endsWith(".js")).sorted().toList();
        }
    }

    /**
     * True when a site path (relative to the page root) is one of our files or folders or a WebJar
     * file.
     */
    private static boolean servable(String sitePath) {
        if (sitePath.isEmpty())
            return true; // the page root itself, e.g. new URL('../', import.meta.url)
        if (sitePath.startsWith("webjars/")) {
            return WebResourcesTest.class.getClassLoader().getResource(WEBJARS + sitePath) != null;
        }
        return Files.exists(root().resolve(sitePath));
    }

    private static String sitePath(Path from, String relative) {
        return root().relativize(from.getParent().resolve(relative).normalize())
                .toString()
                .replace('\\', '/');
    }

    @Test
    void everyModuleImportAndUrlResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path script : scripts()) {
            String text = read(script);
            for (Pattern p : List.of(STATIC_IMPORT, URL_LITERAL)) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    checked++;
                    String target = sitePath(script, m.group(1));
                    if (!m.group(1).startsWith(".") || !servable(target))
                        broken.add(root().relativize(script) + " → " + m.group(1));
                }
            }
        }
        assertTrue(
                checked > 40,
                "expected the page's modules to import each other, found " + checked + " imports");
        assertEquals(List.of(), broken, "imports that do not resolve to a shipped file");
    }

    @Test
    void pageReferencesShippedFilesOnly() {
        String html = read(root().resolve("index.html"));
        Matcher m = PAGE_REF.matcher(html);
        List<String> refs = new ArrayList<>();
        while (m.find()) refs.add(m.group(1));
        assertTrue(
                refs.contains("webjars/ol/10.7.0/dist/ol.js"),
                "OpenLayers build referenced: " + refs);
        assertTrue(refs.contains("js/main.js"), "entry module referenced: " + refs);
        assertEquals(
                List.of(),
                refs.stream().filter(r -> !servable(r)).toList(),
                "page references that are not shipped");
        assertTrue(
                servable("webjars/echarts/5.5.0/echarts.esm.min.js"),
                "ECharts ES module in its WebJar");
    }

    @Test
    void pageNeedsNoInlineScript() throws IOException {
        String html = read(root().resolve("index.html"));
        Matcher scripts = Pattern.compile("<script([^>]*)>([^<]*)</script>").matcher(html);
        while (scripts.find()) {
            assertTrue(scripts.group(1).contains("src="), "script without src: " + scripts.group());
            assertTrue(scripts.group(2).isBlank(), "inline script code: " + scripts.group());
        }
        assertFalse(
                Pattern.compile("\\son[a-z]+=").matcher(html).find(),
                "inline event handler in index.html");
        for (Path script : scripts()) {
            String text = read(script);
            assertFalse(
                    text.contains("innerHTML")
                            || text.contains("insertAdjacentHTML")
                            || text.contains("eval("),
                    root().relativize(script) + " builds markup from strings or evaluates code");
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndEveryUsedKeyExists() throws IOException {
        Set<String> zh = keys(root().resolve("js/i18n/zh-CN.js"));
        Set<String> en = keys(root().resolve("js/i18n/en.js"));
        assertTrue(zh.size() > 100, "zh-CN dictionary has " + zh.size() + " keys");
        assertEquals(zh, en, "zh-CN and en keys differ");
        Set<String> missing = new TreeSet<>();
        for (Path script : scripts()) {
            Matcher m = T_CALL.matcher(read(script));
            while (m.find()) if (!zh.contains(m.group(1))) missing.add(m.group(1));
        }
        Matcher m =
                Pattern.compile("data-i18n(?:-title)?=\"([\\w.-]+)\"")
                        .matcher(read(root().resolve("index.html")));
        while (m.find()) if (!zh.contains(m.group(1))) missing.add(m.group(1));
        assertEquals(Set.of(), missing, "keys used but not translated");
    }

    private static Set<String> keys(Path dictionary) {
        Set<String> keys = new TreeSet<>();
        Matcher m = DICT_KEY.matcher(read(dictionary));
        while (m.find()) keys.add(m.group(1));
        return keys;
    }
}
