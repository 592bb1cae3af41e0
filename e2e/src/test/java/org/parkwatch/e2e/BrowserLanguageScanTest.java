package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.parkwatch.backend.security.Role;

/**
 * Walks every view of the platform in a real headless Chromium at 1920×1080 during a gas leak — the
 * one-map with a tank popup, the alarm list and incident, the KPI page, the hazard panel and a
 * unit, the registry and user pages, the park QRA, the environment view with a back-trace, the
 * what-if form, the control-room screen, the four public views and the enterprise portal — first in
 * zh-CN, then in English. In both languages it fails on raw enum-like codes, US dates, 12-hour
 * times, unit and model codes, unrounded numbers and untranslated dictionary keys ({@link
 * TextScan}); in zh-CN also on English sentences; and on raw enterprise, tag, alarm or incident ids
 * shown as text in the alarm and incident panels. Every view is saved as a screenshot per language
 * ({@code target/screenshots/lang-<lang>-<view>.png}).
 */
class BrowserLanguageScanTest {
    private static final int W = 1920;
    private static final int H = 1080;

    @Test
    void everyViewSpeaksTheUiLanguageWithoutRawCodes(@TempDir Path dir) throws Exception {
        TextScan scan = new TextScan();
        List<String> problems = new ArrayList<>();
        try (DemoStack stack =
                DemoStack.start(
                        dir,
                        Set.of("E01"),
                        Map.of("risk.qra.cellM", "50", "risk.qra.startDelayMs", "1"),
                        250)) {
            String enterpriseUser = stack.ensureUser(Role.ENTERPRISE, "E01");
            ChromeDriver browser =
                    Browser.start(Files.createDirectories(dir.resolve("chrome")), W, H);
            try {
                ScreenshotFiles.setViewport(browser, W, H);
                loginOrExplain(browser, stack);
                waitFor(
                        browser,
                        "document.body.dataset.layers === 'loaded' && document.body.dataset.ws === 'open'");
                await().atMost(Duration.ofSeconds(30))
                        .until(
                                () ->
                                        Http.getJson(stack, "/api/tags/E01.GD101.GAS")
                                                .path("q")
                                                .asText()
                                                .equals("good"));
                browser.executeScript("localStorage.setItem('parkwatch.alarms.muted', '1');");
                stack.simulator().scenarios().start("gas-leak", Map.of("tank", "E01-V101"));
                waitFor(
                        browser,
                        "(document.getElementById('incident-panel')?.dataset.incidentId || '')"
                                + ".startsWith('INC-')");
                for (String lang : List.of("zh-CN", "en")) {
                    browser.executeScript(
                            "localStorage.setItem('parkwatch.lang', arguments[0]);", lang);
                    walkParkViews(browser, stack, lang, scan, problems);
                    walkPortal(browser, stack, enterpriseUser, lang, scan, problems);
                    Browser.login(browser, stack, stack.httpBase() + "/");
                }
            } finally {
                browser.quit();
            }
        }
        assertTrue(
                problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    private void walkParkViews(
            ChromeDriver b, DemoStack stack, String lang, TextScan scan, List<String> out)
            throws Exception {
        String base = stack.httpBase();
        view(
                b,
                lang,
                "map-popup",
                scan,
                out,
                () -> {
                    b.get(base + "/#feature=E01-V101");
                    b.navigate().refresh(); // a new hash alone does not reload: the page reads the
                    // language at load
                    waitFor(
                            b,
                            "document.body.dataset.layers === 'loaded' && !!document.querySelector('#popup [data-tag-id]')");
                    return null;
                });
        view(
                b,
                lang,
                "alarms-incident",
                scan,
                out,
                () -> {
                    waitFor(
                            b,
                            "(document.getElementById('incident-panel')?.dataset.incidentId || '').startsWith('INC-')");
                    return null;
                });
        view(
                b,
                lang,
                "kpi",
                scan,
                out,
                () -> {
                    b.get(base + "/#kpi");
                    waitFor(b, "!!document.querySelector('#kpi-panel[data-activations]')");
                    return null;
                });
        b.executeScript("location.hash = ''"); // closes the KPI page
        view(
                b,
                lang,
                "hazards",
                scan,
                out,
                () -> {
                    waitFor(b, "document.body.dataset.hazards === 'loaded'");
                    b.executeScript(
                            "document.querySelector('#hazard-panel tr[data-unit-id]')?.click()");
                    waitFor(b, "!!document.querySelector('.hz-detail')");
                    return null;
                });
        view(
                b,
                lang,
                "registry",
                scan,
                out,
                () -> {
                    b.findElement(By.cssSelector("[data-menu='registry']")).click();
                    waitFor(
                            b,
                            "!!document.querySelector(\"#registry-page button[data-enterprise-id='E03']\")");
                    b.executeScript(
                            "document.querySelector(\"#registry-page button[data-enterprise-id='E03']\").click()");
                    waitFor(
                            b,
                            "document.querySelector('#registry-page .reg-file')?.dataset.enterpriseId === 'E03'");
                    return null;
                });
        view(
                b,
                lang,
                "users",
                scan,
                out,
                () -> {
                    b.findElement(By.cssSelector("[data-menu='users']")).click();
                    waitFor(b, "!!document.querySelector('#users-page tr[data-username]')");
                    return null;
                });
        view(
                b,
                lang,
                "risk",
                scan,
                out,
                () -> {
                    b.findElement(By.cssSelector("[data-menu='users']"))
                            .click(); // closes the users page
                    b.get(base + "/#view=risk");
                    waitFor(
                            b,
                            "document.body.dataset.risk === 'loaded' && !document.getElementById('risk-panel').hidden");
                    // the QRA runs once at start (50 m cells); on a busy machine it may take
                    // minutes: the view is scanned
                    // with its results when they come in time, else with its "no result yet" text
                    try {
                        waitFor(b, "!!document.querySelector('[data-fn-points]')", 180);
                    } catch (org.awaitility.core.ConditionTimeoutException e) {
                        System.out.println(
                                "risk view scanned without QRA results (still computing)");
                    }
                    return null;
                });
        view(
                b,
                lang,
                "environment",
                scan,
                out,
                () -> {
                    b.get(base + "/#view=environment");
                    b.navigate().refresh();
                    // the park operator's feed is not part of this stack: stations without values
                    waitFor(
                            b,
                            "document.body.dataset.env === 'loaded'"
                                    + " && document.body.dataset.envContainment === 'loaded'"
                                    + " && !!document.querySelector('#env-stations [data-station-id]')");
                    b.executeScript("document.body.dataset.envTrace = ''");
                    b.findElement(By.id("env-trace-run")).click();
                    waitFor(b, "document.body.dataset.envTrace === 'loaded'");
                    return null;
                });
        view(
                b,
                lang,
                "whatif",
                scan,
                out,
                () -> {
                    b.get(base + "/");
                    waitFor(
                            b,
                            "document.body.dataset.layers === 'loaded' && !!document.getElementById('whatif-open')");
                    b.findElement(By.id("whatif-open")).click();
                    waitFor(b, "!!document.getElementById('whatif-form')");
                    return null;
                });
        view(
                b,
                lang,
                "screen",
                scan,
                out,
                () -> {
                    b.get(base + "/screen");
                    waitFor(b, "document.body.dataset.screen === 'ready'");
                    return null;
                });
        for (String v : List.of("map", "air", "disclosure", "status")) {
            view(
                    b,
                    lang,
                    "public-" + v,
                    scan,
                    out,
                    () -> {
                        b.get(base + "/public?view=" + v + (lang.equals("en") ? "&lang=en" : ""));
                        waitFor(
                                b,
                                "!!document.querySelector('[data-public-view][data-state=\"ready\"]')");
                        return null;
                    });
        }
    }

    private void walkPortal(
            ChromeDriver b,
            DemoStack stack,
            String user,
            String lang,
            TextScan scan,
            List<String> out)
            throws Exception {
        b.get(stack.httpBase() + "/");
        waitFor(b, "document.body.dataset.auth === 'ok'");
        b.findElement(By.id("logout")).click();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> b.findElement(By.id("login")).isDisplayed());
        Browser.submitLogin(b, user, stack.adminPassword());
        view(
                b,
                lang,
                "portal",
                scan,
                out,
                () -> {
                    waitFor(
                            b,
                            "document.body.dataset.layers === 'loaded' && !!document.getElementById('portal-mapping-button')");
                    b.findElement(By.id("portal-mapping-button")).click();
                    waitFor(b, "!!document.querySelector('#portal-mapping tr[data-mapping-tag]')");
                    return null;
                });
        b.findElement(By.id("logout")).click();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> b.findElement(By.id("login")).isDisplayed());
    }

