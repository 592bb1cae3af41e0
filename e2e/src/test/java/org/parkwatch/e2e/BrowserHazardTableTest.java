package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The one-map's major hazard table in the narrow right dock, in a real headless Chromium (issue
 * 18): at 1366×768, 1920×1080 and 3840×2160, in zh-CN and English, no cell of a unit row (nor of a
 * unit's grading table) draws over another, nothing sticks out of the panel, and text that does not
 * fit its cell carries the full text as a tooltip. A screenshot per size and language is saved
 * ({@code target/screenshots/hazard-table-<w>x<h>-<lang>.png}).
 */
class BrowserHazardTableTest {
    /**
     * Problems in the table rows matching {@code arguments[0]}: cells of a row whose boxes overlap,
     * cells outside the panel, text drawn beyond its cell (over the next one), text cut (ellipsis,
     * hidden overflow) without a {@code title} on it or an ancestor, and anything in the panel that
     * would need a sideways scroll.
     */
    private static final String CHECK =
            """
            const out = [];
            const panel = document.querySelector('#hazard-panel').getBoundingClientRect();
            const text = (el) => '"' + el.textContent.trim().slice(0, 30) + '"';
            for (const tr of document.querySelectorAll(arguments[0])) {
              const cells = [...tr.children].map((c) => [c, c.getBoundingClientRect()]);
              for (let i = 0; i < cells.length; i++) {
                const [a, ra] = cells[i];
                if (ra.left < panel.left - 0.5 || ra.right > panel.right + 0.5) {
                  out.push('outside the panel: ' + text(a));
                }
                for (let j = i + 1; j < cells.length; j++) {
                  const rb = cells[j][1];
                  const w = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
                  const h = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
                  if (w > 0.5 && h > 0.5) out.push('overlap: ' + text(a) + ' / ' + text(cells[j][0]));
                }
                const walker = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  if (!node.textContent.trim()) continue;
                  const range = document.createRange();
                  range.selectNodeContents(node);
                  const rr = range.getBoundingClientRect();
                  if (rr.left >= ra.left - 0.5 && rr.right <= ra.right + 0.5) continue;
                  let clipped = false;
                  for (let p = node.parentElement; p && p !== tr; p = p.parentElement) {
                    if (/(hidden|clip)/.test(getComputedStyle(p).overflowX)) clipped = true;
                  }
                  if (!clipped) out.push('draws out of its cell: ' + text(node.parentElement));
                  else if (!node.parentElement.closest('[title]')) {
                    out.push('cut without a tooltip: ' + text(node.parentElement));
                  }
                }
                for (const el of [a, ...a.querySelectorAll('*')]) {
                  if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && !el.closest('[title]')) {
                    out.push('cut without a tooltip: ' + el.tagName + ' ' + text(el)
                      + ' (' + el.scrollWidth + '>' + el.clientWidth + ')');
                  }
                }
              }
            }
            // nothing in the panel needs a sideways scroll to be seen
            const box = document.querySelector('#hazard-panel');
            const inner = box.getBoundingClientRect().left + box.clientLeft + box.clientWidth;
            for (const el of box.querySelectorAll('*')) {
              const r = el.getBoundingClientRect();
              if (r.width > 0 && r.right > inner + 0.5) {
                out.push('wider than the panel: ' + el.tagName + '.' + el.className + ' ' + text(el));
              }
            }
            return out;
            """;

    @Test
    void hazardTableFitsTheDockAtEverySizeInBothLanguages(@TempDir Path dir) throws Exception {
        try (InProcessBackend backend = InProcessBackend.start(dir.resolve("data"), Map.of())) {
            ChromeDriver browser =
                    Browser.start(Files.createDirectories(dir.resolve("chrome")), 1920, 1080);
            try {
                Browser.login(browser, backend.base() + "/", "admin", backend.adminPassword());
                List<String> problems = new ArrayList<>();
                for (String lang : List.of("zh-CN", "en")) {
                    browser.executeScript(
                            "localStorage.setItem('parkwatch.lang', arguments[0]);", lang);
                    for (int[] size : new int[][] {{1366, 768}, {1920, 1080}, {3840, 2160}}) {
                        String tag = size[0] + "x" + size[1] + "-" + lang;
                        ScreenshotFiles.setViewport(browser, size[0], size[1]);
                        browser.navigate().refresh();
                        if (!"ok".equals(waitForPage(browser))) {
                            Browser.submitLogin(browser, "admin", backend.adminPassword());
                        }
                        waitFor(browser, "document.body.dataset.hazards === 'loaded'");
                        waitFor(
                                browser,
                                "!!document.querySelector('#hazard-panel tr[data-unit-id]')");
                        assertEquals(
                                lang.equals("en") ? "en" : "zh-CN",
                                browser.executeScript("return document.documentElement.lang"),
                                "page language");
                        long rows =
                                (Long)
                                        browser.executeScript(
                                                "return document.querySelectorAll('#hazard-panel"
                                                        + " tr[data-unit-id]').length");
                        assertTrue(rows >= 1, "unit rows shown " + tag);
                        check(
                                browser,
                                "#hazard-panel .hz-list .hz-table tr",
                                tag + " list",
                                problems);
                        // every unit's full name and enterprise are at hand as tooltips
                        int tooltips =
                                browser.findElements(
                                                By.cssSelector(
                                                        "#hazard-panel tr[data-unit-id] td.hz-unit"
                                                                + " > [title]:not([title=''])"))
                                        .size();
                        if (tooltips != rows * 2) {
                            problems.add(
                                    tag
                                            + ": "
                                            + tooltips
                                            + " name tooltips for "
                                            + rows
                                            + " units");
                        }
                        browser.executeScript(
                                "document.querySelector('#hazard-panel .hz-table').scrollIntoView()");
                        ScreenshotFiles.assertPng(
                                Browser.screenshot(browser, "hazard-table-" + tag),
                                size[0],
                                size[1]);
                        browser.executeScript(
                                "document.querySelector('#hazard-panel tr[data-unit-id]').click()");
                        waitFor(
                                browser,
                                "!!document.querySelector('#hazard-panel .hz-grading tr')");
                        check(browser, "#hazard-panel .hz-grading tr", tag + " detail", problems);
                        browser.executeScript(
                                "document.querySelector('#hazard-panel .hz-table').scrollIntoView()");
                        Browser.screenshot(browser, "hazard-detail-" + tag);
                    }
                }
                assertEquals(List.of(), problems, "hazard tables: overlaps or clipped text");
            } finally {
                browser.quit();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void check(ChromeDriver browser, String rows, String tag, List<String> out) {
        for (String p : (List<String>) browser.executeScript(CHECK, rows)) out.add(tag + ": " + p);
        for (String p : LayoutCheck.problems(browser)) {
            if (p.contains("hz-") || p.contains("hazard")) out.add(tag + ": " + p);
        }
    }

    /** Waits until the reloaded page either holds a session or shows the login form. */
    private static String waitForPage(ChromeDriver browser) {
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () ->
                                "ok"
                                                .equals(
                                                        browser.executeScript(
                                                                "return document.body.dataset.auth"))
                                        || Boolean.TRUE.equals(
                                                browser.executeScript(
                                                        "const l = document.getElementById('login');"
                                                                + " return !!l && !l.hidden"
                                                                + " && l.offsetParent !== null")));
        return (String) browser.executeScript("return document.body.dataset.auth");
    }

    private static void waitFor(ChromeDriver browser, String condition) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Boolean.TRUE.equals(browser.executeScript("return " + condition)));
    }
}