    /** Opens a view, lets it settle, saves the screenshot and scans the visible text. */
    private static void view(
            ChromeDriver b,
            String lang,
            String name,
            TextScan scan,
            List<String> out,
            Callable<Void> open)
            throws Exception {
        try {
            open.call();
        } catch (Exception | AssertionError e) {
            out.add(lang + " " + name + ": the view did not open: " + e);
            Browser.screenshot(b, "lang-" + lang + "-" + name + "-failed");
            return;
        }
        b.executeScript(
                "return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))");
        Path shot = Browser.screenshot(b, "lang-" + lang + "-" + name);
        ScreenshotFiles.assertPng(shot, W, H);
        // configuration codes shown on purpose (data-code) are hidden for the reading, then shown
        // again
        String text =
                (String)
                        b.executeScript(
                                "const coded = [...document.querySelectorAll('[data-code]')];"
                                        + "coded.forEach((e) => { e.style.display = 'none'; });"
                                        + "const text = document.body.innerText; coded.forEach((e) => { e.style.display = ''; }); return text;");
        out.addAll(scan.problems(lang + " " + name, text, lang.equals("zh-CN")));
        String panels =
                (String)
                        b.executeScript(
                                "return ['alarm-panel', 'incident-list', 'incident-panel']"
                                        + ".map((id) => document.getElementById(id))"
                                        + ".filter((e) => e && !e.hidden).map((e) => e.innerText).join('\\n');");
        out.addAll(scan.rawIds(lang + " " + name, panels));
    }

    private static void waitFor(ChromeDriver b, String condition) {
        waitFor(b, condition, 60);
    }

    private static void waitFor(ChromeDriver b, String condition, int seconds) {
        await().atMost(Duration.ofSeconds(seconds))
                .until(() -> Boolean.TRUE.equals(b.executeScript("return " + condition)));
    }

    /**
     * Logs in as the administrator; on failure saves a screenshot and puts the browser console into
     * the error.
     */
    private static void loginOrExplain(ChromeDriver b, DemoStack stack) throws Exception {
        try {
            Browser.login(b, stack, stack.httpBase() + "/");
        } catch (RuntimeException | AssertionError e) {
            Browser.screenshot(b, "login-failed");
            String console =
                    String.join(
                            "\n",
                            b
                                    .manage()
                                    .logs()
                                    .get(org.openqa.selenium.logging.LogType.BROWSER)
                                    .getAll()
                                    .stream()
                                    .map(Object::toString)
                                    .toList());
            throw new AssertionError("login page did not come up; console:\n" + console, e);
        }
    }
}
